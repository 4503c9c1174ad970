# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout)

class Ui_InterviewTemplateDialog(object):
    def setupUi(self, InterviewTemplateDialog):
        if not InterviewTemplateDialog.objectName():
            InterviewTemplateDialog.setObjectName(u"InterviewTemplateDialog")
        InterviewTemplateDialog.resize(700, 560)
        InterviewTemplateDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InterviewTemplateDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setSpacing(8)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLayout.setContentsMargins(0, 0, 0, 0)
        self.kindLabel = QLabel(InterviewTemplateDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(InterviewTemplateDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.kindLayout.addWidget(self.kindCombo)

        self.newKindButton = QPushButton(InterviewTemplateDialog)
        self.newKindButton.setObjectName(u"newKindButton")

        self.kindLayout.addWidget(self.newKindButton)

        self.removeKindButton = QPushButton(InterviewTemplateDialog)
        self.removeKindButton.setObjectName(u"removeKindButton")

        self.kindLayout.addWidget(self.removeKindButton)

        self.kindSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)

        self.sourceLabel = QLabel(InterviewTemplateDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.kindLayout.addWidget(self.sourceLabel)


        self.dialogLayout.addLayout(self.kindLayout)

        self.titleForm = QFormLayout()
        self.titleForm.setObjectName(u"titleForm")
        self.titleForm.setHorizontalSpacing(12)
        self.titleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(InterviewTemplateDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(InterviewTemplateDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.titleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.dialogLayout.addLayout(self.titleForm)

        self.questionsLayout = QHBoxLayout()
        self.questionsLayout.setSpacing(8)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 0, 0, 0)
        self.questionList = QListView(InterviewTemplateDialog)
        self.questionList.setObjectName(u"questionList")
        self.questionList.setAlternatingRowColors(True)
        self.questionList.setWordWrap(True)

        self.questionsLayout.addWidget(self.questionList)

        self.questionButtons = QVBoxLayout()
        self.questionButtons.setSpacing(6)
        self.questionButtons.setObjectName(u"questionButtons")
        self.questionButtons.setContentsMargins(0, 0, 0, 0)
        self.addQuestionButton = QPushButton(InterviewTemplateDialog)
        self.addQuestionButton.setObjectName(u"addQuestionButton")

        self.questionButtons.addWidget(self.addQuestionButton)

        self.removeQuestionButton = QPushButton(InterviewTemplateDialog)
        self.removeQuestionButton.setObjectName(u"removeQuestionButton")

        self.questionButtons.addWidget(self.removeQuestionButton)

        self.upButton = QPushButton(InterviewTemplateDialog)
        self.upButton.setObjectName(u"upButton")

        self.questionButtons.addWidget(self.upButton)

        self.downButton = QPushButton(InterviewTemplateDialog)
        self.downButton.setObjectName(u"downButton")

        self.questionButtons.addWidget(self.downButton)

        self.questionButtonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionButtons.addItem(self.questionButtonSpacer)


        self.questionsLayout.addLayout(self.questionButtons)


        self.dialogLayout.addLayout(self.questionsLayout)

        self.questionForm = QFormLayout()
        self.questionForm.setObjectName(u"questionForm")
        self.questionForm.setHorizontalSpacing(12)
        self.questionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionTextLabel = QLabel(InterviewTemplateDialog)
        self.questionTextLabel.setObjectName(u"questionTextLabel")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionTextLabel)

        self.questionText = QLineEdit(InterviewTemplateDialog)
        self.questionText.setObjectName(u"questionText")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionText)

        self.questionTypeLabel = QLabel(InterviewTemplateDialog)
        self.questionTypeLabel.setObjectName(u"questionTypeLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionTypeLabel)

        self.questionType = QComboBox(InterviewTemplateDialog)
        self.questionType.setObjectName(u"questionType")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionType)


        self.dialogLayout.addLayout(self.questionForm)

        self.formError = QLabel(InterviewTemplateDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomLayout.setContentsMargins(0, 0, 0, 0)
        self.restoreButton = QPushButton(InterviewTemplateDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.bottomLayout.addWidget(self.restoreButton)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(InterviewTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.questionTextLabel.setBuddy(self.questionText)
        self.questionTypeLabel.setBuddy(self.questionType)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewTemplateDialog)

        QMetaObject.connectSlotsByName(InterviewTemplateDialog)
    # setupUi

    def retranslateUi(self, InterviewTemplateDialog):
        InterviewTemplateDialog.setWindowTitle(QCoreApplication.translate("InterviewTemplateDialog", u"Interview questions", None))
#if QT_CONFIG(accessibility)
        InterviewTemplateDialog.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Interview questions", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Kind of interview", None))
#if QT_CONFIG(accessibility)
        self.kindLabel.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Kind label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Kind of interview whose questions are shown", None))
#endif // QT_CONFIG(accessibility)
        self.newKindButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"New &kind\u2026", None))
#if QT_CONFIG(accessibility)
        self.newKindButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Add a kind of interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newKindButton.setToolTip(QCoreApplication.translate("InterviewTemplateDialog", u"Add a kind of interview of your own, with its own questions", None))
#endif // QT_CONFIG(tooltip)
        self.removeKindButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"Remo&ve kind\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeKindButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Remove this kind of interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeKindButton.setToolTip(QCoreApplication.translate("InterviewTemplateDialog", u"Remove a kind you added, while no interview of it is recorded", None))
#endif // QT_CONFIG(tooltip)
        self.sourceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Where the questions come from", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Title *", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Title label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Title of the kind of interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionList.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Questions, in the order they are asked", None))
#endif // QT_CONFIG(accessibility)
        self.addQuestionButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addQuestionButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Add a question", None))
#endif // QT_CONFIG(accessibility)
        self.removeQuestionButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeQuestionButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Remove the question", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Up", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Move the question up", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"Do&wn", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Move the question down", None))
#endif // QT_CONFIG(accessibility)
        self.questionTextLabel.setText(QCoreApplication.translate("InterviewTemplateDialog", u"&Question", None))
#if QT_CONFIG(accessibility)
        self.questionTextLabel.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Question label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionText.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Text of the question", None))
#endif // QT_CONFIG(accessibility)
        self.questionTypeLabel.setText(QCoreApplication.translate("InterviewTemplateDialog", u"A&nswer", None))
#if QT_CONFIG(accessibility)
        self.questionTypeLabel.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Answer type label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionType.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Type of answer", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Problem with the questions", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("InterviewTemplateDialog", u"Restore the &built-in questions", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Restore the built-in questions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("InterviewTemplateDialog", u"Forget this programme's own questions of this kind and ask the built-in ones", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("InterviewTemplateDialog", u"Save or close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

