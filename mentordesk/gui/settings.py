"""Where the app keeps window geometry and similar preferences (never the user's data)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "MentorDesk"
APPLICATION = "MentorDesk"


def app_settings() -> QSettings:
    """QSettings("MentorDesk", "MentorDesk") in the default format.

    The default format is the platform's native one; tests switch it to an INI file in a
    temporary folder (QSettings.setDefaultFormat + QSettings.setPath) so they never touch
    the real user's settings.
    """
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
