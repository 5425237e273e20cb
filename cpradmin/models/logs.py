"""CPR log rows as pure data: column names, date formats, Danish local time, profiles.

Log exports give times as Danish wall-clock text without an offset. The vault stores UTC epoch
seconds, so every rule compares instants, not texts. Two hours a year do not map one-to-one:

* the autumn hour (last Sunday of October, 02:00-02:59) happens twice. Such a time is stored as
  its first occurrence (``fold=0``, summer time) and flagged ``AMBIGUOUS``; the other reading is
  exactly one hour later (:func:`readings`), so a rule can treat the row as either;
* the spring hour (last Sunday of March, 02:00-02:59) does not exist. The row is kept (a clock
  set wrongly is no reason to lose a lookup), mapped as ``zoneinfo`` maps it (as if the clock
  had not been put forward: 02:30 becomes 03:30 summer time) and flagged ``NONEXISTENT``.

The date format is decided once per file from a sample of rows (:func:`detect_date_format`),
never per row, so ``01-02-2024`` cannot mean 1 February in one row and 2 January in the next.
Converting is cached per hour: a quarter's million rows share about 2,200 hours.
"""

from __future__ import annotations

import enum
import re
from calendar import monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import repeat
from operator import add, itemgetter, mul
from zoneinfo import ZoneInfo

from cpradmin.models.cpr import _full_year  # the century rule, shared on purpose

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

#: Bits of ``log_entries.flags``.
AMBIGUOUS = 1
NONEXISTENT = 2

#: The earliest instant a log row may have (the CPR log search does not go further back).
EARLIEST = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp())
#: How far in the future (clock skew between systems) a row may lie, in seconds.
FUTURE_SLACK = 86_400

# Bounded so a ten-year file cannot grow the cache without limit.
_HOUR_CACHE_LIMIT = 100_000


class Source(enum.StrEnum):
    """Where a log comes from: the CPR office's log search, or our own systems."""

    CPR = "cpr"
    SYSTEM = "system"


SOURCE_CODES: dict[Source, int] = {Source.CPR: 0, Source.SYSTEM: 1}


class DateFormat(enum.StrEnum):
    ISO = "yyyy-mm-dd"
    DMY_DASH = "dd-mm-yyyy"
    DMY_DOT = "dd.mm.yyyy"
    DMY_SLASH = "dd/mm/yyyy"
    MDY_SLASH = "mm/dd/yyyy"  # only when the sample proves it (a "day" above 12)


_TIME = r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?"
_OFFSET = r"(Z|[+-]\d{2}:?\d{2})?"
_PATTERNS: dict[DateFormat, re.Pattern[str]] = {
    DateFormat.ISO: re.compile(rf"(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?:T| +){_TIME}{_OFFSET}"),
    DateFormat.DMY_DASH: re.compile(rf"(\d{{1,2}})-(\d{{1,2}})-(\d{{4}}) +{_TIME}"),
    DateFormat.DMY_DOT: re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}) +{_TIME}"),
    DateFormat.DMY_SLASH: re.compile(rf"(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}) +{_TIME}"),
    DateFormat.MDY_SLASH: re.compile(rf"(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}) +{_TIME}"),
}
_SECONDS = {f"{s:02d}": s for s in range(60)}
# The first 13 characters of a fixed-width time ("dd-mm-yyyy HH", "yyyy-mm-dd HH"): only such a
# prefix is cached as an hour, to which ":MM[:SS]" then adds minutes and seconds.
_FIXED_HOUR = re.compile(r"\d[\d./-]{8}\d[ T]\d\d")


