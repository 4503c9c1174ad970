# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(780, 470)
        PersonDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 16)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.personGroup = QGroupBox(PersonDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.personForm.setHorizontalSpacing(12)
        self.personForm.setVerticalSpacing(8)
        self.firstNameLabel = QLabel(self.personGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.personGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.firstNameError = QLabel(self.personGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setText(u"")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.personGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.personGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.emailLabel = QLabel(self.personGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(self.personGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(self.personGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.languagesLabel = QLabel(self.personGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.personGroup)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setMaxLength(100)

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.genderLabel = QLabel(self.personGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.personGroup)
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.addItem("")
        self.genderCombo.setObjectName(u"genderCombo")
        self.genderCombo.setEditable(True)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.genderCombo)


        self.columnsLayout.addWidget(self.personGroup)

        self.workGroup = QGroupBox(PersonDialog)
        self.workGroup.setObjectName(u"workGroup")
        self.workForm = QFormLayout(self.workGroup)
        self.workForm.setObjectName(u"workForm")
        self.workForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.workForm.setHorizontalSpacing(12)
        self.workForm.setVerticalSpacing(8)
        self.departmentLabel = QLabel(self.workGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.workGroup)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(12)

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.jobTitleLabel = QLabel(self.workGroup)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.workForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.workGroup)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(200)

        self.workForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.levelLabel = QLabel(self.workGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.workForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelSpin = QSpinBox(self.workGroup)
        self.levelSpin.setObjectName(u"levelSpin")
        self.levelSpin.setMinimum(-1)
        self.levelSpin.setMaximum(20)
        self.levelSpin.setValue(-1)
        self.levelSpin.setMaximumSize(QSize(100, 16777215))

        self.workForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelSpin)

        self.levelError = QLabel(self.workGroup)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setText(u"")
        self.levelError.setWordWrap(True)
        self.levelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelError)

        self.managerLabel = QLabel(self.workGroup)
        self.managerLabel.setObjectName(u"managerLabel")

        self.workForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerCombo = QComboBox(self.workGroup)
        self.managerCombo.setObjectName(u"managerCombo")
        self.managerCombo.setEditable(True)
        self.managerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.managerCombo.setMinimumContentsLength(12)
        self.managerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.workForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.managerCombo)

        self.managerError = QLabel(self.workGroup)
        self.managerError.setObjectName(u"managerError")
        self.managerError.setText(u"")
        self.managerError.setWordWrap(True)
        self.managerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.managerError)

        self.locationLabel = QLabel(self.workGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.workForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(self.workGroup)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setEditable(True)
        self.locationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.locationCombo.setMinimumContentsLength(12)

        self.workForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.timeZoneLabel = QLabel(self.workGroup)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.workForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneCombo = QComboBox(self.workGroup)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)
        self.timeZoneCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timeZoneCombo.setMinimumContentsLength(12)
        self.timeZoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.workForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.timeZoneCombo)


        self.columnsLayout.addWidget(self.workGroup)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.biographyLayout = QVBoxLayout()
        self.biographyLayout.setSpacing(4)
        self.biographyLayout.setObjectName(u"biographyLayout")
        self.biographyLabel = QLabel(PersonDialog)
        self.biographyLabel.setObjectName(u"biographyLabel")

        self.biographyLayout.addWidget(self.biographyLabel)

        self.biographyEdit = QPlainTextEdit(PersonDialog)
        self.biographyEdit.setObjectName(u"biographyEdit")
        self.biographyEdit.setTabChangesFocus(True)

        self.biographyLayout.addWidget(self.biographyEdit)


        self.dialogLayout.addLayout(self.biographyLayout)

        self.formError = QLabel(PersonDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.levelLabel.setBuddy(self.levelSpin)
        self.managerLabel.setBuddy(self.managerCombo)
        self.locationLabel.setBuddy(self.locationCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.biographyLabel.setBuddy(self.biographyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.levelSpin)
        QWidget.setTabOrder(self.levelSpin, self.managerCombo)
        QWidget.setTabOrder(self.managerCombo, self.locationCombo)
        QWidget.setTabOrder(self.locationCombo, self.timeZoneCombo)
        QWidget.setTabOrder(self.timeZoneCombo, self.biographyEdit)
        QWidget.setTabOrder(self.biographyEdit, self.buttonBox)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
#if QT_CONFIG(accessibility)
        PersonDialog.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
#if QT_CONFIG(accessibility)
        self.personGroup.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&First name *", None))
#if QT_CONFIG(accessibility)
        self.firstNameLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name, required", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.firstNameEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"Required", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.firstNameError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name problem", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.lastNameLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Last name label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.emailLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@example.com", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"+45 12 34 56 78", None))
        self.languagesLabel.setText(QCoreApplication.translate("PersonDialog", u"Lang&uages", None))
#if QT_CONFIG(accessibility)
        self.languagesLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Languages label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languagesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languagesEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"Language codes separated by commas, e.g. da, en, de", None))
