"""Pure helpers of the review rules: Danish local time as SQL arithmetic, robust statistics,
and the parameter forms the rules accept. No I/O here; ``cpradmin.review_rules`` runs the SQL.

Why local time as arithmetic: a quarter's million rows must be classified (working hours,
weekday, holiday, local day) inside SQLite, not row by row in Python. Copenhagen's offset from
UTC is constant between two DST changes, so over a span of days the local time of an instant is
``ts + offset`` with the offset chosen by a short ``CASE`` on ``ts`` (a quarter has at most one
change, a year two). The local day number is then ``(ts + offset) / 86400`` and the seconds
since local midnight ``(ts + offset) % 86400``: exact, because Danish time changes only on
whole hours and midnight always exists.

The autumn hour that happens twice (see :mod:`cpradmin.models.logs`): an ambiguous row is stored
as its first reading, and its second reading is one hour later *in UTC* but the same wall-clock
time. Everything here that looks at wall-clock time (working hours, local day) therefore gives
the same answer for both readings; rules that compare instants (lockouts) check both.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from cpradmin.models.logs import COPENHAGEN, local_day_bounds

DAY = 86_400
#: An instant later than any log row: "no end".
FOREVER = 1 << 62
#: Scales the median absolute deviation to the standard deviation of a normal distribution.
MAD_SCALE = 1.4826
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)|24:00")
_MONTH_DAY = re.compile(r"(\d\d)-(\d\d)")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def day_number(day: date) -> int:
    """Days since 1970-01-01: what ``(ts + offset) / 86400`` gives for a local day."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_of(number: int) -> date:
    return date.fromordinal(number + _EPOCH_ORDINAL)


