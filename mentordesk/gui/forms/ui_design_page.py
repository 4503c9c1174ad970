# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'design_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect,
    QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

from mentordesk.gui.timeline import TimelineWidget

class Ui_DesignPage(object):
    def setupUi(self, DesignPage):
        if not DesignPage.objectName():
            DesignPage.setObjectName(u"DesignPage")
        DesignPage.resize(1100, 800)
        self.designLayout = QVBoxLayout(DesignPage)
        self.designLayout.setSpacing(10)
        self.designLayout.setObjectName(u"designLayout")
        self.designLayout.setContentsMargins(20, 16, 10, 0)
        self.designHeader = QFrame(DesignPage)
        self.designHeader.setObjectName(u"designHeader")
        self.headerLayout = QVBoxLayout(self.designHeader)
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.headerTop = QHBoxLayout()
        self.headerTop.setSpacing(10)
        self.headerTop.setObjectName(u"headerTop")
        self.programmeTitle = QLabel(self.designHeader)
        self.programmeTitle.setObjectName(u"programmeTitle")
        self.programmeTitle.setText(u"Programme")
        self.programmeTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerTop.addWidget(self.programmeTitle)

        self.statusChip = QLabel(self.designHeader)
        self.statusChip.setObjectName(u"statusChip")
        self.statusChip.setText(u"Design")
        self.statusChip.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerTop.addWidget(self.statusChip)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerTop.addItem(self.headerSpacer)

        self.unsavedHint = QLabel(self.designHeader)
        self.unsavedHint.setObjectName(u"unsavedHint")

        self.headerTop.addWidget(self.unsavedHint)

        self.revertButton = QPushButton(self.designHeader)
        self.revertButton.setObjectName(u"revertButton")

        self.headerTop.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.designHeader)
        self.saveButton.setObjectName(u"saveButton")

        self.headerTop.addWidget(self.saveButton)


        self.headerLayout.addLayout(self.headerTop)

        self.headerFacts = QLabel(self.designHeader)
        self.headerFacts.setObjectName(u"headerFacts")
        self.headerFacts.setText(u"-")
        self.headerFacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.headerFacts)

        self.headerGap = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.headerLayout.addItem(self.headerGap)

        self.statsRow = QHBoxLayout()
        self.statsRow.setSpacing(10)
        self.statsRow.setObjectName(u"statsRow")
        self.mentorsTile = QFrame(self.designHeader)
        self.mentorsTile.setObjectName(u"mentorsTile")
        self.mentorsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.mentorsTile.setProperty(u"tile", True)
        self.mentorsTileLayout = QVBoxLayout(self.mentorsTile)
        self.mentorsTileLayout.setSpacing(2)
        self.mentorsTileLayout.setObjectName(u"mentorsTileLayout")
        self.mentorsTileLayout.setContentsMargins(12, 8, 12, 8)
        self.mentorsValue = QLabel(self.mentorsTile)
        self.mentorsValue.setObjectName(u"mentorsValue")
        self.mentorsValue.setText(u"0")
        self.mentorsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mentorsValue.setProperty(u"tileValue", True)

        self.mentorsTileLayout.addWidget(self.mentorsValue)

        self.mentorsCaption = QLabel(self.mentorsTile)
        self.mentorsCaption.setObjectName(u"mentorsCaption")
        self.mentorsCaption.setProperty(u"tileCaption", True)

        self.mentorsTileLayout.addWidget(self.mentorsCaption)


        self.statsRow.addWidget(self.mentorsTile)

        self.menteesTile = QFrame(self.designHeader)
        self.menteesTile.setObjectName(u"menteesTile")
        self.menteesTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.menteesTile.setProperty(u"tile", True)
        self.menteesTileLayout = QVBoxLayout(self.menteesTile)
        self.menteesTileLayout.setSpacing(2)
        self.menteesTileLayout.setObjectName(u"menteesTileLayout")
        self.menteesTileLayout.setContentsMargins(12, 8, 12, 8)
        self.menteesValue = QLabel(self.menteesTile)
        self.menteesValue.setObjectName(u"menteesValue")
        self.menteesValue.setText(u"0")
        self.menteesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.menteesValue.setProperty(u"tileValue", True)

        self.menteesTileLayout.addWidget(self.menteesValue)

        self.menteesCaption = QLabel(self.menteesTile)
        self.menteesCaption.setObjectName(u"menteesCaption")
        self.menteesCaption.setProperty(u"tileCaption", True)

        self.menteesTileLayout.addWidget(self.menteesCaption)


        self.statsRow.addWidget(self.menteesTile)

        self.pairsTile = QFrame(self.designHeader)
        self.pairsTile.setObjectName(u"pairsTile")
        self.pairsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.pairsTile.setProperty(u"tile", True)
        self.pairsTileLayout = QVBoxLayout(self.pairsTile)
        self.pairsTileLayout.setSpacing(2)
        self.pairsTileLayout.setObjectName(u"pairsTileLayout")
        self.pairsTileLayout.setContentsMargins(12, 8, 12, 8)
        self.pairsValue = QLabel(self.pairsTile)
        self.pairsValue.setObjectName(u"pairsValue")
        self.pairsValue.setText(u"0")
        self.pairsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pairsValue.setProperty(u"tileValue", True)

        self.pairsTileLayout.addWidget(self.pairsValue)

        self.pairsCaption = QLabel(self.pairsTile)
        self.pairsCaption.setObjectName(u"pairsCaption")
        self.pairsCaption.setProperty(u"tileCaption", True)

        self.pairsTileLayout.addWidget(self.pairsCaption)


        self.statsRow.addWidget(self.pairsTile)

        self.followUpsTile = QFrame(self.designHeader)
        self.followUpsTile.setObjectName(u"followUpsTile")
        self.followUpsTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.followUpsTile.setProperty(u"tile", True)
        self.followUpsTileLayout = QVBoxLayout(self.followUpsTile)
        self.followUpsTileLayout.setSpacing(2)
        self.followUpsTileLayout.setObjectName(u"followUpsTileLayout")
        self.followUpsTileLayout.setContentsMargins(12, 8, 12, 8)
        self.followUpsValue = QLabel(self.followUpsTile)
        self.followUpsValue.setObjectName(u"followUpsValue")
        self.followUpsValue.setText(u"0")
        self.followUpsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.followUpsValue.setProperty(u"tileValue", True)

        self.followUpsTileLayout.addWidget(self.followUpsValue)

        self.followUpsCaption = QLabel(self.followUpsTile)
        self.followUpsCaption.setObjectName(u"followUpsCaption")
        self.followUpsCaption.setProperty(u"tileCaption", True)

        self.followUpsTileLayout.addWidget(self.followUpsCaption)


        self.statsRow.addWidget(self.followUpsTile)

        self.nextTile = QFrame(self.designHeader)
        self.nextTile.setObjectName(u"nextTile")
        self.nextTile.setFrameShape(QFrame.Shape.StyledPanel)
        self.nextTile.setProperty(u"tile", True)
        self.nextTileLayout = QVBoxLayout(self.nextTile)
        self.nextTileLayout.setSpacing(2)
        self.nextTileLayout.setObjectName(u"nextTileLayout")
        self.nextTileLayout.setContentsMargins(12, 8, 12, 8)
        self.nextValue = QLabel(self.nextTile)
        self.nextValue.setObjectName(u"nextValue")
        self.nextValue.setText(u"0")
        self.nextValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nextValue.setProperty(u"tileValue", True)

        self.nextTileLayout.addWidget(self.nextValue)

        self.nextCaption = QLabel(self.nextTile)
        self.nextCaption.setObjectName(u"nextCaption")
        self.nextCaption.setProperty(u"tileCaption", True)

        self.nextTileLayout.addWidget(self.nextCaption)


        self.statsRow.addWidget(self.nextTile)

        self.statsRow.setStretch(0, 1)
        self.statsRow.setStretch(1, 1)
        self.statsRow.setStretch(2, 1)
        self.statsRow.setStretch(3, 1)
        self.statsRow.setStretch(4, 3)

        self.headerLayout.addLayout(self.statsRow)


        self.designLayout.addWidget(self.designHeader)

        self.formError = QLabel(DesignPage)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.designLayout.addWidget(self.formError)

        self.scrollArea = QScrollArea(DesignPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollContents.setGeometry(QRect(0, 0, 1000, 1400))
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(14)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 4, 10, 12)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(14)
        self.leftColumn.setObjectName(u"leftColumn")
        self.programmeGroup = QGroupBox(self.scrollContents)
        self.programmeGroup.setObjectName(u"programmeGroup")
        self.programmeForm = QFormLayout(self.programmeGroup)
        self.programmeForm.setObjectName(u"programmeForm")
        self.programmeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.programmeForm.setHorizontalSpacing(12)
        self.programmeForm.setVerticalSpacing(8)
        self.programmeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeForm.setContentsMargins(14, 12, 14, 12)
        self.nameLabel = QLabel(self.programmeGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.programmeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.programmeGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.programmeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.programmeGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(self.programmeGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.programmeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.programmeGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.programmeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.guestsLabel = QLabel(self.programmeGroup)
        self.guestsLabel.setObjectName(u"guestsLabel")
        self.guestsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.programmeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guestsLabel)

        self.guestOrganisationsList = QListView(self.programmeGroup)
        self.guestOrganisationsList.setObjectName(u"guestOrganisationsList")
        self.guestOrganisationsList.setMaximumSize(QSize(16777215, 120))
        self.guestOrganisationsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.programmeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guestOrganisationsList)

        self.separateCheck = QCheckBox(self.programmeGroup)
        self.separateCheck.setObjectName(u"separateCheck")

        self.programmeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.separateCheck)

        self.statusLabel = QLabel(self.programmeGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.programmeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.programmeGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.programmeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(self.programmeGroup)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.languageLabel = QLabel(self.programmeGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.programmeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.programmeGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.programmeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.leftColumn.addWidget(self.programmeGroup)

        self.datesGroup = QGroupBox(self.scrollContents)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesForm = QFormLayout(self.datesGroup)
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.datesForm.setHorizontalSpacing(12)
        self.datesForm.setVerticalSpacing(8)
        self.datesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.datesForm.setContentsMargins(14, 12, 14, 12)
        self.startLabel = QLabel(self.datesGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(self.datesGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setMinimumSize(QSize(170, 0))

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startError = QLabel(self.datesGroup)
        self.startError.setObjectName(u"startError")
        self.startError.setText(u"")
        self.startError.setWordWrap(True)
        self.startError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startError)

        self.endLabel = QLabel(self.datesGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDateEdit = QDateEdit(self.datesGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setMinimumSize(QSize(170, 0))

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endError = QLabel(self.datesGroup)
        self.endError.setObjectName(u"endError")
        self.endError.setText(u"")
        self.endError.setWordWrap(True)
        self.endError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.datesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endError)

        self.rhythmLabel = QLabel(self.datesGroup)
        self.rhythmLabel.setObjectName(u"rhythmLabel")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rhythmLabel)

        self.rhythmEdit = QLineEdit(self.datesGroup)
        self.rhythmEdit.setObjectName(u"rhythmEdit")
        self.rhythmEdit.setMaxLength(200)

        self.datesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rhythmEdit)

        self.rhythmError = QLabel(self.datesGroup)
        self.rhythmError.setObjectName(u"rhythmError")
        self.rhythmError.setText(u"")
        self.rhythmError.setWordWrap(True)
        self.rhythmError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.datesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rhythmError)

        self.intervalLabel = QLabel(self.datesGroup)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.datesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.intervalSpin = QSpinBox(self.datesGroup)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(0)
        self.intervalSpin.setMaximum(52)
        self.intervalSpin.setMinimumSize(QSize(170, 0))

        self.datesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.intervalSpin)

        self.lengthLabel = QLabel(self.datesGroup)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.datesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.lengthSpin = QSpinBox(self.datesGroup)
        self.lengthSpin.setObjectName(u"lengthSpin")
        self.lengthSpin.setMinimum(0)
        self.lengthSpin.setMaximum(600)
        self.lengthSpin.setSingleStep(15)
        self.lengthSpin.setMinimumSize(QSize(170, 0))

        self.datesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lengthSpin)


        self.leftColumn.addWidget(self.datesGroup)

        self.peopleGroup = QGroupBox(self.scrollContents)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleLayout = QVBoxLayout(self.peopleGroup)
        self.peopleLayout.setSpacing(4)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(14, 12, 14, 12)
        self.rolesLabel = QLabel(self.peopleGroup)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.peopleLayout.addWidget(self.rolesLabel)

        self.rolesRow = QHBoxLayout()
        self.rolesRow.setSpacing(8)
        self.rolesRow.setObjectName(u"rolesRow")
        self.rolesTable = QTableView(self.peopleGroup)
        self.rolesTable.setObjectName(u"rolesTable")
        self.rolesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rolesTable.setAlternatingRowColors(True)
        self.rolesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rolesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rolesTable.setShowGrid(False)
        self.rolesTable.setWordWrap(False)
        self.rolesTable.setMinimumSize(QSize(0, 120))
        self.rolesTable.setMaximumSize(QSize(16777215, 180))
        self.rolesTable.horizontalHeader().setHighlightSections(False)
        self.rolesTable.horizontalHeader().setStretchLastSection(True)
        self.rolesTable.verticalHeader().setVisible(False)

        self.rolesRow.addWidget(self.rolesTable)

        self.rolesButtons = QVBoxLayout()
        self.rolesButtons.setSpacing(6)
        self.rolesButtons.setObjectName(u"rolesButtons")
        self.addRoleButton = QPushButton(self.peopleGroup)
        self.addRoleButton.setObjectName(u"addRoleButton")

        self.rolesButtons.addWidget(self.addRoleButton)

        self.editRoleButton = QPushButton(self.peopleGroup)
        self.editRoleButton.setObjectName(u"editRoleButton")

        self.rolesButtons.addWidget(self.editRoleButton)

        self.removeRoleButton = QPushButton(self.peopleGroup)
        self.removeRoleButton.setObjectName(u"removeRoleButton")

        self.rolesButtons.addWidget(self.removeRoleButton)

        self.rolesButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rolesButtons.addItem(self.rolesButtonsSpacer)


        self.rolesRow.addLayout(self.rolesButtons)


        self.peopleLayout.addLayout(self.rolesRow)

        self.rolesGap = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.peopleLayout.addItem(self.rolesGap)

        self.hrForm = QFormLayout()
        self.hrForm.setObjectName(u"hrForm")
        self.hrForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.hrForm.setHorizontalSpacing(12)
        self.hrForm.setVerticalSpacing(8)
        self.hrForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hrLabel = QLabel(self.peopleGroup)
        self.hrLabel.setObjectName(u"hrLabel")

        self.hrForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hrLabel)

        self.hrCombo = QComboBox(self.peopleGroup)
        self.hrCombo.setObjectName(u"hrCombo")

        self.hrForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hrCombo)

        self.hrError = QLabel(self.peopleGroup)
        self.hrError.setObjectName(u"hrError")
        self.hrError.setText(u"")
        self.hrError.setWordWrap(True)
        self.hrError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.hrForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hrError)


        self.peopleLayout.addLayout(self.hrForm)


        self.leftColumn.addWidget(self.peopleGroup)

        self.leftColumnSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(14)
        self.rightColumn.setObjectName(u"rightColumn")
        self.purposeGroup = QGroupBox(self.scrollContents)
        self.purposeGroup.setObjectName(u"purposeGroup")
        self.purposeLayout = QVBoxLayout(self.purposeGroup)
        self.purposeLayout.setSpacing(4)
        self.purposeLayout.setObjectName(u"purposeLayout")
        self.purposeLayout.setContentsMargins(14, 12, 14, 12)
        self.purposeLabel = QLabel(self.purposeGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.purposeLayout.addWidget(self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.purposeGroup)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMinimumSize(QSize(0, 84))
        self.purposeEdit.setMaximumSize(QSize(16777215, 108))

        self.purposeLayout.addWidget(self.purposeEdit)

        self.purposeGap = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.purposeLayout.addItem(self.purposeGap)

        self.targetLabel = QLabel(self.purposeGroup)
        self.targetLabel.setObjectName(u"targetLabel")

        self.purposeLayout.addWidget(self.targetLabel)

        self.targetEdit = QPlainTextEdit(self.purposeGroup)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setTabChangesFocus(True)
        self.targetEdit.setMinimumSize(QSize(0, 56))
        self.targetEdit.setMaximumSize(QSize(16777215, 80))

        self.purposeLayout.addWidget(self.targetEdit)

        self.targetGap = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.purposeLayout.addItem(self.targetGap)

        self.successLabel = QLabel(self.purposeGroup)
        self.successLabel.setObjectName(u"successLabel")

        self.purposeLayout.addWidget(self.successLabel)

        self.successEdit = QPlainTextEdit(self.purposeGroup)
        self.successEdit.setObjectName(u"successEdit")
        self.successEdit.setTabChangesFocus(True)
        self.successEdit.setMinimumSize(QSize(0, 64))
        self.successEdit.setMaximumSize(QSize(16777215, 88))

        self.purposeLayout.addWidget(self.successEdit)


        self.rightColumn.addWidget(self.purposeGroup)

        self.topicsGroup = QGroupBox(self.scrollContents)
        self.topicsGroup.setObjectName(u"topicsGroup")
        self.topicsLayout = QVBoxLayout(self.topicsGroup)
        self.topicsLayout.setSpacing(8)
        self.topicsLayout.setObjectName(u"topicsLayout")
        self.topicsLayout.setContentsMargins(14, 12, 14, 12)
        self.topicsHint = QLabel(self.topicsGroup)
        self.topicsHint.setObjectName(u"topicsHint")
        self.topicsHint.setWordWrap(True)
        self.topicsHint.setProperty(u"role", u"hint")

        self.topicsLayout.addWidget(self.topicsHint)

        self.topicsHost = QWidget(self.topicsGroup)
        self.topicsHost.setObjectName(u"topicsHost")
        self.topicsHostLayout = QVBoxLayout(self.topicsHost)
        self.topicsHostLayout.setSpacing(0)
        self.topicsHostLayout.setObjectName(u"topicsHostLayout")
        self.topicsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.topicsLayout.addWidget(self.topicsHost)


        self.rightColumn.addWidget(self.topicsGroup)

        self.themesGroup = QGroupBox(self.scrollContents)
        self.themesGroup.setObjectName(u"themesGroup")
        self.themesLayout = QVBoxLayout(self.themesGroup)
        self.themesLayout.setSpacing(8)
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesLayout.setContentsMargins(14, 12, 14, 12)
        self.themesHint = QLabel(self.themesGroup)
        self.themesHint.setObjectName(u"themesHint")
        self.themesHint.setWordWrap(True)
        self.themesHint.setProperty(u"role", u"hint")

        self.themesLayout.addWidget(self.themesHint)

        self.themesHost = QWidget(self.themesGroup)
        self.themesHost.setObjectName(u"themesHost")
        self.themesHostLayout = QVBoxLayout(self.themesHost)
        self.themesHostLayout.setSpacing(0)
        self.themesHostLayout.setObjectName(u"themesHostLayout")
        self.themesHostLayout.setContentsMargins(0, 0, 0, 0)

        self.themesLayout.addWidget(self.themesHost)


        self.rightColumn.addWidget(self.themesGroup)

        self.rightColumnSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.contentsLayout.addLayout(self.columns)

        self.timelineGroup = QGroupBox(self.scrollContents)
        self.timelineGroup.setObjectName(u"timelineGroup")
        self.timelineLayout = QVBoxLayout(self.timelineGroup)
        self.timelineLayout.setSpacing(6)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(14, 12, 14, 12)
        self.timeline = TimelineWidget(self.timelineGroup)
        self.timeline.setObjectName(u"timeline")

        self.timelineLayout.addWidget(self.timeline)

        self.timelineGap = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.timelineLayout.addItem(self.timelineGap)

        self.milestonesBar = QHBoxLayout()
        self.milestonesBar.setSpacing(6)
        self.milestonesBar.setObjectName(u"milestonesBar")
        self.milestonesLabel = QLabel(self.timelineGroup)
        self.milestonesLabel.setObjectName(u"milestonesLabel")

        self.milestonesBar.addWidget(self.milestonesLabel)

        self.milestonesBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestonesBar.addItem(self.milestonesBarSpacer)

        self.addMilestoneButton = QPushButton(self.timelineGroup)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")

        self.milestonesBar.addWidget(self.addMilestoneButton)

        self.editMilestoneButton = QPushButton(self.timelineGroup)
        self.editMilestoneButton.setObjectName(u"editMilestoneButton")

        self.milestonesBar.addWidget(self.editMilestoneButton)

        self.deleteMilestoneButton = QPushButton(self.timelineGroup)
        self.deleteMilestoneButton.setObjectName(u"deleteMilestoneButton")

        self.milestonesBar.addWidget(self.deleteMilestoneButton)


        self.timelineLayout.addLayout(self.milestonesBar)

        self.milestonesTable = QTableView(self.timelineGroup)
        self.milestonesTable.setObjectName(u"milestonesTable")
        self.milestonesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestonesTable.setAlternatingRowColors(True)
        self.milestonesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestonesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestonesTable.setShowGrid(False)
        self.milestonesTable.setWordWrap(False)
        self.milestonesTable.setMinimumSize(QSize(0, 170))
        self.milestonesTable.horizontalHeader().setHighlightSections(False)
        self.milestonesTable.horizontalHeader().setStretchLastSection(True)
        self.milestonesTable.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.milestonesTable)


        self.contentsLayout.addWidget(self.timelineGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.designLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.guestsLabel.setBuddy(self.guestOrganisationsList)
        self.statusLabel.setBuddy(self.statusCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.rhythmLabel.setBuddy(self.rhythmEdit)
        self.intervalLabel.setBuddy(self.intervalSpin)
        self.lengthLabel.setBuddy(self.lengthSpin)
        self.rolesLabel.setBuddy(self.rolesTable)
        self.hrLabel.setBuddy(self.hrCombo)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.targetLabel.setBuddy(self.targetEdit)
        self.successLabel.setBuddy(self.successEdit)
        self.milestonesLabel.setBuddy(self.milestonesTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DesignPage)

        self.saveButton.setDefault(False)


        QMetaObject.connectSlotsByName(DesignPage)
    # setupUi

    def retranslateUi(self, DesignPage):
#if QT_CONFIG(accessibility)
        DesignPage.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme design", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.designHeader.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme dashboard", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programmeTitle.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusChip.setAccessibleName(QCoreApplication.translate("DesignPage", u"Phase of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.unsavedHint.setText(QCoreApplication.translate("DesignPage", u"Unsaved changes", None))
#if QT_CONFIG(accessibility)
        self.unsavedHint.setAccessibleName(QCoreApplication.translate("DesignPage", u"This page has unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("DesignPage", u"Revert", None))
#if QT_CONFIG(accessibility)
        self.revertButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Revert: undo the unsaved changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("DesignPage", u"Put back what was last saved", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DesignPage", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Save the design", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DesignPage", u"Save the design (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.headerFacts.setAccessibleName(QCoreApplication.translate("DesignPage", u"Organisation, kind and dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mentorsTile.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of mentors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mentorsValue.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of mentors", None))
#endif // QT_CONFIG(accessibility)
        self.mentorsCaption.setText(QCoreApplication.translate("DesignPage", u"Mentors", None))
#if QT_CONFIG(accessibility)
        self.menteesTile.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of mentees", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menteesValue.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of mentees", None))
#endif // QT_CONFIG(accessibility)
        self.menteesCaption.setText(QCoreApplication.translate("DesignPage", u"Mentees", None))
#if QT_CONFIG(accessibility)
        self.pairsTile.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of confirmed and active pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairsValue.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of confirmed and active pairs", None))
#endif // QT_CONFIG(accessibility)
        self.pairsCaption.setText(QCoreApplication.translate("DesignPage", u"Pairs", None))
#if QT_CONFIG(accessibility)
        self.followUpsTile.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of open follow-ups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpsValue.setAccessibleName(QCoreApplication.translate("DesignPage", u"Number of open follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.followUpsCaption.setText(QCoreApplication.translate("DesignPage", u"Open follow-ups", None))
#if QT_CONFIG(accessibility)
        self.nextTile.setAccessibleName(QCoreApplication.translate("DesignPage", u"Next milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextValue.setAccessibleName(QCoreApplication.translate("DesignPage", u"Next milestone", None))
#endif // QT_CONFIG(accessibility)
        self.nextCaption.setText(QCoreApplication.translate("DesignPage", u"Next milestone", None))
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the design", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme design form", None))
#endif // QT_CONFIG(accessibility)
        self.programmeGroup.setTitle(QCoreApplication.translate("DesignPage", u"Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("DesignPage", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Name (required)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the name", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DesignPage", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DesignPage", u"Kind of programme", None))
#endif // QT_CONFIG(accessibility)
        self.guestsLabel.setText(QCoreApplication.translate("DesignPage", u"Participating\n"
"&organisations", None))
#if QT_CONFIG(accessibility)
        self.guestOrganisationsList.setAccessibleName(QCoreApplication.translate("DesignPage", u"Further participating organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.guestOrganisationsList.setToolTip(QCoreApplication.translate("DesignPage", u"The other client organisations whose people take part (Space ticks one)", None))
#endif // QT_CONFIG(tooltip)
        self.separateCheck.setText(QCoreApplication.translate("DesignPage", u"Mentor and mentee from &different organisations", None))
#if QT_CONFIG(accessibility)
        self.separateCheck.setAccessibleName(QCoreApplication.translate("DesignPage", u"Mentor and mentee from different organisations", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("DesignPage", u"St&atus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("DesignPage", u"Status (phase of the programme)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the status", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("DesignPage", u"&Language of\n"
"materials", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("DesignPage", u"Language of the printed materials", None))
#endif // QT_CONFIG(accessibility)
        self.datesGroup.setTitle(QCoreApplication.translate("DesignPage", u"Dates and meetings", None))
#if QT_CONFIG(accessibility)
        self.datesGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Dates and meetings", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("DesignPage", u"Star&t date", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("DesignPage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.startError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the start date", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("DesignPage", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("DesignPage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.endError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the end date", None))
#endif // QT_CONFIG(accessibility)
        self.rhythmLabel.setText(QCoreApplication.translate("DesignPage", u"Meeting rh&ythm", None))
#if QT_CONFIG(accessibility)
        self.rhythmEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Meeting rhythm", None))
#endif // QT_CONFIG(accessibility)
        self.rhythmEdit.setPlaceholderText(QCoreApplication.translate("DesignPage", u"For example: Every 4\u20136 weeks, 1.5 hours", None))
#if QT_CONFIG(accessibility)
        self.rhythmError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the meeting rhythm", None))
#endif // QT_CONFIG(accessibility)
        self.intervalLabel.setText(QCoreApplication.translate("DesignPage", u"Inter&val", None))
#if QT_CONFIG(accessibility)
        self.intervalSpin.setAccessibleName(QCoreApplication.translate("DesignPage", u"Weeks between meetings", None))
#endif // QT_CONFIG(accessibility)
        self.intervalSpin.setPrefix(QCoreApplication.translate("DesignPage", u"every ", None))
        self.intervalSpin.setSuffix(QCoreApplication.translate("DesignPage", u" weeks", None))
        self.intervalSpin.setSpecialValueText(QCoreApplication.translate("DesignPage", u"Not set", None))
        self.lengthLabel.setText(QCoreApplication.translate("DesignPage", u"Len&gth", None))
#if QT_CONFIG(accessibility)
        self.lengthSpin.setAccessibleName(QCoreApplication.translate("DesignPage", u"Length of a meeting in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.lengthSpin.setSuffix(QCoreApplication.translate("DesignPage", u" minutes", None))
        self.lengthSpin.setSpecialValueText(QCoreApplication.translate("DesignPage", u"Not set", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("DesignPage", u"Sponsors, ambassadors and HR", None))
#if QT_CONFIG(accessibility)
        self.peopleGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Sponsors, ambassadors and HR", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("DesignPage", u"Sponsors and am&bassadors", None))
#if QT_CONFIG(accessibility)
        self.rolesTable.setAccessibleName(QCoreApplication.translate("DesignPage", u"Sponsors and ambassadors", None))
#endif // QT_CONFIG(accessibility)
        self.addRoleButton.setText(QCoreApplication.translate("DesignPage", u"Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addRoleButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Add a sponsor or ambassador", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addRoleButton.setToolTip(QCoreApplication.translate("DesignPage", u"Add a sponsor or ambassador (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editRoleButton.setText(QCoreApplication.translate("DesignPage", u"Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editRoleButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Edit the selected sponsor or ambassador", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editRoleButton.setToolTip(QCoreApplication.translate("DesignPage", u"Change the role or description (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.removeRoleButton.setText(QCoreApplication.translate("DesignPage", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeRoleButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Remove the selected sponsor or ambassador", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeRoleButton.setToolTip(QCoreApplication.translate("DesignPage", u"Remove from the programme (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.hrLabel.setText(QCoreApplication.translate("DesignPage", u"HR conta&ct", None))
#if QT_CONFIG(accessibility)
        self.hrCombo.setAccessibleName(QCoreApplication.translate("DesignPage", u"HR contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hrError.setAccessibleName(QCoreApplication.translate("DesignPage", u"Problem with the HR contact", None))
#endif // QT_CONFIG(accessibility)
        self.purposeGroup.setTitle(QCoreApplication.translate("DesignPage", u"Purpose and target group", None))
#if QT_CONFIG(accessibility)
        self.purposeGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Purpose and target group", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("DesignPage", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("DesignPage", u"Why the organisation runs this programme", None))
        self.targetLabel.setText(QCoreApplication.translate("DesignPage", u"Target gro&up", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Target group", None))
#endif // QT_CONFIG(accessibility)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("DesignPage", u"Who the mentees (and mentors) are", None))
        self.successLabel.setText(QCoreApplication.translate("DesignPage", u"Success cr&iteria", None))
#if QT_CONFIG(accessibility)
        self.successEdit.setAccessibleName(QCoreApplication.translate("DesignPage", u"Success criteria", None))
#endif // QT_CONFIG(accessibility)
        self.successEdit.setPlaceholderText(QCoreApplication.translate("DesignPage", u"How the sponsor will know it worked", None))
        self.topicsGroup.setTitle(QCoreApplication.translate("DesignPage", u"St&rategic topics", None))
#if QT_CONFIG(accessibility)
        self.topicsGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Strategic topics", None))
#endif // QT_CONFIG(accessibility)
        self.topicsHint.setText(QCoreApplication.translate("DesignPage", u"What the programme serves for the organisation.", None))
#if QT_CONFIG(accessibility)
        self.topicsHost.setAccessibleName(QCoreApplication.translate("DesignPage", u"Strategic topics", None))
#endif // QT_CONFIG(accessibility)
        self.themesGroup.setTitle(QCoreApplication.translate("DesignPage", u"Learning t&hemes", None))
#if QT_CONFIG(accessibility)
        self.themesGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Learning themes", None))
#endif // QT_CONFIG(accessibility)
        self.themesHint.setText(QCoreApplication.translate("DesignPage", u"What the pairs work on. The template's themes are a start: adapt them to this client.", None))
#if QT_CONFIG(accessibility)
        self.themesHost.setAccessibleName(QCoreApplication.translate("DesignPage", u"Learning themes", None))
#endif // QT_CONFIG(accessibility)
        self.timelineGroup.setTitle(QCoreApplication.translate("DesignPage", u"Timeline and milestones", None))
#if QT_CONFIG(accessibility)
        self.timelineGroup.setAccessibleName(QCoreApplication.translate("DesignPage", u"Timeline and milestones", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("DesignPage", u"Programme timeline", None))
#endif // QT_CONFIG(accessibility)
        self.milestonesLabel.setText(QCoreApplication.translate("DesignPage", u"&Milestones", None))
        self.addMilestoneButton.setText(QCoreApplication.translate("DesignPage", u"Add milestone\u2026", None))
#if QT_CONFIG(accessibility)
        self.addMilestoneButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Add a milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addMilestoneButton.setToolTip(QCoreApplication.translate("DesignPage", u"Add a milestone (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editMilestoneButton.setText(QCoreApplication.translate("DesignPage", u"Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editMilestoneButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Edit the selected milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editMilestoneButton.setToolTip(QCoreApplication.translate("DesignPage", u"Edit the selected milestone (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteMilestoneButton.setText(QCoreApplication.translate("DesignPage", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteMilestoneButton.setAccessibleName(QCoreApplication.translate("DesignPage", u"Delete the selected milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deleteMilestoneButton.setToolTip(QCoreApplication.translate("DesignPage", u"Delete the selected milestone (Delete); Undo brings it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.milestonesTable.setAccessibleName(QCoreApplication.translate("DesignPage", u"Milestones", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

