# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 420)
        RestoreDialog.setMinimumSize(QSize(600, 360))
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setSpacing(10)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.restoreLayout.setContentsMargins(16, 16, 16, 12)
        self.restoreIntro = QLabel(RestoreDialog)
        self.restoreIntro.setObjectName(u"restoreIntro")
        self.restoreIntro.setWordWrap(True)

        self.restoreLayout.addWidget(self.restoreIntro)

        self.backupsTable = QTableView(RestoreDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setShowGrid(False)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.horizontalHeader().setHighlightSections(False)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.restoreLayout.addWidget(self.backupsTable)

        self.noBackupsLabel = QLabel(RestoreDialog)
        self.noBackupsLabel.setObjectName(u"noBackupsLabel")
        self.noBackupsLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.noBackupsLabel)

        self.restoreButtonsLayout = QHBoxLayout()
        self.restoreButtonsLayout.setObjectName(u"restoreButtonsLayout")
        self.chooseFileButton = QPushButton(RestoreDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")
        self.chooseFileButton.setAutoDefault(False)

        self.restoreButtonsLayout.addWidget(self.chooseFileButton)

        self.restoreButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restoreButtonsLayout.addItem(self.restoreButtonsSpacer)

        self.restoreButtons = QDialogButtonBox(RestoreDialog)
        self.restoreButtons.setObjectName(u"restoreButtons")
        self.restoreButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.restoreButtonsLayout.addWidget(self.restoreButtons)


        self.restoreLayout.addLayout(self.restoreButtonsLayout)

        QWidget.setTabOrder(self.backupsTable, self.chooseFileButton)
        QWidget.setTabOrder(self.chooseFileButton, self.restoreButtons)

        self.retranslateUi(RestoreDialog)
        self.restoreButtons.rejected.connect(RestoreDialog.reject)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
#if QT_CONFIG(accessibility)
        RestoreDialog.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
#endif // QT_CONFIG(accessibility)
        self.restoreIntro.setText(QCoreApplication.translate("RestoreDialog", u"Choose the backup to return to. The database as it is now is backed up first, so you can come back to it.", None))
#if QT_CONFIG(accessibility)
        self.restoreIntro.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"About restoring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups of this database, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.noBackupsLabel.setText(QCoreApplication.translate("RestoreDialog", u"There are no backups of this database yet. Choose a backup file instead.", None))
#if QT_CONFIG(accessibility)
        self.noBackupsLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"No backups", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFileButton.setText(QCoreApplication.translate("RestoreDialog", u"&Choose file\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFileButton.setToolTip(QCoreApplication.translate("RestoreDialog", u"Restore from a backup file kept elsewhere", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chooseFileButton.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Choose a backup file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restoreButtons.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Restore or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

