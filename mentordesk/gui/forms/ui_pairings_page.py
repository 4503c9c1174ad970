# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PairingsPage(object):
    def setupUi(self, PairingsPage):
        if not PairingsPage.objectName():
            PairingsPage.setObjectName(u"PairingsPage")
        PairingsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PairingsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 8, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(PairingsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.pairingSearch = QLineEdit(PairingsPage)
        self.pairingSearch.setObjectName(u"pairingSearch")
        self.pairingSearch.setClearButtonEnabled(True)
        self.pairingSearch.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.pairingSearch)

        self.filterGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterGap)

        self.statusLabel = QLabel(PairingsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(PairingsPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.filterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.pairingCount = QLabel(PairingsPage)
        self.pairingCount.setObjectName(u"pairingCount")

        self.filterLayout.addWidget(self.pairingCount)


        self.pageLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(PairingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.pairingTable = QTableView(PairingsPage)
        self.pairingTable.setObjectName(u"pairingTable")
        self.pairingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairingTable.setAlternatingRowColors(True)
        self.pairingTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pairingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairingTable.setSortingEnabled(True)
        self.pairingTable.setWordWrap(False)
        self.pairingTable.setCornerButtonEnabled(False)

        self.pageLayout.addWidget(self.pairingTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.confirmPairingButton = QPushButton(PairingsPage)
        self.confirmPairingButton.setObjectName(u"confirmPairingButton")

        self.actionsLayout.addWidget(self.confirmPairingButton)

        self.activateButton = QPushButton(PairingsPage)
        self.activateButton.setObjectName(u"activateButton")

        self.actionsLayout.addWidget(self.activateButton)

        self.endPairingButton = QPushButton(PairingsPage)
        self.endPairingButton.setObjectName(u"endPairingButton")

        self.actionsLayout.addWidget(self.endPairingButton)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.detailsGroup = QGroupBox(PairingsPage)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QVBoxLayout(self.detailsGroup)
        self.detailsLayout.setSpacing(4)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(10, 8, 10, 10)
        self.detailsText = QLabel(self.detailsGroup)
        self.detailsText.setObjectName(u"detailsText")
        self.detailsText.setWordWrap(True)
        self.detailsText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailsText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsText)


        self.pageLayout.addWidget(self.detailsGroup)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.pairingSearch)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairingSearch, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.pairingTable)
        QWidget.setTabOrder(self.pairingTable, self.confirmPairingButton)
        QWidget.setTabOrder(self.confirmPairingButton, self.activateButton)
        QWidget.setTabOrder(self.activateButton, self.endPairingButton)

        self.retranslateUi(PairingsPage)

        QMetaObject.connectSlotsByName(PairingsPage)
    # setupUi

    def retranslateUi(self, PairingsPage):
#if QT_CONFIG(accessibility)
        PairingsPage.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Pairings", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("PairingsPage", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchLabel.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Search label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairingSearch.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Search pairings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pairingSearch.setToolTip(QCoreApplication.translate("PairingsPage", u"Show only pairings whose mentor, mentee or end reason contains this text", None))
#endif // QT_CONFIG(tooltip)
        self.pairingSearch.setPlaceholderText(QCoreApplication.translate("PairingsPage", u"Mentor, mentee or reason", None))
        self.statusLabel.setText(QCoreApplication.translate("PairingsPage", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Status filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.pairingCount.setText("")
#if QT_CONFIG(accessibility)
        self.pairingCount.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Number of pairings", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairingTable.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Pairings of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.confirmPairingButton.setText(QCoreApplication.translate("PairingsPage", u"&Confirm", None))
#if QT_CONFIG(accessibility)
        self.confirmPairingButton.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Confirm the selected proposed pairings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.confirmPairingButton.setToolTip(QCoreApplication.translate("PairingsPage", u"Confirm the selected proposed pairings: they start today", None))
#endif // QT_CONFIG(tooltip)
        self.activateButton.setText(QCoreApplication.translate("PairingsPage", u"Mark &active", None))
#if QT_CONFIG(accessibility)
        self.activateButton.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Mark the selected confirmed pairings active", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.activateButton.setToolTip(QCoreApplication.translate("PairingsPage", u"The pair has started meeting", None))
#endif // QT_CONFIG(tooltip)
        self.endPairingButton.setText(QCoreApplication.translate("PairingsPage", u"&End pairing\u2026", None))
#if QT_CONFIG(accessibility)
        self.endPairingButton.setAccessibleName(QCoreApplication.translate("PairingsPage", u"End the selected pairing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endPairingButton.setToolTip(QCoreApplication.translate("PairingsPage", u"End the pairing with a reason; both become free to be matched again", None))
#endif // QT_CONFIG(tooltip)
        self.detailsGroup.setTitle(QCoreApplication.translate("PairingsPage", u"Selected pairing", None))
#if QT_CONFIG(accessibility)
        self.detailsGroup.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Selected pairing", None))
#endif // QT_CONFIG(accessibility)
        self.detailsText.setText("")
#if QT_CONFIG(accessibility)
        self.detailsText.setAccessibleName(QCoreApplication.translate("PairingsPage", u"Details of the selected pairing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

