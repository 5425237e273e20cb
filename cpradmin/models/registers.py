"""The registers' domain types and the pure rules about them.

What the CPR terms (section 3) ask the security officer to keep: employees and
system-to-system programs with CPR access, their user IDs, and each user ID's authorisations
with the date granted and the date of expiry.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

from cpradmin.i18n import QT_TRANSLATE_NOOP

#: CPR profiles with a meaning officers look for; 127 and 200 are sensitive (log access and
#: administration), so the dashboard and the authorisation control flag them first.
PROFILES: dict[str, str] = {
    "100": QT_TRANSLATE_NOOP("Profiles", "Update"),
    "127": QT_TRANSLATE_NOOP("Profiles", "Log access"),
    "140": QT_TRANSLATE_NOOP("Profiles", "Delete subscriptions"),
    "200": QT_TRANSLATE_NOOP("Profiles", "Administration"),
}
SENSITIVE_PROFILES = frozenset({"127", "200"})

_SPLIT = re.compile(r"[\s,;|]+")


def split_codes(text: str) -> tuple[str, ...]:
    """Transaction types or profiles as typed in a spreadsheet: spaces, commas, ; or |."""
    seen: dict[str, None] = {}
    for part in _SPLIT.split(text.strip()):
        if part:
            seen.setdefault(part.upper(), None)
    return tuple(seen)


class Verification(enum.StrEnum):
    """How the identity of whoever asked for an unlock was checked."""

    IN_PERSON = "in-person"
    CALL_BACK = "call-back"
    MANAGER = "manager-confirmation"
    OTHER = "other"


VERIFICATION_LABELS: dict[Verification, str] = {
    Verification.IN_PERSON: QT_TRANSLATE_NOOP("Verification", "In person, with ID"),
    Verification.CALL_BACK: QT_TRANSLATE_NOOP("Verification", "Call-back to a known number"),
    Verification.MANAGER: QT_TRANSLATE_NOOP("Verification", "Confirmed by the manager"),
    Verification.OTHER: QT_TRANSLATE_NOOP("Verification", "Other (see note)"),
}


@dataclass(frozen=True)
class Employee:
    id: int
    name: str
    initials: str = ""
    department: str = ""
    cpr: str | None = field(default=None, repr=False)
    email: str = ""
    employed_from: date | None = None
    employed_to: date | None = None
    notes: str = ""
    trained_on: date | None = None
    acknowledged_on: date | None = None

    def has_left(self, on: date) -> bool:
        return self.employed_to is not None and self.employed_to < on


@dataclass(frozen=True)
class Program:
    id: int
    name: str
    responsible_id: int | None = None
    supplier: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class UserId:
    id: int
    user_id: str
    employee_id: int | None = None
    program_id: int | None = None
    locked: bool = False


@dataclass(frozen=True)
class Authorisation:
    id: int
    user_id_id: int
    granted_on: date
    expires_on: date | None
    purpose: str = ""
    case_number: str = ""
    transaction_types: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    granted_by: str = ""
    revoked_on: date | None = None
    revoked_reason: str = ""
    version: int = 1

    def in_force(self, on: date) -> bool:
        """Granted on or before *on*, not expired before it, not revoked on or before it."""
        if self.granted_on > on:
            return False
        if self.expires_on is not None and self.expires_on < on:
            return False
        return self.revoked_on is None or self.revoked_on > on

    @property
    def sensitive(self) -> bool:
        return bool(SENSITIVE_PROFILES.intersection(self.profiles))
