# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matching_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MatchingPage(object):
    def setupUi(self, MatchingPage):
        if not MatchingPage.objectName():
            MatchingPage.setObjectName(u"MatchingPage")
        MatchingPage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(MatchingPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 8, 0, 0)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.toolbarLayout.setContentsMargins(0, 0, 0, 0)
        self.runButton = QPushButton(MatchingPage)
        self.runButton.setObjectName(u"runButton")

        self.toolbarLayout.addWidget(self.runButton)

        self.cancelButton = QPushButton(MatchingPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.toolbarLayout.addWidget(self.cancelButton)

        self.busyBar = QProgressBar(MatchingPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setValue(-1)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))
        self.busyBar.setMinimumSize(QSize(100, 0))

        self.toolbarLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(MatchingPage)
        self.busyLabel.setObjectName(u"busyLabel")

        self.toolbarLayout.addWidget(self.busyLabel)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.settingsToggle = QPushButton(MatchingPage)
        self.settingsToggle.setObjectName(u"settingsToggle")
        self.settingsToggle.setCheckable(True)
        self.settingsToggle.setChecked(True)

        self.toolbarLayout.addWidget(self.settingsToggle)

        self.saveProposalButton = QPushButton(MatchingPage)
        self.saveProposalButton.setObjectName(u"saveProposalButton")

        self.toolbarLayout.addWidget(self.saveProposalButton)

        self.confirmButton = QPushButton(MatchingPage)
        self.confirmButton.setObjectName(u"confirmButton")

        self.toolbarLayout.addWidget(self.confirmButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.messageLabel = QLabel(MatchingPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.mainSplitter = QSplitter(MatchingPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.settingsScroll = QScrollArea(self.mainSplitter)
        self.settingsScroll.setObjectName(u"settingsScroll")
        self.settingsScroll.setWidgetResizable(True)
        self.settingsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settingsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settingsScroll.setMinimumSize(QSize(250, 0))
        self.settingsPanel = QWidget()
        self.settingsPanel.setObjectName(u"settingsPanel")
        self.settingsLayout = QVBoxLayout(self.settingsPanel)
        self.settingsLayout.setSpacing(10)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(0, 0, 8, 0)
        self.weightsGroup = QGroupBox(self.settingsPanel)
        self.weightsGroup.setObjectName(u"weightsGroup")
        self.weightsGroupLayout = QVBoxLayout(self.weightsGroup)
        self.weightsGroupLayout.setSpacing(6)
        self.weightsGroupLayout.setObjectName(u"weightsGroupLayout")
        self.weightsGroupLayout.setContentsMargins(10, 8, 10, 10)
        self.weightsIntro = QLabel(self.weightsGroup)
        self.weightsIntro.setObjectName(u"weightsIntro")
        self.weightsIntro.setWordWrap(True)

        self.weightsGroupLayout.addWidget(self.weightsIntro)

        self.weightsLayout = QVBoxLayout()
        self.weightsLayout.setSpacing(2)
        self.weightsLayout.setObjectName(u"weightsLayout")
        self.weightsLayout.setContentsMargins(0, 4, 0, 4)

        self.weightsGroupLayout.addLayout(self.weightsLayout)

        self.criterionInfo = QLabel(self.weightsGroup)
        self.criterionInfo.setObjectName(u"criterionInfo")
        self.criterionInfo.setWordWrap(True)
        self.criterionInfo.setMinimumSize(QSize(0, 64))
        self.criterionInfo.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.criterionInfo.setFrameShape(QFrame.Shape.StyledPanel)

        self.weightsGroupLayout.addWidget(self.criterionInfo)

        self.restoreLayout = QHBoxLayout()
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.restoreSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restoreLayout.addItem(self.restoreSpacer)

        self.restoreDefaultsButton = QPushButton(self.weightsGroup)
        self.restoreDefaultsButton.setObjectName(u"restoreDefaultsButton")

        self.restoreLayout.addWidget(self.restoreDefaultsButton)


        self.weightsGroupLayout.addLayout(self.restoreLayout)


        self.settingsLayout.addWidget(self.weightsGroup)

        self.repeatCheck = QCheckBox(self.settingsPanel)
        self.repeatCheck.setObjectName(u"repeatCheck")

        self.settingsLayout.addWidget(self.repeatCheck)

        self.rulesGroup = QGroupBox(self.settingsPanel)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesGroupLayout = QVBoxLayout(self.rulesGroup)
        self.rulesGroupLayout.setSpacing(6)
        self.rulesGroupLayout.setObjectName(u"rulesGroupLayout")
        self.rulesGroupLayout.setContentsMargins(10, 8, 10, 10)
        self.rulesIntro = QLabel(self.rulesGroup)
        self.rulesIntro.setObjectName(u"rulesIntro")
        self.rulesIntro.setWordWrap(True)

        self.rulesGroupLayout.addWidget(self.rulesIntro)

        self.rulesLayout = QVBoxLayout()
        self.rulesLayout.setSpacing(3)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesLayout.setContentsMargins(0, 2, 0, 0)

        self.rulesGroupLayout.addLayout(self.rulesLayout)


        self.settingsLayout.addWidget(self.rulesGroup)

        self.settingsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.settingsScroll.setWidget(self.settingsPanel)
        self.mainSplitter.addWidget(self.settingsScroll)
        self.proposalSplitter = QSplitter(self.mainSplitter)
        self.proposalSplitter.setObjectName(u"proposalSplitter")
        self.proposalSplitter.setOrientation(Qt.Orientation.Vertical)
        self.proposalSplitter.setChildrenCollapsible(False)
        self.proposalPanel = QWidget(self.proposalSplitter)
        self.proposalPanel.setObjectName(u"proposalPanel")
        self.proposalLayout = QVBoxLayout(self.proposalPanel)
        self.proposalLayout.setSpacing(6)
        self.proposalLayout.setObjectName(u"proposalLayout")
        self.proposalLayout.setContentsMargins(0, 0, 0, 4)
        self.summaryLabel = QLabel(self.proposalPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.proposalLayout.addWidget(self.summaryLabel)

        self.proposalStack = QStackedWidget(self.proposalPanel)
        self.proposalStack.setObjectName(u"proposalStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(24, 0, 24, 0)
        self.emptyTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyText.setWordWrap(True)
        self.emptyText.setOpenExternalLinks(False)
        self.emptyText.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.proposalStack.addWidget(self.emptyPage)
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tablePageLayout = QVBoxLayout(self.tablePage)
        self.tablePageLayout.setSpacing(0)
        self.tablePageLayout.setObjectName(u"tablePageLayout")
        self.tablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.proposalTable = QTableView(self.tablePage)
        self.proposalTable.setObjectName(u"proposalTable")
        self.proposalTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposalTable.setAlternatingRowColors(True)
        self.proposalTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.proposalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalTable.setSortingEnabled(True)
        self.proposalTable.setWordWrap(False)
        self.proposalTable.setCornerButtonEnabled(False)

        self.tablePageLayout.addWidget(self.proposalTable)

        self.proposalStack.addWidget(self.tablePage)

        self.proposalLayout.addWidget(self.proposalStack)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.lockButton = QPushButton(self.proposalPanel)
        self.lockButton.setObjectName(u"lockButton")

        self.actionsLayout.addWidget(self.lockButton)

        self.rejectButton = QPushButton(self.proposalPanel)
        self.rejectButton.setObjectName(u"rejectButton")

        self.actionsLayout.addWidget(self.rejectButton)

        self.swapButton = QPushButton(self.proposalPanel)
        self.swapButton.setObjectName(u"swapButton")

        self.actionsLayout.addWidget(self.swapButton)

        self.handPairButton = QPushButton(self.proposalPanel)
        self.handPairButton.setObjectName(u"handPairButton")

        self.actionsLayout.addWidget(self.handPairButton)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.proposalLayout.addLayout(self.actionsLayout)

        self.proposalLayout.setStretch(1, 1)
        self.proposalSplitter.addWidget(self.proposalPanel)
        self.bottomTabs = QTabWidget(self.proposalSplitter)
        self.bottomTabs.setObjectName(u"bottomTabs")
        self.bottomTabs.setDocumentMode(True)
        self.unmatchedTab = QWidget()
        self.unmatchedTab.setObjectName(u"unmatchedTab")
        self.unmatchedLayout = QVBoxLayout(self.unmatchedTab)
        self.unmatchedLayout.setSpacing(4)
        self.unmatchedLayout.setObjectName(u"unmatchedLayout")
        self.unmatchedLayout.setContentsMargins(4, 4, 4, 4)
        self.unmatchedEmpty = QLabel(self.unmatchedTab)
        self.unmatchedEmpty.setObjectName(u"unmatchedEmpty")
        self.unmatchedEmpty.setWordWrap(True)

        self.unmatchedLayout.addWidget(self.unmatchedEmpty)

        self.unmatchedTable = QTableView(self.unmatchedTab)
        self.unmatchedTable.setObjectName(u"unmatchedTable")
        self.unmatchedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unmatchedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unmatchedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unmatchedTable.setAlternatingRowColors(True)
        self.unmatchedTable.setWordWrap(False)

        self.unmatchedLayout.addWidget(self.unmatchedTable)

        self.bottomTabs.addTab(self.unmatchedTab, "")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedLayout.setSpacing(4)
        self.rejectedLayout.setObjectName(u"rejectedLayout")
        self.rejectedLayout.setContentsMargins(4, 4, 4, 4)
        self.rejectedEmpty = QLabel(self.rejectedTab)
        self.rejectedEmpty.setObjectName(u"rejectedEmpty")
        self.rejectedEmpty.setWordWrap(True)

        self.rejectedLayout.addWidget(self.rejectedEmpty)

        self.rejectedTable = QTableView(self.rejectedTab)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejectedTable.setAlternatingRowColors(True)

        self.rejectedLayout.addWidget(self.rejectedTable)

        self.rejectedActions = QHBoxLayout()
        self.rejectedActions.setSpacing(6)
        self.rejectedActions.setObjectName(u"rejectedActions")
        self.rejectedActions.setContentsMargins(0, 0, 0, 0)
        self.rejectedHint = QLabel(self.rejectedTab)
        self.rejectedHint.setObjectName(u"rejectedHint")
        self.rejectedHint.setWordWrap(True)

        self.rejectedActions.addWidget(self.rejectedHint)

        self.rejectedSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rejectedActions.addItem(self.rejectedSpacer)

        self.undoRejectButton = QPushButton(self.rejectedTab)
        self.undoRejectButton.setObjectName(u"undoRejectButton")

        self.rejectedActions.addWidget(self.undoRejectButton)

        self.rejectedActions.setStretch(0, 1)

        self.rejectedLayout.addLayout(self.rejectedActions)

        self.bottomTabs.addTab(self.rejectedTab, "")
        self.proposalSplitter.addWidget(self.bottomTabs)
        self.mainSplitter.addWidget(self.proposalSplitter)
        self.detailsScroll = QScrollArea(self.mainSplitter)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailsScroll.setMinimumSize(QSize(240, 0))
        self.detailsPanel = QWidget()
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QVBoxLayout(self.detailsPanel)
        self.detailsLayout.setSpacing(8)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(12, 10, 12, 10)
        self.detailsTitle = QLabel(self.detailsPanel)
        self.detailsTitle.setObjectName(u"detailsTitle")
        self.detailsTitle.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsTitle)

        self.detailsScore = QLabel(self.detailsPanel)
        self.detailsScore.setObjectName(u"detailsScore")
        self.detailsScore.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsScore)

        self.detailsBroken = QLabel(self.detailsPanel)
        self.detailsBroken.setObjectName(u"detailsBroken")
        self.detailsBroken.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsBroken)

        self.reasonsHeading = QLabel(self.detailsPanel)
        self.reasonsHeading.setObjectName(u"reasonsHeading")

        self.detailsLayout.addWidget(self.reasonsHeading)

        self.reasonsHost = QWidget(self.detailsPanel)
        self.reasonsHost.setObjectName(u"reasonsHost")
        self.reasonsLayout = QGridLayout(self.reasonsHost)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsLayout.setHorizontalSpacing(8)
        self.reasonsLayout.setVerticalSpacing(2)
        self.reasonsLayout.setContentsMargins(0, 0, 0, 0)

        self.detailsLayout.addWidget(self.reasonsHost)

        self.noPointsLabel = QLabel(self.detailsPanel)
        self.noPointsLabel.setObjectName(u"noPointsLabel")
        self.noPointsLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.noPointsLabel)

        self.alternativesHeading = QLabel(self.detailsPanel)
        self.alternativesHeading.setObjectName(u"alternativesHeading")

        self.detailsLayout.addWidget(self.alternativesHeading)

        self.alternativesHost = QWidget(self.detailsPanel)
        self.alternativesHost.setObjectName(u"alternativesHost")
        self.alternativesLayout = QVBoxLayout(self.alternativesHost)
        self.alternativesLayout.setSpacing(8)
        self.alternativesLayout.setObjectName(u"alternativesLayout")
        self.alternativesLayout.setContentsMargins(0, 0, 0, 0)

        self.detailsLayout.addWidget(self.alternativesHost)

        self.detailsEmpty = QLabel(self.detailsPanel)
        self.detailsEmpty.setObjectName(u"detailsEmpty")
        self.detailsEmpty.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailsEmpty)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsScroll.setWidget(self.detailsPanel)
        self.mainSplitter.addWidget(self.detailsScroll)

        self.pageLayout.addWidget(self.mainSplitter)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(MatchingPage)

        self.runButton.setDefault(False)


        QMetaObject.connectSlotsByName(MatchingPage)
    # setupUi

    def retranslateUi(self, MatchingPage):
