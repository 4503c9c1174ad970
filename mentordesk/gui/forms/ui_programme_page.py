# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ProgrammePage(object):
    def setupUi(self, ProgrammePage):
        if not ProgrammePage.objectName():
            ProgrammePage.setObjectName(u"ProgrammePage")
        ProgrammePage.resize(900, 600)
        self.programmeLayout = QVBoxLayout(ProgrammePage)
        self.programmeLayout.setSpacing(4)
        self.programmeLayout.setObjectName(u"programmeLayout")
        self.programmeLayout.setContentsMargins(20, 16, 20, 12)
        self.programmeName = QLabel(ProgrammePage)
        self.programmeName.setObjectName(u"programmeName")
        self.programmeName.setText(u"Programme")
        self.programmeName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.programmeLayout.addWidget(self.programmeName)

        self.programmeSubtitle = QLabel(ProgrammePage)
        self.programmeSubtitle.setObjectName(u"programmeSubtitle")
        self.programmeSubtitle.setText(u"-")

        self.programmeLayout.addWidget(self.programmeSubtitle)

        self.headerSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.programmeLayout.addItem(self.headerSpacer)

        self.programmeTabs = QTabWidget(ProgrammePage)
        self.programmeTabs.setObjectName(u"programmeTabs")
        self.programmeTabs.setDocumentMode(True)
        self.programmeTabs.setUsesScrollButtons(True)
        self.designTab = QWidget()
        self.designTab.setObjectName(u"designTab")
        self.designLayout = QVBoxLayout(self.designTab)
        self.designLayout.setObjectName(u"designLayout")
        self.designLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.designTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setSpacing(8)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsLayout.setContentsMargins(12, 12, 12, 12)
        self.participantsBar = QHBoxLayout()
        self.participantsBar.setSpacing(12)
        self.participantsBar.setObjectName(u"participantsBar")
        self.participantsSearch = QLineEdit(self.participantsTab)
        self.participantsSearch.setObjectName(u"participantsSearch")
        self.participantsSearch.setMinimumSize(QSize(260, 0))
        self.participantsSearch.setClearButtonEnabled(True)

        self.participantsBar.addWidget(self.participantsSearch)

        self.participantsCount = QLabel(self.participantsTab)
        self.participantsCount.setObjectName(u"participantsCount")
        self.participantsCount.setText(u"-")

        self.participantsBar.addWidget(self.participantsCount)

        self.participantsBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantsBar.addItem(self.participantsBarSpacer)


        self.participantsLayout.addLayout(self.participantsBar)

        self.participantsTable = QTableView(self.participantsTab)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participantsTable.setAlternatingRowColors(True)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setShowGrid(False)
        self.participantsTable.setSortingEnabled(True)
        self.participantsTable.setWordWrap(False)
        self.participantsTable.horizontalHeader().setHighlightSections(False)
        self.participantsTable.horizontalHeader().setStretchLastSection(True)
        self.participantsTable.verticalHeader().setVisible(False)

        self.participantsLayout.addWidget(self.participantsTable)

        self.programmeTabs.addTab(self.participantsTab, "")
        self.matchingTab = QWidget()
        self.matchingTab.setObjectName(u"matchingTab")
        self.matchingLayout = QVBoxLayout(self.matchingTab)
        self.matchingLayout.setSpacing(8)
        self.matchingLayout.setObjectName(u"matchingLayout")
        self.matchingLayout.setContentsMargins(48, -1, 48, -1)
        self.matchingTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.matchingLayout.addItem(self.matchingTopSpacer)

        self.matchingPlaceholderTitle = QLabel(self.matchingTab)
        self.matchingPlaceholderTitle.setObjectName(u"matchingPlaceholderTitle")
        self.matchingPlaceholderTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matchingPlaceholderTitle.setWordWrap(True)

        self.matchingLayout.addWidget(self.matchingPlaceholderTitle)

        self.matchingPlaceholderText = QLabel(self.matchingTab)
        self.matchingPlaceholderText.setObjectName(u"matchingPlaceholderText")
        self.matchingPlaceholderText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matchingPlaceholderText.setWordWrap(True)

        self.matchingLayout.addWidget(self.matchingPlaceholderText)

        self.matchingBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.matchingLayout.addItem(self.matchingBottomSpacer)

        self.programmeTabs.addTab(self.matchingTab, "")
        self.pairingsTab = QWidget()
        self.pairingsTab.setObjectName(u"pairingsTab")
        self.pairingsLayout = QVBoxLayout(self.pairingsTab)
        self.pairingsLayout.setSpacing(8)
        self.pairingsLayout.setObjectName(u"pairingsLayout")
        self.pairingsLayout.setContentsMargins(12, 12, 12, 12)
        self.pairingsBar = QHBoxLayout()
        self.pairingsBar.setSpacing(12)
        self.pairingsBar.setObjectName(u"pairingsBar")
        self.pairingsSearch = QLineEdit(self.pairingsTab)
        self.pairingsSearch.setObjectName(u"pairingsSearch")
        self.pairingsSearch.setMinimumSize(QSize(260, 0))
        self.pairingsSearch.setClearButtonEnabled(True)

        self.pairingsBar.addWidget(self.pairingsSearch)

        self.pairingsCount = QLabel(self.pairingsTab)
        self.pairingsCount.setObjectName(u"pairingsCount")
        self.pairingsCount.setText(u"-")

        self.pairingsBar.addWidget(self.pairingsCount)

        self.pairingsBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairingsBar.addItem(self.pairingsBarSpacer)


        self.pairingsLayout.addLayout(self.pairingsBar)

        self.pairingsTable = QTableView(self.pairingsTab)
        self.pairingsTable.setObjectName(u"pairingsTable")
        self.pairingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairingsTable.setAlternatingRowColors(True)
        self.pairingsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pairingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairingsTable.setShowGrid(False)
        self.pairingsTable.setSortingEnabled(True)
        self.pairingsTable.setWordWrap(False)
        self.pairingsTable.horizontalHeader().setHighlightSections(False)
        self.pairingsTable.horizontalHeader().setStretchLastSection(True)
        self.pairingsTable.verticalHeader().setVisible(False)

        self.pairingsLayout.addWidget(self.pairingsTable)

        self.programmeTabs.addTab(self.pairingsTab, "")
        self.interviewsTab = QWidget()
        self.interviewsTab.setObjectName(u"interviewsTab")
        self.interviewsLayout = QVBoxLayout(self.interviewsTab)
        self.interviewsLayout.setSpacing(8)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.interviewsLayout.setContentsMargins(48, -1, 48, -1)
        self.interviewsTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.interviewsLayout.addItem(self.interviewsTopSpacer)

        self.interviewsPlaceholderTitle = QLabel(self.interviewsTab)
        self.interviewsPlaceholderTitle.setObjectName(u"interviewsPlaceholderTitle")
        self.interviewsPlaceholderTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.interviewsPlaceholderTitle.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsPlaceholderTitle)

        self.interviewsPlaceholderText = QLabel(self.interviewsTab)
        self.interviewsPlaceholderText.setObjectName(u"interviewsPlaceholderText")
        self.interviewsPlaceholderText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.interviewsPlaceholderText.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsPlaceholderText)

        self.interviewsBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.interviewsLayout.addItem(self.interviewsBottomSpacer)

        self.programmeTabs.addTab(self.interviewsTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setSpacing(8)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpLayout.setContentsMargins(48, -1, 48, -1)
        self.followUpTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followUpLayout.addItem(self.followUpTopSpacer)

        self.followUpPlaceholderTitle = QLabel(self.followUpTab)
        self.followUpPlaceholderTitle.setObjectName(u"followUpPlaceholderTitle")
        self.followUpPlaceholderTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.followUpPlaceholderTitle.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpPlaceholderTitle)

        self.followUpPlaceholderText = QLabel(self.followUpTab)
        self.followUpPlaceholderText.setObjectName(u"followUpPlaceholderText")
        self.followUpPlaceholderText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.followUpPlaceholderText.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpPlaceholderText)

        self.followUpBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.followUpLayout.addItem(self.followUpBottomSpacer)

        self.programmeTabs.addTab(self.followUpTab, "")
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setSpacing(8)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsLayout.setContentsMargins(48, -1, 48, -1)
        self.materialsTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.materialsLayout.addItem(self.materialsTopSpacer)

        self.materialsPlaceholderTitle = QLabel(self.materialsTab)
        self.materialsPlaceholderTitle.setObjectName(u"materialsPlaceholderTitle")
        self.materialsPlaceholderTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.materialsPlaceholderTitle.setWordWrap(True)

        self.materialsLayout.addWidget(self.materialsPlaceholderTitle)

        self.materialsPlaceholderText = QLabel(self.materialsTab)
        self.materialsPlaceholderText.setObjectName(u"materialsPlaceholderText")
        self.materialsPlaceholderText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.materialsPlaceholderText.setWordWrap(True)

        self.materialsLayout.addWidget(self.materialsPlaceholderText)

        self.materialsBottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.materialsLayout.addItem(self.materialsBottomSpacer)

        self.programmeTabs.addTab(self.materialsTab, "")

        self.programmeLayout.addWidget(self.programmeTabs)

        QWidget.setTabOrder(self.programmeTabs, self.participantsSearch)
        QWidget.setTabOrder(self.participantsSearch, self.participantsTable)
        QWidget.setTabOrder(self.participantsTable, self.pairingsSearch)
        QWidget.setTabOrder(self.pairingsSearch, self.pairingsTable)

        self.retranslateUi(ProgrammePage)

        self.programmeTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProgrammePage)
    # setupUi

    def retranslateUi(self, ProgrammePage):
