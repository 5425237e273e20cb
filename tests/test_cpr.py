"""Tests for cpradmin.models.cpr: exhaustive date coverage, masking and redaction.

The expected century of each 7th digit is written out here as a table straight from the CPR
office's rules, independent of the implementation, so a slip in either shows up.
"""

from __future__ import annotations

import copy
import pickle
import re
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.dk import cpr as stdnum_cpr

from cpradmin.i18n import Message
from cpradmin.models.cpr import (
    CPR_PATTERN,
    CprError,
    CprNumber,
    is_valid_cpr,
    mask_cpr,
    parse_cpr,
    redact_cpr,
)

FIRST = date(1858, 1, 1)
LAST = date(2057, 12, 31)

# (first year, last year, 7th digits that give a year in that range), from the CPR rules.
CENTURY_TABLE: list[tuple[int, int, tuple[int, ...]]] = [
    (1858, 1899, (5, 6, 7, 8)),
    (1900, 1936, (0, 1, 2, 3)),
    (1937, 1999, (0, 1, 2, 3, 4, 9)),
    (2000, 2036, (4, 9, 5, 6, 7, 8)),
    (2037, 2057, (5, 6, 7, 8)),
]

LEAKY = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")


def seventh_digits(year: int) -> tuple[int, ...]:
    for first, last, digits in CENTURY_TABLE:
        if first <= year <= last:
            return digits
    raise AssertionError(year)


def all_dates(step: int = 1) -> list[date]:
    return [date.fromordinal(n) for n in range(FIRST.toordinal(), LAST.toordinal() + 1, step)]


def make(
    d: date, seventh: int, serial: int = 0, *, day_offset: int = 0, hyphen: bool = False
) -> str:
    head = f"{d.day + day_offset:02d}{d.month:02d}{d.year % 100:02d}"
    tail = f"{seventh}{serial % 1000:03d}"
    return f"{head}-{tail}" if hyphen else head + tail


# --- the century table itself -------------------------------------------------------------


def test_century_table_is_unambiguous() -> None:
    """Every (YY, 7th digit) pair must belong to exactly one year in 1858-2057."""
    for yy in range(100):
        for seventh in range(10):
            years = [
                y
                for y in range(FIRST.year, LAST.year + 1)
                if y % 100 == yy and seventh in seventh_digits(y)
            ]
            assert len(years) == 1, (yy, seventh, years)


# --- exhaustive acceptance ---------------------------------------------------------------


def test_every_date_and_century_digit_is_accepted() -> None:
    failures: list[tuple[str, object]] = []
    count = 0
    for i, d in enumerate(all_dates()):
        for seventh in seventh_digits(d.year):
            text = make(d, seventh, i, hyphen=bool(i & 1))
            count += 1
            try:
                got = parse_cpr(text).birth_date
            except CprError as exc:
                failures.append((text, exc.message.english()))
                continue
            if got != d:
                failures.append((text, got))
    assert count > 360_000
    assert failures == [], f"{len(failures)} false results, first: {failures[:5]}"


def test_every_7th_day_as_substitute_number_is_accepted() -> None:
    failures: list[tuple[str, object]] = []
    for i, d in enumerate(all_dates(step=7)):
        for seventh in seventh_digits(d.year):
            text = make(d, seventh, i, day_offset=60)
            try:
                parsed = parse_cpr(text)
            except CprError as exc:
                failures.append((text, exc.message.english()))
                continue
            if parsed.birth_date != d or not parsed.substitute:
                failures.append((text, parsed.birth_date))
    assert failures == [], f"{len(failures)} false results, first: {failures[:5]}"


def test_birth_date_agrees_with_python_stdnum() -> None:
    """A second opinion on the century rules, on a sample (stdnum has no substitute numbers)."""
    for i, d in enumerate(all_dates(step=97)):
        for seventh in range(10):
            text = make(d, seventh, i)
            assert parse_cpr(text).birth_date == stdnum_cpr.get_birth_date(text), text


def test_all_day_month_combinations_match_the_calendar() -> None:
    """Every DDMM for years that stress leap-year rules: valid exactly when the date exists."""
    cases = [
        ("00", 0, 1900),  # not a leap year: divisible by 100
        ("00", 4, 2000),  # leap year: divisible by 400
        ("00", 5, 2000),
        ("96", 5, 1896),
        ("04", 0, 1904),
        ("58", 7, 1858),
        ("57", 8, 2057),
        ("37", 9, 1937),
        ("36", 9, 2036),
    ]
    for yy, seventh, year in cases:
        for raw_day in range(100):
            substitute = raw_day > 60
            day = raw_day - 60 if substitute else raw_day
            for month in range(100):
                text = f"{raw_day:02d}{month:02d}{yy}{seventh}123"
                try:
                    expected: date | None = date(year, month, day)
                except ValueError:
                    expected = None
                if expected is None:
                    with pytest.raises(CprError):
                        parse_cpr(text)
                else:
                    parsed = parse_cpr(text)
                    assert parsed.birth_date == expected, text
                    assert parsed.substitute is substitute


