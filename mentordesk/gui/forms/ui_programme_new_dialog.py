# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_new_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QFrame, QLabel, QLineEdit, QListView,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewProgrammeDialog(object):
    def setupUi(self, NewProgrammeDialog):
        if not NewProgrammeDialog.objectName():
            NewProgrammeDialog.setObjectName(u"NewProgrammeDialog")
        NewProgrammeDialog.resize(620, 600)
        NewProgrammeDialog.setModal(True)
        self.newProgrammeLayout = QVBoxLayout(NewProgrammeDialog)
        self.newProgrammeLayout.setSpacing(8)
        self.newProgrammeLayout.setObjectName(u"newProgrammeLayout")
        self.newProgrammeLayout.setContentsMargins(20, 18, 20, 14)
        self.introLabel = QLabel(NewProgrammeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.newProgrammeLayout.addWidget(self.introLabel)

        self.introSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.newProgrammeLayout.addItem(self.introSpacer)

        self.templateRadio = QRadioButton(NewProgrammeDialog)
        self.templateRadio.setObjectName(u"templateRadio")
        self.templateRadio.setChecked(True)

        self.newProgrammeLayout.addWidget(self.templateRadio)

        self.templateBox = QVBoxLayout()
        self.templateBox.setSpacing(4)
        self.templateBox.setObjectName(u"templateBox")
        self.templateBox.setContentsMargins(28, 0, 0, 0)
        self.templateList = QListView(NewProgrammeDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMinimumSize(QSize(0, 190))
        self.templateList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templateList.setWordWrap(True)
        self.templateList.setUniformItemSizes(False)
        self.templateList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.templateBox.addWidget(self.templateList)

        self.templateError = QLabel(NewProgrammeDialog)
        self.templateError.setObjectName(u"templateError")
        self.templateError.setText(u"")
        self.templateError.setWordWrap(True)
        self.templateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.templateBox.addWidget(self.templateError)


        self.newProgrammeLayout.addLayout(self.templateBox)

        self.copyRadio = QRadioButton(NewProgrammeDialog)
        self.copyRadio.setObjectName(u"copyRadio")

        self.newProgrammeLayout.addWidget(self.copyRadio)

        self.copyBox = QVBoxLayout()
        self.copyBox.setSpacing(4)
        self.copyBox.setObjectName(u"copyBox")
        self.copyBox.setContentsMargins(28, 0, 0, 0)
        self.sourceCombo = QComboBox(NewProgrammeDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEnabled(False)
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(30)

        self.copyBox.addWidget(self.sourceCombo)

        self.copyHint = QLabel(NewProgrammeDialog)
        self.copyHint.setObjectName(u"copyHint")
        self.copyHint.setWordWrap(True)

        self.copyBox.addWidget(self.copyHint)

        self.sourceError = QLabel(NewProgrammeDialog)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setText(u"")
        self.sourceError.setWordWrap(True)
        self.sourceError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copyBox.addWidget(self.sourceError)


        self.newProgrammeLayout.addLayout(self.copyBox)

        self.separator = QFrame(NewProgrammeDialog)
        self.separator.setObjectName(u"separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.newProgrammeLayout.addWidget(self.separator)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.detailsForm.setHorizontalSpacing(12)
        self.detailsForm.setVerticalSpacing(6)
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(NewProgrammeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewProgrammeDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(NewProgrammeDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.organisationLabel = QLabel(NewProgrammeDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(NewProgrammeDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.organisationError = QLabel(NewProgrammeDialog)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setText(u"")
        self.organisationError.setWordWrap(True)
        self.organisationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationError)

        self.startLabel = QLabel(NewProgrammeDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(NewProgrammeDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setMinimumSize(QSize(170, 0))

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startError = QLabel(NewProgrammeDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setText(u"")
        self.startError.setWordWrap(True)
        self.startError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startError)


        self.newProgrammeLayout.addLayout(self.detailsForm)

        self.formError = QLabel(NewProgrammeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.newProgrammeLayout.addWidget(self.formError)

        self.newProgrammeBottomSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newProgrammeLayout.addItem(self.newProgrammeBottomSpacer)

        self.buttonBox = QDialogButtonBox(NewProgrammeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.newProgrammeLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.startLabel.setBuddy(self.startDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateRadio, self.templateList)
        QWidget.setTabOrder(self.templateList, self.copyRadio)
        QWidget.setTabOrder(self.copyRadio, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.startDateEdit)

        self.retranslateUi(NewProgrammeDialog)

        QMetaObject.connectSlotsByName(NewProgrammeDialog)
    # setupUi

    def retranslateUi(self, NewProgrammeDialog):
        NewProgrammeDialog.setWindowTitle(QCoreApplication.translate("NewProgrammeDialog", u"New programme", None))
#if QT_CONFIG(accessibility)
        NewProgrammeDialog.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"New programme", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("NewProgrammeDialog", u"Start from a built-in template with a sound design and timeline, or copy an earlier programme to run it again.", None))
        self.templateRadio.setText(QCoreApplication.translate("NewProgrammeDialog", u"From a &template", None))
#if QT_CONFIG(accessibility)
        self.templateRadio.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Create from a template", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Templates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the template", None))
#endif // QT_CONFIG(accessibility)
        self.copyRadio.setText(QCoreApplication.translate("NewProgrammeDialog", u"&Copy an earlier programme", None))
#if QT_CONFIG(accessibility)
        self.copyRadio.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Copy an earlier programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Programme to copy", None))
#endif // QT_CONFIG(accessibility)
        self.copyHint.setText(QCoreApplication.translate("NewProgrammeDialog", u"Its design and timeline are copied and moved to the new start date. People, sponsors and records are not copied.", None))
#if QT_CONFIG(accessibility)
        self.sourceError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the programme to copy", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("NewProgrammeDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Name of the programme (required)", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewProgrammeDialog", u"For example: Leadership mentoring 2026", None))
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("NewProgrammeDialog", u"Host &organisation", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Host organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("NewProgrammeDialog", u"&Start date", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("NewProgrammeDialog", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.startError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the start date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Problem with the new programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("NewProgrammeDialog", u"Create or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

