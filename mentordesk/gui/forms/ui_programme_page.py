# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QLabel, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

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
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.participantsTab, "")
        self.matchingTab = QWidget()
        self.matchingTab.setObjectName(u"matchingTab")
        self.matchingLayout = QVBoxLayout(self.matchingTab)
        self.matchingLayout.setObjectName(u"matchingLayout")
        self.matchingLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.matchingTab, "")
        self.pairingsTab = QWidget()
        self.pairingsTab.setObjectName(u"pairingsTab")
        self.pairingsLayout = QVBoxLayout(self.pairingsTab)
        self.pairingsLayout.setObjectName(u"pairingsLayout")
        self.pairingsLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.pairingsTab, "")
        self.interviewsTab = QWidget()
        self.interviewsTab.setObjectName(u"interviewsTab")
        self.interviewsLayout = QVBoxLayout(self.interviewsTab)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.interviewsLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.interviewsTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.followUpTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.evaluationTab, "")
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsLayout.setContentsMargins(0, 0, 0, 0)
        self.programmeTabs.addTab(self.materialsTab, "")

        self.programmeLayout.addWidget(self.programmeTabs)


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
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.participantsTab), QCoreApplication.translate("ProgrammePage", u"&Participants", None))
#if QT_CONFIG(accessibility)
        self.matchingTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Matching", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.matchingTab), QCoreApplication.translate("ProgrammePage", u"&Matching", None))
#if QT_CONFIG(accessibility)
        self.pairingsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Pairings", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.pairingsTab), QCoreApplication.translate("ProgrammePage", u"Pai&rings", None))
#if QT_CONFIG(accessibility)
        self.interviewsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.interviewsTab), QCoreApplication.translate("ProgrammePage", u"&Interviews", None))
#if QT_CONFIG(accessibility)
        self.followUpTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.followUpTab), QCoreApplication.translate("ProgrammePage", u"F&ollow-up", None))
#if QT_CONFIG(accessibility)
        self.evaluationTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.evaluationTab), QCoreApplication.translate("ProgrammePage", u"Eva&luation", None))
#if QT_CONFIG(accessibility)
        self.materialsTab.setAccessibleName(QCoreApplication.translate("ProgrammePage", u"Materials", None))
#endif // QT_CONFIG(accessibility)
        self.programmeTabs.setTabText(self.programmeTabs.indexOf(self.materialsTab), QCoreApplication.translate("ProgrammePage", u"Ma&terials", None))
    # retranslateUi

