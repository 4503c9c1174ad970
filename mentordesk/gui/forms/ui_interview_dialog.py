# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QVBoxLayout,
    QWidget)

class Ui_InterviewDialog(object):
    def setupUi(self, InterviewDialog):
        if not InterviewDialog.objectName():
            InterviewDialog.setObjectName(u"InterviewDialog")
        InterviewDialog.resize(640, 720)
        InterviewDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InterviewDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.interviewForm = QFormLayout()
        self.interviewForm.setObjectName(u"interviewForm")
        self.interviewForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.interviewForm.setHorizontalSpacing(12)
        self.interviewForm.setVerticalSpacing(6)
        self.interviewForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(InterviewDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InterviewDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(InterviewDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(InterviewDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")
        self.subjectCombo.setEditable(True)
        self.subjectCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.subjectError = QLabel(InterviewDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)

        self.interviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.dateLabel = QLabel(InterviewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.interviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(InterviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.interviewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(InterviewDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.interviewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.interviewerLabel = QLabel(InterviewDialog)
        self.interviewerLabel.setObjectName(u"interviewerLabel")

        self.interviewForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interviewerLabel)

        self.interviewerEdit = QLineEdit(InterviewDialog)
        self.interviewerEdit.setObjectName(u"interviewerEdit")
        self.interviewerEdit.setMaxLength(200)

        self.interviewForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interviewerEdit)

        self.interviewerError = QLabel(InterviewDialog)
        self.interviewerError.setObjectName(u"interviewerError")
        self.interviewerError.setWordWrap(True)

        self.interviewForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.interviewerError)


        self.dialogLayout.addLayout(self.interviewForm)

        self.answersGroup = QGroupBox(InterviewDialog)
        self.answersGroup.setObjectName(u"answersGroup")
        self.answersGroupLayout = QVBoxLayout(self.answersGroup)
        self.answersGroupLayout.setSpacing(4)
        self.answersGroupLayout.setObjectName(u"answersGroupLayout")
        self.answersGroupLayout.setContentsMargins(8, 8, 8, 8)
        self.answersArea = QScrollArea(self.answersGroup)
        self.answersArea.setObjectName(u"answersArea")
        self.answersArea.setWidgetResizable(True)
        self.answersArea.setFrameShape(QFrame.Shape.NoFrame)
        self.answersWidget = QWidget()
        self.answersWidget.setObjectName(u"answersWidget")
        self.answersForm = QFormLayout(self.answersWidget)
        self.answersForm.setObjectName(u"answersForm")
        self.answersForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.answersForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.answersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.answersForm.setHorizontalSpacing(12)
        self.answersForm.setVerticalSpacing(8)
        self.answersArea.setWidget(self.answersWidget)

        self.answersGroupLayout.addWidget(self.answersArea)

        self.answersError = QLabel(self.answersGroup)
        self.answersError.setObjectName(u"answersError")
        self.answersError.setWordWrap(True)

        self.answersGroupLayout.addWidget(self.answersError)


        self.dialogLayout.addWidget(self.answersGroup)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(4)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(0, 0, 0, 0)
        self.notesLabel = QLabel(InterviewDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(InterviewDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 90))

        self.notesLayout.addWidget(self.notesEdit)

        self.confidentialCheck = QCheckBox(InterviewDialog)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.notesLayout.addWidget(self.confidentialCheck)


        self.dialogLayout.addLayout(self.notesLayout)

        self.formError = QLabel(InterviewDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(InterviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 3)
        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.interviewerLabel.setBuddy(self.interviewerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewDialog)

        QMetaObject.connectSlotsByName(InterviewDialog)
    # setupUi

    def retranslateUi(self, InterviewDialog):
        InterviewDialog.setWindowTitle(QCoreApplication.translate("InterviewDialog", u"Interview", None))
#if QT_CONFIG(accessibility)
        InterviewDialog.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Interview", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Kind *", None))
#if QT_CONFIG(accessibility)
        self.kindLabel.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Kind label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Kind of interview", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("InterviewDialog", u"&With *", None))
#if QT_CONFIG(accessibility)
        self.subjectLabel.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"With whom label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"With whom", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.subjectCombo.setToolTip(QCoreApplication.translate("InterviewDialog", u"A participant, a pair, or a person such as the sponsor: type to search", None))
#endif // QT_CONFIG(tooltip)
        self.subjectError.setText("")
#if QT_CONFIG(accessibility)
        self.subjectError.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Problem with whom", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.dateLabel.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Date label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Date of the interview", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("InterviewDialog", u"d MMM yyyy", None))
        self.dateError.setText("")
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Problem with the date", None))
#endif // QT_CONFIG(accessibility)
        self.interviewerLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Interviewer *", None))
#if QT_CONFIG(accessibility)
        self.interviewerLabel.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Interviewer label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewerEdit.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Interviewer", None))
#endif // QT_CONFIG(accessibility)
        self.interviewerEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Who held the interview", None))
        self.interviewerError.setText("")
#if QT_CONFIG(accessibility)
        self.interviewerError.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Problem with the interviewer", None))
#endif // QT_CONFIG(accessibility)
        self.answersGroup.setTitle(QCoreApplication.translate("InterviewDialog", u"Answers", None))
#if QT_CONFIG(accessibility)
        self.answersGroup.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Answers to the questions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.answersArea.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Questions and answers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.answersWidget.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Answers", None))
#endif // QT_CONFIG(accessibility)
        self.answersError.setText("")
#if QT_CONFIG(accessibility)
        self.answersError.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Problem with an answer", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesLabel.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Notes label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Notes of the interview", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"What was said, agreed and to follow up", None))
        self.confidentialCheck.setText(QCoreApplication.translate("InterviewDialog", u"&Confidential: the notes and answers stay in this interview", None))
#if QT_CONFIG(accessibility)
        self.confidentialCheck.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Confidential", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.confidentialCheck.setToolTip(QCoreApplication.translate("InterviewDialog", u"Lists, exports and papers show \u201cconfidential\u201d instead of the notes and answers", None))
#endif // QT_CONFIG(tooltip)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Problem with the interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("InterviewDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

