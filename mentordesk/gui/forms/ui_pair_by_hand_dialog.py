# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pair_by_hand_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PairByHandDialog(object):
    def setupUi(self, PairByHandDialog):
        if not PairByHandDialog.objectName():
            PairByHandDialog.setObjectName(u"PairByHandDialog")
        PairByHandDialog.resize(560, 420)
        PairByHandDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PairByHandDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 14)
        self.introLabel = QLabel(PairByHandDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pairForm = QFormLayout()
        self.pairForm.setObjectName(u"pairForm")
        self.pairForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.pairForm.setHorizontalSpacing(12)
        self.pairForm.setVerticalSpacing(8)
        self.pairForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.menteeLabel = QLabel(PairByHandDialog)
        self.menteeLabel.setObjectName(u"menteeLabel")

        self.pairForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.menteeLabel)

        self.menteeCombo = QComboBox(PairByHandDialog)
        self.menteeCombo.setObjectName(u"menteeCombo")
        self.menteeCombo.setEditable(True)
        self.menteeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.pairForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.menteeCombo)

        self.mentorLabel = QLabel(PairByHandDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.pairForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentorCombo = QComboBox(PairByHandDialog)
        self.mentorCombo.setObjectName(u"mentorCombo")
        self.mentorCombo.setEditable(True)
        self.mentorCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.pairForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorCombo)


        self.dialogLayout.addLayout(self.pairForm)

        self.resultFrame = QFrame(PairByHandDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultFrame.setMinimumSize(QSize(0, 120))
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(6)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(12, 10, 12, 10)
        self.resultTitle = QLabel(self.resultFrame)
        self.resultTitle.setObjectName(u"resultTitle")
        self.resultTitle.setWordWrap(True)

        self.resultLayout.addWidget(self.resultTitle)

        self.resultText = QLabel(self.resultFrame)
        self.resultText.setObjectName(u"resultText")
        self.resultText.setWordWrap(True)
        self.resultText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.resultText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultText)

        self.resultSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)

        self.resultLayout.setStretch(1, 1)

        self.dialogLayout.addWidget(self.resultFrame)

        self.buttonBox = QDialogButtonBox(PairByHandDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.menteeLabel.setBuddy(self.menteeCombo)
        self.mentorLabel.setBuddy(self.mentorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.menteeCombo, self.mentorCombo)
        QWidget.setTabOrder(self.mentorCombo, self.buttonBox)

        self.retranslateUi(PairByHandDialog)

        QMetaObject.connectSlotsByName(PairByHandDialog)
    # setupUi

    def retranslateUi(self, PairByHandDialog):
        PairByHandDialog.setWindowTitle(QCoreApplication.translate("PairByHandDialog", u"Pair by hand", None))
#if QT_CONFIG(accessibility)
        PairByHandDialog.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Pair by hand", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("PairByHandDialog", u"Choose a mentee and a mentor. The pair is checked against the hard rules first: a pair that breaks one cannot be added.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"About pairing by hand", None))
#endif // QT_CONFIG(accessibility)
        self.menteeLabel.setText(QCoreApplication.translate("PairByHandDialog", u"Ment&ee", None))
#if QT_CONFIG(accessibility)
        self.menteeLabel.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Mentee label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menteeCombo.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Mentee", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.menteeCombo.setToolTip(QCoreApplication.translate("PairByHandDialog", u"Mentees without a mentor come first; type to search", None))
#endif // QT_CONFIG(tooltip)
        self.mentorLabel.setText(QCoreApplication.translate("PairByHandDialog", u"Ment&or", None))
#if QT_CONFIG(accessibility)
        self.mentorLabel.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Mentor label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mentorCombo.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Mentor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.mentorCombo.setToolTip(QCoreApplication.translate("PairByHandDialog", u"The places shown are those still free in this proposal; type to search", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resultFrame.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Check of the pair", None))
#endif // QT_CONFIG(accessibility)
        self.resultTitle.setText("")
#if QT_CONFIG(accessibility)
        self.resultTitle.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Outcome of the check", None))
#endif // QT_CONFIG(accessibility)
        self.resultText.setText("")
#if QT_CONFIG(accessibility)
        self.resultText.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Rules broken, or score and reasons", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PairByHandDialog", u"Add or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

