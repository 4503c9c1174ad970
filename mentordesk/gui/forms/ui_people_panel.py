# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PeoplePanel(object):
    def setupUi(self, PeoplePanel):
        if not PeoplePanel.objectName():
            PeoplePanel.setObjectName(u"PeoplePanel")
        PeoplePanel.resize(960, 560)
        self.panelLayout = QVBoxLayout(PeoplePanel)
        self.panelLayout.setSpacing(8)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 12, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(PeoplePanel)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PeoplePanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.filterGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterGap)

        self.departmentLabel = QLabel(PeoplePanel)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterLayout.addWidget(self.departmentLabel)

        self.departmentCombo = QComboBox(PeoplePanel)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.departmentCombo)

        self.levelLabel = QLabel(PeoplePanel)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filterLayout.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(PeoplePanel)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.levelCombo)

        self.locationLabel = QLabel(PeoplePanel)
        self.locationLabel.setObjectName(u"locationLabel")

        self.filterLayout.addWidget(self.locationLabel)

        self.locationCombo = QComboBox(PeoplePanel)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.locationCombo)

        self.clearFiltersButton = QPushButton(PeoplePanel)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.panelLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.countLabel = QLabel(PeoplePanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"role", u"hint")

        self.actionLayout.addWidget(self.countLabel)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.addPersonButton = QPushButton(PeoplePanel)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.actionLayout.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(PeoplePanel)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.actionLayout.addWidget(self.editPersonButton)

        self.removePersonButton = QPushButton(PeoplePanel)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.actionLayout.addWidget(self.removePersonButton)


        self.panelLayout.addLayout(self.actionLayout)

        self.peopleStack = QStackedWidget(PeoplePanel)
        self.peopleStack.setObjectName(u"peopleStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.peopleTable = QTableView(self.tablePage)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setTabKeyNavigation(False)
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setSortingEnabled(True)
        self.peopleTable.setWordWrap(False)
        self.peopleTable.horizontalHeader().setHighlightSections(False)
        self.peopleTable.horizontalHeader().setStretchLastSection(True)
        self.peopleTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.peopleTable)

        self.peopleStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setSpacing(12)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"empty")

        self.emptyPageLayout.addWidget(self.emptyLabel)

        self.emptyButtonLayout = QHBoxLayout()
        self.emptyButtonLayout.setSpacing(8)
        self.emptyButtonLayout.setObjectName(u"emptyButtonLayout")
        self.emptyLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyLeftSpacer)

        self.emptyAddButton = QPushButton(self.emptyPage)
        self.emptyAddButton.setObjectName(u"emptyAddButton")

        self.emptyButtonLayout.addWidget(self.emptyAddButton)

        self.emptyClearButton = QPushButton(self.emptyPage)
        self.emptyClearButton.setObjectName(u"emptyClearButton")

        self.emptyButtonLayout.addWidget(self.emptyClearButton)

        self.emptyRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyRightSpacer)


        self.emptyPageLayout.addLayout(self.emptyButtonLayout)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottomSpacer)

        self.peopleStack.addWidget(self.emptyPage)

        self.panelLayout.addWidget(self.peopleStack)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.locationLabel.setBuddy(self.locationCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.locationCombo)
        QWidget.setTabOrder(self.locationCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.removePersonButton)
        QWidget.setTabOrder(self.removePersonButton, self.emptyAddButton)
        QWidget.setTabOrder(self.emptyAddButton, self.emptyClearButton)

        self.retranslateUi(PeoplePanel)

        self.peopleStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PeoplePanel)
    # setupUi

    def retranslateUi(self, PeoplePanel):
#if QT_CONFIG(accessibility)
        PeoplePanel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"People of the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("PeoplePanel", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Search label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Search people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("PeoplePanel", u"Show only people whose name, email or job title contains this text", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeoplePanel", u"Name, email or job title", None))
        self.departmentLabel.setText(QCoreApplication.translate("PeoplePanel", u"Dep&artment", None))
#if QT_CONFIG(accessibility)
        self.departmentLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Department filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Department filter", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("PeoplePanel", u"&Level", None))
#if QT_CONFIG(accessibility)
        self.levelLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Level filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Level filter", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("PeoplePanel", u"L&ocation", None))
#if QT_CONFIG(accessibility)
        self.locationLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Location filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Location filter", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("PeoplePanel", u"&Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("PeoplePanel", u"Show everyone again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Number of people shown", None))
#endif // QT_CONFIG(accessibility)
        self.addPersonButton.setText(QCoreApplication.translate("PeoplePanel", u"Add perso&n", None))
#if QT_CONFIG(accessibility)
        self.addPersonButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Add person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addPersonButton.setToolTip(QCoreApplication.translate("PeoplePanel", u"Add a person to this organisation (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editPersonButton.setText(QCoreApplication.translate("PeoplePanel", u"Edi&t", None))
#if QT_CONFIG(accessibility)
        self.editPersonButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Edit person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editPersonButton.setToolTip(QCoreApplication.translate("PeoplePanel", u"Edit the selected person (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removePersonButton.setText(QCoreApplication.translate("PeoplePanel", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removePersonButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Remove person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removePersonButton.setToolTip(QCoreApplication.translate("PeoplePanel", u"Remove the selected person (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.peopleStack.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"People or empty state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablePage.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"People table page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"People", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.peopleTable.setToolTip(QCoreApplication.translate("PeoplePanel", u"Double-click or press Enter to edit a person", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.emptyPage.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"No people", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("PeoplePanel", u"No people in this organisation yet. Add the first person.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Empty list message", None))
#endif // QT_CONFIG(accessibility)
        self.emptyAddButton.setText(QCoreApplication.translate("PeoplePanel", u"Add a person", None))
#if QT_CONFIG(accessibility)
        self.emptyAddButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Add the first person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.emptyAddButton.setToolTip(QCoreApplication.translate("PeoplePanel", u"Add a person to this organisation (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyClearButton.setText(QCoreApplication.translate("PeoplePanel", u"Clear search and filters", None))
#if QT_CONFIG(accessibility)
        self.emptyClearButton.setAccessibleName(QCoreApplication.translate("PeoplePanel", u"Clear search and filters", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

