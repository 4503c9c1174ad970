# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'material_texts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_MaterialTextsDialog(object):
    def setupUi(self, MaterialTextsDialog):
        if not MaterialTextsDialog.objectName():
            MaterialTextsDialog.setObjectName(u"MaterialTextsDialog")
        MaterialTextsDialog.resize(980, 680)
        MaterialTextsDialog.setModal(True)
        self.textsLayout = QVBoxLayout(MaterialTextsDialog)
        self.textsLayout.setSpacing(10)
        self.textsLayout.setObjectName(u"textsLayout")
        self.textsLayout.setContentsMargins(18, 16, 18, 14)
        self.introLabel = QLabel(MaterialTextsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.introLabel)

        self.textsSplitter = QSplitter(MaterialTextsDialog)
        self.textsSplitter.setObjectName(u"textsSplitter")
        self.textsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.textsSplitter.setChildrenCollapsible(False)
        self.textList = QListWidget(self.textsSplitter)
        self.textList.setObjectName(u"textList")
        self.textList.setSpacing(3)
        self.textList.setMinimumSize(QSize(250, 0))
        self.textsSplitter.addWidget(self.textList)
        self.textPane = QWidget(self.textsSplitter)
        self.textPane.setObjectName(u"textPane")
        self.textPaneLayout = QVBoxLayout(self.textPane)
        self.textPaneLayout.setSpacing(6)
        self.textPaneLayout.setObjectName(u"textPaneLayout")
        self.textPaneLayout.setContentsMargins(8, 0, 0, 0)
        self.textTitleLabel = QLabel(self.textPane)
        self.textTitleLabel.setObjectName(u"textTitleLabel")
        self.textTitleLabel.setText(u"")

        self.textPaneLayout.addWidget(self.textTitleLabel)

        self.ownBar = QHBoxLayout()
        self.ownBar.setObjectName(u"ownBar")
        self.ownLabel = QLabel(self.textPane)
        self.ownLabel.setObjectName(u"ownLabel")

        self.ownBar.addWidget(self.ownLabel)

        self.ownStateLabel = QLabel(self.textPane)
        self.ownStateLabel.setObjectName(u"ownStateLabel")
        self.ownStateLabel.setText(u"")

        self.ownBar.addWidget(self.ownStateLabel)

        self.ownBarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownBar.addItem(self.ownBarSpacer)

        self.restoreButton = QPushButton(self.textPane)
        self.restoreButton.setObjectName(u"restoreButton")

        self.ownBar.addWidget(self.restoreButton)


        self.textPaneLayout.addLayout(self.ownBar)

        self.ownEdit = QPlainTextEdit(self.textPane)
        self.ownEdit.setObjectName(u"ownEdit")
        self.ownEdit.setTabChangesFocus(True)

        self.textPaneLayout.addWidget(self.ownEdit)

        self.formatHint = QLabel(self.textPane)
        self.formatHint.setObjectName(u"formatHint")
        self.formatHint.setWordWrap(True)

        self.textPaneLayout.addWidget(self.formatHint)

        self.textError = QLabel(self.textPane)
        self.textError.setObjectName(u"textError")
        self.textError.setText(u"")
        self.textError.setWordWrap(True)

        self.textPaneLayout.addWidget(self.textError)

        self.standardLabel = QLabel(self.textPane)
        self.standardLabel.setObjectName(u"standardLabel")

        self.textPaneLayout.addWidget(self.standardLabel)

        self.standardView = QPlainTextEdit(self.textPane)
        self.standardView.setObjectName(u"standardView")
        self.standardView.setReadOnly(True)
        self.standardView.setTabChangesFocus(True)

        self.textPaneLayout.addWidget(self.standardView)

        self.textPaneLayout.setStretch(2, 3)
        self.textPaneLayout.setStretch(6, 2)
        self.textsSplitter.addWidget(self.textPane)

        self.textsLayout.addWidget(self.textsSplitter)

        self.formError = QLabel(MaterialTextsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)

        self.textsLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MaterialTextsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.textsLayout.addWidget(self.buttonBox)

        self.textsLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.ownLabel.setBuddy(self.ownEdit)
        self.standardLabel.setBuddy(self.standardView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textList, self.ownEdit)
        QWidget.setTabOrder(self.ownEdit, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.standardView)

        self.retranslateUi(MaterialTextsDialog)

        QMetaObject.connectSlotsByName(MaterialTextsDialog)
    # setupUi

    def retranslateUi(self, MaterialTextsDialog):
        MaterialTextsDialog.setWindowTitle(QCoreApplication.translate("MaterialTextsDialog", u"Texts of the printed papers", None))
#if QT_CONFIG(accessibility)
        MaterialTextsDialog.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Texts of the printed papers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"About these texts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textList.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Standard texts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textTitleLabel.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Title of the text", None))
#endif // QT_CONFIG(accessibility)
        self.ownLabel.setText(QCoreApplication.translate("MaterialTextsDialog", u"&Wording printed for this programme", None))
#if QT_CONFIG(accessibility)
        self.ownStateLabel.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Whether the programme has its own wording", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("MaterialTextsDialog", u"&Restore standard text", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Restore the standard wording of this text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("MaterialTextsDialog", u"Print the standard wording of this text again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ownEdit.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Wording printed for this programme", None))
#endif // QT_CONFIG(accessibility)
        self.formatHint.setText(QCoreApplication.translate("MaterialTextsDialog", u"Plain text. Leave a blank line between paragraphs; a paragraph starting with \u201c- \u201d prints as a bullet.", None))
#if QT_CONFIG(accessibility)
        self.textError.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Problem with the text", None))
#endif // QT_CONFIG(accessibility)
        self.standardLabel.setText(QCoreApplication.translate("MaterialTextsDialog", u"S&tandard wording", None))
#if QT_CONFIG(accessibility)
        self.standardView.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Standard wording (read only)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Problem with the texts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MaterialTextsDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