#if QT_CONFIG(accessibility)
        ProgrammePage.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programmeName.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Programme name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programmeSubtitle.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Organisation, status and dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programmeTabs.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Parts of the programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.designTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Design", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.designTab), QCoreApplication.translate("ProgrammePage", u"&Design", None))
#if QT_CONFIG(accessibility)
        self.participantsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsSearch.setPlaceholderText(QCoreApplication.translate("ProgrammePage", u"Search participants", None))
#if QT_CONFIG(accessibility)
        self.participantsSearch.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Search participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantsCount.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Number of participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantsTable.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Participants of this programme", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.participantsTab), QCoreApplication.translate("ProgrammePage", u"&Participants", None))
#if QT_CONFIG(accessibility)
        self.matchingTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Matching", None))
#endif // QT_CONFIG(accessibility)
        self.matchingPlaceholderTitle.setText(QCoreApplication.translate("ProgrammePage", u"This page arrives in a coming version of MentorDesk", None))
#if QT_CONFIG(accessibility)
        self.matchingPlaceholderTitle.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Matching: coming soon", None))
#endif // QT_CONFIG(accessibility)
        self.matchingPlaceholderText.setText(QCoreApplication.translate("ProgrammePage", u"Matching will propose mentor and mentee pairs with the reasons for each, for you to adjust and confirm.", None))
