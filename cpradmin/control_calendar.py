"""The control calendar: when each control of the CPR terms was last done and is next due.

Reads the completed controls and the internal regulations and applies the pure rules of
``models.schedule``. What counts as "done":

* authorisation control: a completed (or signed) authorisation control over all
  authorisations, quarterly or ad hoc (an ad hoc control that reviewed everything satisfies
  the quarter too);
* log control: a completed quarterly log control (an ad hoc one looks at one suspicion only);
* system-to-system statistics: a completed monthly log control; only applicable when a
  system-to-system program is registered;
* internal regulations: the newest version's approval date; its own review date (one year
  later) is the due date.

The date a control was done is the local date it was completed. Never done means due at once
(and shown as overdue). ``reminders`` is what the app shows at login: everything due within
14 days, overdue included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.schedule import (
    OBLIGATION_LABELS,
    DueStatus,
    Obligation,
    schedule,
)
from cpradmin.models.storage.connection import Connection
from cpradmin.regulations import current


@dataclass(frozen=True)
class CalendarItem:
    """One obligation's place in the calendar on a given day."""

    obligation: Obligation
    last_done: date | None
    next_due: date
    status: DueStatus
    last_control_id: int | None = None  # the control that was last completed
    open_control_id: int | None = None  # one started and not yet completed

    @property
    def label(self) -> str:
        """The English label; the GUI translates it in the context ``Schedule``."""
        return OBLIGATION_LABELS[self.obligation]

    @property
    def never_done(self) -> bool:
        return self.last_done is None

    def days_left(self, today: date) -> int:
        return (self.next_due - today).days


@dataclass(frozen=True)
class Reminder:
    """A due date within 14 days (or passed), for the reminder at login."""

    obligation: Obligation
    next_due: date
    days_left: int  # negative: overdue by that many days
    never_done: bool
    message: Message


#: (obligation, SQL condition on ``controls`` for "this control counts")
_COUNTS_AS: tuple[tuple[Obligation, str], ...] = (
    (Obligation.AUTHORISATION_CONTROL, "kind = 'authorisation' AND scope_kind = 'all'"),
    (Obligation.LOG_CONTROL, "kind = 'log' AND type = 'quarterly'"),
    (Obligation.SYSTEM_STATISTICS, "kind = 'log' AND type = 'monthly'"),
)


def _local_date(stamp: str) -> date:
    return datetime.fromisoformat(stamp).astimezone().date()


def _last_completed(conn: Connection, condition: str) -> tuple[date | None, int | None]:
    row = conn.execute(
        f"SELECT id, completed_at FROM controls WHERE {condition} "
        "AND status IN ('completed', 'signed') AND completed_at IS NOT NULL "
        "ORDER BY completed_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return (_local_date(row[1]), int(row[0])) if row else (None, None)


def _open(conn: Connection, condition: str) -> int | None:
    row = conn.execute(
        f"SELECT id FROM controls WHERE {condition} AND status IN ('open', 'in-review') "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


def calendar(conn: Connection, today: date) -> list[CalendarItem]:
    """Every obligation in display order, with its last completion, due date and status."""
    items: list[CalendarItem] = []
    has_programs = conn.execute("SELECT 1 FROM programs LIMIT 1").fetchone() is not None
    for obligation, condition in _COUNTS_AS:
        last, control_id = _last_completed(conn, condition)
        applicable = obligation is not Obligation.SYSTEM_STATISTICS or has_programs
        due = schedule(obligation, last, today, applicable=applicable)
        items.append(CalendarItem(obligation, due.last_done, due.next_due, due.status,
                                  control_id, _open(conn, condition)))
    regulation = current(conn)
    if regulation is None:
        due = schedule(Obligation.REGULATIONS, None, today)
    else:
        due = schedule(Obligation.REGULATIONS, regulation.approved_on, today,
                       due=regulation.review_due)
    items.append(CalendarItem(Obligation.REGULATIONS, due.last_done, due.next_due, due.status))
    return items


def reminders(conn: Connection, today: date) -> list[Reminder]:
    """What to remind the officer of at login: every obligation due within 14 days of
    *today* or overdue, most urgent first."""
    found = []
    for item in calendar(conn, today):
        if item.status not in (DueStatus.OVERDUE, DueStatus.DUE_SOON):
            continue
        found.append(Reminder(item.obligation, item.next_due, item.days_left(today),
                              item.never_done, reminder_message(item, today)))
    return sorted(found, key=lambda r: (not r.never_done, r.days_left))


def reminder_message(item: CalendarItem, today: date) -> Message:
    label = Message("Schedule", OBLIGATION_LABELS[item.obligation])
    if item.never_done:
        return Message("Schedule", QT_TRANSLATE_NOOP(
            "Schedule", "{obligation}: never done; it is due now."), {"obligation": label})
    days = item.days_left(today)
    if days < 0:
        return Message("Schedule", QT_TRANSLATE_NOOP(
            "Schedule", "{obligation}: overdue since {due} ({days} days)."),
            {"obligation": label, "due": item.next_due.isoformat(), "days": -days})
    if days == 0:
        return Message("Schedule", QT_TRANSLATE_NOOP(
            "Schedule", "{obligation}: due today."), {"obligation": label})
    return Message("Schedule", QT_TRANSLATE_NOOP(
        "Schedule", "{obligation}: due on {due}, in {days} days."),
        {"obligation": label, "due": item.next_due.isoformat(), "days": days})


@dataclass(frozen=True)
class ControlRow:
    """One row of ``controls`` of any kind, for ``cpradmin controls list``."""

    id: int
    kind: str
    type: str
    period_start: str
    period_end: str
    scope_kind: str
    status: str
    created_at: str
    created_by: str
    completed_at: str | None
    completed_by: str | None


def all_controls(conn: Connection) -> list[ControlRow]:
    """Every control of every kind, newest first (a few dozen a year)."""
    rows = conn.execute(
        "SELECT id, kind, type, period_start, period_end, scope_kind, status, created_at, "
        "created_by, completed_at, completed_by FROM controls ORDER BY id DESC"
    )
    return [ControlRow(*r) for r in rows]
