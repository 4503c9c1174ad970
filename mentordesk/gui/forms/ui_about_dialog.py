# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(480, 300)
        self.aboutLayout = QHBoxLayout(AboutDialog)
        self.aboutLayout.setSpacing(20)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutLayout.setContentsMargins(24, 24, 24, 16)
        self.aboutIcon = QLabel(AboutDialog)
        self.aboutIcon.setObjectName(u"aboutIcon")
        self.aboutIcon.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.aboutLayout.addWidget(self.aboutIcon)

        self.aboutText = QVBoxLayout()
        self.aboutText.setSpacing(8)
        self.aboutText.setObjectName(u"aboutText")
        self.aboutTitle = QLabel(AboutDialog)
        self.aboutTitle.setObjectName(u"aboutTitle")
        self.aboutTitle.setText(u"MentorDesk")

        self.aboutText.addWidget(self.aboutTitle)

        self.aboutVersion = QLabel(AboutDialog)
        self.aboutVersion.setObjectName(u"aboutVersion")
        self.aboutVersion.setText(u"-")
        self.aboutVersion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutText.addWidget(self.aboutVersion)

        self.aboutDescription = QLabel(AboutDialog)
        self.aboutDescription.setObjectName(u"aboutDescription")
        self.aboutDescription.setWordWrap(True)

        self.aboutText.addWidget(self.aboutDescription)

        self.aboutDatabase = QLabel(AboutDialog)
        self.aboutDatabase.setObjectName(u"aboutDatabase")
        self.aboutDatabase.setText(u"-")
        self.aboutDatabase.setWordWrap(True)
        self.aboutDatabase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutText.addWidget(self.aboutDatabase)

        self.aboutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.aboutText.addItem(self.aboutSpacer)

        self.aboutButtons = QDialogButtonBox(AboutDialog)
        self.aboutButtons.setObjectName(u"aboutButtons")
        self.aboutButtons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutText.addWidget(self.aboutButtons)


        self.aboutLayout.addLayout(self.aboutText)


        self.retranslateUi(AboutDialog)
        self.aboutButtons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About MentorDesk", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About MentorDesk", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutIcon.setAccessibleName(QCoreApplication.translate("AboutDialog", u"MentorDesk logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutTitle.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Application name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutVersion.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.aboutDescription.setText(QCoreApplication.translate("AboutDialog", u"Mentoring programmes for consultancies: programmes, participants, matching, follow-up and printed materials, kept on this computer.", None))
#if QT_CONFIG(accessibility)
        self.aboutDescription.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutDatabase.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open database", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutButtons.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