#if QT_CONFIG(accessibility)
        self.matchingPlaceholderText.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"What Matching will do", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.matchingTab), QCoreApplication.translate("ProgrammePage", u"&Matching", None))
#if QT_CONFIG(accessibility)
        self.pairingsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Pairings", None))
#endif // QT_CONFIG(accessibility)
        self.pairingsSearch.setPlaceholderText(QCoreApplication.translate("ProgrammePage", u"Search pairings", None))
#if QT_CONFIG(accessibility)
        self.pairingsSearch.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Search pairings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairingsCount.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Number of pairings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pairingsTable.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Pairings of this programme", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.pairingsTab), QCoreApplication.translate("ProgrammePage", u"Pai&rings", None))
#if QT_CONFIG(accessibility)
        self.interviewsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        self.interviewsPlaceholderTitle.setText(QCoreApplication.translate("ProgrammePage", u"This page arrives in a coming version of MentorDesk", None))
#if QT_CONFIG(accessibility)
        self.interviewsPlaceholderTitle.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Interviews: coming soon", None))
#endif // QT_CONFIG(accessibility)
        self.interviewsPlaceholderText.setText(QCoreApplication.translate("ProgrammePage", u"Interviews will record matching, follow-up, mid-term and evaluation conversations, with confidential notes kept confidential.", None))
#if QT_CONFIG(accessibility)
        self.interviewsPlaceholderText.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"What Interviews will do", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.interviewsTab), QCoreApplication.translate("ProgrammePage", u"&Interviews", None))
#if QT_CONFIG(accessibility)
        self.followUpTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.followUpPlaceholderTitle.setText(QCoreApplication.translate("ProgrammePage", u"This page arrives in a coming version of MentorDesk", None))
#if QT_CONFIG(accessibility)
        self.followUpPlaceholderTitle.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Follow-up: coming soon", None))
#endif // QT_CONFIG(accessibility)
        self.followUpPlaceholderText.setText(QCoreApplication.translate("ProgrammePage", u"Follow-up will list the tasks due for each pair and participant, and what came of them.", None))
#if QT_CONFIG(accessibility)
        self.followUpPlaceholderText.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"What Follow-up will do", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.followUpTab), QCoreApplication.translate("ProgrammePage", u"F&ollow-up", None))
#if QT_CONFIG(accessibility)
        self.materialsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Materials", None))
#endif // QT_CONFIG(accessibility)
        self.materialsPlaceholderTitle.setText(QCoreApplication.translate("ProgrammePage", u"This page arrives in a coming version of MentorDesk", None))
#if QT_CONFIG(accessibility)
        self.materialsPlaceholderTitle.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Materials: coming soon", None))
#endif // QT_CONFIG(accessibility)
        self.materialsPlaceholderText.setText(QCoreApplication.translate("ProgrammePage", u"Materials will print the programme overview, kick-off pack, agreements, badges and evaluation papers.", None))
#if QT_CONFIG(accessibility)
        self.materialsPlaceholderText.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"What Materials will do", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.materialsTab), QCoreApplication.translate("ProgrammePage", u"Ma&terials", None))
    # retranslateUi

