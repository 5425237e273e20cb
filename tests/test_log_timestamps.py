"""Danish local time in log rows: formats, detection from a sample, DST, caches, CPR checks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpradmin.models.cpr import CprError, parse_cpr
from cpradmin.models.logs import (
    AMBIGUOUS,
    COPENHAGEN,
    NONEXISTENT,
    CprChecker,
    DateFormat,
    LogProfile,
    TimestampError,
    TimestampParser,
    detect_date_format,
    format_cpr,
    local_day_bounds,
    local_epoch,
    readings,
    to_local,
)

LATEST = int(datetime(2030, 1, 1, tzinfo=UTC).timestamp())


def utc(*args: int) -> int:
    return int(datetime(*args, tzinfo=UTC).timestamp())


def parser(fmt: DateFormat) -> TimestampParser:
    return TimestampParser(fmt, latest=LATEST)


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (DateFormat.ISO, "2024-06-03 09:05:07"),
        (DateFormat.ISO, "2024-06-03T09:05:07"),
        (DateFormat.ISO, "2024-06-03 09:05:07.250"),
        (DateFormat.ISO, "2024-6-3 9:05:07"),
        (DateFormat.DMY_DASH, "03-06-2024 09:05:07"),
        (DateFormat.DMY_DASH, "3-6-2024 9:05:07"),
        (DateFormat.DMY_DOT, "03.06.2024 09:05:07"),
        (DateFormat.DMY_DOT, "03.06.2024 09.05.07"),
        (DateFormat.DMY_SLASH, "03/06/2024 09:05:07"),
        (DateFormat.MDY_SLASH, "06/03/2024 09:05:07"),
    ],
)
def test_each_format_with_seconds(fmt: DateFormat, text: str) -> None:
    # 3 June 2024 09:05:07 summer time = 07:05:07 UTC
    assert parser(fmt).parse(text) == (utc(2024, 6, 3, 7, 5, 7), 0)


@pytest.mark.parametrize(
    ("fmt", "text"),
    [(DateFormat.ISO, "2024-01-15 13:45"), (DateFormat.DMY_DASH, "15-01-2024 13:45"),
     (DateFormat.DMY_DOT, "15.01.2024 13:45"), (DateFormat.DMY_SLASH, "15/01/2024 13:45")],
)
def test_each_format_without_seconds(fmt: DateFormat, text: str) -> None:
    assert parser(fmt).parse(text) == (utc(2024, 1, 15, 12, 45), 0)  # winter time: UTC+1


def test_iso_with_offset_is_exact_and_never_flagged() -> None:
    p = parser(DateFormat.ISO)
    assert p.parse("2024-10-27T02:30:00Z") == (utc(2024, 10, 27, 2, 30), 0)
    assert p.parse("2024-10-27T02:30:00+01:00") == (utc(2024, 10, 27, 1, 30), 0)


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["2024-01-02 10:00:00"], DateFormat.ISO),
        (["01-02-2024 10:00:00", "13-02-2024 10:00"], DateFormat.DMY_DASH),
        (["01.02.2024 10:00"], DateFormat.DMY_DOT),
        (["01/02/2024 10:00", "02/03/2024 10:00"], DateFormat.DMY_SLASH),  # Danish by default
        (["01/02/2024 10:00", "12/31/2024 10:00"], DateFormat.MDY_SLASH),  # proven US order
        (["31/12/2024 10:00", "12/31/2024 10:00"], DateFormat.DMY_SLASH),  # contradictory
        (["garbage", "01-02-2024 10:00", "02-02-2024 10:00", "2024-01-01 10:00"],
         DateFormat.DMY_DASH),  # the majority
        (["nonsense", ""], None),
        ([], None),
    ],
)
def test_detect_from_sample(samples: list[str], expected: DateFormat | None) -> None:
    assert detect_date_format(samples) == expected


def test_one_format_per_file_so_a_date_is_never_read_two_ways() -> None:
    fmt = detect_date_format(["01/02/2024 10:00", "12/31/2024 10:00"])
    p = parser(fmt or DateFormat.DMY_SLASH)
    first = to_local(p.parse("01/02/2024 10:00")[0])
    assert (first.month, first.day) == (1, 2)  # January 2nd, like every other row
    with pytest.raises(TimestampError):
        p.parse("31/12/2024 10:00")  # does not fit the file's format: a row error


@pytest.mark.parametrize(
    "text",
    ["31-02-2024 10:00:00", "15-01-2024 24:00:00", "15-01-2024 10:60:00", "15-01-2024 10:00:61",
     "15-01-2024", "15-01-24 10:00", "abc", "", "15-01-2024 10:00:00 extra"],
)
def test_unreadable(text: str) -> None:
    with pytest.raises(TimestampError) as caught:
        parser(DateFormat.DMY_DASH).parse(text)
    assert caught.value.reason == "timestamp"


@pytest.mark.parametrize("text", ["31-12-1999 23:00:00", "01-01-2031 00:00:00"])
def test_out_of_range(text: str) -> None:
    with pytest.raises(TimestampError) as caught:
        parser(DateFormat.DMY_DASH).parse(text)
    assert caught.value.reason == "range"


# -- daylight saving time ----------------------------------------------------------------------


def test_spring_forward_hour_does_not_exist_but_is_kept_and_flagged() -> None:
    p = parser(DateFormat.DMY_DASH)  # 31 March 2024: 02:00 jumps to 03:00
    assert p.parse("31-03-2024 01:59:59") == (utc(2024, 3, 31, 0, 59, 59), 0)
    ts, flags = p.parse("31-03-2024 02:30:00")
    assert flags == NONEXISTENT
    assert ts == utc(2024, 3, 31, 1, 30)  # as zoneinfo maps it: read with the winter offset
    assert to_local(ts).strftime("%H:%M") == "03:30"
    assert p.parse("31-03-2024 03:00:00") == (utc(2024, 3, 31, 1, 0), 0)


def test_autumn_hour_happens_twice_first_reading_stored_and_flagged() -> None:
    p = parser(DateFormat.DMY_DASH)  # 27 October 2024: 03:00 summer time -> 02:00 winter time
    assert p.parse("27-10-2024 01:59:59") == (utc(2024, 10, 26, 23, 59, 59), 0)
    ts, flags = p.parse("27-10-2024 02:30:00")
    assert flags == AMBIGUOUS
    assert ts == utc(2024, 10, 27, 0, 30)  # the first 02:30 (summer time)
    assert readings(ts, flags) == (ts, utc(2024, 10, 27, 1, 30))  # or the second (winter)
    assert p.parse("27-10-2024 03:00:00") == (utc(2024, 10, 27, 2, 0), 0)
    assert readings(*p.parse("27-10-2024 03:00:00")) == (utc(2024, 10, 27, 2, 0),)


def test_local_epoch_matches_zoneinfo_for_every_hour_of_a_dst_year() -> None:
    start = datetime(2024, 1, 1)
    p = parser(DateFormat.ISO)
    for hour in range(0, 366 * 24, 7):
        naive = datetime.fromordinal(start.toordinal() + hour // 24).replace(hour=hour % 24)
        epoch, flags = local_epoch(naive)
        assert epoch == int(naive.replace(tzinfo=COPENHAGEN).timestamp())
        assert p.parse(naive.strftime("%Y-%m-%d %H:%M:%S")) == (epoch, flags)


def test_local_day_bounds_cover_23_and_25_hour_days() -> None:
    assert local_day_bounds(date(2024, 3, 31), date(2024, 3, 31)) == (
        utc(2024, 3, 30, 23), utc(2024, 3, 31, 22))
    low, high = local_day_bounds(date(2024, 10, 27), date(2024, 10, 27))
    assert high - low == 25 * 3600


# -- the fast path agrees with the careful one -------------------------------------------------

stamps = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2029, 12, 30))


@settings(max_examples=200, deadline=None)
@given(st.lists(stamps, min_size=1, max_size=40), st.sampled_from(list(DateFormat)),
       st.booleans())
def test_parse_many_equals_parse(values: list[datetime], fmt: DateFormat,
                                 seconds: bool) -> None:
    pattern = {DateFormat.ISO: "%Y-%m-%d", DateFormat.DMY_DASH: "%d-%m-%Y",
               DateFormat.DMY_DOT: "%d.%m.%Y", DateFormat.DMY_SLASH: "%d/%m/%Y",
               DateFormat.MDY_SLASH: "%m/%d/%Y"}[fmt] + (" %H:%M:%S" if seconds else " %H:%M")
    texts = [v.strftime(pattern) for v in values] + ["31-31-2024 99:99:99"]
    many = parser(fmt)
    epochs, flags = many.parse_many(texts)
    single = parser(fmt)
    for text, epoch, flag in zip(texts, epochs, flags, strict=True):
        try:
            assert single.parse(text) == (epoch, flag)
        except TimestampError:
            assert epoch is None


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[0-9]{6}-?[0-9]{4}", fullmatch=True))
def test_cpr_checker_agrees_with_parse_cpr(text: str) -> None:
    try:
        expected: str | None = parse_cpr(text).digits
    except CprError:
        expected = None
    assert CprChecker().digits(text) == expected


@pytest.mark.parametrize(
    ("text", "valid"),
    [("0101901234", True), ("010190-1234", True), ("6101901234", True),  # substitute
     ("2902004000", True),  # 29 February 2000 (7th digit 4: 2000-2036)
     ("2902001000", False),  # 29 February 1900 (7th digit 1): no leap year
     ("2902014000", False), ("3002901234", False), ("0113901234", False),
     ("0101901235", True),  # fails modulus 11: still valid
     ("010190-XXXX", False), ("01019O1234", False), ("٠١٠١٩٠١٢٣٤", False)],
)
def test_cpr_checker_cases(text: str, valid: bool) -> None:
    assert (CprChecker().digits(text) is not None) is valid


def test_format_cpr_keeps_the_leading_zero() -> None:
    assert format_cpr(101901234) == "0101901234"
    assert format_cpr(None) is None


def test_profile_problems() -> None:
    assert LogProfile("P", {"user": "A", "transaction": "B", "timestamp": "C"}).problems() == []
    assert LogProfile("P", {"user": "A", "transaction": "B", "date": "C", "time": "D"}
                      ).problems() == []
    assert LogProfile("", {"user": "A"}).problems()
    assert LogProfile("P", {"user": "A", "transaction": "B", "colour": "C",
                            "timestamp": "D"}).problems()
