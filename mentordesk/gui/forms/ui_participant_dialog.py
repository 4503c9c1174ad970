# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(940, 660)
        ParticipantDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ParticipantDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 16, 16, 16)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(2)
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(ParticipantDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.nameLabel)

        self.factsLabel = QLabel(ParticipantDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setText(u"")
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setProperty(u"role", u"hint")

        self.headerLayout.addWidget(self.factsLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.participationGroup = QGroupBox(ParticipantDialog)
        self.participationGroup.setObjectName(u"participationGroup")
        self.participationForm = QFormLayout(self.participationGroup)
        self.participationForm.setObjectName(u"participationForm")
        self.participationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.participationForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.participationForm.setHorizontalSpacing(12)
        self.participationForm.setVerticalSpacing(8)
        self.roleLabel = QLabel(self.participationGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.participationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.participationGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.participationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(self.participationGroup)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setWordWrap(True)
        self.roleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.participationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.statusLabel = QLabel(self.participationGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.participationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.participationGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.participationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(self.participationGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.participationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.capacityLabel = QLabel(self.participationGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.participationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.participationGroup)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(20)
        self.capacitySpin.setValue(1)

        self.participationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.capacityError = QLabel(self.participationGroup)
        self.capacityError.setObjectName(u"capacityError")
        self.capacityError.setText(u"")
        self.capacityError.setWordWrap(True)
        self.capacityError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.participationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacityError)

        self.languagesLabel = QLabel(self.participationGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.participationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.participationGroup)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setMaxLength(200)

        self.participationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.languagesError = QLabel(self.participationGroup)
        self.languagesError.setObjectName(u"languagesError")
        self.languagesError.setText(u"")
        self.languagesError.setWordWrap(True)
        self.languagesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.participationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languagesError)


        self.leftColumn.addWidget(self.participationGroup)

        self.tagsGroup = QGroupBox(ParticipantDialog)
        self.tagsGroup.setObjectName(u"tagsGroup")
        self.tagsLayout = QVBoxLayout(self.tagsGroup)
        self.tagsLayout.setSpacing(6)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsHint = QLabel(self.tagsGroup)
        self.tagsHint.setObjectName(u"tagsHint")
        self.tagsHint.setWordWrap(True)
        self.tagsHint.setProperty(u"role", u"hint")

        self.tagsLayout.addWidget(self.tagsHint)

        self.tagsList = QListWidget(self.tagsGroup)
        self.tagsList.setObjectName(u"tagsList")
        self.tagsList.setAlternatingRowColors(True)
        self.tagsList.setMinimumSize(QSize(0, 150))

        self.tagsLayout.addWidget(self.tagsList)

        self.otherTagLayout = QHBoxLayout()
        self.otherTagLayout.setSpacing(6)
        self.otherTagLayout.setObjectName(u"otherTagLayout")
        self.otherTagLabel = QLabel(self.tagsGroup)
        self.otherTagLabel.setObjectName(u"otherTagLabel")

        self.otherTagLayout.addWidget(self.otherTagLabel)

        self.otherTagEdit = QLineEdit(self.tagsGroup)
        self.otherTagEdit.setObjectName(u"otherTagEdit")
        self.otherTagEdit.setMaxLength(200)

        self.otherTagLayout.addWidget(self.otherTagEdit)

        self.addTagButton = QPushButton(self.tagsGroup)
        self.addTagButton.setObjectName(u"addTagButton")

        self.otherTagLayout.addWidget(self.addTagButton)


        self.tagsLayout.addLayout(self.otherTagLayout)

        self.tagsError = QLabel(self.tagsGroup)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setText(u"")
        self.tagsError.setWordWrap(True)
        self.tagsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tagsLayout.addWidget(self.tagsError)


        self.leftColumn.addWidget(self.tagsGroup)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(12)
        self.rightColumn.setObjectName(u"rightColumn")
        self.wishesGroup = QGroupBox(ParticipantDialog)
        self.wishesGroup.setObjectName(u"wishesGroup")
        self.wishesLayout = QVBoxLayout(self.wishesGroup)
        self.wishesLayout.setSpacing(4)
        self.wishesLayout.setObjectName(u"wishesLayout")
        self.wishesListLayout = QHBoxLayout()
        self.wishesListLayout.setSpacing(8)
        self.wishesListLayout.setObjectName(u"wishesListLayout")
        self.wishesList = QListWidget(self.wishesGroup)
        self.wishesList.setObjectName(u"wishesList")
        self.wishesList.setAlternatingRowColors(True)
        self.wishesList.setMinimumSize(QSize(0, 70))
        self.wishesList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.wishesListLayout.addWidget(self.wishesList)

        self.wishesButtonsLayout = QVBoxLayout()
        self.wishesButtonsLayout.setSpacing(6)
        self.wishesButtonsLayout.setObjectName(u"wishesButtonsLayout")
        self.addWishesButton = QPushButton(self.wishesGroup)
        self.addWishesButton.setObjectName(u"addWishesButton")

        self.wishesButtonsLayout.addWidget(self.addWishesButton)

        self.removeWishesButton = QPushButton(self.wishesGroup)
        self.removeWishesButton.setObjectName(u"removeWishesButton")

        self.wishesButtonsLayout.addWidget(self.removeWishesButton)

        self.wishesButtonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.wishesButtonsLayout.addItem(self.wishesButtonsSpacer)


        self.wishesListLayout.addLayout(self.wishesButtonsLayout)


        self.wishesLayout.addLayout(self.wishesListLayout)

        self.wishesError = QLabel(self.wishesGroup)
        self.wishesError.setObjectName(u"wishesError")
        self.wishesError.setText(u"")
        self.wishesError.setWordWrap(True)
        self.wishesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wishesLayout.addWidget(self.wishesError)


        self.rightColumn.addWidget(self.wishesGroup)

        self.avoidsGroup = QGroupBox(ParticipantDialog)
        self.avoidsGroup.setObjectName(u"avoidsGroup")
        self.avoidsLayout = QVBoxLayout(self.avoidsGroup)
        self.avoidsLayout.setSpacing(4)
        self.avoidsLayout.setObjectName(u"avoidsLayout")
        self.avoidsListLayout = QHBoxLayout()
        self.avoidsListLayout.setSpacing(8)
        self.avoidsListLayout.setObjectName(u"avoidsListLayout")
        self.avoidsList = QListWidget(self.avoidsGroup)
        self.avoidsList.setObjectName(u"avoidsList")
        self.avoidsList.setAlternatingRowColors(True)
        self.avoidsList.setMinimumSize(QSize(0, 70))
        self.avoidsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.avoidsListLayout.addWidget(self.avoidsList)

        self.avoidsButtonsLayout = QVBoxLayout()
        self.avoidsButtonsLayout.setSpacing(6)
        self.avoidsButtonsLayout.setObjectName(u"avoidsButtonsLayout")
        self.addAvoidsButton = QPushButton(self.avoidsGroup)
        self.addAvoidsButton.setObjectName(u"addAvoidsButton")

        self.avoidsButtonsLayout.addWidget(self.addAvoidsButton)

        self.removeAvoidsButton = QPushButton(self.avoidsGroup)
        self.removeAvoidsButton.setObjectName(u"removeAvoidsButton")

        self.avoidsButtonsLayout.addWidget(self.removeAvoidsButton)

        self.avoidsButtonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.avoidsButtonsLayout.addItem(self.avoidsButtonsSpacer)


        self.avoidsListLayout.addLayout(self.avoidsButtonsLayout)


        self.avoidsLayout.addLayout(self.avoidsListLayout)

        self.avoidsError = QLabel(self.avoidsGroup)
        self.avoidsError.setObjectName(u"avoidsError")
        self.avoidsError.setText(u"")
        self.avoidsError.setWordWrap(True)
        self.avoidsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.avoidsLayout.addWidget(self.avoidsError)


        self.rightColumn.addWidget(self.avoidsGroup)

        self.notesGroup = QGroupBox(ParticipantDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setSpacing(4)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.rightColumn.addWidget(self.notesGroup)


        self.columnsLayout.addLayout(self.rightColumn)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.formError = QLabel(ParticipantDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.otherTagLabel.setBuddy(self.otherTagEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.tagsList)
        QWidget.setTabOrder(self.tagsList, self.otherTagEdit)
        QWidget.setTabOrder(self.otherTagEdit, self.addTagButton)
        QWidget.setTabOrder(self.addTagButton, self.wishesList)
        QWidget.setTabOrder(self.wishesList, self.addWishesButton)
        QWidget.setTabOrder(self.addWishesButton, self.removeWishesButton)
        QWidget.setTabOrder(self.removeWishesButton, self.avoidsList)
        QWidget.setTabOrder(self.avoidsList, self.addAvoidsButton)
        QWidget.setTabOrder(self.addAvoidsButton, self.removeAvoidsButton)
        QWidget.setTabOrder(self.removeAvoidsButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
#if QT_CONFIG(accessibility)
        ParticipantDialog.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.factsLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Organisation, job title and email", None))
#endif // QT_CONFIG(accessibility)
        self.participationGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Participation", None))
#if QT_CONFIG(accessibility)
        self.participationGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Participation", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Role label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Role problem", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Status label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Applied, accepted, matched (set by a pairing), withdrawn or completed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Status problem", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Capacity", None))
#if QT_CONFIG(accessibility)
        self.capacityLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Capacity label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Capacity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.capacitySpin.setToolTip(QCoreApplication.translate("ParticipantDialog", u"How many mentees this mentor takes at a time (1 to 20)", None))
#endif // QT_CONFIG(tooltip)
        self.capacitySpin.setSuffix(QCoreApplication.translate("ParticipantDialog", u" mentees at a time", None))
#if QT_CONFIG(accessibility)
        self.capacityError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Capacity problem", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Lan&guages", None))
#if QT_CONFIG(accessibility)
        self.languagesLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Languages label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languagesEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languagesEdit.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Language codes separated by commas, e.g. da, en, de. Saved with the person, so every programme sees them.", None))
#endif // QT_CONFIG(tooltip)
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"da, en", None))
#if QT_CONFIG(accessibility)
        self.languagesError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Languages problem", None))