#if QT_CONFIG(accessibility)
        MatchingPage.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Matching", None))
#endif // QT_CONFIG(accessibility)
        self.runButton.setText(QCoreApplication.translate("MatchingPage", u"&Run matching", None))
#if QT_CONFIG(accessibility)
        self.runButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Run matching", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.runButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Find the best proposal under the hard rules with these weights (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("MatchingPage", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Cancel matching", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Stop waiting for this run: its result is ignored", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Matching in progress", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText(QCoreApplication.translate("MatchingPage", u"Matching\u2026", None))
#if QT_CONFIG(accessibility)
        self.busyLabel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Progress of matching", None))
#endif // QT_CONFIG(accessibility)
        self.settingsToggle.setText(QCoreApplication.translate("MatchingPage", u"&Weights and rules", None))
#if QT_CONFIG(accessibility)
        self.settingsToggle.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Show or hide the weights and rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.settingsToggle.setToolTip(QCoreApplication.translate("MatchingPage", u"Show or hide the weights and the hard rules", None))
#endif // QT_CONFIG(tooltip)
        self.saveProposalButton.setText(QCoreApplication.translate("MatchingPage", u"Save as &proposal", None))
#if QT_CONFIG(accessibility)
        self.saveProposalButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Save as proposal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveProposalButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Store these pairs as proposed pairings (locks included), to confirm later", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("MatchingPage", u"&Confirm\u2026", None))
