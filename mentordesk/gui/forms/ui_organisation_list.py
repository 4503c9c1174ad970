# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_list.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrganisationListPage(object):
    def setupUi(self, OrganisationListPage):
        if not OrganisationListPage.objectName():
            OrganisationListPage.setObjectName(u"OrganisationListPage")
        OrganisationListPage.resize(960, 600)
        self.listLayout = QVBoxLayout(OrganisationListPage)
        self.listLayout.setSpacing(10)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(24, 20, 24, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.listTitle = QLabel(OrganisationListPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.listTitle)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(OrganisationListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"role", u"hint")

        self.headerLayout.addWidget(self.countLabel)


        self.listLayout.addLayout(self.headerLayout)

        self.listIntro = QLabel(OrganisationListPage)
        self.listIntro.setObjectName(u"listIntro")
        self.listIntro.setWordWrap(True)
        self.listIntro.setProperty(u"role", u"hint")

        self.listLayout.addWidget(self.listIntro)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchLabel = QLabel(OrganisationListPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolbarLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(OrganisationListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(240, 0))

        self.toolbarLayout.addWidget(self.searchEdit)

        self.showArchivedCheck = QCheckBox(OrganisationListPage)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.toolbarLayout.addWidget(self.showArchivedCheck)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(OrganisationListPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(OrganisationListPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(OrganisationListPage)
        self.archiveButton.setObjectName(u"archiveButton")

        self.toolbarLayout.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(OrganisationListPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.toolbarLayout.addWidget(self.restoreButton)

        self.deleteButton = QPushButton(OrganisationListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbarLayout.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.toolbarLayout)

        self.listStack = QStackedWidget(OrganisationListPage)
        self.listStack.setObjectName(u"listStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.organisationsTable = QTableView(self.tablePage)
        self.organisationsTable.setObjectName(u"organisationsTable")
        self.organisationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisationsTable.setTabKeyNavigation(False)
        self.organisationsTable.setAlternatingRowColors(True)
        self.organisationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisationsTable.setSortingEnabled(True)
        self.organisationsTable.setWordWrap(False)
        self.organisationsTable.horizontalHeader().setHighlightSections(False)
        self.organisationsTable.horizontalHeader().setStretchLastSection(True)
        self.organisationsTable.verticalHeader().setVisible(False)

        self.tablePageLayout.addWidget(self.organisationsTable)

        self.listStack.addWidget(self.tablePage)
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
        self.emptyButtonLayout.setObjectName(u"emptyButtonLayout")
        self.emptyLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyLeftSpacer)

        self.createFirstButton = QPushButton(self.emptyPage)
        self.createFirstButton.setObjectName(u"createFirstButton")

        self.emptyButtonLayout.addWidget(self.createFirstButton)

        self.emptyRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonLayout.addItem(self.emptyRightSpacer)


        self.emptyPageLayout.addLayout(self.emptyButtonLayout)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottomSpacer)

        self.listStack.addWidget(self.emptyPage)

        self.listLayout.addWidget(self.listStack)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.showArchivedCheck)
        QWidget.setTabOrder(self.showArchivedCheck, self.organisationsTable)
        QWidget.setTabOrder(self.organisationsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.createFirstButton)

        self.retranslateUi(OrganisationListPage)

        self.listStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganisationListPage)
    # setupUi

    def retranslateUi(self, OrganisationListPage):
#if QT_CONFIG(accessibility)
        OrganisationListPage.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Client organisations", None))
#endif // QT_CONFIG(accessibility)
        self.listTitle.setText(QCoreApplication.translate("OrganisationListPage", u"Client organisations", None))
#if QT_CONFIG(accessibility)
        self.listTitle.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Client organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Number of organisations shown", None))
#endif // QT_CONFIG(accessibility)
        self.listIntro.setText(QCoreApplication.translate("OrganisationListPage", u"The organisations you run programmes for. Archiving hides an organisation from the navigation and keeps all its records.", None))
#if QT_CONFIG(accessibility)
        self.listIntro.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"About this list", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("OrganisationListPage", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchLabel.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Search label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Search organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Show only organisations whose name, sector or country contains this text", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OrganisationListPage", u"Name, sector or country", None))
        self.showArchivedCheck.setText(QCoreApplication.translate("OrganisationListPage", u"Show &archived", None))
#if QT_CONFIG(accessibility)
        self.showArchivedCheck.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Show archived organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.showArchivedCheck.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Also list organisations that are archived", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("OrganisationListPage", u"&New organisation", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"New organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Create a client organisation (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("OrganisationListPage", u"Edi&t", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Edit organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Open the selected organisation (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("OrganisationListPage", u"Ar&chive", None))
#if QT_CONFIG(accessibility)
        self.archiveButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Archive organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Hide the selected organisation from the navigation; everything is kept", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("OrganisationListPage", u"&Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Restore organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Bring the selected archived organisation back", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("OrganisationListPage", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Delete organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Delete the selected organisation with its contacts and people (Delete). Only possible while it has no programmes; Edit \u25b8 Undo brings it back.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.listStack.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Organisations or empty state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablePage.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Organisations table page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationsTable.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Client organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.organisationsTable.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Double-click or press Enter to open", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.emptyPage.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"No organisations", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("OrganisationListPage", u"No client organisations yet. Create the first one.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Empty list message", None))
#endif // QT_CONFIG(accessibility)
        self.createFirstButton.setText(QCoreApplication.translate("OrganisationListPage", u"Create an organisation", None))
#if QT_CONFIG(accessibility)
        self.createFirstButton.setAccessibleName(QCoreApplication.translate("OrganisationListPage", u"Create the first organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.createFirstButton.setToolTip(QCoreApplication.translate("OrganisationListPage", u"Create a client organisation (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