# --- rejections ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("300290-1234", "does not exist"),  # 30 February
        ("310490-1234", "does not exist"),  # 31 April
        ("290200-1234", "does not exist"),  # 7th digit 1 -> 1900, not a leap year
        ("290200-0234", "does not exist"),
        ("890200-1234", "does not exist"),  # substitute for 29-02-1900
        ("011390-1234", "month 13"),
        ("010090-1234", "month 0"),
        ("000190-1234", "day 0"),
        ("320190-1234", "day 32"),
        ("600190-1234", "day 60"),  # neither a real day nor a substitute day
        ("920190-1234", "day 92"),
    ],
)
def test_impossible_dates_are_rejected(text: str, fragment: str) -> None:
    with pytest.raises(CprError) as info:
        parse_cpr(text)
    assert fragment in info.value.message.english()
    assert not is_valid_cpr(text)


def test_leap_days_that_exist_are_accepted() -> None:
    assert parse_cpr("290200-4234").birth_date == date(2000, 2, 29)  # 7th digit 4 -> 2000
    assert parse_cpr("290296-5234").birth_date == date(1896, 2, 29)
    assert parse_cpr("890204-0234").birth_date == date(1904, 2, 29)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "No CPR number"),
        ("   ", "No CPR number"),
        ("010190-123", "9 were entered"),
        ("01019012345", "11 were entered"),
        ("0101-901234", "after the sixth digit"),
        ("0101901-2345", "11 were entered"),
        ("010190--1234", "after the sixth digit"),
        ("01019O-1234", "only contain digits"),  # letter O
        ("010190/1234", "only contain digits"),
        ("010190\t1234", "only contain digits"),
        ("\u0661\u0662\u0661\u0662\u0669\u0660\u0661\u0662\u0663\u0664", "only contain digits"),
    ],
)
def test_malformed_input_is_rejected_with_reason(text: str, fragment: str) -> None:
    with pytest.raises(CprError) as info:
        parse_cpr(text)
    assert fragment in info.value.message.english()


def test_future_birth_date_only_rejected_when_today_is_given() -> None:
    today = date(2025, 6, 15)
    assert parse_cpr("160625-4000").birth_date == date(2025, 6, 16)
    with pytest.raises(CprError) as info:
        parse_cpr("160625-4000", today=today)
    assert "future" in info.value.message.english()
    assert "160625-4000" not in str(info.value)
    assert parse_cpr("150625-4000", today=today).birth_date == today
    assert not is_valid_cpr("160625-4000", today=today)
    assert is_valid_cpr("160625-4000")


# --- accepted forms, modulus 11 -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2110625629",
        "211062-5629",
        "  211062-5629  ",
        "\t2110625629\n",
        "211062 5629",
        "211062 - 5629",
    ],
)
def test_input_forms(text: str) -> None:
    # 7th digit 5 with YY 62 is the 19th century (5-8 give 2000-2057 only for YY 00-57).
    parsed = parse_cpr(text)
    assert parsed.digits == "2110625629"
    assert parsed.formatted == "211062-5629"
    assert parsed.masked == "211062-XXXX"
    assert parsed.birth_date == date(1862, 10, 21)
    assert not parsed.substitute
    assert parsed.modulus11_ok
    assert parsed.warnings == ()


def test_modulus11_failure_is_a_warning_not_an_error() -> None:
    parsed = parse_cpr("211062-5628")
    assert not parsed.modulus11_ok
    assert len(parsed.warnings) == 1
    warning = parsed.warnings[0]
    assert isinstance(warning, Message)
    assert warning.context == "Cpr"
    assert "modulus-11" in warning.english()
    assert "211062-XXXX" in warning.english()
    assert "5628" not in warning.english()
    assert is_valid_cpr("2110625628")


def test_substitute_number() -> None:
    parsed = parse_cpr("811062-1629")
    assert parsed.substitute
    assert parsed.birth_date == date(1962, 10, 21)
    assert parsed.masked == "811062-XXXX"


# --- masking ------------------------------------------------------------------------------


def test_str_and_repr_are_masked() -> None:
    parsed = parse_cpr("070761-4285")
    for shown in (str(parsed), repr(parsed), f"{parsed}", f"{parsed!r}", str([parsed])):
        assert "4285" not in shown
        assert "070761-XXXX" in shown
    assert str(parsed) == repr(parsed) == parsed.masked == "070761-XXXX"
    assert parsed.formatted == "070761-4285"


def test_direct_construction_checks_digits() -> None:
    with pytest.raises(CprError):
        CprNumber("12345", date(1990, 1, 1), False, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0707614285", "070761-XXXX"),
        ("070761-4285", "070761-XXXX"),
        (" 070761 - 4285 ", "070761-XXXX"),
        ("999999-9999", "999999-XXXX"),  # CPR-like, not valid: still masked the same way
        ("070761-428", "XXXXXX-XXX"),
        ("07076142851", "XXXXXXXXXXX"),
        ("070761--4285", "XXXXXX--XXXX"),
        ("", ""),
        ("abc", "abc"),
    ],
)
def test_mask_cpr(text: str, expected: str) -> None:
    assert mask_cpr(text) == expected


