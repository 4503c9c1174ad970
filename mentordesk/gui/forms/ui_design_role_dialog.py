# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'design_role_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RoleDialog(object):
    def setupUi(self, RoleDialog):
        if not RoleDialog.objectName():
            RoleDialog.setObjectName(u"RoleDialog")
        RoleDialog.resize(520, 200)
        RoleDialog.setModal(True)
        self.roleLayout = QVBoxLayout(RoleDialog)
        self.roleLayout.setSpacing(10)
        self.roleLayout.setObjectName(u"roleLayout")
        self.roleLayout.setContentsMargins(20, 18, 20, 14)
        self.roleIntro = QLabel(RoleDialog)
        self.roleIntro.setObjectName(u"roleIntro")
        self.roleIntro.setWordWrap(True)

        self.roleLayout.addWidget(self.roleIntro)

        self.roleForm = QFormLayout()
        self.roleForm.setObjectName(u"roleForm")
        self.roleForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.roleForm.setHorizontalSpacing(12)
        self.roleForm.setVerticalSpacing(8)
        self.roleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(RoleDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.roleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(RoleDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.roleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.personError = QLabel(RoleDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setText(u"")
        self.personError.setWordWrap(True)
        self.personError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.roleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.roleLabel = QLabel(RoleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(RoleDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.descriptionLabel = QLabel(RoleDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.roleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(RoleDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(300)

        self.roleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.roleLayout.addLayout(self.roleForm)

        self.roleBottomSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roleLayout.addItem(self.roleBottomSpacer)

        self.buttonBox = QDialogButtonBox(RoleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.roleLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.descriptionEdit)

        self.retranslateUi(RoleDialog)

        QMetaObject.connectSlotsByName(RoleDialog)
    # setupUi

    def retranslateUi(self, RoleDialog):
        RoleDialog.setWindowTitle(QCoreApplication.translate("RoleDialog", u"Add sponsor or ambassador", None))
#if QT_CONFIG(accessibility)
        RoleDialog.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Sponsor or ambassador", None))
#endif // QT_CONFIG(accessibility)
        self.roleIntro.setText(QCoreApplication.translate("RoleDialog", u"Sponsors and ambassadors come from the host organisation and the participating organisations.", None))
        self.personLabel.setText(QCoreApplication.translate("RoleDialog", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personError.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Problem with the person", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("RoleDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("RoleDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Description of the role", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("RoleDialog", u"For example: opens the kick-off", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RoleDialog", u"Add or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

