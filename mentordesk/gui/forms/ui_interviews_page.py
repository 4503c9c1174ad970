# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interviews_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_InterviewsPage(object):
    def setupUi(self, InterviewsPage):
        if not InterviewsPage.objectName():
            InterviewsPage.setObjectName(u"InterviewsPage")
        InterviewsPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(InterviewsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 8, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLabel = QLabel(InterviewsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.interviewSearch = QLineEdit(InterviewsPage)
        self.interviewSearch.setObjectName(u"interviewSearch")
        self.interviewSearch.setClearButtonEnabled(True)
        self.interviewSearch.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.interviewSearch)

        self.kindLabel = QLabel(InterviewsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindFilter = QComboBox(InterviewsPage)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilter)

        self.fromLabel = QLabel(InterviewsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(InterviewsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(InterviewsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(InterviewsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.clearFiltersButton = QPushButton(InterviewsPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.interviewCount = QLabel(InterviewsPage)
        self.interviewCount.setObjectName(u"interviewCount")

        self.filterLayout.addWidget(self.interviewCount)


        self.pageLayout.addLayout(self.filterLayout)

        self.messageLabel = QLabel(InterviewsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.interviewTable = QTableView(InterviewsPage)
        self.interviewTable.setObjectName(u"interviewTable")
        self.interviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interviewTable.setAlternatingRowColors(True)
        self.interviewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.interviewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.interviewTable.setSortingEnabled(True)
        self.interviewTable.setWordWrap(False)

        self.pageLayout.addWidget(self.interviewTable)

        self.emptyLabel = QLabel(InterviewsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pageLayout.addWidget(self.emptyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayout.setContentsMargins(0, 0, 0, 0)
        self.newInterviewButton = QPushButton(InterviewsPage)
        self.newInterviewButton.setObjectName(u"newInterviewButton")

        self.buttonLayout.addWidget(self.newInterviewButton)

        self.openInterviewButton = QPushButton(InterviewsPage)
        self.openInterviewButton.setObjectName(u"openInterviewButton")

        self.buttonLayout.addWidget(self.openInterviewButton)

        self.deleteInterviewButton = QPushButton(InterviewsPage)
        self.deleteInterviewButton.setObjectName(u"deleteInterviewButton")

        self.buttonLayout.addWidget(self.deleteInterviewButton)

        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.questionsButton = QPushButton(InterviewsPage)
        self.questionsButton.setObjectName(u"questionsButton")

        self.buttonLayout.addWidget(self.questionsButton)


        self.pageLayout.addLayout(self.buttonLayout)

        self.pageLayout.setStretch(2, 1)
        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.interviewSearch)
        self.kindLabel.setBuddy(self.kindFilter)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewsPage)

        QMetaObject.connectSlotsByName(InterviewsPage)
    # setupUi

    def retranslateUi(self, InterviewsPage):
#if QT_CONFIG(accessibility)
        InterviewsPage.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("InterviewsPage", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.searchLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Search label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewSearch.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Search interviews", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.interviewSearch.setToolTip(QCoreApplication.translate("InterviewsPage", u"Show only interviews with this person or pair, interviewer or kind", None))
#endif // QT_CONFIG(tooltip)
        self.interviewSearch.setPlaceholderText(QCoreApplication.translate("InterviewsPage", u"Person, pair or interviewer", None))
        self.kindLabel.setText(QCoreApplication.translate("InterviewsPage", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Kind filter label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Kind of interview filter", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("InterviewsPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"From date label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Interviews from this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("InterviewsPage", u"Show interviews on or after this date", None))
#endif // QT_CONFIG(tooltip)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("InterviewsPage", u"d MMM yyyy", None))
        self.fromDate.setSpecialValueText(QCoreApplication.translate("InterviewsPage", u"Any date", None))
        self.toLabel.setText(QCoreApplication.translate("InterviewsPage", u"&Until", None))
#if QT_CONFIG(accessibility)
        self.toLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Until date label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Interviews up to this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("InterviewsPage", u"Show interviews on or before this date", None))
#endif // QT_CONFIG(tooltip)
        self.toDate.setDisplayFormat(QCoreApplication.translate("InterviewsPage", u"d MMM yyyy", None))
        self.toDate.setSpecialValueText(QCoreApplication.translate("InterviewsPage", u"Any date", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("InterviewsPage", u"C&lear", None))
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Clear the filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("InterviewsPage", u"Show every interview of the programme again", None))
#endif // QT_CONFIG(tooltip)
        self.interviewCount.setText("")
#if QT_CONFIG(accessibility)
        self.interviewCount.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Number of interviews", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewTable.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Interviews of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"No interviews", None))
#endif // QT_CONFIG(accessibility)
        self.newInterviewButton.setText(QCoreApplication.translate("InterviewsPage", u"&New interview\u2026", None))
#if QT_CONFIG(accessibility)
        self.newInterviewButton.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Record a new interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newInterviewButton.setToolTip(QCoreApplication.translate("InterviewsPage", u"Record an interview (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openInterviewButton.setText(QCoreApplication.translate("InterviewsPage", u"&Open\u2026", None))
#if QT_CONFIG(accessibility)
        self.openInterviewButton.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Open the interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openInterviewButton.setToolTip(QCoreApplication.translate("InterviewsPage", u"Open the selected interview (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteInterviewButton.setText(QCoreApplication.translate("InterviewsPage", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteInterviewButton.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Delete the interview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deleteInterviewButton.setToolTip(QCoreApplication.translate("InterviewsPage", u"Delete the selected interview (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.questionsButton.setText(QCoreApplication.translate("InterviewsPage", u"&Questions\u2026", None))
#if QT_CONFIG(accessibility)
        self.questionsButton.setAccessibleName(QCoreApplication.translate("InterviewsPage", u"Edit the interview questions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.questionsButton.setToolTip(QCoreApplication.translate("InterviewsPage", u"The questions of each kind of interview in this programme", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

