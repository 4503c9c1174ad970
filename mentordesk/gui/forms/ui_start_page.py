# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        StartPage.resize(720, 520)
        self.startLayout = QVBoxLayout(StartPage)
        self.startLayout.setSpacing(10)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(48, -1, 48, -1)
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.topSpacer)

        self.startIcon = QLabel(StartPage)
        self.startIcon.setObjectName(u"startIcon")

        self.startLayout.addWidget(self.startIcon)

        self.startTitle = QLabel(StartPage)
        self.startTitle.setObjectName(u"startTitle")
        self.startTitle.setWordWrap(True)

        self.startLayout.addWidget(self.startTitle)

        self.startText = QLabel(StartPage)
        self.startText.setObjectName(u"startText")
        self.startText.setWordWrap(True)

        self.startLayout.addWidget(self.startText)

        self.startCounts = QLabel(StartPage)
        self.startCounts.setObjectName(u"startCounts")
        self.startCounts.setText(u"-")
        self.startCounts.setWordWrap(True)

        self.startLayout.addWidget(self.startCounts)

        self.bottomSpacer = QSpacerItem(20, 60, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.bottomSpacer)


        self.retranslateUi(StartPage)

        QMetaObject.connectSlotsByName(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
#if QT_CONFIG(accessibility)
        StartPage.setAccessibleName(QCoreApplication.translate("StartPage", u"Start page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startIcon.setAccessibleName(QCoreApplication.translate("StartPage", u"MentorDesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.startTitle.setText(QCoreApplication.translate("StartPage", u"Choose a programme on the left, or create one", None))
#if QT_CONFIG(accessibility)
        self.startTitle.setAccessibleName(QCoreApplication.translate("StartPage", u"Choose a programme on the left, or create one", None))
#endif // QT_CONFIG(accessibility)
        self.startText.setText(QCoreApplication.translate("StartPage", u"MentorDesk keeps your client organisations, their mentoring programmes, participants and pairs in one place, on this computer.", None))
#if QT_CONFIG(accessibility)
        self.startText.setAccessibleName(QCoreApplication.translate("StartPage", u"About this page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startCounts.setAccessibleName(QCoreApplication.translate("StartPage", u"What the database holds", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

