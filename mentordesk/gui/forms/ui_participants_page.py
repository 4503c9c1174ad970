# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_ParticipantsPage(object):
    def setupUi(self, ParticipantsPage):
        if not ParticipantsPage.objectName():
            ParticipantsPage.setObjectName(u"ParticipantsPage")
        ParticipantsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(ParticipantsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 4, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(ParticipantsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ParticipantsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(240, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.filterGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterGap)

        self.roleFilterLabel = QLabel(ParticipantsPage)
        self.roleFilterLabel.setObjectName(u"roleFilterLabel")

        self.filterLayout.addWidget(self.roleFilterLabel)

        self.roleFilterCombo = QComboBox(ParticipantsPage)
        self.roleFilterCombo.setObjectName(u"roleFilterCombo")
        self.roleFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.roleFilterCombo)

        self.statusFilterLabel = QLabel(ParticipantsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilterCombo = QComboBox(ParticipantsPage)
        self.statusFilterCombo.setObjectName(u"statusFilterCombo")
        self.statusFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilterCombo)

        self.clearFiltersButton = QPushButton(ParticipantsPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.countLabel = QLabel(ParticipantsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"role", u"hint")

        self.actionLayout.addWidget(self.countLabel)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.addButton = QPushButton(ParticipantsPage)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ParticipantsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(ParticipantsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.actionLayout.addWidget(self.removeButton)

        self.statusButton = QToolButton(ParticipantsPage)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionLayout.addWidget(self.statusButton)

        self.actionSeparator = QFrame(ParticipantsPage)
        self.actionSeparator.setObjectName(u"actionSeparator")
        self.actionSeparator.setFrameShape(QFrame.Shape.VLine)
        self.actionSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.actionLayout.addWidget(self.actionSeparator)

        self.importButton = QPushButton(ParticipantsPage)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)

        self.exportButton = QToolButton(ParticipantsPage)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.actionLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionLayout)

        self.participantsStack = QStackedWidget(ParticipantsPage)
        self.participantsStack.setObjectName(u"participantsStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.participantsTable = QTableView(self.tablePage)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participantsTable.setTabKeyNavigation(False)
        self.participantsTable.setAlternatingRowColors(True)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setSortingEnabled(True)
        self.participantsTable.setWordWrap(False)
        self.participantsTable.horizontalHeader().setHighlightSections(False)
        self.participantsTable.horizontalHeader().setStretchLastSection(True)
        self.participantsTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.participantsTable)

        self.participantsStack.addWidget(self.tablePage)
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

        self.emptyImportButton = QPushButton(self.emptyPage)
        self.emptyImportButton.setObjectName(u"emptyImportButton")

        self.emptyButtonLayout.addWidget(self.emptyImportButton)

        self.emptyClearButton = QPushButton(self.emptyPage)
        self.emptyClearButton.setObjectName(u"emptyClearButton")

        self.emptyButtonLayout.addWidget(self.emptyClearButton)

        self.emptyRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyRightSpacer)


        self.emptyPageLayout.addLayout(self.emptyButtonLayout)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottomSpacer)

        self.participantsStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.participantsStack)

        self.noticeLabel = QLabel(ParticipantsPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.noticeLabel.setProperty(u"role", u"notice")

        self.pageLayout.addWidget(self.noticeLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.roleFilterLabel.setBuddy(self.roleFilterCombo)
        self.statusFilterLabel.setBuddy(self.statusFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.roleFilterCombo)
        QWidget.setTabOrder(self.roleFilterCombo, self.statusFilterCombo)
        QWidget.setTabOrder(self.statusFilterCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.participantsTable)
        QWidget.setTabOrder(self.participantsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.emptyAddButton)
        QWidget.setTabOrder(self.emptyAddButton, self.emptyImportButton)
        QWidget.setTabOrder(self.emptyImportButton, self.emptyClearButton)

        self.retranslateUi(ParticipantsPage)

        self.participantsStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ParticipantsPage)
    # setupUi

    def retranslateUi(self, ParticipantsPage):
#if QT_CONFIG(accessibility)
        ParticipantsPage.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Participants of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("ParticipantsPage", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Search label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Search participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show only participants whose name, organisation, department, job title, goals or expertise contain this text", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Name, job title, goal or expertise", None))
        self.roleFilterLabel.setText(QCoreApplication.translate("ParticipantsPage", u"Ro&le", None))
#if QT_CONFIG(accessibility)
        self.roleFilterLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Role filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleFilterCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Role filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.roleFilterCombo.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show mentors, mentees or both", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("ParticipantsPage", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.statusFilterLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Status filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilterCombo.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusFilterCombo.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show participants with one status only", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show everyone again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Number of participants shown", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Add participants\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Add participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Choose people of the participating organisations and add them as mentors or mentees (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Edit participant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Edit the selected participant (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Remove participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Take the selected participants out of the programme (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("ParticipantsPage", u"Set s&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Set status of the selected participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Set the status of the selected participants", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionSeparator.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Separator", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ParticipantsPage", u"&Import\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Import participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Import mentors and mentees from a CSV or Excel file from HR", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ParticipantsPage", u"E&xport", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Export", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Save the participants or the pairings as an Excel or CSV file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.participantsStack.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Participants or empty state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablePage.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Participants table page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantsTable.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.participantsTable.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Double-click or press Enter to edit; select several to set their status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.emptyPage.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"No participants", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("ParticipantsPage", u"No participants yet: add people or import a spreadsheet from HR.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Empty list message", None))
#endif // QT_CONFIG(accessibility)
        self.emptyAddButton.setText(QCoreApplication.translate("ParticipantsPage", u"Add people\u2026", None))
#if QT_CONFIG(accessibility)
        self.emptyAddButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Add the first participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.emptyAddButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Choose people of the participating organisations (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyImportButton.setText(QCoreApplication.translate("ParticipantsPage", u"Import a spreadsheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.emptyImportButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Import participants from a spreadsheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.emptyImportButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Import mentors and mentees from a CSV or Excel file from HR", None))
#endif // QT_CONFIG(tooltip)
        self.emptyClearButton.setText(QCoreApplication.translate("ParticipantsPage", u"Clear search and filters", None))
#if QT_CONFIG(accessibility)
        self.emptyClearButton.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"Clear search and filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("ParticipantsPage", u"What the last action did", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

