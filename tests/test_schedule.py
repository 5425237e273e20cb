"""The control calendar's pure rules (models/schedule.py): calendar months, month-end clamps,
leap years, year ends, and the due-soon window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpradmin.models.schedule import (
    DUE_SOON_DAYS,
    DueStatus,
    Obligation,
    add_months,
    due_status,
    next_due,
    schedule,
)

QUARTERLY = Obligation.AUTHORISATION_CONTROL


@pytest.mark.parametrize(("last", "due"), [
    (date(2027, 11, 30), date(2028, 2, 29)),  # leap year: 29 February exists
    (date(2026, 11, 30), date(2027, 2, 28)),  # common year: clamped to the 28th
    (date(2025, 11, 29), date(2026, 2, 28)),
    (date(2023, 11, 29), date(2024, 2, 29)),
    (date(2026, 8, 31), date(2026, 11, 30)),  # 30-day month
    (date(2026, 10, 15), date(2027, 1, 15)),  # over the year end
    (date(2026, 12, 31), date(2027, 3, 31)),
    (date(2026, 12, 1), date(2027, 3, 1)),
    (date(2099, 12, 31), date(2100, 3, 31)),
    (date(2100, 11, 30), date(2101, 2, 28)),  # 2100 is not a leap year
    (date(2399, 11, 30), date(2400, 2, 29)),  # 2400 is
])
def test_quarterly_due_dates(last: date, due: date) -> None:
    assert next_due(QUARTERLY, last, date(2000, 1, 1)) == due
    assert next_due(Obligation.LOG_CONTROL, last, date(2000, 1, 1)) == due


@pytest.mark.parametrize(("last", "due"), [
    (date(2028, 1, 31), date(2028, 2, 29)),
    (date(2027, 1, 31), date(2027, 2, 28)),
    (date(2026, 12, 31), date(2027, 1, 31)),  # over the year end
    (date(2026, 12, 15), date(2027, 1, 15)),
    (date(2026, 3, 31), date(2026, 4, 30)),
])
def test_monthly_due_dates(last: date, due: date) -> None:
    assert next_due(Obligation.SYSTEM_STATISTICS, last, date(2000, 1, 1)) == due


def test_yearly_and_negative_months() -> None:
    assert next_due(Obligation.REGULATIONS, date(2028, 2, 29), date(2000, 1, 1)) == date(
        2029, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -3) == date(2025, 10, 15)
    assert add_months(date(2024, 5, 31), -3) == date(2024, 2, 29)
    assert add_months(date(2026, 5, 17), 0) == date(2026, 5, 17)
    assert add_months(date(2026, 5, 17), 24) == date(2028, 5, 17)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31)),
       st.integers(min_value=-1000, max_value=1000))
def test_add_months_moves_whole_months_and_clamps(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(days=1)).day == 1)


def test_never_done_is_due_at_once_and_overdue() -> None:
    today = date(2026, 11, 27)
    assert next_due(QUARTERLY, None, today) == today
    due = schedule(QUARTERLY, None, today)
    assert due.never_done
    assert (due.next_due, due.status) == (today, DueStatus.OVERDUE)


def test_status_boundaries() -> None:
    today = date(2026, 12, 20)
    assert due_status(today - timedelta(days=1), today) is DueStatus.OVERDUE
    assert due_status(today, today) is DueStatus.DUE_SOON  # due today is not yet overdue
    assert due_status(today + timedelta(days=DUE_SOON_DAYS), today) is DueStatus.DUE_SOON
    assert due_status(today + timedelta(days=DUE_SOON_DAYS + 1), today) is DueStatus.OK
    # across the year end: 3 January is 14 days after 20 December
    assert due_status(date(2027, 1, 3), today) is DueStatus.DUE_SOON
    assert due_status(date(2027, 1, 4), today) is DueStatus.OK


def test_schedule_uses_the_given_due_date_and_applicability() -> None:
    today = date(2026, 11, 27)
    own = schedule(Obligation.REGULATIONS, date(2025, 12, 1), today, due=date(2026, 12, 1))
    assert (own.next_due, own.status) == (date(2026, 12, 1), DueStatus.DUE_SOON)
    off = schedule(Obligation.SYSTEM_STATISTICS, None, today, applicable=False)
    assert off.status is DueStatus.NOT_APPLICABLE
    done = schedule(QUARTERLY, date(2026, 11, 1), today)
    assert (done.next_due, done.status) == (date(2027, 2, 1), DueStatus.OK)
    late = schedule(QUARTERLY, date(2026, 8, 26), today)
    assert (late.next_due, late.status) == (date(2026, 11, 26), DueStatus.OVERDUE)
