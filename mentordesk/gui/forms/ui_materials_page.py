# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'materials_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_MaterialsPage(object):
    def setupUi(self, MaterialsPage):
        if not MaterialsPage.objectName():
            MaterialsPage.setObjectName(u"MaterialsPage")
        MaterialsPage.resize(1100, 700)
        self.pageLayout = QHBoxLayout(MaterialsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 8, 0, 0)
        self.choiceLayout = QVBoxLayout()
        self.choiceLayout.setSpacing(8)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.materialsLabel = QLabel(MaterialsPage)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.choiceLayout.addWidget(self.materialsLabel)

        self.materialList = QListWidget(MaterialsPage)
        self.materialList.setObjectName(u"materialList")
        self.materialList.setMinimumSize(QSize(260, 0))
        self.materialList.setMaximumSize(QSize(340, 16777215))

        self.choiceLayout.addWidget(self.materialList)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.milestoneLabel = QLabel(MaterialsPage)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneCombo = QComboBox(MaterialsPage)
        self.milestoneCombo.setObjectName(u"milestoneCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.milestoneCombo)

        self.interviewKindLabel = QLabel(MaterialsPage)
        self.interviewKindLabel.setObjectName(u"interviewKindLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interviewKindLabel)

        self.interviewKindCombo = QComboBox(MaterialsPage)
        self.interviewKindCombo.setObjectName(u"interviewKindCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interviewKindCombo)

        self.surveyLabel = QLabel(MaterialsPage)
        self.surveyLabel.setObjectName(u"surveyLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surveyLabel)

        self.surveyCombo = QComboBox(MaterialsPage)
        self.surveyCombo.setObjectName(u"surveyCombo")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surveyCombo)

        self.languageLabel = QLabel(MaterialsPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(MaterialsPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.paperLabel = QLabel(MaterialsPage)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(MaterialsPage)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.choiceLayout.addLayout(self.optionsLayout)

        self.previewButton = QPushButton(MaterialsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.choiceLayout.addWidget(self.previewButton)

        self.editTextsButton = QPushButton(MaterialsPage)
        self.editTextsButton.setObjectName(u"editTextsButton")

        self.choiceLayout.addWidget(self.editTextsButton)

        self.choiceSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.pageLayout.addLayout(self.choiceLayout)

        self.previewSide = QVBoxLayout()
        self.previewSide.setSpacing(8)
        self.previewSide.setObjectName(u"previewSide")
        self.messageLabel = QLabel(MaterialsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewSide.addWidget(self.messageLabel)

        self.previewBar = QHBoxLayout()
        self.previewBar.setSpacing(8)
        self.previewBar.setObjectName(u"previewBar")
        self.showingLabel = QLabel(MaterialsPage)
        self.showingLabel.setObjectName(u"showingLabel")

        self.previewBar.addWidget(self.showingLabel)

        self.showingCombo = QComboBox(MaterialsPage)
        self.showingCombo.setObjectName(u"showingCombo")
        self.showingCombo.setMinimumSize(QSize(220, 0))

        self.previewBar.addWidget(self.showingCombo)

        self.pageCountLabel = QLabel(MaterialsPage)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.previewBar.addWidget(self.pageCountLabel)

        self.previewBarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBar.addItem(self.previewBarSpacer)

        self.saveButton = QPushButton(MaterialsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.previewBar.addWidget(self.saveButton)

        self.printButton = QPushButton(MaterialsPage)
        self.printButton.setObjectName(u"printButton")

        self.previewBar.addWidget(self.printButton)


        self.previewSide.addLayout(self.previewBar)

        self.previewStack = QStackedWidget(MaterialsPage)
        self.previewStack.setObjectName(u"previewStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.previewStack.addWidget(self.emptyPage)
        self.viewPage = QWidget()
        self.viewPage.setObjectName(u"viewPage")
        self.viewLayout = QVBoxLayout(self.viewPage)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewStack.addWidget(self.viewPage)

        self.previewSide.addWidget(self.previewStack)

        self.previewSide.setStretch(2, 1)

        self.pageLayout.addLayout(self.previewSide)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.materialsLabel.setBuddy(self.materialList)
        self.milestoneLabel.setBuddy(self.milestoneCombo)
        self.interviewKindLabel.setBuddy(self.interviewKindCombo)
        self.surveyLabel.setBuddy(self.surveyCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.showingLabel.setBuddy(self.showingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.materialList, self.milestoneCombo)
        QWidget.setTabOrder(self.milestoneCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.showingCombo)
        QWidget.setTabOrder(self.showingCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(MaterialsPage)

        QMetaObject.connectSlotsByName(MaterialsPage)
    # setupUi

    def retranslateUi(self, MaterialsPage):
#if QT_CONFIG(accessibility)
        MaterialsPage.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Materials", None))
#endif // QT_CONFIG(accessibility)
        self.materialsLabel.setText(QCoreApplication.translate("MaterialsPage", u"&Materials to print", None))
#if QT_CONFIG(accessibility)
        self.materialsLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Materials label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.materialList.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Materials to print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.materialList.setToolTip(QCoreApplication.translate("MaterialsPage", u"Tick one or more materials, then press Preview", None))
#endif // QT_CONFIG(tooltip)
        self.milestoneLabel.setText(QCoreApplication.translate("MaterialsPage", u"M&ilestone", None))
#if QT_CONFIG(accessibility)
        self.milestoneLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Milestone label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.milestoneCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.milestoneCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"The meeting the attendance sheet and the kick-off pack are for", None))
#endif // QT_CONFIG(tooltip)
        self.interviewKindLabel.setText(QCoreApplication.translate("MaterialsPage", u"In&terview", None))
#if QT_CONFIG(accessibility)
        self.interviewKindLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Interview kind label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewKindCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Interview kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.interviewKindCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"The kind of interview the guide is for", None))
#endif // QT_CONFIG(tooltip)
        self.surveyLabel.setText(QCoreApplication.translate("MaterialsPage", u"S&urvey", None))
#if QT_CONFIG(accessibility)
        self.surveyLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Survey label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.surveyCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.surveyCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"The survey the evaluation form asks: mid-term or final", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("MaterialsPage", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Language label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"The language of the printed papers", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("MaterialsPage", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paperLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Paper label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.paperCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"The paper size of the printed papers", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("MaterialsPage", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Preview the chosen materials", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("MaterialsPage", u"Make the chosen materials and show them (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.previewButton.setShortcut(QCoreApplication.translate("MaterialsPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.editTextsButton.setText(QCoreApplication.translate("MaterialsPage", u"&Edit texts\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTextsButton.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Edit the standard texts of this programme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editTextsButton.setToolTip(QCoreApplication.translate("MaterialsPage", u"Give this programme its own wording of the role guides, clauses and other standard texts", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.showingLabel.setText(QCoreApplication.translate("MaterialsPage", u"S&howing:", None))
#if QT_CONFIG(accessibility)
        self.showingLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Showing label", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showingCombo.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Material shown in the preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.showingCombo.setToolTip(QCoreApplication.translate("MaterialsPage", u"Switch between the materials made by the last preview", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pageCountLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Page count", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("MaterialsPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Save the shown material as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MaterialsPage", u"Save the material shown in the preview as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("MaterialsPage", u"P&rint\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Print the shown material", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("MaterialsPage", u"Print the material shown in the preview", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previewStack.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyPage.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"No preview yet", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("MaterialsPage", u"Choose one or more materials and press Preview", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Preview hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.viewPage.setAccessibleName(QCoreApplication.translate("MaterialsPage", u"Preview of the material", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