#endif // QT_CONFIG(tooltip)
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"da, en", None))
        self.genderLabel.setText(QCoreApplication.translate("PersonDialog", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.genderLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Gender label", None))
#endif // QT_CONFIG(accessibility)
        self.genderCombo.setItemText(0, QCoreApplication.translate("PersonDialog", u"\u2014", None))
        self.genderCombo.setItemText(1, QCoreApplication.translate("PersonDialog", u"Female", None))
        self.genderCombo.setItemText(2, QCoreApplication.translate("PersonDialog", u"Male", None))
        self.genderCombo.setItemText(3, QCoreApplication.translate("PersonDialog", u"Non-binary", None))
        self.genderCombo.setItemText(4, QCoreApplication.translate("PersonDialog", u"Prefer not to say", None))

#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.genderCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"Optional; some programmes balance pairs by it", None))
#endif // QT_CONFIG(tooltip)
        self.workGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Work", None))
#if QT_CONFIG(accessibility)
        self.workGroup.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Work", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.departmentLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Department label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Job title", None))
#if QT_CONFIG(accessibility)
        self.jobTitleLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Job title label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Head of Finance", None))
        self.levelLabel.setText(QCoreApplication.translate("PersonDialog", u"Le&vel", None))
#if QT_CONFIG(accessibility)
        self.levelLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Level label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelSpin.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Level", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.levelSpin.setToolTip(QCoreApplication.translate("PersonDialog", u"Seniority from 0 to 20, as the organisation counts it; \u2014 for none", None))
#endif // QT_CONFIG(tooltip)
        self.levelSpin.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.levelError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Level problem", None))
#endif // QT_CONFIG(accessibility)
        self.managerLabel.setText(QCoreApplication.translate("PersonDialog", u"&Manager", None))
#if QT_CONFIG(accessibility)
        self.managerLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Manager label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.managerCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Manager", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.managerCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"Who this person reports to; type to search", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.managerError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Manager problem", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("PersonDialog", u"L&ocation", None))
#if QT_CONFIG(accessibility)
        self.locationLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Location label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.timeZoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Time zone", None))
#if QT_CONFIG(accessibility)
        self.timeZoneLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Time zone label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeZoneCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.timeZoneCombo.setToolTip(QCoreApplication.translate("PersonDialog", u"e.g. Europe/Copenhagen; type to search", None))
#endif // QT_CONFIG(tooltip)
        self.biographyLabel.setText(QCoreApplication.translate("PersonDialog", u"Short &biography", None))
#if QT_CONFIG(accessibility)
        self.biographyLabel.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Biography label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.biographyEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Short biography", None))
#endif // QT_CONFIG(accessibility)
        self.biographyEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"A few lines for matching and the pair list", None))
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Why the person was not saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PersonDialog", u"OK or Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

