"""cpradmin's own accounts: roles and what each role may do."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from cpradmin.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    OFFICER = "officer"
    DEPUTY = "deputy"
    AUDITOR = "auditor"


ROLE_LABELS: dict[Role, str] = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Security officer"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("Roles", "Deputy"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Roles", "Auditor (read only)"),
}


class Permission(enum.Enum):
    READ = enum.auto()
    MANAGE_ACCOUNTS = enum.auto()
    UNLOCK_ACCOUNTS = enum.auto()
    UNLOCK_USER_IDS = enum.auto()
    EDIT_RECORDS = enum.auto()
    DO_CONTROLS = enum.auto()
    CHANGE_SETTINGS = enum.auto()


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset(Permission),
    Role.DEPUTY: frozenset(
        {Permission.READ, Permission.UNLOCK_USER_IDS, Permission.DO_CONTROLS}
    ),
    Role.AUDITOR: frozenset({Permission.READ}),
}


@dataclass(frozen=True)
class Account:
    id: int
    initials: str
    name: str
    role: Role
    may_unlock_accounts: bool = False
    active: bool = True
    password_only: bool = False
    must_change_password: bool = False
    password_changed_at: datetime | None = None
    birth_date: date | None = None
    cpr: str | None = field(default=None, repr=False)
    family_names: tuple[str, ...] = ()
    licence_plates: tuple[str, ...] = field(default=(), repr=False)

    def may(self, permission: Permission) -> bool:
        """Deputies unlock other accounts only when the officer has authorised them to."""
        if permission is Permission.UNLOCK_ACCOUNTS and self.role is Role.DEPUTY:
            return self.may_unlock_accounts
        return permission in _GRANTS[self.role]
