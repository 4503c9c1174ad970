# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCommandLinkButton, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(560, 420)
        WelcomeDialog.setModal(True)
        self.welcomeLayout = QVBoxLayout(WelcomeDialog)
        self.welcomeLayout.setSpacing(12)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLayout.setContentsMargins(28, 24, 28, 24)
        self.welcomeHeader = QHBoxLayout()
        self.welcomeHeader.setSpacing(16)
        self.welcomeHeader.setObjectName(u"welcomeHeader")
        self.welcomeIcon = QLabel(WelcomeDialog)
        self.welcomeIcon.setObjectName(u"welcomeIcon")

        self.welcomeHeader.addWidget(self.welcomeIcon)

        self.welcomeTitle = QLabel(WelcomeDialog)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.welcomeHeader.addWidget(self.welcomeTitle)

        self.welcomeHeaderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcomeHeader.addItem(self.welcomeHeaderSpacer)


        self.welcomeLayout.addLayout(self.welcomeHeader)

        self.welcomeText = QLabel(WelcomeDialog)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeText)

        self.welcomeQuestion = QLabel(WelcomeDialog)
        self.welcomeQuestion.setObjectName(u"welcomeQuestion")

        self.welcomeLayout.addWidget(self.welcomeQuestion)

        self.exploreDemoButton = QCommandLinkButton(WelcomeDialog)
        self.exploreDemoButton.setObjectName(u"exploreDemoButton")
        self.exploreDemoButton.setDefault(True)

        self.welcomeLayout.addWidget(self.exploreDemoButton)

        self.startEmptyButton = QCommandLinkButton(WelcomeDialog)
        self.startEmptyButton.setObjectName(u"startEmptyButton")

        self.welcomeLayout.addWidget(self.startEmptyButton)

        self.welcomeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        QWidget.setTabOrder(self.exploreDemoButton, self.startEmptyButton)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to MentorDesk", None))
#if QT_CONFIG(accessibility)
        WelcomeDialog.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Welcome to MentorDesk", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.welcomeIcon.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"MentorDesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to MentorDesk", None))
#if QT_CONFIG(accessibility)
        self.welcomeTitle.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Welcome to MentorDesk", None))
#endif // QT_CONFIG(accessibility)
        self.welcomeText.setText(QCoreApplication.translate("WelcomeDialog", u"MentorDesk helps you run mentoring programmes for your client organisations: design each programme, register mentors and mentees, match them into pairs, follow them up and print the papers for every meeting. Everything stays on this computer.", None))
#if QT_CONFIG(accessibility)
        self.welcomeText.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"About MentorDesk", None))
#endif // QT_CONFIG(accessibility)
        self.welcomeQuestion.setText(QCoreApplication.translate("WelcomeDialog", u"How would you like to begin?", None))
#if QT_CONFIG(accessibility)
        self.welcomeQuestion.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"How would you like to begin?", None))
#endif // QT_CONFIG(accessibility)
        self.exploreDemoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Explore the demo", None))
        self.exploreDemoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Fill this database with realistic client organisations, programmes and people in every phase, to try everything out.", None))
#if QT_CONFIG(accessibility)
        self.exploreDemoButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Explore the demo", None))
#endif // QT_CONFIG(accessibility)
        self.startEmptyButton.setText(QCoreApplication.translate("WelcomeDialog", u"Start empty", None))
        self.startEmptyButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Begin with an empty database and add your own client organisations.", None))
#if QT_CONFIG(accessibility)
        self.startEmptyButton.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Start empty", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

