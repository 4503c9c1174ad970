# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_OrganisationEditor(object):
    def setupUi(self, OrganisationEditor):
        if not OrganisationEditor.objectName():
            OrganisationEditor.setObjectName(u"OrganisationEditor")
        OrganisationEditor.resize(960, 680)
        self.editorLayout = QVBoxLayout(OrganisationEditor)
        self.editorLayout.setSpacing(10)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(24, 20, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.organisationTitle = QLabel(OrganisationEditor)
        self.organisationTitle.setObjectName(u"organisationTitle")
        self.organisationTitle.setText(u"Organisation")
        self.organisationTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organisationTitle.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.organisationTitle)

        self.organisationSubtitle = QLabel(OrganisationEditor)
        self.organisationSubtitle.setObjectName(u"organisationSubtitle")
        self.organisationSubtitle.setText(u"")
        self.organisationSubtitle.setProperty(u"role", u"hint")

        self.titleLayout.addWidget(self.organisationSubtitle)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.unsavedLabel = QLabel(OrganisationEditor)
        self.unsavedLabel.setObjectName(u"unsavedLabel")
        self.unsavedLabel.setProperty(u"role", u"hint")

        self.headerLayout.addWidget(self.unsavedLabel)


        self.editorLayout.addLayout(self.headerLayout)

        self.archivedBanner = QFrame(OrganisationEditor)
        self.archivedBanner.setObjectName(u"archivedBanner")
        self.archivedBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.archivedBanner.setProperty(u"role", u"banner")
        self.bannerLayout = QHBoxLayout(self.archivedBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(12, 6, 8, 6)
        self.archivedText = QLabel(self.archivedBanner)
        self.archivedText.setObjectName(u"archivedText")

        self.bannerLayout.addWidget(self.archivedText)

        self.bannerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bannerLayout.addItem(self.bannerSpacer)

        self.restoreButton = QPushButton(self.archivedBanner)
        self.restoreButton.setObjectName(u"restoreButton")

        self.bannerLayout.addWidget(self.restoreButton)


        self.editorLayout.addWidget(self.archivedBanner)

        self.editorTabs = QTabWidget(OrganisationEditor)
        self.editorTabs.setObjectName(u"editorTabs")
        self.editorTabs.setDocumentMode(True)
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTabLayout = QVBoxLayout(self.detailsTab)
        self.detailsTabLayout.setSpacing(0)
        self.detailsTabLayout.setObjectName(u"detailsTabLayout")
        self.detailsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsScroll = QScrollArea(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScrollContents = QWidget()
        self.detailsScrollContents.setObjectName(u"detailsScrollContents")
        self.detailsHost = QVBoxLayout(self.detailsScrollContents)
        self.detailsHost.setObjectName(u"detailsHost")
        self.detailsHost.setContentsMargins(0, 12, 4, 4)
        self.detailsScroll.setWidget(self.detailsScrollContents)

        self.detailsTabLayout.addWidget(self.detailsScroll)

        self.saveBarLayout = QHBoxLayout()
        self.saveBarLayout.setSpacing(8)
        self.saveBarLayout.setObjectName(u"saveBarLayout")
        self.saveBarLayout.setContentsMargins(-1, 8, -1, -1)
        self.formError = QLabel(self.detailsTab)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.saveBarLayout.addWidget(self.formError)

        self.saveBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveBarLayout.addItem(self.saveBarSpacer)

        self.revertButton = QPushButton(self.detailsTab)
        self.revertButton.setObjectName(u"revertButton")

        self.saveBarLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailsTab)
        self.saveButton.setObjectName(u"saveButton")

        self.saveBarLayout.addWidget(self.saveButton)


        self.detailsTabLayout.addLayout(self.saveBarLayout)

        self.editorTabs.addTab(self.detailsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleHost = QVBoxLayout(self.peopleTab)
        self.peopleHost.setObjectName(u"peopleHost")
        self.peopleHost.setContentsMargins(0, 0, 0, 0)
        self.editorTabs.addTab(self.peopleTab, "")

        self.editorLayout.addWidget(self.editorTabs)

        QWidget.setTabOrder(self.restoreButton, self.editorTabs)
        QWidget.setTabOrder(self.editorTabs, self.detailsScroll)
        QWidget.setTabOrder(self.detailsScroll, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(OrganisationEditor)

        self.editorTabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(OrganisationEditor)
    # setupUi

    def retranslateUi(self, OrganisationEditor):
#if QT_CONFIG(accessibility)
        OrganisationEditor.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationTitle.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationSubtitle.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Sector, country, people and programmes", None))
#endif // QT_CONFIG(accessibility)
        self.unsavedLabel.setText(QCoreApplication.translate("OrganisationEditor", u"Unsaved changes", None))
#if QT_CONFIG(accessibility)
        self.unsavedLabel.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Unsaved changes indicator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.archivedBanner.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Archived organisation", None))
#endif // QT_CONFIG(accessibility)
        self.archivedText.setText(QCoreApplication.translate("OrganisationEditor", u"Archived \u2014 hidden from the navigation", None))
#if QT_CONFIG(accessibility)
        self.archivedText.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Archived \u2014 hidden from the navigation", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("OrganisationEditor", u"Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Restore organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("OrganisationEditor", u"Show this organisation in the navigation again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editorTabs.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Parts of the organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsTab.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsScroll.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsScrollContents.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Organisation details form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Why the organisation was not saved", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("OrganisationEditor", u"Revert", None))
#if QT_CONFIG(accessibility)
        self.revertButton.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Revert changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("OrganisationEditor", u"Throw away the changes since the last save", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("OrganisationEditor", u"Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"Save organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("OrganisationEditor", u"Save the organisation (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.detailsTab), QCoreApplication.translate("OrganisationEditor", u"&Details", None))
#if QT_CONFIG(accessibility)
        self.peopleTab.setAccessibleName(QCoreApplication.translate("OrganisationEditor", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.editorTabs.setTabText(self.editorTabs.indexOf(self.peopleTab), QCoreApplication.translate("OrganisationEditor", u"&People", None))
    # retranslateUi