def detect_date_format(samples: Iterable[str]) -> DateFormat | None:
    """The format most sample timestamps match; None if none matches.

    ``dd/mm`` and ``mm/dd`` look alike: ``mm/dd`` is chosen only when some sample has a second
    number above 12 and none has a first number above 12; otherwise the Danish order wins.
    """
    counts: dict[DateFormat, int] = dict.fromkeys(DateFormat, 0)
    first_big = second_big = False
    for text in samples:
        text = text.strip()
        for fmt in (DateFormat.ISO, DateFormat.DMY_DASH, DateFormat.DMY_DOT,
                    DateFormat.DMY_SLASH):
            match = _PATTERNS[fmt].fullmatch(text)
            if match:
                counts[fmt] += 1
                if fmt is DateFormat.DMY_SLASH:
                    first_big |= int(match.group(1)) > 12
                    second_big |= int(match.group(2)) > 12
                break
    if second_big and not first_big:
        counts[DateFormat.MDY_SLASH], counts[DateFormat.DMY_SLASH] = (
            counts[DateFormat.DMY_SLASH], 0)
    best = max(counts, key=lambda f: counts[f])
    return best if counts[best] else None


class TimestampError(ValueError):
    """A timestamp is not readable (``reason="timestamp"``) or outside the log's possible
    range (``reason="range"``). Carries no cell text: the caller words the message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_UNREADABLE = TimestampError("timestamp")
_OUT_OF_RANGE = TimestampError("range")


def local_epoch(naive: datetime, zone: ZoneInfo = COPENHAGEN) -> tuple[int, int]:
    """(UTC epoch seconds, flags) of a wall-clock time in *zone*; see the module docstring."""
    first = naive.replace(tzinfo=zone, fold=0)
    epoch = int(first.timestamp())
    if first.utcoffset() == first.replace(fold=1).utcoffset():
        return epoch, 0
    back = datetime.fromtimestamp(epoch, zone).replace(tzinfo=None)
    return epoch, AMBIGUOUS if back == naive else NONEXISTENT


def readings(ts: int, flags: int) -> tuple[int, ...]:
    """Every instant a stored row may mean: two for an ambiguous autumn time (the later one is
    one hour after the stored one: the same wall-clock time in winter time), else one."""
    return (ts, ts + 3600) if flags & AMBIGUOUS else (ts,)


def to_local(ts: int, zone: ZoneInfo = COPENHAGEN) -> datetime:
    """A stored instant as Danish local time (aware), for display and rules."""
    return datetime.fromtimestamp(ts, zone)


def local_day_bounds(first: date, last: date, zone: ZoneInfo = COPENHAGEN) -> tuple[int, int]:
    """[start, end) in epoch seconds of the local days *first* through *last*."""
    # Midnight always exists in Copenhagen (DST changes at 02:00/03:00): no fold to resolve.
    start = datetime.combine(first, time(), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)
    return int(start.timestamp()), int(end.timestamp())


class TimestampParser:
    """Text in one :class:`DateFormat` → (UTC epoch seconds, flags), cached per hour.

    *latest* is the last acceptable instant (normally now plus a day): a log cannot hold
    lookups from the future, and a year typed as 2204 must not pass as valid.
    """

    def __init__(self, fmt: DateFormat, *, latest: int, zone: ZoneInfo = COPENHAGEN) -> None:
        self.format = fmt
        self.zone = zone
        self.latest = latest
        self._pattern = _PATTERNS[fmt]
        self._order = (
            (0, 1, 2) if fmt is DateFormat.ISO
            else (2, 0, 1) if fmt is DateFormat.MDY_SLASH
            else (2, 1, 0)
        )  # positions of (year, month, day) among the first three groups
        self._hours: dict[str, tuple[int, int] | None] = {}

    def parse(self, text: str) -> tuple[int, int]:
        """Raises :class:`TimestampError` (never anything else) for a bad value.

        The usual fixed-width texts ("dd-mm-yyyy HH:MM[:SS]", ISO alike) are split into hour,
        minute and second; the hour's instant is computed once. Exact, because Danish time
        changes only on whole hours.
        """
        n = len(text)
        if (n == 19 or n == 16) and text[13] == ":":
            minute = _SECONDS.get(text[14:16])
            second = 0 if n == 16 else _SECONDS.get(text[17:]) if text[16] == ":" else None
            found = self._hours.get(text[:13], False)
            if found is False:
                found = self._hour(text[:13])
            if found is not None and minute is not None and second is not None:
                epoch = found[0] + 60 * minute + second
                if epoch > self.latest:
                    raise _OUT_OF_RANGE
                return epoch, found[1]
        return self._parse_slow(text)  # also tells "unreadable" from "out of range"

    def parse_many(self, texts: Sequence[str]) -> tuple[list[int | None], list[int]]:
        """Epochs and flags of many texts at once; an epoch is None where :meth:`parse` would
        raise (call it for the reason). For a chunk of uniform "dd-mm-yyyy HH:MM:SS" (or ISO)
        texts this runs in C (``map``/``zip``), about a tenth of a call per row."""
        hours = self._hours
        if (set(map(len, texts)) == {19}
                and set(map(itemgetter(13, 16), texts)) == {(":", ":")}):
            keys = list(map(itemgetter(slice(0, 13)), texts))
            found = list(map(hours.get, keys, repeat(False)))
            if False in found:
                for index, value in enumerate(found):
                    if value is False:
                        key = keys[index]
                        found[index] = hours[key] if key in hours else self._hour(key)
            minutes = list(map(_SECONDS.get, map(itemgetter(slice(14, 16)), texts)))
            seconds = list(map(_SECONDS.get, map(itemgetter(slice(17, 19)), texts)))
            if None not in found and None not in minutes and None not in seconds:
                epochs: list[int | None] = list(map(
                    add, map(add, map(itemgetter(0), found), map(mul, minutes, repeat(60))),
                    seconds))
                if max(epochs) <= self.latest:  # type: ignore[type-var]
                    return epochs, list(map(itemgetter(1), found))
        epochs, flags = [], []
        for text in texts:
            try:
                epoch, flag = self.parse(text)
            except TimestampError:
                epoch, flag = None, 0
            epochs.append(epoch)
            flags.append(flag)
        return epochs, flags

    def _hour(self, key: str) -> tuple[int, int] | None:
        if not _FIXED_HOUR.fullmatch(key):  # "2024-6-3 9:05" is not an hour: slow path
            self._hours[key] = None
            return None
        try:
            found: tuple[int, int] | None = self._parse_slow(key + ":00")
        except TimestampError:
            found = None
        if len(self._hours) >= _HOUR_CACHE_LIMIT:
            self._hours.clear()
        self._hours[key] = found
        return found

    def _parse_slow(self, text: str) -> tuple[int, int]:
        match = self._pattern.fullmatch(text.strip())
        if match is None:
            raise _UNREADABLE
        groups = match.groups()
        y, mo, d = (int(groups[i]) for i in self._order)
        hour, minute = int(groups[3]), int(groups[4])
        second = int(groups[5]) if groups[5] else 0
        offset = groups[6] if len(groups) > 6 else None
        try:
            naive = datetime(y, mo, d, hour, minute, second)
        except ValueError:
            raise _UNREADABLE from None
        if offset:
            epoch, flags = int(naive.replace(tzinfo=_fixed(offset)).timestamp()), 0
        else:
            epoch, flags = local_epoch(naive, self.zone)
        if not EARLIEST <= epoch <= self.latest:
            raise _OUT_OF_RANGE
        return epoch, flags

    def from_datetime(self, value: datetime) -> tuple[int, int]:
        """An XLSX date-time cell (naive: local time)."""
        if value.tzinfo is not None:
            epoch, flags = int(value.timestamp()), 0
        else:
            epoch, flags = local_epoch(value.replace(microsecond=0), self.zone)
        if not EARLIEST <= epoch <= self.latest:
            raise _OUT_OF_RANGE
        return epoch, flags


def _fixed(offset: str) -> timezone:
    if offset == "Z":
        return UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


# -- CPR numbers in bulk -----------------------------------------------------------------------


class CprChecker:
    """CPR validation for millions of cells, with the rules of :func:`parse_cpr`: the birth
    date (substitute numbers: day + 60) must exist in the century the 7th digit gives;
    modulus 11 is not checked (numbers without it are valid since 2007)."""

    def digits(self, text: str) -> str | None:
        """The 10 digits of a valid CPR number (``DDMMYYSSSS`` or ``DDMMYY-SSSS``), else None."""
        if len(text) == 11 and text[6] == "-":
            text = text[:6] + text[7:]
        if len(text) != 10 or not text.isdigit() or not text.isascii():
            return None
        day, month = int(text[:2]), int(text[2:4])
        if day > 60:
            day -= 60
        if not 1 <= month <= 12 or day < 1:
            return None
        if day <= 28:
            return text
        year = _full_year(int(text[4:6]), int(text[6]))
        return text if day <= monthrange(year, month)[1] else None


def format_cpr(value: int | None) -> str | None:
    """A stored CPR integer as its 10 digits (leading zero kept)."""
    return None if value is None else str(value).zfill(10)


# -- columns and profiles ----------------------------------------------------------------------

#: Our fields and the headers (Danish, English, variants) that name them.
LOG_ALIASES: dict[str, tuple[str, ...]] = {
    "user": ("Bruger-ID", "Brugerid", "Bruger id", "Bruger", "User ID", "User-ID", "Userid",
             "User", "CPR bruger-id"),
    "timestamp": ("Tidspunkt", "Tidsstempel", "Timestamp", "Time stamp", "Dato og tid",
                  "Date and time", "Datetime"),
    "date": ("Dato", "Date"),
    "time": ("Tid", "Klokkeslæt", "Time"),
    "transaction": ("Transaktion", "Transaktionstype", "Transaction", "Transaction type",
                    "Trans.type", "Transtype"),
    "cpr": ("CPR-nummer", "CPR", "CPR-nr.", "CPR-nr", "CPR nr", "Personnummer", "CPR number"),
    "terminal": ("Terminal", "Terminal-ID", "Arbejdsstation", "Workstation"),
    "criterion": ("Søgekriterie", "Søgekriterium", "Søgekriterier", "Search criterion",
                  "Search criteria"),
    "system": ("System", "Program", "Systemnavn", "System name", "Application"),
}
STATISTICS_ALIASES: dict[str, tuple[str, ...]] = {
    "user": LOG_ALIASES["user"],
    "transaction": LOG_ALIASES["transaction"],
    "count": ("Antal", "Antal transaktioner", "Count", "Number", "Transactions"),
    "start": ("Fra", "Fra dato", "Periode fra", "Periodestart", "From", "Period start"),
    "end": ("Til", "Til dato", "Periode til", "Periodeslut", "To", "Period end"),
    "month": ("Måned", "Periode", "Month", "Period"),
}
CASE_ALIASES: dict[str, tuple[str, ...]] = {
    "user": LOG_ALIASES["user"],
    "cpr": LOG_ALIASES["cpr"],
    "case": ("Sagsnummer", "Sagsnr.", "Sagsnr", "Sag", "Case number", "Case no.", "Case"),
    "start": ("Fra", "Fra dato", "Gyldig fra", "From", "Valid from", "Start"),
    "end": ("Til", "Til dato", "Gyldig til", "To", "Valid to", "End"),
}
LOG_FIELDS = tuple(LOG_ALIASES)
EXTRA_FIELDS = ("terminal", "criterion", "system")


@dataclass(frozen=True)
class LogProfile:
    """A named mapping of our fields to a file's column headers, for exports whose headers
    we do not recognise. *columns* maps a field of :data:`LOG_FIELDS` to a header text;
    *date_format* overrides detection (None: detect)."""

    name: str
    columns: Mapping[str, str] = field(default_factory=dict)
    date_format: DateFormat | None = None
    source: Source = Source.CPR

    def problems(self) -> list[str]:
        """What makes the profile unusable, in English (empty if fine)."""
        found = []
        if not self.name.strip():
            found.append("the profile has no name")
        unknown = sorted(set(self.columns) - set(LOG_FIELDS))
        if unknown:
            found.append(f"unknown fields: {', '.join(unknown)}")
        if "user" not in self.columns or "transaction" not in self.columns:
            found.append("the user ID and transaction columns are required")
        if "timestamp" not in self.columns and not {"date", "time"} <= set(self.columns):
            found.append("a timestamp column, or date and time columns, are required")
        return found
