# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_mapping_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout,
    QLabel, QProgressBar, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        ImportMappingPage.resize(760, 460)
        self.mappingPageLayout = QVBoxLayout(ImportMappingPage)
        self.mappingPageLayout.setSpacing(10)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingScroll = QScrollArea(ImportMappingPage)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingGrid = QGridLayout(self.mappingContents)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingGrid.setHorizontalSpacing(16)
        self.mappingGrid.setVerticalSpacing(6)
        self.mappingGrid.setContentsMargins(4, 4, 4, 4)
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingPageLayout.addWidget(self.mappingScroll)

        self.mappingError = QLabel(ImportMappingPage)
        self.mappingError.setObjectName(u"mappingError")
        self.mappingError.setText(u"")
        self.mappingError.setWordWrap(True)
        self.mappingError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mappingPageLayout.addWidget(self.mappingError)

        self.mappingBusy = QWidget(ImportMappingPage)
        self.mappingBusy.setObjectName(u"mappingBusy")
        self.mappingBusyLayout = QHBoxLayout(self.mappingBusy)
        self.mappingBusyLayout.setSpacing(8)
        self.mappingBusyLayout.setObjectName(u"mappingBusyLayout")
        self.mappingBusyLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingBusyBar = QProgressBar(self.mappingBusy)
        self.mappingBusyBar.setObjectName(u"mappingBusyBar")
        self.mappingBusyBar.setMaximum(0)
        self.mappingBusyBar.setValue(-1)
        self.mappingBusyBar.setTextVisible(False)
        self.mappingBusyBar.setMaximumSize(QSize(160, 14))

        self.mappingBusyLayout.addWidget(self.mappingBusyBar)

        self.mappingBusyLabel = QLabel(self.mappingBusy)
        self.mappingBusyLabel.setObjectName(u"mappingBusyLabel")
        self.mappingBusyLabel.setProperty(u"role", u"hint")

        self.mappingBusyLayout.addWidget(self.mappingBusyLabel)

        self.mappingBusySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mappingBusyLayout.addItem(self.mappingBusySpacer)


        self.mappingPageLayout.addWidget(self.mappingBusy)


        self.retranslateUi(ImportMappingPage)

        QMetaObject.connectSlotsByName(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Match the columns", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"Each column of the file and what it is imported as. Choose a field for a column that was not recognised, or ignore it.", None))
#if QT_CONFIG(accessibility)
        ImportMappingPage.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Match the columns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingScroll.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingContents.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingError.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Problems with the columns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingBusy.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingBusyBar.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
        self.mappingBusyLabel.setText(QCoreApplication.translate("ImportMappingPage", u"Checking the file\u2026", None))
#if QT_CONFIG(accessibility)
        self.mappingBusyLabel.setAccessibleName(QCoreApplication.translate("ImportMappingPage", u"Checking the file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

