"""Refusals the user can act on."""

from __future__ import annotations


class InputRefused(Exception):
    """The input was refused; the message says what, where and what to do. Nothing changed."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
