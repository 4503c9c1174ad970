"""The Qt layer of MentorDesk: application, main window, pages, dialogs, models, workers.

Qt is imported only under this package; everything here calls services for data.
"""
