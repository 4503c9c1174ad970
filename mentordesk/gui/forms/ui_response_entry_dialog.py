# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ResponseEntryDialog(object):
    def setupUi(self, ResponseEntryDialog):
        if not ResponseEntryDialog.objectName():
            ResponseEntryDialog.setObjectName(u"ResponseEntryDialog")
        ResponseEntryDialog.resize(760, 680)
        self.dialogLayout = QVBoxLayout(ResponseEntryDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.headLayout = QVBoxLayout()
        self.headLayout.setSpacing(4)
        self.headLayout.setObjectName(u"headLayout")
        self.headLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyTitle = QLabel(ResponseEntryDialog)
        self.surveyTitle.setObjectName(u"surveyTitle")

        self.headLayout.addWidget(self.surveyTitle)

        self.hintLabel = QLabel(ResponseEntryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.headLayout.addWidget(self.hintLabel)


        self.dialogLayout.addLayout(self.headLayout)

        self.roleLayout = QHBoxLayout()
        self.roleLayout.setSpacing(8)
        self.roleLayout.setObjectName(u"roleLayout")
        self.roleLayout.setContentsMargins(0, 0, 0, 0)
        self.roleLabel = QLabel(ResponseEntryDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roleLayout.addWidget(self.roleLabel)

        self.roleEdit = QLineEdit(ResponseEntryDialog)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setMaxLength(1)

        self.roleLayout.addWidget(self.roleEdit)

        self.roleShown = QLabel(ResponseEntryDialog)
        self.roleShown.setObjectName(u"roleShown")

        self.roleLayout.addWidget(self.roleShown)

        self.roleSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roleLayout.addItem(self.roleSpacer)

        self.formCount = QLabel(ResponseEntryDialog)
        self.formCount.setObjectName(u"formCount")

        self.roleLayout.addWidget(self.formCount)


        self.dialogLayout.addLayout(self.roleLayout)

        self.questionsArea = QScrollArea(ResponseEntryDialog)
        self.questionsArea.setObjectName(u"questionsArea")
        self.questionsArea.setWidgetResizable(True)
        self.questionsContent = QWidget()
        self.questionsContent.setObjectName(u"questionsContent")
        self.questionsLayout = QFormLayout(self.questionsContent)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(4, 4, 12, 4)
        self.questionsArea.setWidget(self.questionsContent)

        self.dialogLayout.addWidget(self.questionsArea)

        self.errorLabel = QLabel(ResponseEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(6)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayout.setContentsMargins(0, 0, 0, 0)
        self.undoButton = QPushButton(ResponseEntryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonLayout.addWidget(self.undoButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveNextButton = QPushButton(ResponseEntryDialog)
        self.saveNextButton.setObjectName(u"saveNextButton")

        self.buttonLayout.addWidget(self.saveNextButton)

        self.closeButton = QPushButton(ResponseEntryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResponseEntryDialog)

        QMetaObject.connectSlotsByName(ResponseEntryDialog)
    # setupUi

    def retranslateUi(self, ResponseEntryDialog):
        ResponseEntryDialog.setWindowTitle(QCoreApplication.translate("ResponseEntryDialog", u"Enter responses", None))
#if QT_CONFIG(accessibility)
        ResponseEntryDialog.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Enter survey responses", None))
#endif // QT_CONFIG(accessibility)
        self.surveyTitle.setText("")
#if QT_CONFIG(accessibility)
        self.surveyTitle.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Survey being entered", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("ResponseEntryDialog", u"Type each answer and press Enter (or Tab) for the next question; leave a question empty when it was not answered. Enter on the last question saves the form and starts the next one (Ctrl+Enter from anywhere). Esc closes.", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"How to enter forms", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ResponseEntryDialog", u"&Respondent", None))
#if QT_CONFIG(accessibility)
        self.roleLabel.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Respondent label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Respondent: m for mentor, e for mentee, empty for unknown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.roleEdit.setToolTip(QCoreApplication.translate("ResponseEntryDialog", u"m = mentor, e = mentee, empty = unknown", None))
#endif // QT_CONFIG(tooltip)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("ResponseEntryDialog", u"m, e or empty", None))
        self.roleShown.setText(QCoreApplication.translate("ResponseEntryDialog", u"Unknown", None))
#if QT_CONFIG(accessibility)
        self.roleShown.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Respondent's role as read", None))
#endif // QT_CONFIG(accessibility)
        self.formCount.setText("")
#if QT_CONFIG(accessibility)
        self.formCount.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Forms saved in this session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionsArea.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Questions of the form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionsContent.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"What is wrong with the form", None))
#endif // QT_CONFIG(accessibility)
        self.undoButton.setText(QCoreApplication.translate("ResponseEntryDialog", u"&Undo last form", None))
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Remove the form saved last", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ResponseEntryDialog", u"Remove the form saved last, e.g. when it was typed twice", None))
#endif // QT_CONFIG(tooltip)
        self.saveNextButton.setText(QCoreApplication.translate("ResponseEntryDialog", u"&Save and next form", None))
#if QT_CONFIG(accessibility)
        self.saveNextButton.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Save this form and start the next", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveNextButton.setToolTip(QCoreApplication.translate("ResponseEntryDialog", u"Save this form and start the next (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ResponseEntryDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ResponseEntryDialog", u"Close the entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ResponseEntryDialog", u"Close; asks first when a form is half typed (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