#if QT_CONFIG(accessibility)
        self.confirmButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Confirm the pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Make these pairs confirmed pairings (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mainSplitter.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Settings, proposal and reasons", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settingsScroll.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Weights and rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.settingsPanel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Matching settings", None))
#endif // QT_CONFIG(accessibility)
        self.weightsGroup.setTitle(QCoreApplication.translate("MatchingPage", u"What counts", None))
#if QT_CONFIG(accessibility)
        self.weightsGroup.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Weights of the criteria", None))
#endif // QT_CONFIG(accessibility)
        self.weightsIntro.setText(QCoreApplication.translate("MatchingPage", u"Each criterion adds up to its weight (0\u201310) to a pair's score.", None))
#if QT_CONFIG(accessibility)
        self.weightsIntro.setAccessibleName(QCoreApplication.translate("MatchingPage", u"About the weights", None))
#endif // QT_CONFIG(accessibility)
        self.criterionInfo.setText("")
#if QT_CONFIG(accessibility)
        self.criterionInfo.setAccessibleName(QCoreApplication.translate("MatchingPage", u"About the criterion", None))
#endif // QT_CONFIG(accessibility)
        self.restoreDefaultsButton.setText(QCoreApplication.translate("MatchingPage", u"Restore &defaults", None))
#if QT_CONFIG(accessibility)
        self.restoreDefaultsButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Restore the default weights", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreDefaultsButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Set every weight back to its default", None))
