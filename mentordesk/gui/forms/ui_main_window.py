# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSplitter, QStackedWidget, QStatusBar,
    QTreeView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(760, 480))
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionBackUpNow = QAction(MainWindow)
        self.actionBackUpNow.setObjectName(u"actionBackUpNow")
        self.actionRestoreFromBackup = QAction(MainWindow)
        self.actionRestoreFromBackup.setObjectName(u"actionRestoreFromBackup")
        self.actionCheckDatabase = QAction(MainWindow)
        self.actionCheckDatabase.setObjectName(u"actionCheckDatabase")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.navigationPane = QWidget(self.splitter)
        self.navigationPane.setObjectName(u"navigationPane")
        self.navigationPane.setMinimumSize(QSize(220, 0))
        self.navigationLayout = QVBoxLayout(self.navigationPane)
        self.navigationLayout.setSpacing(8)
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.navigationLayout.setContentsMargins(10, 12, 10, 10)
        self.navigationHeading = QLabel(self.navigationPane)
        self.navigationHeading.setObjectName(u"navigationHeading")

        self.navigationLayout.addWidget(self.navigationHeading)

        self.navigationFilter = QLineEdit(self.navigationPane)
        self.navigationFilter.setObjectName(u"navigationFilter")
        self.navigationFilter.setClearButtonEnabled(True)

        self.navigationLayout.addWidget(self.navigationFilter)

        self.navigationTree = QTreeView(self.navigationPane)
        self.navigationTree.setObjectName(u"navigationTree")
        self.navigationTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigationTree.setUniformRowHeights(True)
        self.navigationTree.setAnimated(False)
        self.navigationTree.setHeaderHidden(True)
        self.navigationTree.setExpandsOnDoubleClick(True)

        self.navigationLayout.addWidget(self.navigationTree)

        self.splitter.addWidget(self.navigationPane)
        self.contentStack = QStackedWidget(self.splitter)
        self.contentStack.setObjectName(u"contentStack")
        self.splitter.addWidget(self.contentStack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.navigationFilter, self.navigationTree)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackUpNow)
        self.menuFile.addAction(self.actionRestoreFromBackup)
        self.menuFile.addAction(self.actionCheckDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"MentorDesk", None))
#if QT_CONFIG(accessibility)
        MainWindow.setAccessibleName(QCoreApplication.translate("MainWindow", u"MentorDesk main window", None))
#endif // QT_CONFIG(accessibility)
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&New database\u2026", None))
#if QT_CONFIG(statustip)
        self.actionNewDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Create a new, empty database file and switch to it", None))
#endif // QT_CONFIG(statustip)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
#if QT_CONFIG(statustip)
        self.actionOpenDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Switch to another database file", None))
#endif // QT_CONFIG(statustip)
        self.actionBackUpNow.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
#if QT_CONFIG(statustip)
        self.actionBackUpNow.setStatusTip(QCoreApplication.translate("MainWindow", u"Write a checked backup of the database beside it", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionBackUpNow.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestoreFromBackup.setText(QCoreApplication.translate("MainWindow", u"&Restore from backup\u2026", None))
#if QT_CONFIG(statustip)
        self.actionRestoreFromBackup.setStatusTip(QCoreApplication.translate("MainWindow", u"Replace the database with one of its backups; the current state is backed up first", None))
#endif // QT_CONFIG(statustip)
        self.actionCheckDatabase.setText(QCoreApplication.translate("MainWindow", u"&Check database", None))
#if QT_CONFIG(statustip)
        self.actionCheckDatabase.setStatusTip(QCoreApplication.translate("MainWindow", u"Check the database for damage and count what it holds", None))
#endif // QT_CONFIG(statustip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(statustip)
        self.actionQuit.setStatusTip(QCoreApplication.translate("MainWindow", u"Close MentorDesk", None))
#endif // QT_CONFIG(statustip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About MentorDesk", None))
#if QT_CONFIG(statustip)
        self.actionAbout.setStatusTip(QCoreApplication.translate("MainWindow", u"Version and the open database", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(accessibility)
        self.splitter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation and content divider", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigationPane.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.navigationHeading.setText(QCoreApplication.translate("MainWindow", u"Clients and programmes", None))
#if QT_CONFIG(accessibility)
        self.navigationHeading.setAccessibleName(QCoreApplication.translate("MainWindow", u"Clients and programmes", None))
#endif // QT_CONFIG(accessibility)
        self.navigationFilter.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter by name or status", None))
#if QT_CONFIG(accessibility)
        self.navigationFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter organisations and programmes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.navigationFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Show only organisations and programmes whose name or status contains this text (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navigationTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Client organisations and their programmes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contentStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Content", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.menuBar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Menu bar", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
#if QT_CONFIG(accessibility)
        self.menuFile.setAccessibleName(QCoreApplication.translate("MainWindow", u"File menu", None))
#endif // QT_CONFIG(accessibility)
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
#if QT_CONFIG(accessibility)
        self.menuHelp.setAccessibleName(QCoreApplication.translate("MainWindow", u"Help menu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusBar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Status bar", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

