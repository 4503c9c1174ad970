# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        ImportFilePage.resize(760, 420)
        self.fileLayoutOuter = QVBoxLayout(ImportFilePage)
        self.fileLayoutOuter.setSpacing(12)
        self.fileLayoutOuter.setObjectName(u"fileLayoutOuter")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.fileForm.setHorizontalSpacing(12)
        self.fileForm.setVerticalSpacing(8)
        self.fileLabel = QLabel(ImportFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(6)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ImportFilePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.fileError = QLabel(ImportFilePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setText(u"")
        self.fileError.setWordWrap(True)
        self.fileError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileError)

        self.defaultRoleLabel = QLabel(ImportFilePage)
        self.defaultRoleLabel.setObjectName(u"defaultRoleLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.defaultRoleLabel)

        self.defaultRoleCombo = QComboBox(ImportFilePage)
        self.defaultRoleCombo.setObjectName(u"defaultRoleCombo")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.defaultRoleCombo)


        self.fileLayoutOuter.addLayout(self.fileForm)

        self.columnsHint = QLabel(ImportFilePage)
        self.columnsHint.setObjectName(u"columnsHint")
        self.columnsHint.setWordWrap(True)
        self.columnsHint.setProperty(u"role", u"hint")

        self.fileLayoutOuter.addWidget(self.columnsHint)

        self.fileBusy = QWidget(ImportFilePage)
        self.fileBusy.setObjectName(u"fileBusy")
        self.fileBusyLayout = QHBoxLayout(self.fileBusy)
        self.fileBusyLayout.setSpacing(8)
        self.fileBusyLayout.setObjectName(u"fileBusyLayout")
        self.fileBusyLayout.setContentsMargins(0, 0, 0, 0)
        self.fileBusyBar = QProgressBar(self.fileBusy)
        self.fileBusyBar.setObjectName(u"fileBusyBar")
        self.fileBusyBar.setMaximum(0)
        self.fileBusyBar.setValue(-1)
        self.fileBusyBar.setTextVisible(False)
        self.fileBusyBar.setMaximumSize(QSize(160, 14))

        self.fileBusyLayout.addWidget(self.fileBusyBar)

        self.fileBusyLabel = QLabel(self.fileBusy)
        self.fileBusyLabel.setObjectName(u"fileBusyLabel")
        self.fileBusyLabel.setProperty(u"role", u"hint")

        self.fileBusyLayout.addWidget(self.fileBusyLabel)

        self.fileBusySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileBusyLayout.addItem(self.fileBusySpacer)


        self.fileLayoutOuter.addWidget(self.fileBusy)

        self.fileBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayoutOuter.addItem(self.fileBottomSpacer)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.defaultRoleLabel.setBuddy(self.defaultRoleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.defaultRoleCombo)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"A CSV or Excel file from HR with one person per row. Nothing is written until you press Import on the last step.", None))
#if QT_CONFIG(accessibility)
        ImportFilePage.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File", None))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"File label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"File to import", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("ImportFilePage", u"The CSV or Excel file with one person per row", None))
#endif // QT_CONFIG(tooltip)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Choose a .csv or .xlsx file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Browse for the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ImportFilePage", u"Choose the file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fileError.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"File problem", None))
#endif // QT_CONFIG(accessibility)
        self.defaultRoleLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Empty role cells", None))
#if QT_CONFIG(accessibility)
        self.defaultRoleLabel.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Empty role cells label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.defaultRoleCombo.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Role for rows without one", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.defaultRoleCombo.setToolTip(QCoreApplication.translate("ImportFilePage", u"The role of people whose row has no role, for a file of mentees only, or of mentors only", None))
#endif // QT_CONFIG(tooltip)
        self.columnsHint.setText(QCoreApplication.translate("ImportFilePage", u"Recognised column headers, in English or Danish: First name, Last name, Email, Role, Organisation, Department, Job title, Level, Manager email, Location, Time zone, Languages, Goals, Expertise, Capacity, Phone, Gender and Notes (Fornavn, Efternavn, E-mail, Rolle, Afdeling, Stilling, \u2026). Other columns can be matched to these on a later step. People already in the organisation are recognised by their email and updated; empty cells erase nothing.", None))
#if QT_CONFIG(accessibility)
        self.columnsHint.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Which columns are recognised", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileBusy.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Reading the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileBusyBar.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Reading the file", None))
#endif // QT_CONFIG(accessibility)
        self.fileBusyLabel.setText(QCoreApplication.translate("ImportFilePage", u"Reading the file\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileBusyLabel.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Reading the file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

