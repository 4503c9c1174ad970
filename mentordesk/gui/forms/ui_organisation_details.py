# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_details.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_OrganisationDetails(object):
    def setupUi(self, OrganisationDetails):
        if not OrganisationDetails.objectName():
            OrganisationDetails.setObjectName(u"OrganisationDetails")
        OrganisationDetails.resize(900, 640)
        self.detailsGrid = QGridLayout(OrganisationDetails)
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(16)
        self.detailsGrid.setVerticalSpacing(16)
        self.detailsGrid.setContentsMargins(0, 0, 0, 0)
        self.identityGroup = QGroupBox(OrganisationDetails)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.identityForm.setHorizontalSpacing(12)
        self.identityForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.sectorLabel = QLabel(self.identityGroup)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(self.identityGroup)
        self.sectorEdit.setObjectName(u"sectorEdit")
        self.sectorEdit.setMaxLength(200)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.countryLabel = QLabel(self.identityGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(self.identityGroup)
        self.countryEdit.setObjectName(u"countryEdit")
        self.countryEdit.setMaxLength(100)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.languageLabel = QLabel(self.identityGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.identityGroup)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageError = QLabel(self.identityGroup)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setText(u"")
        self.languageError.setWordWrap(True)
        self.languageError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageError)

        self.addressLabel = QLabel(self.identityGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.identityGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 72))

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesLabel = QLabel(self.identityGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.identityGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 96))

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.detailsGrid.addWidget(self.identityGroup, 0, 0, 1, 1)

        self.brandingGroup = QGroupBox(OrganisationDetails)
        self.brandingGroup.setObjectName(u"brandingGroup")
        self.brandingGroupLayout = QVBoxLayout(self.brandingGroup)
        self.brandingGroupLayout.setObjectName(u"brandingGroupLayout")
        self.brandingForm = QFormLayout()
        self.brandingForm.setObjectName(u"brandingForm")
        self.brandingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.brandingForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.brandingForm.setHorizontalSpacing(12)
        self.brandingForm.setVerticalSpacing(8)
        self.brandColourLabel = QLabel(self.brandingGroup)
        self.brandColourLabel.setObjectName(u"brandColourLabel")

        self.brandingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.brandColourLabel)

        self.colourLayout = QHBoxLayout()
        self.colourLayout.setSpacing(8)
        self.colourLayout.setObjectName(u"colourLayout")
        self.brandColourButton = QPushButton(self.brandingGroup)
        self.brandColourButton.setObjectName(u"brandColourButton")

        self.colourLayout.addWidget(self.brandColourButton)

        self.brandColourEdit = QLineEdit(self.brandingGroup)
        self.brandColourEdit.setObjectName(u"brandColourEdit")
        self.brandColourEdit.setMaxLength(7)
        self.brandColourEdit.setMaximumSize(QSize(100, 16777215))

        self.colourLayout.addWidget(self.brandColourEdit)

        self.colourSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colourLayout.addItem(self.colourSpacer)


        self.brandingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.colourLayout)

        self.brandColourError = QLabel(self.brandingGroup)
        self.brandColourError.setObjectName(u"brandColourError")
        self.brandColourError.setText(u"")
        self.brandColourError.setWordWrap(True)
        self.brandColourError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.brandingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.brandColourError)

        self.logoLabel = QLabel(self.brandingGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.brandingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QVBoxLayout()
        self.logoLayout.setSpacing(6)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.brandingGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(176, 96))
        self.logoPreview.setMaximumSize(QSize(176, 96))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setProperty(u"role", u"logo")

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtonsLayout = QHBoxLayout()
        self.logoButtonsLayout.setSpacing(8)
        self.logoButtonsLayout.setObjectName(u"logoButtonsLayout")
        self.chooseLogoButton = QPushButton(self.brandingGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtonsLayout.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.brandingGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtonsLayout.addWidget(self.removeLogoButton)

        self.logoButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoButtonsLayout.addItem(self.logoButtonsSpacer)


        self.logoLayout.addLayout(self.logoButtonsLayout)

        self.logoInfo = QLabel(self.brandingGroup)
        self.logoInfo.setObjectName(u"logoInfo")
        self.logoInfo.setWordWrap(True)
        self.logoInfo.setProperty(u"role", u"hint")

        self.logoLayout.addWidget(self.logoInfo)


        self.brandingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.logoError = QLabel(self.brandingGroup)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setText(u"")
        self.logoError.setWordWrap(True)
        self.logoError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.brandingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logoError)


        self.brandingGroupLayout.addLayout(self.brandingForm)

        self.brandingSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.brandingGroupLayout.addItem(self.brandingSpacer)


        self.detailsGrid.addWidget(self.brandingGroup, 0, 1, 1, 1)

        self.contactsGroup = QGroupBox(OrganisationDetails)
        self.contactsGroup.setObjectName(u"contactsGroup")
        self.contactsLayout = QVBoxLayout(self.contactsGroup)
        self.contactsLayout.setSpacing(8)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsHint = QLabel(self.contactsGroup)
        self.contactsHint.setObjectName(u"contactsHint")
        self.contactsHint.setWordWrap(True)
        self.contactsHint.setProperty(u"role", u"hint")

        self.contactsLayout.addWidget(self.contactsHint)

        self.contactsTable = QTableView(self.contactsGroup)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setMinimumSize(QSize(0, 120))
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.contactsTable.setTabKeyNavigation(False)
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.contactsTable.setSortingEnabled(False)
        self.contactsTable.setWordWrap(False)
        self.contactsTable.horizontalHeader().setHighlightSections(False)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtonsLayout = QHBoxLayout()
        self.contactButtonsLayout.setSpacing(8)
        self.contactButtonsLayout.setObjectName(u"contactButtonsLayout")
        self.addContactButton = QPushButton(self.contactsGroup)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtonsLayout.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsGroup)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtonsLayout.addWidget(self.removeContactButton)

        self.contactButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtonsLayout.addItem(self.contactButtonsSpacer)


        self.contactsLayout.addLayout(self.contactButtonsLayout)

        self.contactsError = QLabel(self.contactsGroup)
        self.contactsError.setObjectName(u"contactsError")
        self.contactsError.setText(u"")
        self.contactsError.setWordWrap(True)
        self.contactsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactsLayout.addWidget(self.contactsError)


        self.detailsGrid.addWidget(self.contactsGroup, 1, 0, 1, 2)

        self.detailsBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsGrid.addItem(self.detailsBottomSpacer, 2, 0, 1, 1)

        self.detailsGrid.setColumnStretch(0, 3)
        self.detailsGrid.setColumnStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.brandColourLabel.setBuddy(self.brandColourButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.brandColourButton)
        QWidget.setTabOrder(self.brandColourButton, self.brandColourEdit)
        QWidget.setTabOrder(self.brandColourEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.addContactButton)
        QWidget.setTabOrder(self.addContactButton, self.removeContactButton)

        self.retranslateUi(OrganisationDetails)

        QMetaObject.connectSlotsByName(OrganisationDetails)
    # setupUi

    def retranslateUi(self, OrganisationDetails):
