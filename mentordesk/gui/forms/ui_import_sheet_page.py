# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_sheet_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QProgressBar, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportSheetPage(object):
    def setupUi(self, ImportSheetPage):
        if not ImportSheetPage.objectName():
            ImportSheetPage.setObjectName(u"ImportSheetPage")
        ImportSheetPage.resize(760, 460)
        self.sheetPageLayout = QVBoxLayout(ImportSheetPage)
        self.sheetPageLayout.setSpacing(10)
        self.sheetPageLayout.setObjectName(u"sheetPageLayout")
        self.chooserLayout = QHBoxLayout()
        self.chooserLayout.setSpacing(8)
        self.chooserLayout.setObjectName(u"chooserLayout")
        self.sheetLabel = QLabel(ImportSheetPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.chooserLayout.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(ImportSheetPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheetCombo.setMinimumSize(QSize(160, 0))

        self.chooserLayout.addWidget(self.sheetCombo)

        self.chooserGap = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.chooserLayout.addItem(self.chooserGap)

        self.headerRowLabel = QLabel(ImportSheetPage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.chooserLayout.addWidget(self.headerRowLabel)

        self.headerRowSpin = QSpinBox(ImportSheetPage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimum(0)
        self.headerRowSpin.setMaximum(1000000)
        self.headerRowSpin.setValue(0)
        self.headerRowSpin.setMinimumSize(QSize(150, 0))

        self.chooserLayout.addWidget(self.headerRowSpin)

        self.chooserSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooserLayout.addItem(self.chooserSpacer)


        self.sheetPageLayout.addLayout(self.chooserLayout)

        self.sheetStatusLabel = QLabel(ImportSheetPage)
        self.sheetStatusLabel.setObjectName(u"sheetStatusLabel")
        self.sheetStatusLabel.setText(u"")
        self.sheetStatusLabel.setWordWrap(True)
        self.sheetStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetPageLayout.addWidget(self.sheetStatusLabel)

        self.sampleTable = QTableView(ImportSheetPage)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleTable.setTabKeyNavigation(False)
        self.sampleTable.setAlternatingRowColors(True)
        self.sampleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sampleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sampleTable.setSortingEnabled(False)
        self.sampleTable.setWordWrap(False)
        self.sampleTable.horizontalHeader().setHighlightSections(False)
        self.sampleTable.horizontalHeader().setStretchLastSection(True)
        self.sampleTable.verticalHeader().setVisible(False)

        self.sheetPageLayout.addWidget(self.sampleTable)

        self.sheetBusy = QWidget(ImportSheetPage)
        self.sheetBusy.setObjectName(u"sheetBusy")
        self.sheetBusyLayout = QHBoxLayout(self.sheetBusy)
        self.sheetBusyLayout.setSpacing(8)
        self.sheetBusyLayout.setObjectName(u"sheetBusyLayout")
        self.sheetBusyLayout.setContentsMargins(0, 0, 0, 0)
        self.sheetBusyBar = QProgressBar(self.sheetBusy)
        self.sheetBusyBar.setObjectName(u"sheetBusyBar")
        self.sheetBusyBar.setMaximum(0)
        self.sheetBusyBar.setValue(-1)
        self.sheetBusyBar.setTextVisible(False)
        self.sheetBusyBar.setMaximumSize(QSize(160, 14))

        self.sheetBusyLayout.addWidget(self.sheetBusyBar)

        self.sheetBusyLabel = QLabel(self.sheetBusy)
        self.sheetBusyLabel.setObjectName(u"sheetBusyLabel")
        self.sheetBusyLabel.setProperty(u"role", u"hint")

        self.sheetBusyLayout.addWidget(self.sheetBusyLabel)

        self.sheetBusySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetBusyLayout.addItem(self.sheetBusySpacer)


        self.sheetPageLayout.addWidget(self.sheetBusy)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerRowLabel.setBuddy(self.headerRowSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sheetCombo, self.headerRowSpin)
        QWidget.setTabOrder(self.headerRowSpin, self.sampleTable)

        self.retranslateUi(ImportSheetPage)

        QMetaObject.connectSlotsByName(ImportSheetPage)
    # setupUi

    def retranslateUi(self, ImportSheetPage):
        ImportSheetPage.setTitle(QCoreApplication.translate("ImportSheetPage", u"Find the headers", None))
        ImportSheetPage.setSubTitle(QCoreApplication.translate("ImportSheetPage", u"Choose the sheet with the people and the row that holds the column headers. The first rows of the sheet are shown below.", None))
#if QT_CONFIG(accessibility)
        ImportSheetPage.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Find the headers", None))
#endif // QT_CONFIG(accessibility)
        self.sheetLabel.setText(QCoreApplication.translate("ImportSheetPage", u"&Sheet", None))
#if QT_CONFIG(accessibility)
        self.sheetLabel.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Sheet label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sheetCombo.setToolTip(QCoreApplication.translate("ImportSheetPage", u"The sheet of the workbook that holds the people", None))
#endif // QT_CONFIG(tooltip)
        self.headerRowLabel.setText(QCoreApplication.translate("ImportSheetPage", u"&Header row", None))
#if QT_CONFIG(accessibility)
        self.headerRowLabel.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Header row label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headerRowSpin.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Header row", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.headerRowSpin.setToolTip(QCoreApplication.translate("ImportSheetPage", u"The row number, as the spreadsheet shows it, of the column headers; or find it automatically", None))
#endif // QT_CONFIG(tooltip)
        self.headerRowSpin.setSpecialValueText(QCoreApplication.translate("ImportSheetPage", u"Find automatically", None))
#if QT_CONFIG(accessibility)
        self.sheetStatusLabel.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Headers found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sampleTable.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"First rows of the sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sampleTable.setToolTip(QCoreApplication.translate("ImportSheetPage", u"The first rows of the sheet; the header row is highlighted", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sheetBusy.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Reading the sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sheetBusyBar.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Reading the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.sheetBusyLabel.setText(QCoreApplication.translate("ImportSheetPage", u"Reading the sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.sheetBusyLabel.setAccessibleName(QCoreApplication.translate("ImportSheetPage", u"Reading the sheet", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

