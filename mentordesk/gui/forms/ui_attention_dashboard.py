# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attention_dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AttentionDashboard(object):
    def setupUi(self, AttentionDashboard):
        if not AttentionDashboard.objectName():
            AttentionDashboard.setObjectName(u"AttentionDashboard")
        AttentionDashboard.resize(900, 620)
        self.dashboardLayout = QVBoxLayout(AttentionDashboard)
        self.dashboardLayout.setSpacing(12)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(28, 22, 28, 18)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.dashboardIcon = QLabel(AttentionDashboard)
        self.dashboardIcon.setObjectName(u"dashboardIcon")

        self.headerLayout.addWidget(self.dashboardIcon)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.dashboardTitle = QLabel(AttentionDashboard)
        self.dashboardTitle.setObjectName(u"dashboardTitle")

        self.titleLayout.addWidget(self.dashboardTitle)

        self.dashboardCounts = QLabel(AttentionDashboard)
        self.dashboardCounts.setObjectName(u"dashboardCounts")
        self.dashboardCounts.setText(u"-")
        self.dashboardCounts.setWordWrap(True)

        self.titleLayout.addWidget(self.dashboardCounts)


        self.headerLayout.addLayout(self.titleLayout)

        self.refreshButton = QPushButton(AttentionDashboard)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)

        self.headerLayout.setStretch(1, 1)

        self.dashboardLayout.addLayout(self.headerLayout)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setSpacing(10)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.overdueSummary = QLabel(AttentionDashboard)
        self.overdueSummary.setObjectName(u"overdueSummary")
        self.overdueSummary.setTextFormat(Qt.TextFormat.RichText)

        self.summaryLayout.addWidget(self.overdueSummary)

        self.quietSummary = QLabel(AttentionDashboard)
        self.quietSummary.setObjectName(u"quietSummary")
        self.quietSummary.setTextFormat(Qt.TextFormat.RichText)

        self.summaryLayout.addWidget(self.quietSummary)

        self.unhappySummary = QLabel(AttentionDashboard)
        self.unhappySummary.setObjectName(u"unhappySummary")
        self.unhappySummary.setTextFormat(Qt.TextFormat.RichText)

        self.summaryLayout.addWidget(self.unhappySummary)

        self.milestoneSummary = QLabel(AttentionDashboard)
        self.milestoneSummary.setObjectName(u"milestoneSummary")
        self.milestoneSummary.setTextFormat(Qt.TextFormat.RichText)

        self.summaryLayout.addWidget(self.milestoneSummary)


        self.dashboardLayout.addLayout(self.summaryLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindFilterLabel = QLabel(AttentionDashboard)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(AttentionDashboard)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setMinimumSize(QSize(90, 0))

        self.filterLayout.addWidget(self.kindFilter)

        self.filterGap = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterGap)

        self.organisationFilterLabel = QLabel(AttentionDashboard)
        self.organisationFilterLabel.setObjectName(u"organisationFilterLabel")

        self.filterLayout.addWidget(self.organisationFilterLabel)

        self.organisationFilter = QComboBox(AttentionDashboard)
        self.organisationFilter.setObjectName(u"organisationFilter")
        self.organisationFilter.setMinimumSize(QSize(90, 0))

        self.filterLayout.addWidget(self.organisationFilter)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.attentionShown = QLabel(AttentionDashboard)
        self.attentionShown.setObjectName(u"attentionShown")

        self.filterLayout.addWidget(self.attentionShown)


        self.dashboardLayout.addLayout(self.filterLayout)

        self.attentionStack = QStackedWidget(AttentionDashboard)
        self.attentionStack.setObjectName(u"attentionStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.attentionTable = QTableView(self.tablePage)
        self.attentionTable.setObjectName(u"attentionTable")
        self.attentionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attentionTable.setAlternatingRowColors(True)
        self.attentionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attentionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attentionTable.setShowGrid(False)
        self.attentionTable.setSortingEnabled(True)
        self.attentionTable.setWordWrap(False)

        self.tableLayout.addWidget(self.attentionTable)

        self.attentionStack.addWidget(self.tablePage)
        self.calmPage = QWidget()
        self.calmPage.setObjectName(u"calmPage")
        self.calmLayout = QVBoxLayout(self.calmPage)
        self.calmLayout.setObjectName(u"calmLayout")
        self.calmTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.calmLayout.addItem(self.calmTopSpacer)

        self.calmTitle = QLabel(self.calmPage)
        self.calmTitle.setObjectName(u"calmTitle")
        self.calmTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.calmLayout.addWidget(self.calmTitle)

        self.calmText = QLabel(self.calmPage)
        self.calmText.setObjectName(u"calmText")
        self.calmText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calmText.setWordWrap(True)

        self.calmLayout.addWidget(self.calmText)

        self.calmBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.calmLayout.addItem(self.calmBottomSpacer)

        self.attentionStack.addWidget(self.calmPage)
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loadingLabel.setWordWrap(True)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.attentionStack.addWidget(self.loadingPage)

        self.dashboardLayout.addWidget(self.attentionStack)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(16)
        self.actionLayout.setObjectName(u"actionLayout")
        self.selectedLayout = QVBoxLayout()
        self.selectedLayout.setSpacing(3)
        self.selectedLayout.setObjectName(u"selectedLayout")
        self.selectedDetail = QLabel(AttentionDashboard)
        self.selectedDetail.setObjectName(u"selectedDetail")
        self.selectedDetail.setText(u"")
        self.selectedDetail.setWordWrap(True)
        self.selectedDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.selectedLayout.addWidget(self.selectedDetail)

        self.actionHint = QLabel(AttentionDashboard)
        self.actionHint.setObjectName(u"actionHint")
        self.actionHint.setWordWrap(True)

        self.selectedLayout.addWidget(self.actionHint)


        self.actionLayout.addLayout(self.selectedLayout)

        self.actionButton = QPushButton(AttentionDashboard)
        self.actionButton.setObjectName(u"actionButton")

        self.actionLayout.addWidget(self.actionButton)

        self.actionLayout.setStretch(0, 1)

        self.dashboardLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.organisationFilterLabel.setBuddy(self.organisationFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.organisationFilter)
        QWidget.setTabOrder(self.organisationFilter, self.attentionTable)
        QWidget.setTabOrder(self.attentionTable, self.actionButton)

        self.retranslateUi(AttentionDashboard)

        self.actionButton.setDefault(False)


        QMetaObject.connectSlotsByName(AttentionDashboard)
    # setupUi

    def retranslateUi(self, AttentionDashboard):
#if QT_CONFIG(accessibility)
        AttentionDashboard.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dashboardIcon.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"MentorDesk logo", None))