#if QT_CONFIG(accessibility)
        OrganisationDetails.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Organisation details", None))
#endif // QT_CONFIG(accessibility)
        self.identityGroup.setTitle(QCoreApplication.translate("OrganisationDetails", u"Identity", None))
#if QT_CONFIG(accessibility)
        self.identityGroup.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Identity", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDetails", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Name, required", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("OrganisationDetails", u"Required", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"e.g. Nordlys Energi A/S", None))
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Name problem", None))
#endif // QT_CONFIG(accessibility)
        self.sectorLabel.setText(QCoreApplication.translate("OrganisationDetails", u"&Sector", None))
#if QT_CONFIG(accessibility)
        self.sectorLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Sector label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectorEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"e.g. Energy", None))
        self.countryLabel.setText(QCoreApplication.translate("OrganisationDetails", u"Co&untry", None))
#if QT_CONFIG(accessibility)
        self.countryLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Country label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countryEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"e.g. Denmark", None))
        self.languageLabel.setText(QCoreApplication.translate("OrganisationDetails", u"&Language of materials", None))
#if QT_CONFIG(accessibility)
        self.languageLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Language label", None))
#endif // QT_CONFIG(accessibility)
        self.languageCombo.setItemText(0, QCoreApplication.translate("OrganisationDetails", u"English", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("OrganisationDetails", u"Danish", None))

#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Language of materials", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("OrganisationDetails", u"The language of the printed papers for this organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageError.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Language problem", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("OrganisationDetails", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Address label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"Street, postcode and town", None))
        self.notesLabel.setText(QCoreApplication.translate("OrganisationDetails", u"No&tes", None))
#if QT_CONFIG(accessibility)
        self.notesLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Notes label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"Anything worth remembering about this client", None))
        self.brandingGroup.setTitle(QCoreApplication.translate("OrganisationDetails", u"Branding", None))
