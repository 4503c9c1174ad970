# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QLabel,
    QListView, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_OrganisationPage(object):
    def setupUi(self, OrganisationPage):
        if not OrganisationPage.objectName():
            OrganisationPage.setObjectName(u"OrganisationPage")
        OrganisationPage.resize(720, 520)
        self.organisationLayout = QVBoxLayout(OrganisationPage)
        self.organisationLayout.setSpacing(8)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationLayout.setContentsMargins(24, 20, 24, 20)
        self.programmesHeading = QLabel(OrganisationPage)
        self.programmesHeading.setObjectName(u"programmesHeading")

        self.organisationLayout.addWidget(self.programmesHeading)

        self.programmesList = QListView(OrganisationPage)
        self.programmesList.setObjectName(u"programmesList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.programmesList.sizePolicy().hasHeightForWidth())
        self.programmesList.setSizePolicy(sizePolicy)
        self.programmesList.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.programmesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.programmesList.setUniformItemSizes(True)

        self.organisationLayout.addWidget(self.programmesList)

        self.organisationSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationLayout.addItem(self.organisationSpacer)

#if QT_CONFIG(shortcut)
        self.programmesHeading.setBuddy(self.programmesList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationPage)

        QMetaObject.connectSlotsByName(OrganisationPage)
    # setupUi

    def retranslateUi(self, OrganisationPage):
#if QT_CONFIG(accessibility)
        OrganisationPage.setAccessibleName(QCoreApplication.translate("OrganisationPage", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.programmesHeading.setText(QCoreApplication.translate("OrganisationPage", u"&Programmes", None))
#if QT_CONFIG(accessibility)
        self.programmesHeading.setAccessibleName(QCoreApplication.translate("OrganisationPage", u"Programmes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.programmesList.setAccessibleName(QCoreApplication.translate("OrganisationPage", u"Programmes of this organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.programmesList.setToolTip(QCoreApplication.translate("OrganisationPage", u"Double-click or press Enter to open a programme", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

