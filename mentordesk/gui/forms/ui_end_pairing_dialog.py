# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_pairing_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EndPairingDialog(object):
    def setupUi(self, EndPairingDialog):
        if not EndPairingDialog.objectName():
            EndPairingDialog.setObjectName(u"EndPairingDialog")
        EndPairingDialog.resize(520, 400)
        EndPairingDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(EndPairingDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 14)
        self.pairLabel = QLabel(EndPairingDialog)
        self.pairLabel.setObjectName(u"pairLabel")
        self.pairLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.pairLabel)

        self.factsLabel = QLabel(EndPairingDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.factsLabel)

        self.endForm = QFormLayout()
        self.endForm.setObjectName(u"endForm")
        self.endForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.endForm.setHorizontalSpacing(12)
        self.endForm.setVerticalSpacing(6)
        self.endForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(EndPairingDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.endForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(EndPairingDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 110))

        self.endForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(EndPairingDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.dateLabel = QLabel(EndPairingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.endForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(EndPairingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.endForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(EndPairingDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.endForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateError)


        self.dialogLayout.addLayout(self.endForm)

        self.noteLabel = QLabel(EndPairingDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.formError = QLabel(EndPairingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(EndPairingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.buttonBox)

        self.retranslateUi(EndPairingDialog)

        QMetaObject.connectSlotsByName(EndPairingDialog)
    # setupUi

    def retranslateUi(self, EndPairingDialog):
        EndPairingDialog.setWindowTitle(QCoreApplication.translate("EndPairingDialog", u"End pairing", None))
#if QT_CONFIG(accessibility)
        EndPairingDialog.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"End pairing", None))
#endif // QT_CONFIG(accessibility)
        self.pairLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pairLabel.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"The pairing to end", None))
#endif // QT_CONFIG(accessibility)
        self.factsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.factsLabel.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Status and start of the pairing", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("EndPairingDialog", u"&Reason *", None))
#if QT_CONFIG(accessibility)
        self.reasonLabel.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Reason label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Reason the pairing ends", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EndPairingDialog", u"What happened, and what was agreed", None))
        self.reasonError.setText("")
#if QT_CONFIG(accessibility)
        self.reasonError.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Problem with the reason", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("EndPairingDialog", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.dateLabel.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"End date label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Date the pairing ends", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EndPairingDialog", u"d MMM yyyy", None))
        self.dateError.setText("")
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Problem with the end date", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("EndPairingDialog", u"Both participants become free to be matched again. The pairing stays in the programme's history with its end date and reason.", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"What ending does", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("EndPairingDialog", u"End the pairing or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

