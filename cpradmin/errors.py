"""Errors the officer sees: each carries a translatable message, never a traceback."""

from __future__ import annotations

from typing import Any

from cpradmin.i18n import QT_TRANSLATE_NOOP, Message


class CpradminError(Exception):
    """Base for refusals and failures that are explained to the user.

    ``exit_code`` is what the CLI returns: 1 for refused or invalid input.
    """

    exit_code = 1

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


def error(cls: type[CpradminError], template: str, **args: Any) -> CpradminError:
    """Build *cls* with an already-marked English template (context ``Errors``)."""
    return cls(Message("Errors", template, args))


class VaultError(CpradminError):
    """The vault cannot be opened or created."""


class AuthenticationError(CpradminError):
    """Wrong initials or password, or the account is disabled."""


class PermissionDenied(CpradminError):  # noqa: N818 - reads as what happened
    """The logged-in account's role does not allow the action."""


class ValidationError(CpradminError):
    """Input that breaks a rule; the message names the rule."""

    def __init__(self, message: Message, details: tuple[Message, ...] = ()) -> None:
        super().__init__(message)
        self.details = details


__all__ = [
    "QT_TRANSLATE_NOOP",
    "AuthenticationError",
    "CpradminError",
    "PermissionDenied",
    "ValidationError",
    "VaultError",
    "error",
]
