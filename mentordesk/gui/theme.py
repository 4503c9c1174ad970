"""The look of MentorDesk: icons and the style sheet from the `mentordesk.resources` package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

import mentordesk.resources

APP_ICON = "mentordesk"
# A folder on disk wherever MentorDesk runs (a wheel, an editable install, the frozen
# app), so a plain path: importlib.resources would cost the start-up a few milliseconds.
RESOURCES = Path(mentordesk.resources.__file__).parent


def resource_text(*parts: str) -> str:
    return RESOURCES.joinpath(*parts).read_text(encoding="utf-8")


def _icon_path(name: str) -> str:
    return str(RESOURCES / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons/ by name (without .svg)."""
    return QIcon(_icon_path(name))


def app_icon() -> QIcon:
    return icon(APP_ICON)


def app_pixmap(size: int) -> QPixmap:
    """The app icon at `size` logical pixels, sharp on high-density screens."""
    return app_icon().pixmap(size, size)


@cache
def style_sheet() -> str:
    return resource_text("style.qss")