class LocalCalendar:
    """Local (Copenhagen) time for instants between *first* 00:00 and *last* 24:00.

    Instants outside the span get the offset of the nearest end, which is right for a day or so
    on either side; callers only ask about rows inside the span.
    """

    def __init__(self, first: date, last: date, zone: ZoneInfo = COPENHAGEN) -> None:
        self.first, self.last, self.zone = first, last, zone
        self.low, self.high = local_day_bounds(first, last, zone)
        self._starts: list[int] = []  # UTC instants from which self._offsets[i] holds
        self._offsets: list[int] = []
        self._add(self.low)
        # A change happens at most once a day and on a whole hour: find the days whose
        # midnight offsets differ, then the hour.
        day = datetime.combine(first, time(), tzinfo=zone)
        while day.date() <= last:
            following = datetime.combine(day.date() + timedelta(days=1), time(), tzinfo=zone)
            if _offset(following) != _offset(day):
                for instant in range(int(day.timestamp()), int(following.timestamp()), 3600):
                    self._add(instant)
            day = following

    def _add(self, instant: int) -> None:
        offset = int(datetime.fromtimestamp(instant, self.zone).utcoffset()  # type: ignore[union-attr]
                     .total_seconds())
        if not self._offsets or self._offsets[-1] != offset:
            self._starts.append(instant)
            self._offsets.append(offset)

    @property
    def changes(self) -> int:
        """DST changes inside the span."""
        return len(self._offsets) - 1

    def offset(self, ts: int) -> int:
        return self._offsets[max(bisect_right(self._starts, ts) - 1, 0)]

    def local_seconds(self, ts: int) -> int:
        """Wall-clock seconds since 1970-01-01 00:00 local: day number * 86400 + time of day."""
        return ts + self.offset(ts)

    def day(self, ts: int) -> date:
        return day_of((ts + self.offset(ts)) // DAY)

    def wall(self, ts: int) -> datetime:
        """The naive wall-clock time of an instant (for display: YYYY-MM-DD HH:MM)."""
        return datetime(1970, 1, 1) + timedelta(seconds=ts + self.offset(ts))

    def sql_local(self, column: str = "e.ts") -> str:
        """SQL giving :meth:`local_seconds` of *column* (an integer expression)."""
        if len(self._offsets) == 1:
            return f"({column} + {self._offsets[0]})"
        cases = " ".join(f"WHEN {column} < {start} THEN {offset}" for start, offset in
                         zip(self._starts[1:], self._offsets[:-1], strict=True))
        return f"({column} + CASE {cases} ELSE {self._offsets[-1]} END)"

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


def _offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta()


# -- robust statistics -----------------------------------------------------------------------


def median_mad(values: Sequence[float]) -> tuple[float, float]:
    """The median and the median absolute deviation (unscaled) of *values* (not empty)."""
    centre = float(median(values))
    return centre, float(median([abs(v - centre) for v in values]))


def robust_threshold(values: Sequence[float], k: float) -> tuple[float, float, float]:
    """(median, MAD, median + k * 1.4826 * MAD): a count above the last is an outlier.

    The median and MAD ignore the outliers they are meant to find (a mean and standard
    deviation are dragged up by the very day under suspicion) and need no assumption about
    the distribution; 1.4826 makes the MAD comparable with a standard deviation.
    """
    centre, mad = median_mad(values)
    return centre, mad, centre + k * MAD_SCALE * mad


# -- parameter forms -------------------------------------------------------------------------


def parse_hhmm(text: str) -> int:
    """'07:30' → seconds after midnight; '24:00' allowed as the end of the day."""
    if not isinstance(text, str) or not _HHMM.fullmatch(text):
        raise ValueError("HH:MM")
    hours, minutes = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60


def parse_closed_day(text: str) -> tuple[int | None, int, int]:
    """'12-24' (every year) or '2024-12-27' (once) → (year or None, month, day)."""
    if isinstance(text, str):
        if _MONTH_DAY.fullmatch(text):
            month, day = int(text[:2]), int(text[3:])
            date(2024, month, day)  # a leap year: 02-29 is a valid yearly date; raises if not
            return None, month, day
        if _ISO_DAY.fullmatch(text):
            value = date.fromisoformat(text)
            return value.year, value.month, value.day
    raise ValueError("MM-DD")


def closed_dates(entries: Iterable[str], first: date, last: date) -> set[date]:
    """The dates between *first* and *last* named by :func:`parse_closed_day` forms."""
    found: set[date] = set()
    for entry in entries:
        year, month, day = parse_closed_day(entry)
        for y in ([year] if year is not None else range(first.year, last.year + 1)):
            try:
                value = date(y, month, day)
            except ValueError:  # 02-29 in a common year
                continue
            if first <= value <= last:
                found.add(value)
    return found


# -- authorisations over time ----------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def midnight(day: date) -> int:
    """The instant (UTC epoch seconds) local *day* begins."""
    return local_day_bounds(day, day)[0]


def day_after(day: date) -> int:
    """The instant the local day after *day* begins: where a last valid day ends."""
    return midnight(day + timedelta(days=1))


@dataclass(frozen=True)
class Grant:
    """One authorisation as an interval of instants: ``granted_on`` from 00:00 local, the
    last valid day (the earlier of ``expires_on`` and ``revoked_on``) through 23:59:59."""

    start: int  # midnight(granted_on)
    stop: int  # day_after(last_day), or FOREVER
    granted_on: date
    last_day: date | None
    revoked: bool  # ended by revocation rather than expiry
    types: frozenset[str] | None  # case-folded transaction types; None = not restricted

    @classmethod
    def of(cls, granted_on: date, expires_on: date | None, revoked_on: date | None,
           types: Iterable[str]) -> Grant:
        ends = [(d, revoked) for d, revoked in ((expires_on, False), (revoked_on, True))
                if d is not None]
        # The earlier end wins; on the same day, say "revoked" (the stronger statement).
        last_day, revoked = min(ends, key=lambda e: (e[0], not e[1])) if ends else (None, False)
        listed = frozenset(t.strip().casefold() for t in types if t.strip())
        return cls(midnight(granted_on), day_after(last_day) if last_day else FOREVER,
                   granted_on, last_day, revoked, listed or None)


def uncovered(grants: Sequence[Grant], left: date | None, low: int, high: int
              ) -> list[tuple[int, int, str, date | None]]:
    """The stretches of [low, high) that no grant covers, or that lie after the employee's
    last day *left*, merged by reason: (from, to, reason, the day the reason names). Reasons:
    ``before-grant``, ``after-expiry``, ``after-revocation``, ``after-employee-left``,
    ``no-authorisation``."""
    left_at = day_after(left) if left is not None else FOREVER
    cuts = sorted({low, high, *(t for g in grants for t in (g.start, g.stop) if low < t < high),
                   *((left_at,) if low < left_at < high else ())})
    runs: list[tuple[int, int, str, date | None]] = []
    for a, b in itertools.pairwise(cuts):
        day: date | None
        if a >= left_at:
            reason, day = "after-employee-left", left
        elif any(g.start <= a < g.stop for g in grants):
            continue
        elif not grants:
            reason, day = "no-authorisation", None
        else:
            ended = [g for g in grants if g.stop <= a]
            if not ended:
                reason, day = "before-grant", min(g.granted_on for g in grants)
            else:
                last = max(ended, key=lambda g: (g.stop, g.revoked))
                reason = "after-revocation" if last.revoked else "after-expiry"
                day = last.last_day
        if runs and runs[-1][1] == a and runs[-1][2] == reason and runs[-1][3] == day:
            runs[-1] = (runs[-1][0], b, reason, day)
        else:
            runs.append((a, b, reason, day))
    return runs


# -- working hours ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkingHours:
    """When lookups are expected, over one calendar, as SQL and as Python.

    Off hours: before ``start`` or from ``end`` (seconds after local midnight), a weekday not
    worked, a closed day (public holidays with their Danish names, or named closed days), or
    after ``half_end`` on a half day.
    """

    calendar: LocalCalendar
    start: int
    end: int
    half_end: int
    free_weekdays: tuple[int, ...]  # 0 = Monday
    closed: Mapping[int, str]  # day number -> holiday name, or "" for a closed day
    half: frozenset[int]

    @classmethod
    def of(cls, calendar: LocalCalendar, params: Mapping[str, Any]) -> WorkingHours:
        """From the off-hours rule's parameters (already validated)."""
        closed: dict[int, str] = {}
        if params["public_holidays"]:
            import holidays  # 80 ms to import: only when the rule runs

            years = range(calendar.first.year, calendar.last.year + 1)
            for day, name in sorted(holidays.country_holidays(
                    "DK", years=years, language="da").items()):
                if calendar.first <= day <= calendar.last:
                    closed[day_number(day)] = str(name)
        for day in sorted(closed_dates(params["closed_days"], calendar.first, calendar.last)):
            closed.setdefault(day_number(day), "")
        half = frozenset(day_number(d) for d in closed_dates(
            params["half_days"], calendar.first, calendar.last))
        workdays = set(params["workdays"])
        return cls(calendar, parse_hhmm(params["start"]), parse_hhmm(params["end"]),
                   parse_hhmm(params["half_day_end"]),
                   tuple(d for d in range(7) if d + 1 not in workdays), closed, half)

    def sql(self, column: str = "e.ts") -> str:
        """1 for an instant outside working hours, else 0 (an SQL integer expression)."""
        local = self.calendar.sql_local(column)
        seconds, day = f"({local} % {DAY})", f"({local} / {DAY})"
        parts = [f"{seconds} < {self.start}", f"{seconds} >= {self.end}"]
        if self.free_weekdays:  # 1970-01-01, day 0, was a Thursday
            parts.append(f"({day} + 3) % 7 IN ({', '.join(map(str, self.free_weekdays))})")
        if self.closed:
            parts.append(f"{day} IN ({', '.join(map(str, sorted(self.closed)))})")
        if self.half:
            parts.append(f"({day} IN ({', '.join(map(str, sorted(self.half)))}) "
                         f"AND {seconds} >= {self.half_end})")
        return f"({' OR '.join(parts)})"

    def is_off(self, ts: int) -> bool:
        """What :meth:`sql` computes, in Python."""
        local = self.calendar.local_seconds(ts)
        seconds, day = local % DAY, local // DAY
        return (seconds < self.start or seconds >= self.end
                or (day + 3) % 7 in self.free_weekdays or day in self.closed
                or (day in self.half and seconds >= self.half_end))

    def reason(self, number: int) -> tuple[str, str]:
        """Why a day's lookups are off hours: (kind, holiday name); kind is ``holiday``,
        ``closed``, ``weekend``, ``half-day`` or ``hours``."""
        if number in self.closed:
            name = self.closed[number]
            return ("holiday", name) if name else ("closed", "")
        if (number + 3) % 7 in self.free_weekdays:
            return "weekend", ""
        if number in self.half:
            return "half-day", ""
        return "hours", ""


# -- many users, one person ------------------------------------------------------------------


def episodes(users_per_day: Mapping[int, set[int]], need: int, width: int
             ) -> list[tuple[int, int]]:
    """(first, last) day numbers of the runs of days covered by windows of *width*
    consecutive days that hold at least *need* different users; overlapping windows merge
    into one episode, which starts and ends on a day with lookups."""
    days = sorted(d for d, users in users_per_day.items() if users)
    out: list[tuple[int, int]] = []
    for i, start in enumerate(days):
        inside = [d for d in days[i:] if d < start + width]
        seen: set[int] = set()
        for d in inside:
            seen |= users_per_day[d]
        if len(seen) < need:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], inside[-1]))
        else:
            out.append((start, inside[-1]))
    return out
