# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame,
    QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        ImportPreviewPage.resize(900, 560)
        self.previewPageLayout = QVBoxLayout(ImportPreviewPage)
        self.previewPageLayout.setSpacing(8)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.messageFrame = QFrame(ImportPreviewPage)
        self.messageFrame.setObjectName(u"messageFrame")
        self.messageFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageFrame.setProperty(u"state", u"error")
        self.messageLayout = QVBoxLayout(self.messageFrame)
        self.messageLayout.setSpacing(4)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(10, 8, 10, 8)
        self.summaryLabel = QLabel(self.messageFrame)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(self.messageFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)


        self.previewPageLayout.addWidget(self.messageFrame)

        self.previewBarLayout = QHBoxLayout()
        self.previewBarLayout.setSpacing(8)
        self.previewBarLayout.setObjectName(u"previewBarLayout")
        self.problemsOnlyCheck = QCheckBox(ImportPreviewPage)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.previewBarLayout.addWidget(self.problemsOnlyCheck)

        self.previewBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBarLayout.addItem(self.previewBarSpacer)

        self.previewBusy = QWidget(ImportPreviewPage)
        self.previewBusy.setObjectName(u"previewBusy")
        self.previewBusyLayout = QHBoxLayout(self.previewBusy)
        self.previewBusyLayout.setSpacing(8)
        self.previewBusyLayout.setObjectName(u"previewBusyLayout")
        self.previewBusyLayout.setContentsMargins(0, 0, 0, 0)
        self.previewBusyBar = QProgressBar(self.previewBusy)
        self.previewBusyBar.setObjectName(u"previewBusyBar")
        self.previewBusyBar.setMaximum(0)
        self.previewBusyBar.setValue(-1)
        self.previewBusyBar.setTextVisible(False)
        self.previewBusyBar.setMaximumSize(QSize(160, 14))

        self.previewBusyLayout.addWidget(self.previewBusyBar)

        self.previewBusyLabel = QLabel(self.previewBusy)
        self.previewBusyLabel.setObjectName(u"previewBusyLabel")
        self.previewBusyLabel.setProperty(u"role", u"hint")

        self.previewBusyLayout.addWidget(self.previewBusyLabel)

        self.previewBusySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBusyLayout.addItem(self.previewBusySpacer)


        self.previewBarLayout.addWidget(self.previewBusy)

        self.reloadButton = QPushButton(ImportPreviewPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.previewBarLayout.addWidget(self.reloadButton)


        self.previewPageLayout.addLayout(self.previewBarLayout)

        self.previewTable = QTableView(ImportPreviewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setSortingEnabled(True)
        self.previewTable.setWordWrap(False)
        self.previewTable.horizontalHeader().setHighlightSections(False)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewPageLayout.addWidget(self.previewTable)

        self.rowDetailLabel = QLabel(ImportPreviewPage)
        self.rowDetailLabel.setObjectName(u"rowDetailLabel")
        self.rowDetailLabel.setText(u"")
        self.rowDetailLabel.setWordWrap(True)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rowDetailLabel.setMinimumSize(QSize(0, 36))
        self.rowDetailLabel.setProperty(u"role", u"hint")

        self.previewPageLayout.addWidget(self.rowDetailLabel)

        QWidget.setTabOrder(self.problemsOnlyCheck, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.previewTable)

        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check and import", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Every row of the file and what importing it does.", None))
#if QT_CONFIG(accessibility)
        ImportPreviewPage.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Check and import", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageFrame.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"What the import will do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"What to fix", None))
#endif // QT_CONFIG(accessibility)
        self.problemsOnlyCheck.setText(QCoreApplication.translate("ImportPreviewPage", u"Show only rows with &problems", None))
#if QT_CONFIG(accessibility)
        self.problemsOnlyCheck.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Show only rows with problems", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewBusy.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewBusyBar.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
        self.previewBusyLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"Checking the file\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewBusyLabel.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("ImportPreviewPage", u"&Read the file again", None))
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Read the file again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"After correcting the file in Excel, save it and read it again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Rows of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previewTable.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Rows with errors are red, rows with warnings amber; select a row to read its problems in full", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rowDetailLabel.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"Problems of the selected row", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

