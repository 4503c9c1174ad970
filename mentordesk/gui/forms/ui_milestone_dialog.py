# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'milestone_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, QTime, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.resize(520, 480)
        MilestoneDialog.setModal(True)
        self.milestoneLayout = QVBoxLayout(MilestoneDialog)
        self.milestoneLayout.setSpacing(10)
        self.milestoneLayout.setObjectName(u"milestoneLayout")
        self.milestoneLayout.setContentsMargins(20, 18, 20, 14)
        self.milestoneForm = QFormLayout()
        self.milestoneForm.setObjectName(u"milestoneForm")
        self.milestoneForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.milestoneForm.setHorizontalSpacing(12)
        self.milestoneForm.setVerticalSpacing(6)
        self.milestoneForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(MilestoneDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.milestoneForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MilestoneDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.milestoneForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(MilestoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.milestoneForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MilestoneDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.milestoneForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(MilestoneDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.milestoneForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.dateLabel = QLabel(MilestoneDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.milestoneForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MilestoneDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumSize(QSize(170, 0))

        self.milestoneForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.spanHint = QLabel(MilestoneDialog)
        self.spanHint.setObjectName(u"spanHint")
        self.spanHint.setText(u"")
        self.spanHint.setWordWrap(True)

        self.milestoneForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spanHint)

        self.dateError = QLabel(MilestoneDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")
        self.dateError.setWordWrap(True)
        self.dateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.milestoneForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.timeLabel = QLabel(MilestoneDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.milestoneForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setSpacing(8)
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = QTimeEdit(MilestoneDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setTime(QTime(9, 0, 0))

        self.timeRow.addWidget(self.startTimeEdit)

        self.timeToLabel = QLabel(MilestoneDialog)
        self.timeToLabel.setObjectName(u"timeToLabel")

        self.timeRow.addWidget(self.timeToLabel)

        self.endTimeEdit = QTimeEdit(MilestoneDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setTime(QTime(12, 0, 0))

        self.timeRow.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.milestoneForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.noTimeCheck = QCheckBox(MilestoneDialog)
        self.noTimeCheck.setObjectName(u"noTimeCheck")

        self.milestoneForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noTimeCheck)

        self.endTimeError = QLabel(MilestoneDialog)
        self.endTimeError.setObjectName(u"endTimeError")
        self.endTimeError.setText(u"")
        self.endTimeError.setWordWrap(True)
        self.endTimeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.milestoneForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endTimeError)

        self.placeLabel = QLabel(MilestoneDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.milestoneForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MilestoneDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.milestoneForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.agendaLabel = QLabel(MilestoneDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.milestoneForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(MilestoneDialog)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMinimumSize(QSize(0, 120))

        self.milestoneForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.agendaEdit)


        self.milestoneLayout.addLayout(self.milestoneForm)

        self.formError = QLabel(MilestoneDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.milestoneLayout.addWidget(self.formError)

        self.milestoneBottomSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.milestoneLayout.addItem(self.milestoneBottomSpacer)

        self.buttonBox = QDialogButtonBox(MilestoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.milestoneLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.noTimeCheck)
        QWidget.setTabOrder(self.noTimeCheck, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.agendaEdit)

        self.retranslateUi(MilestoneDialog)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
#if QT_CONFIG(accessibility)
        MilestoneDialog.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Kind of milestone", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Title *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Title (required)", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"For example: Kick-off workshop", None))
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Problem with the title", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Date *", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Date (required)", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.spanHint.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"The programme's dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Problem with the date", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Ti&me", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"HH:mm", None))
        self.timeToLabel.setText(QCoreApplication.translate("MilestoneDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"HH:mm", None))
        self.noTimeCheck.setText(QCoreApplication.translate("MilestoneDialog", u"&Whole day or no set time", None))
#if QT_CONFIG(accessibility)
        self.noTimeCheck.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Whole day or no set time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endTimeError.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Problem with the times", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"Room, building, address or video link", None))
        self.agendaLabel.setText(QCoreApplication.translate("MilestoneDialog", u"A&genda notes", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Agenda notes", None))
#endif // QT_CONFIG(accessibility)
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"One item a line", None))
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Problem with the milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