#endif // QT_CONFIG(accessibility)
        self.tagsGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Goals", None))
#if QT_CONFIG(accessibility)
        self.tagsGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Goals or expertise", None))
#endif // QT_CONFIG(accessibility)
        self.tagsHint.setText(QCoreApplication.translate("ParticipantDialog", u"Tick the programme's learning themes that apply and add any others in their own words.", None))
#if QT_CONFIG(accessibility)
        self.tagsHint.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"How to choose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tagsList.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tagsList.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Space ticks or unticks; Delete removes a tag that is not a learning theme", None))
#endif // QT_CONFIG(tooltip)
        self.otherTagLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Other", None))
#if QT_CONFIG(accessibility)
        self.otherTagLabel.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Other tag label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherTagEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Other goal", None))
#endif // QT_CONFIG(accessibility)
        self.otherTagEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Type a goal and press Enter", None))
        self.addTagButton.setText(QCoreApplication.translate("ParticipantDialog", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addTagButton.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Add the typed tag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addTagButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Add the typed text as a tag", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tagsError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Goals problem", None))
#endif // QT_CONFIG(accessibility)
        self.wishesGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"&Wishes: people they would like to be paired with", None))
#if QT_CONFIG(accessibility)
        self.wishesGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Wishes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wishesList.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Wishes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.wishesList.setToolTip(QCoreApplication.translate("ParticipantDialog", u"People this participant would like as mentor or mentee; matching favours them", None))