#if QT_CONFIG(accessibility)
        self.brandingGroup.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Branding", None))
#endif // QT_CONFIG(accessibility)
        self.brandColourLabel.setText(QCoreApplication.translate("OrganisationDetails", u"Brand &colour", None))
#if QT_CONFIG(accessibility)
        self.brandColourLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Brand colour label", None))
#endif // QT_CONFIG(accessibility)
        self.brandColourButton.setText(QCoreApplication.translate("OrganisationDetails", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.brandColourButton.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Choose brand colour", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.brandColourButton.setToolTip(QCoreApplication.translate("OrganisationDetails", u"Pick the colour that brands this organisation's papers", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.brandColourEdit.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Brand colour hex code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.brandColourEdit.setToolTip(QCoreApplication.translate("OrganisationDetails", u"The brand colour as a hex code, like #1F4E79", None))
#endif // QT_CONFIG(tooltip)
        self.brandColourEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDetails", u"#1F4E79", None))
#if QT_CONFIG(accessibility)
        self.brandColourError.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Brand colour problem", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("OrganisationDetails", u"Logo", None))
#if QT_CONFIG(accessibility)
        self.logoLabel.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Logo label", None))
#endif // QT_CONFIG(accessibility)
        self.logoPreview.setText(QCoreApplication.translate("OrganisationDetails", u"No logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Logo preview", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLogoButton.setText(QCoreApplication.translate("OrganisationDetails", u"Choose lo&go\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseLogoButton.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Choose logo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("OrganisationDetails", u"A PNG, JPEG or SVG image, under 2 MB", None))
#endif // QT_CONFIG(tooltip)
        self.removeLogoButton.setText(QCoreApplication.translate("OrganisationDetails", u"Re&move logo", None))
#if QT_CONFIG(accessibility)
        self.removeLogoButton.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Remove logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoInfo.setText("")
#if QT_CONFIG(accessibility)
        self.logoInfo.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Logo file type and size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.logoError.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Logo problem", None))
#endif // QT_CONFIG(accessibility)
        self.contactsGroup.setTitle(QCoreApplication.translate("OrganisationDetails", u"Contacts", None))
#if QT_CONFIG(accessibility)
        self.contactsGroup.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.contactsHint.setText(QCoreApplication.translate("OrganisationDetails", u"The people you deal with at the client: sponsor, HR, procurement. Double-click a cell to change it.", None))
#if QT_CONFIG(accessibility)
        self.contactsHint.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"About contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.contactsTable.setToolTip(QCoreApplication.translate("OrganisationDetails", u"Double-click a cell or press F2 to edit", None))
#endif // QT_CONFIG(tooltip)
        self.addContactButton.setText(QCoreApplication.translate("OrganisationDetails", u"Add c&ontact", None))
#if QT_CONFIG(accessibility)
        self.addContactButton.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Add contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addContactButton.setToolTip(QCoreApplication.translate("OrganisationDetails", u"Add a row for a contact", None))
#endif // QT_CONFIG(tooltip)
        self.removeContactButton.setText(QCoreApplication.translate("OrganisationDetails", u"&Remove contact", None))
#if QT_CONFIG(accessibility)
        self.removeContactButton.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Remove contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeContactButton.setToolTip(QCoreApplication.translate("OrganisationDetails", u"Remove the selected contact", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.contactsError.setAccessibleName(QCoreApplication.translate("OrganisationDetails", u"Contacts problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