#endif // QT_CONFIG(tooltip)
        self.repeatCheck.setText(QCoreApplication.translate("MatchingPage", u"Never repeat a pair from an earlier programme", None))
#if QT_CONFIG(accessibility)
        self.repeatCheck.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Never repeat a pair from an earlier programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.repeatCheck.setToolTip(QCoreApplication.translate("MatchingPage", u"Two people paired in an earlier programme are not paired again, in either role", None))
#endif // QT_CONFIG(tooltip)
        self.rulesGroup.setTitle(QCoreApplication.translate("MatchingPage", u"Never broken", None))
#if QT_CONFIG(accessibility)
        self.rulesGroup.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Hard rules", None))
#endif // QT_CONFIG(accessibility)
        self.rulesIntro.setText(QCoreApplication.translate("MatchingPage", u"No proposed pair breaks these rules, whatever the weights.", None))
#if QT_CONFIG(accessibility)
        self.rulesIntro.setAccessibleName(QCoreApplication.translate("MatchingPage", u"About the hard rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.proposalSplitter.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Proposal and what is left out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.proposalPanel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Summary of the proposal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.proposalStack.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyPage.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Nothing proposed yet", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText(QCoreApplication.translate("MatchingPage", u"No proposal yet", None))
#if QT_CONFIG(accessibility)
        self.emptyTitle.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Nothing proposed yet", None))
#endif // QT_CONFIG(accessibility)
        self.emptyText.setText("")
#if QT_CONFIG(accessibility)
        self.emptyText.setAccessibleName(QCoreApplication.translate("MatchingPage", u"What to do next", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablePage.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Proposal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.proposalTable.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Proposed pairs", None))
#endif // QT_CONFIG(accessibility)
        self.lockButton.setText(QCoreApplication.translate("MatchingPage", u"&Lock", None))
#if QT_CONFIG(accessibility)
        self.lockButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Lock the selected pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Keep the selected pairs as they are on the next run (Ctrl+L); again to unlock", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("MatchingPage", u"Re&ject", None))
#if QT_CONFIG(accessibility)
        self.rejectButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Reject the selected pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Never propose the selected pairs again in this session (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.swapButton.setText(QCoreApplication.translate("MatchingPage", u"S&wap mentees", None))
#if QT_CONFIG(accessibility)
        self.swapButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Swap the mentees of the two selected pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.swapButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Give each of the two selected pairs the other's mentee, if no hard rule is broken", None))
#endif // QT_CONFIG(tooltip)
        self.handPairButton.setText(QCoreApplication.translate("MatchingPage", u"Pair by &hand\u2026", None))
#if QT_CONFIG(accessibility)
        self.handPairButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Pair by hand", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.handPairButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Choose a mentee and a mentor yourself; the pair is checked against the hard rules", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.bottomTabs.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Mentees without a mentor and rejected pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unmatchedTab.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Mentees without a mentor", None))
#endif // QT_CONFIG(accessibility)
        self.unmatchedEmpty.setText(QCoreApplication.translate("MatchingPage", u"Every mentee has a mentor in this proposal.", None))
#if QT_CONFIG(accessibility)
        self.unmatchedEmpty.setAccessibleName(QCoreApplication.translate("MatchingPage", u"No mentee without a mentor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unmatchedTable.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Mentees without a mentor, and why", None))
#endif // QT_CONFIG(accessibility)
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.unmatchedTab), QCoreApplication.translate("MatchingPage", u"Without a mentor", None))
#if QT_CONFIG(accessibility)
        self.rejectedTab.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Rejected pairs", None))
#endif // QT_CONFIG(accessibility)
        self.rejectedEmpty.setText(QCoreApplication.translate("MatchingPage", u"No pair is rejected. Select a pair and choose Reject to leave it out of every run.", None))
#if QT_CONFIG(accessibility)
        self.rejectedEmpty.setAccessibleName(QCoreApplication.translate("MatchingPage", u"No rejected pair", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rejectedTable.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Rejected pairs", None))
#endif // QT_CONFIG(accessibility)
        self.rejectedHint.setText(QCoreApplication.translate("MatchingPage", u"Rejected pairs are left out of every run until you undo.", None))
#if QT_CONFIG(accessibility)
        self.rejectedHint.setAccessibleName(QCoreApplication.translate("MatchingPage", u"About rejected pairs", None))
#endif // QT_CONFIG(accessibility)
        self.undoRejectButton.setText(QCoreApplication.translate("MatchingPage", u"&Undo reject", None))
#if QT_CONFIG(accessibility)
        self.undoRejectButton.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Undo the rejection of the selected pairs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.undoRejectButton.setToolTip(QCoreApplication.translate("MatchingPage", u"Allow the selected pairs again on the next run", None))
#endif // QT_CONFIG(tooltip)
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.rejectedTab), QCoreApplication.translate("MatchingPage", u"Rejected", None))
#if QT_CONFIG(accessibility)
        self.detailsScroll.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Why this pair", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsPanel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Why this pair", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTitle.setText("")
#if QT_CONFIG(accessibility)
        self.detailsTitle.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Selected pair", None))
#endif // QT_CONFIG(accessibility)
        self.detailsScore.setText("")
#if QT_CONFIG(accessibility)
        self.detailsScore.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Score of the selected pair", None))
#endif // QT_CONFIG(accessibility)
        self.detailsBroken.setText("")
#if QT_CONFIG(accessibility)
        self.detailsBroken.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Hard rules the locked pair breaks", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsHeading.setText(QCoreApplication.translate("MatchingPage", u"Why this pair", None))
#if QT_CONFIG(accessibility)
        self.reasonsHeading.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Why this pair", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonsHost.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Points per criterion", None))
#endif // QT_CONFIG(accessibility)
        self.noPointsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.noPointsLabel.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Criteria that added nothing", None))
#endif // QT_CONFIG(accessibility)
        self.alternativesHeading.setText(QCoreApplication.translate("MatchingPage", u"Other good mentors", None))
#if QT_CONFIG(accessibility)
        self.alternativesHeading.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Other good mentors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.alternativesHost.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Other good mentors for the mentee", None))
#endif // QT_CONFIG(accessibility)
        self.detailsEmpty.setText(QCoreApplication.translate("MatchingPage", u"Select a pair to see why it was proposed and the mentee's next best mentors.", None))
#if QT_CONFIG(accessibility)
        self.detailsEmpty.setAccessibleName(QCoreApplication.translate("MatchingPage", u"Nothing selected", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

