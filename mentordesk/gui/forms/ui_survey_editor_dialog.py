# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_editor_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_SurveyEditorDialog(object):
    def setupUi(self, SurveyEditorDialog):
        if not SurveyEditorDialog.objectName():
            SurveyEditorDialog.setObjectName(u"SurveyEditorDialog")
        SurveyEditorDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(SurveyEditorDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setSpacing(8)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(SurveyEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(SurveyEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.addWidget(self.titleEdit)


        self.dialogLayout.addLayout(self.titleLayout)

        self.questionTable = QTableView(SurveyEditorDialog)
        self.questionTable.setObjectName(u"questionTable")
        self.questionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questionTable.setAlternatingRowColors(True)
        self.questionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.questionTable)

        self.listButtonLayout = QHBoxLayout()
        self.listButtonLayout.setSpacing(6)
        self.listButtonLayout.setObjectName(u"listButtonLayout")
        self.listButtonLayout.setContentsMargins(0, 0, 0, 0)
        self.addButton = QPushButton(SurveyEditorDialog)
        self.addButton.setObjectName(u"addButton")

        self.listButtonLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(SurveyEditorDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtonLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(SurveyEditorDialog)
        self.upButton.setObjectName(u"upButton")

        self.listButtonLayout.addWidget(self.upButton)

        self.downButton = QPushButton(SurveyEditorDialog)
        self.downButton.setObjectName(u"downButton")

        self.listButtonLayout.addWidget(self.downButton)

        self.listButtonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonLayout.addItem(self.listButtonSpacer)

        self.restoreButton = QPushButton(SurveyEditorDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.listButtonLayout.addWidget(self.restoreButton)


        self.dialogLayout.addLayout(self.listButtonLayout)

        self.detailGroup = QGroupBox(SurveyEditorDialog)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QFormLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, 8, 8, 8)
        self.textLabel = QLabel(self.detailGroup)
        self.textLabel.setObjectName(u"textLabel")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(self.detailGroup)
        self.textEdit.setObjectName(u"textEdit")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.typeLabel = QLabel(self.detailGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.detailGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.themeLabel = QLabel(self.detailGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.detailGroup)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setEditable(True)

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.keyLabel = QLabel(self.detailGroup)
        self.keyLabel.setObjectName(u"keyLabel")

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(self.detailGroup)
        self.keyEdit.setObjectName(u"keyEdit")

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyEdit)


        self.dialogLayout.addWidget(self.detailGroup)

        self.errorLabel = QLabel(SurveyEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SurveyEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.keyLabel.setBuddy(self.keyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveyEditorDialog)

        QMetaObject.connectSlotsByName(SurveyEditorDialog)
    # setupUi

    def retranslateUi(self, SurveyEditorDialog):
        SurveyEditorDialog.setWindowTitle(QCoreApplication.translate("SurveyEditorDialog", u"Edit survey", None))
#if QT_CONFIG(accessibility)
        SurveyEditorDialog.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Edit the survey", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SurveyEditorDialog", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Title label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Title of the survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionTable.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Questions of the survey, in order", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("SurveyEditorDialog", u"&Add question", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Add a question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"Add a question after the selected one (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("SurveyEditorDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Remove the selected question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"Remove the selected question (Delete); not possible once it has answers", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("SurveyEditorDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Move the question up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"Move the selected question up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("SurveyEditorDialog", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Move the question down", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"Move the selected question down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("SurveyEditorDialog", u"Standard &questions", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Put back the standard questions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"Replace the questions with the standard set for this programme; only while no response has been entered", None))
#endif // QT_CONFIG(tooltip)
        self.detailGroup.setTitle(QCoreApplication.translate("SurveyEditorDialog", u"Selected question", None))
#if QT_CONFIG(accessibility)
        self.detailGroup.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Selected question", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("SurveyEditorDialog", u"Q&uestion", None))
#if QT_CONFIG(accessibility)
        self.textLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Question label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Text of the question", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("SurveyEditorDialog", u"T&ype", None))
#if QT_CONFIG(accessibility)
        self.typeLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Type label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Type of answer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"How the question is answered; fixed once it has answers", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("SurveyEditorDialog", u"T&heme", None))
#if QT_CONFIG(accessibility)
        self.themeLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Theme label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Theme of the question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"The learning theme or part of the programme the question is about: results are grouped by it", None))
#endif // QT_CONFIG(tooltip)
        self.keyLabel.setText(QCoreApplication.translate("SurveyEditorDialog", u"&Key", None))
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Key label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Key of the question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.keyEdit.setToolTip(QCoreApplication.translate("SurveyEditorDialog", u"A short name: the column of this question in an imported file; fixed once it has answers", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SurveyEditorDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

