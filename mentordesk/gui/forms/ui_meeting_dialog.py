# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListView, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(520, 480)
        MeetingDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 14)
        self.pairLabel = QLabel(MeetingDialog)
        self.pairLabel.setObjectName(u"pairLabel")
        self.pairLabel.setText(u"")
        self.pairLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.pairLabel)

        self.factsLabel = QLabel(MeetingDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setText(u"")
        self.factsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.factsLabel)

        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.meetingForm.setHorizontalSpacing(12)
        self.meetingForm.setVerticalSpacing(6)
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(MeetingDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")
        self.dateError.setWordWrap(True)

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.minutesLabel = QLabel(MeetingDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(MeetingDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(1440)
        self.minutesSpin.setSingleStep(15)
        self.minutesSpin.setValue(60)

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.minutesError = QLabel(MeetingDialog)
        self.minutesError.setObjectName(u"minutesError")
        self.minutesError.setText(u"")
        self.minutesError.setWordWrap(True)

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutesError)

        self.themesLabel = QLabel(MeetingDialog)
        self.themesLabel.setObjectName(u"themesLabel")
        self.themesLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesList = QListView(MeetingDialog)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.themesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themesList.setWordWrap(True)
        self.themesList.setMinimumSize(QSize(0, 120))

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.themesList)

        self.otherTopicsLabel = QLabel(MeetingDialog)
        self.otherTopicsLabel.setObjectName(u"otherTopicsLabel")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.otherTopicsLabel)

        self.otherTopicsEdit = QLineEdit(MeetingDialog)
        self.otherTopicsEdit.setObjectName(u"otherTopicsEdit")
        self.otherTopicsEdit.setMaxLength(500)

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.otherTopicsEdit)


        self.dialogLayout.addLayout(self.meetingForm)

        self.noteLabel = QLabel(MeetingDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.formError = QLabel(MeetingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.themesLabel.setBuddy(self.themesList)
        self.otherTopicsLabel.setBuddy(self.otherTopicsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.themesList)
        QWidget.setTabOrder(self.themesList, self.otherTopicsEdit)
        QWidget.setTabOrder(self.otherTopicsEdit, self.buttonBox)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Report a meeting", None))
#if QT_CONFIG(accessibility)
        MeetingDialog.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Report a meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"The pair that met", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.factsLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meetings reported so far", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date the pair met", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Problem with the date", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Length", None))
#if QT_CONFIG(accessibility)
        self.minutesLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Length label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Length of the meeting in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.minutesSpin.setSuffix(QCoreApplication.translate("MeetingDialog", u" minutes", None))
#if QT_CONFIG(accessibility)
        self.minutesError.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Problem with the length", None))
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Topics", None))
#if QT_CONFIG(accessibility)
        self.themesLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Topics label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themesList.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"The programme's learning themes: Space ticks one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.themesList.setToolTip(QCoreApplication.translate("MeetingDialog", u"The programme's learning themes; Space ticks or unticks the highlighted one", None))
#endif // QT_CONFIG(tooltip)
        self.otherTopicsLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Other topics", None))
#if QT_CONFIG(accessibility)
        self.otherTopicsLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Other topics label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherTopicsEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Other topics, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.otherTopicsEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Separate topics with commas", None))
        self.noteLabel.setText(QCoreApplication.translate("MeetingDialog", u"Only the date, length and topics are kept: what the pair said stays with them.", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"What is kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Report the meeting or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

