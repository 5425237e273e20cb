"""The log control's vocabulary as pure data: control types, scopes, findings, decisions.

Shared by the review rules (``cpradmin.review_rules``), the control records
(``cpradmin.controls``), the CLI and the GUI. A finding carries its explanation as a
:class:`~cpradmin.i18n.Message` so the GUI shows it in Danish and the CLI and JSON in English,
and it names the log entries behind it by ``log_entries.id``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from cpradmin.i18n import Message


class ControlType(enum.StrEnum):
    """The three log controls the CPR terms, section 4, require."""

    QUARTERLY = "quarterly"  # the log control, at most every three months
    MONTHLY = "monthly"  # our own system-to-system users, every month
    ADHOC = "adhoc"  # at once, when abuse is suspected


class ControlStatus(enum.StrEnum):
    OPEN = "open"
    IN_REVIEW = "in-review"
    COMPLETED = "completed"
    SIGNED = "signed"


class ScopeKind(enum.StrEnum):
    ALL = "all"
    USER = "user"  # one CPR user ID
    DEPARTMENT = "department"  # the user IDs of one department's employees
    PERSON = "person"  # the lookups concerning one CPR number


@dataclass(frozen=True)
class Scope:
    """Which log rows a control looks at; ``value`` is the user ID, department or CPR number."""

    kind: ScopeKind = ScopeKind.ALL
    value: str | None = field(default=None, repr=False)


class Severity(enum.IntEnum):
    """Higher is reviewed first."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Decision(enum.StrEnum):
    """What the officer concluded about one finding or sample entry."""

    EXPLAINED = "explained"  # with a case number
    FALSE_ALARM = "false-alarm"
    FOLLOW_UP = "follow-up"
    SUSPECTED_ABUSE = "suspected-abuse"  # opens an ad hoc control scoped to the user


@dataclass(frozen=True)
class Finding:
    """One thing a rule found, explained in words an auditor understands.

    ``key`` identifies the finding within its rule (e.g. ``"AB1234|2024-03-05"``) so a rerun over
    the same inputs yields the same findings in the same order; ``entry_ids`` are the log rows
    behind it, in time order.
    """

    rule: str
    severity: Severity
    user_id: str | None
    explanation: Message
    entry_ids: tuple[int, ...]
    key: str
    details: dict[str, Any] = field(default_factory=dict)
