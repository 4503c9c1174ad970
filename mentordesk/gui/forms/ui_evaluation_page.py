# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EvaluationPage(object):
    def setupUi(self, EvaluationPage):
        if not EvaluationPage.objectName():
            EvaluationPage.setObjectName(u"EvaluationPage")
        EvaluationPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(EvaluationPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 8, 0, 0)
        self.surveyBarLayout = QHBoxLayout()
        self.surveyBarLayout.setSpacing(8)
        self.surveyBarLayout.setObjectName(u"surveyBarLayout")
        self.surveyBarLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyLabel = QLabel(EvaluationPage)
        self.surveyLabel.setObjectName(u"surveyLabel")

        self.surveyBarLayout.addWidget(self.surveyLabel)

        self.surveyCombo = QComboBox(EvaluationPage)
        self.surveyCombo.setObjectName(u"surveyCombo")
        self.surveyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.surveyBarLayout.addWidget(self.surveyCombo)

        self.surveyGap = QSpacerItem(12, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.surveyBarLayout.addItem(self.surveyGap)

        self.responseSummary = QLabel(EvaluationPage)
        self.responseSummary.setObjectName(u"responseSummary")

        self.surveyBarLayout.addWidget(self.responseSummary)

        self.surveyBarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.surveyBarLayout.addItem(self.surveyBarSpacer)

        self.enterButton = QPushButton(EvaluationPage)
        self.enterButton.setObjectName(u"enterButton")

        self.surveyBarLayout.addWidget(self.enterButton)

        self.importButton = QPushButton(EvaluationPage)
        self.importButton.setObjectName(u"importButton")

        self.surveyBarLayout.addWidget(self.importButton)

        self.editSurveyButton = QPushButton(EvaluationPage)
        self.editSurveyButton.setObjectName(u"editSurveyButton")

        self.surveyBarLayout.addWidget(self.editSurveyButton)


        self.pageLayout.addLayout(self.surveyBarLayout)

        self.messageLabel = QLabel(EvaluationPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.resultsArea = QScrollArea(EvaluationPage)
        self.resultsArea.setObjectName(u"resultsArea")
        self.resultsArea.setWidgetResizable(True)
        self.resultsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.resultsContent = QWidget()
        self.resultsContent.setObjectName(u"resultsContent")
        self.resultsLayout = QVBoxLayout(self.resultsContent)
        self.resultsLayout.setSpacing(12)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 8, 8)
        self.resultsArea.setWidget(self.resultsContent)

        self.pageLayout.addWidget(self.resultsArea)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.surveyLabel.setBuddy(self.surveyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationPage)

        QMetaObject.connectSlotsByName(EvaluationPage)
    # setupUi

    def retranslateUi(self, EvaluationPage):
#if QT_CONFIG(accessibility)
        EvaluationPage.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.surveyLabel.setText(QCoreApplication.translate("EvaluationPage", u"&Survey", None))
#if QT_CONFIG(accessibility)
        self.surveyLabel.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Survey label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.surveyCombo.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.surveyCombo.setToolTip(QCoreApplication.translate("EvaluationPage", u"The mid-term or the final evaluation", None))
#endif // QT_CONFIG(tooltip)
        self.responseSummary.setText("")
#if QT_CONFIG(accessibility)
        self.responseSummary.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Responses received", None))
#endif // QT_CONFIG(accessibility)
        self.enterButton.setText(QCoreApplication.translate("EvaluationPage", u"&Enter responses\u2026", None))
#if QT_CONFIG(accessibility)
        self.enterButton.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Enter responses from paper forms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.enterButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"Type in the answers of returned paper forms, keyboard only (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("EvaluationPage", u"&Import responses\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Import responses from a file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"Import a CSV or XLSX export of an online survey tool (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.editSurveyButton.setText(QCoreApplication.translate("EvaluationPage", u"E&dit survey\u2026", None))
#if QT_CONFIG(accessibility)
        self.editSurveyButton.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Edit the survey's questions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editSurveyButton.setToolTip(QCoreApplication.translate("EvaluationPage", u"Add, change, remove and reorder the questions of this survey", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsArea.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Results of the survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsContent.setAccessibleName(QCoreApplication.translate("EvaluationPage", u"Results", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

