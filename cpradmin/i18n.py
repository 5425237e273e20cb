"""Marking user-facing text for translation without importing Qt.

The core must not import Qt, yet its messages (password rules, errors) reach the GUI and must
be translated there. ``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` extracts by name;
this pure-Python twin returns the English source unchanged, and the GUI translates it with
``QCoreApplication.translate(context, text)`` before filling in ``{placeholders}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return *text* unchanged; the call marks it for extraction into the ``.ts`` file."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: context and English template plus its named arguments."""

    context: str
    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The message in the source language, for the CLI and for logs."""
        return self.template.format(**self.args)

    def __str__(self) -> str:
        return self.english()
