"""The control calendar's rules as pure functions: how often each control is due, and when.

The CPR terms, section 4, ask for an authorisation control and a log control at least every
third month, the system-to-system users' transaction statistics every month, and the internal
regulations reviewed at least once a year. "Every third month" is counted in calendar months
from the day the last control was completed, clamped to the end of a shorter month: a control
completed on 30 November is next due on 28 February (29 February in a leap year), one completed
on 31 August on 30 November. A control that was never done is due at once.

No I/O here: ``cpradmin.control_calendar`` reads the records and applies these rules.
"""

from __future__ import annotations

import enum
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from cpradmin.i18n import QT_TRANSLATE_NOOP

#: A due date this many days ahead (or fewer) makes the control "due soon": the dashboard shows
#: it and the officer is reminded at login.
DUE_SOON_DAYS = 14


class Obligation(enum.StrEnum):
    """A recurring duty with a due date (the keys of the calendar, in its display order)."""

    AUTHORISATION_CONTROL = "authorisation-control"
    LOG_CONTROL = "log-control"
    SYSTEM_STATISTICS = "system-statistics"  # the monthly log control of system-to-system users
    REGULATIONS = "regulations"


#: How many calendar months after the last one each obligation is due again.
INTERVAL_MONTHS: dict[Obligation, int] = {
    Obligation.AUTHORISATION_CONTROL: 3,
    Obligation.LOG_CONTROL: 3,
    Obligation.SYSTEM_STATISTICS: 1,
    Obligation.REGULATIONS: 12,
}

OBLIGATION_LABELS: dict[Obligation, str] = {
    Obligation.AUTHORISATION_CONTROL: QT_TRANSLATE_NOOP("Schedule", "Authorisation control"),
    Obligation.LOG_CONTROL: QT_TRANSLATE_NOOP("Schedule", "Log control"),
    Obligation.SYSTEM_STATISTICS: QT_TRANSLATE_NOOP(
        "Schedule", "System-to-system transaction statistics (monthly log control)"),
    Obligation.REGULATIONS: QT_TRANSLATE_NOOP("Schedule", "Review of the internal regulations"),
}


class DueStatus(enum.StrEnum):
    OK = "ok"
    DUE_SOON = "due-soon"  # due within DUE_SOON_DAYS, today included
    OVERDUE = "overdue"  # past its due date, or never done
    NOT_APPLICABLE = "not-applicable"  # e.g. no system-to-system programs are registered


STATUS_LABELS: dict[DueStatus, str] = {
    DueStatus.OK: QT_TRANSLATE_NOOP("Schedule", "In order"),
    DueStatus.DUE_SOON: QT_TRANSLATE_NOOP("Schedule", "Due soon"),
    DueStatus.OVERDUE: QT_TRANSLATE_NOOP("Schedule", "Overdue"),
    DueStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Schedule", "Not applicable"),
}


def add_months(day: date, months: int) -> date:
    """*day* moved by whole calendar months (negative goes back), clamped to the month's end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def next_due(obligation: Obligation, last_done: date | None, today: date) -> date:
    """When *obligation* is due next: never done means due today (at once)."""
    if last_done is None:
        return today
    return add_months(last_done, INTERVAL_MONTHS[obligation])


def due_status(due: date, today: date, *, never_done: bool = False) -> DueStatus:
    """Overdue after the due date (or when never done), due soon from 14 days before it."""
    if never_done or due < today:
        return DueStatus.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return DueStatus.DUE_SOON
    return DueStatus.OK


@dataclass(frozen=True)
class Due:
    """One obligation's place in the calendar on a given day."""

    obligation: Obligation
    last_done: date | None
    next_due: date
    status: DueStatus

    @property
    def never_done(self) -> bool:
        return self.last_done is None


def schedule(obligation: Obligation, last_done: date | None, today: date, *,
             due: date | None = None, applicable: bool = True) -> Due:
    """The calendar entry; *due* overrides the computed date (the regulations keep their own
    review date, set when a version is approved)."""
    when = due if due is not None else next_due(obligation, last_done, today)
    if not applicable:
        return Due(obligation, last_done, when, DueStatus.NOT_APPLICABLE)
    return Due(obligation, last_done, when,
               due_status(when, today, never_done=last_done is None))
