# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 420)
        SettingsDialog.setModal(True)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setSpacing(10)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(20, 18, 20, 14)
        self.introLabel = QLabel(SettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.introLabel)

        self.papersGroup = QGroupBox(SettingsDialog)
        self.papersGroup.setObjectName(u"papersGroup")
        self.papersForm = QFormLayout(self.papersGroup)
        self.papersForm.setObjectName(u"papersForm")
        self.papersForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.papersForm.setHorizontalSpacing(12)
        self.papersForm.setVerticalSpacing(6)
        self.papersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consultancyNameLabel = QLabel(self.papersGroup)
        self.consultancyNameLabel.setObjectName(u"consultancyNameLabel")

        self.papersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consultancyNameLabel)

        self.consultancyNameEdit = QLineEdit(self.papersGroup)
        self.consultancyNameEdit.setObjectName(u"consultancyNameEdit")
        self.consultancyNameEdit.setMaxLength(200)

        self.papersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consultancyNameEdit)

        self.consultancyNameError = QLabel(self.papersGroup)
        self.consultancyNameError.setObjectName(u"consultancyNameError")
        self.consultancyNameError.setText(u"")
        self.consultancyNameError.setWordWrap(True)

        self.papersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultancyNameError)

        self.consultancyContactLabel = QLabel(self.papersGroup)
        self.consultancyContactLabel.setObjectName(u"consultancyContactLabel")

        self.papersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consultancyContactLabel)

        self.consultancyContactEdit = QLineEdit(self.papersGroup)
        self.consultancyContactEdit.setObjectName(u"consultancyContactEdit")
        self.consultancyContactEdit.setMaxLength(200)

        self.papersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consultancyContactEdit)

        self.footerHint = QLabel(self.papersGroup)
        self.footerHint.setObjectName(u"footerHint")
        self.footerHint.setWordWrap(True)

        self.papersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.footerHint)

        self.paperLabel = QLabel(self.papersGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.papersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.papersGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.papersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.paperError = QLabel(self.papersGroup)
        self.paperError.setObjectName(u"paperError")
        self.paperError.setText(u"")
        self.paperError.setWordWrap(True)

        self.papersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperError)


        self.settingsLayout.addWidget(self.papersGroup)

        self.evaluationGroup = QGroupBox(SettingsDialog)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationForm = QFormLayout(self.evaluationGroup)
        self.evaluationForm.setObjectName(u"evaluationForm")
        self.evaluationForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.evaluationForm.setHorizontalSpacing(12)
        self.evaluationForm.setVerticalSpacing(6)
        self.anonymityLabel = QLabel(self.evaluationGroup)
        self.anonymityLabel.setObjectName(u"anonymityLabel")

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.anonymityLabel)

        self.anonymitySpin = QSpinBox(self.evaluationGroup)
        self.anonymitySpin.setObjectName(u"anonymitySpin")
        self.anonymitySpin.setMinimum(3)
        self.anonymitySpin.setMaximum(100)

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.anonymitySpin)

        self.anonymityError = QLabel(self.evaluationGroup)
        self.anonymityError.setObjectName(u"anonymityError")
        self.anonymityError.setText(u"")
        self.anonymityError.setWordWrap(True)

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.anonymityError)

        self.anonymityHint = QLabel(self.evaluationGroup)
        self.anonymityHint.setObjectName(u"anonymityHint")
        self.anonymityHint.setWordWrap(True)

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.anonymityHint)


        self.settingsLayout.addWidget(self.evaluationGroup)

        self.formError = QLabel(SettingsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)

        self.settingsLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.consultancyNameLabel.setBuddy(self.consultancyNameEdit)
        self.consultancyContactLabel.setBuddy(self.consultancyContactEdit)
        self.paperLabel.setBuddy(self.paperCombo)
        self.anonymityLabel.setBuddy(self.anonymitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consultancyNameEdit, self.consultancyContactEdit)
        QWidget.setTabOrder(self.consultancyContactEdit, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.anonymitySpin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("SettingsDialog", u"These settings are stored in the database, so everyone who opens it (or a backup of it) prints the same papers.", None))
        self.papersGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Printed papers", None))
        self.consultancyNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Consultancy &name *", None))
#if QT_CONFIG(accessibility)
        self.consultancyNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Consultancy name (required)", None))
#endif // QT_CONFIG(accessibility)
        self.consultancyNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"For example: Holm & Friis Consulting", None))
#if QT_CONFIG(accessibility)
        self.consultancyNameError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Problem with the consultancy name", None))
#endif // QT_CONFIG(accessibility)
        self.consultancyContactLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Contact", None))
#if QT_CONFIG(accessibility)
        self.consultancyContactEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Consultancy contact", None))
#endif // QT_CONFIG(accessibility)
        self.consultancyContactEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Email, phone or web address", None))
        self.footerHint.setText(QCoreApplication.translate("SettingsDialog", u"The name and contact stand in the footer of every printed paper.", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Paper size", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Problem with the paper size", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Evaluation results", None))
        self.anonymityLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Anonymity threshold", None))
#if QT_CONFIG(accessibility)
        self.anonymitySpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Anonymity threshold (responses)", None))
#endif // QT_CONFIG(accessibility)
        self.anonymitySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" responses", None))
#if QT_CONFIG(accessibility)
        self.anonymityError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Problem with the anonymity threshold", None))
#endif // QT_CONFIG(accessibility)
        self.anonymityHint.setText(QCoreApplication.translate("SettingsDialog", u"Results of a group with fewer responses are not shown, so no answer can be traced to a person. At least 3.", None))
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Problem with the settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