#endif // QT_CONFIG(tooltip)
        self.addWishesButton.setText(QCoreApplication.translate("ParticipantDialog", u"Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addWishesButton.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Add to wishes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addWishesButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Choose people to add to wishes", None))
#endif // QT_CONFIG(tooltip)
        self.removeWishesButton.setText(QCoreApplication.translate("ParticipantDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeWishesButton.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Remove from wishes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeWishesButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Remove the selected people from wishes (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.wishesError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Wishes problem", None))
#endif // QT_CONFIG(accessibility)
        self.avoidsGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"A&void: people they should not be paired with", None))
#if QT_CONFIG(accessibility)
        self.avoidsGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Avoid", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.avoidsList.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Avoid", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.avoidsList.setToolTip(QCoreApplication.translate("ParticipantDialog", u"People this participant must not be paired with, such as their own manager", None))
#endif // QT_CONFIG(tooltip)
        self.addAvoidsButton.setText(QCoreApplication.translate("ParticipantDialog", u"Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addAvoidsButton.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Add to avoid", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addAvoidsButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Choose people to add to avoid", None))
#endif // QT_CONFIG(tooltip)
        self.removeAvoidsButton.setText(QCoreApplication.translate("ParticipantDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeAvoidsButton.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Remove from avoid", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeAvoidsButton.setToolTip(QCoreApplication.translate("ParticipantDialog", u"Remove the selected people from avoid (Delete)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.avoidsError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Avoid problem", None))
#endif // QT_CONFIG(accessibility)
        self.notesGroup.setTitle(QCoreApplication.translate("ParticipantDialog", u"Application &notes", None))
#if QT_CONFIG(accessibility)
        self.notesGroup.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Application notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Application notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"What they wrote in their application, and anything else to keep in mind", None))
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Why the participant was not saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"OK or Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