@given(st.text())
@example("12345678901234567890")
@example("0707614285")
def test_mask_cpr_never_shows_seven_digits(text: str) -> None:
    assert re.search(r"\d{7}", mask_cpr(text)) is None


# --- redaction ----------------------------------------------------------------------------


def test_cpr_pattern() -> None:
    assert CPR_PATTERN.pattern == r"(?<!\d)(\d{6})-?(\d{4})(?!\d)"
    found = [m.group(0) for m in CPR_PATTERN.finditer("a 0707614285, b 211062-5629, c 12345678901")]
    assert found == ["0707614285", "211062-5629"]


def test_redact_free_text() -> None:
    text = (
        "Borger 070761-4285 og 2110625629 (erstatning 811062-5629) ringede; "
        "sagsnr. 12345678901 og 123456-78901 og 1123456-7890 er ikke CPR; "
        "tlf. 12 34 56 78; 070761 4285 og 070761\u20134285 skrevet med mellemrum/tankestreg."
    )
    redacted = redact_cpr(text)
    assert redacted == (
        "Borger 070761-XXXX og 211062-XXXX (erstatning 811062-XXXX) ringede; "
        "sagsnr. 12345678901 og 123456-78901 og 1123456-7890 er ikke CPR; "
        "tlf. 12 34 56 78; 070761-XXXX og 070761-XXXX skrevet med mellemrum/tankestreg."
    )
    for secret in ("4285", "5629"):
        assert secret not in redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0707614285", "070761-XXXX"),
        ("x0707614285y", "x070761-XXXXy"),
        ("07076142851", "07076142851"),  # 11 digits
        ("10707614285", "10707614285"),
        ("0707614285-1234", "070761-XXXX-1234"),
        ("123456-0707614285", "123456-070761-XXXX"),
        ("123456-123456-1234", "123456-123456-XXXX"),
        ("0707614285\n2110625629", "070761-XXXX\n211062-XXXX"),
        ("0707614285,2110625629", "070761-XXXX,211062-XXXX"),
        ("", ""),
    ],
)
def test_redact_adjacent_digits(text: str, expected: str) -> None:
    assert redact_cpr(text) == expected


def test_redact_is_idempotent_and_keeps_plain_text() -> None:
    text = "ingen numre her, kun 2024-01-01 og 12345"
    assert redact_cpr(text) == text
    once = redact_cpr("0707614285 og 211062-5629")
    assert redact_cpr(once) == once


digitish = st.text(
    alphabet=st.sampled_from(list("0123456789-- \u2013\u00a0x\n\u0661\uff11")), max_size=60
)


@given(st.one_of(st.text(), digitish))
@example("0707614285")
@example("123456-123456-1234")
@example("1234561234-1234")
@example("123456 1234-123456")
def test_redacted_text_contains_no_cpr_like_sequence(text: str) -> None:
    redacted = redact_cpr(text)
    assert LEAKY.search(redacted) is None
    assert redact_cpr(redacted) == redacted


# --- robustness ---------------------------------------------------------------------------


@given(st.one_of(st.text(), digitish, st.from_regex(r"\s*[0-9]{6}-?[0-9]{4}\s*", fullmatch=True)))
def test_parse_only_raises_cpr_error(text: str) -> None:
    try:
        parsed = parse_cpr(text, today=date(2025, 1, 1))
    except CprError as exc:
        english = exc.message.english()
        assert str(exc) == english
        assert LEAKY.search(english) is None
        assert re.search(r"\d{7}", english) is None
        assert exc.__cause__ is None
        return
    assert str(parsed) == repr(parsed) == parsed.digits[:6] + "-XXXX"
    assert parse_cpr(parsed.formatted) == parsed


@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_error_messages_never_contain_the_number(digits: str) -> None:
    try:
        parsed = parse_cpr(digits)
    except CprError as exc:
        english = exc.message.english()
        assert digits not in english
        assert f"{digits[:6]}-{digits[6:]}" not in english
        assert exc.message.args.get("masked", digits[:6] + "-XXXX") == digits[:6] + "-XXXX"
        return
    for warning in parsed.warnings:
        assert digits not in warning.english()
        assert parsed.formatted not in warning.english()


def test_cpr_error_survives_copy_and_pickle() -> None:
    with pytest.raises(CprError) as info:
        parse_cpr("011390-1234")
    for clone in (copy.copy(info.value), pickle.loads(pickle.dumps(info.value))):
        assert isinstance(clone, CprError)
        assert clone.message == info.value.message
        assert str(clone) == str(info.value)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_cpr(None)  # type: ignore[arg-type]
    assert isinstance(CprError(Message("Cpr", "x")), ValueError)
