"""Stored values as words for a person.

Free of Qt, so that the window's start-up path (the navigation tree) can use it without
loading the table models.
"""

from __future__ import annotations


def humanise(value: str) -> str:
    """A stored value ("follow-up", "cross") as words for a person."""
    return value.replace("_", " ").capitalize()