#endif // QT_CONFIG(accessibility)
        self.dashboardTitle.setText(QCoreApplication.translate("AttentionDashboard", u"Needs attention", None))
#if QT_CONFIG(accessibility)
        self.dashboardTitle.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dashboardCounts.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"What the database holds", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("AttentionDashboard", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("AttentionDashboard", u"Look through every programme again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Refresh what needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overdueSummary.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Overdue follow-ups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quietSummary.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Quiet pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unhappySummary.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Pairs with low satisfaction or concerns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.milestoneSummary.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Upcoming milestones", None))
#endif // QT_CONFIG(accessibility)
        self.kindFilterLabel.setText(QCoreApplication.translate("AttentionDashboard", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Show which kind of item", None))
#endif // QT_CONFIG(accessibility)
        self.organisationFilterLabel.setText(QCoreApplication.translate("AttentionDashboard", u"C&lient:", None))
#if QT_CONFIG(accessibility)
        self.organisationFilter.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Show the items of which client organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attentionShown.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"How many items are shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attentionStack.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"The items that need attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablePage.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Table of the items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attentionTable.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"What needs attention across all client organisations, most urgent first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.calmPage.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Nothing needs attention", None))
#endif // QT_CONFIG(accessibility)
        self.calmTitle.setText(QCoreApplication.translate("AttentionDashboard", u"Nothing needs your attention", None))
#if QT_CONFIG(accessibility)
        self.calmTitle.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Nothing needs your attention", None))
#endif // QT_CONFIG(accessibility)
        self.calmText.setText(QCoreApplication.translate("AttentionDashboard", u"No follow-up is overdue, every pair has met within its programme's rhythm, no pair reported low satisfaction or concerns, and no milestone falls in the next 14 days.", None))
#if QT_CONFIG(accessibility)
        self.calmText.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Why nothing needs attention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loadingPage.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Looking through the programmes", None))
#endif // QT_CONFIG(accessibility)
        self.loadingLabel.setText(QCoreApplication.translate("AttentionDashboard", u"Looking through every programme\u2026", None))
#if QT_CONFIG(accessibility)
        self.loadingLabel.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Looking through every programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selectedDetail.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"The selected item", None))
#endif // QT_CONFIG(accessibility)
        self.actionHint.setText(QCoreApplication.translate("AttentionDashboard", u"Double-click a row or press Enter to act on it.", None))
#if QT_CONFIG(accessibility)
        self.actionHint.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"How to act on a row", None))
#endif // QT_CONFIG(accessibility)
        self.actionButton.setText(QCoreApplication.translate("AttentionDashboard", u"Open", None))
#if QT_CONFIG(accessibility)
        self.actionButton.setAccessibleName(QCoreApplication.translate("AttentionDashboard", u"Act on the selected item", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

