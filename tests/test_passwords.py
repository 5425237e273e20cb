"""Tests of the CPR terms' password rules (section 3) in ``cpradmin.models.passwords``."""

from __future__ import annotations

import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpradmin.models.passwords import (
    DEFAULT_ALLOWED,
    PasswordPolicy,
    PersonalData,
    Rule,
    Violation,
    check_password,
    is_expired,
    load_common_passwords,
    needs_reminder,
    numbering_variants,
    password_expires,
)
from cpradmin.resources import resource_path

# No example database, so the property tests leave no .hypothesis folder in the repo.
PROPERTY = settings(
    database=None, deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)

PERSONAL = PersonalData(
    names=("Peter Hansen", "Søren Østergaard", "Mette Kjær"),
    initials=("PH",),
    birth_dates=(date(1980, 5, 1), date(2012, 11, 23)),
    cpr_numbers=("010580-1235", "2311124321"),
    licence_plates=("AB 12 345", "CD-98-765"),
)

# Words free of the personal data above and not on the common list.
WORDS = (
    "tromle", "gulerod", "vandkande", "skovsti", "blyant", "kompas", "fyrtårn", "marmelade",
    "cykelhjul", "regnvejr", "kaffekop", "bogreol", "vindmølle", "strandeng", "æblekage",
    "spadestik", "murske", "klokkeblomst", "havnefront", "skorsten", "rugmark", "lygtepæl",
)
SEPARATORS = ("-", ".", "!", " ", "#", "+", "&", "*")


def rules(candidate: str, personal: PersonalData = PERSONAL, **kwargs: object) -> list[Rule]:
    return [v.rule for v in check_password(candidate, personal=personal, now=NOW, **kwargs)]


def assert_messages_format(violations: list[Violation]) -> None:
    for violation in violations:
        assert violation.message.context == "PasswordRule"
        assert violation.message.english()


# --------------------------------------------------------------------------- accepted


@pytest.mark.parametrize(
    "candidate",
    [
        "Tromle&Gulerod7",
        "Blyant-kompas-fyrtårn",
        "graphic-vandkande-42",  # 'ph' inside a word is not the initials token
        "Æblekage.Ø.Å.æøå!",
        "Sommer-Kompas-2025",  # a common word inside a longer password is fine
        "35-tromle-gulerod",  # '35' could read 'es' but has no letter
        "Tromle-1980",  # a birth year alone is not a birth date
        "Tromle 12 345 CD",
    ],
)
def test_accepted(candidate: str) -> None:
    assert rules(candidate) == []


def test_max_length_64_is_accepted_when_policy_is_64() -> None:
    policy = PasswordPolicy(max_length=64)
    candidate = ("Vandkande-Fyrtårn-Blyant-Kompas-" * 3)[:64]
    assert len(candidate) == 64
    assert rules(candidate, policy=policy) == []
    assert rules(candidate + "x", policy=policy) == [Rule.LENGTH]


# --------------------------------------------------------------------------- empty, length, chars


@pytest.mark.parametrize("candidate", ["", " ", "        ", "\t\n"])
def test_empty_or_blank_is_rejected(candidate: str) -> None:
    assert rules(candidate) == [Rule.EMPTY]


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("Kompas7", True),
        ("Kompas7!", False),
        ("Kompas-tromle-" * 9 + "xy", False),  # 128 characters
        ("Kompas-tromle-" * 9 + "xyz", True),  # 129 characters
    ],
)
def test_length(candidate: str, rejected: bool) -> None:
    assert (Rule.LENGTH in rules(candidate)) is rejected


def test_length_messages_name_the_limit_not_the_password() -> None:
    [short] = check_password("Kompas7", now=NOW)
    assert short.message.args == {"minimum": 8}
    assert "8" in short.message.english()
    [long] = check_password("Kompas-tromle-" * 10, now=NOW)
    assert long.message.args == {"maximum": 128}


@pytest.mark.parametrize(
    ("candidate", "position"),
    [
        ("Tromle€Gulerod", 7),
        ("Tromle\nGulerod", 7),
        ("éTromleGulerod", 1),
        ("TromleGulerod\u00a0", 14),
    ],
)
def test_disallowed_character(candidate: str, position: int) -> None:
    violations = check_password(candidate, now=NOW)
    assert [v.rule for v in violations] == [Rule.CHARACTERS]
    assert violations[0].message.args == {"position": position}
    assert candidate[position - 1] not in violations[0].message.english()


def test_decomposed_danish_letters_are_checked_as_composed() -> None:
    decomposed = "Fyrta\u030arn-kompas"  # 'å' as 'a' + combining ring, e.g. pasted from macOS
    assert rules(decomposed) == []
    seen: list[str] = []
    check_password(decomposed, is_earlier_password=lambda p: seen.append(p) or False, now=NOW)
    assert seen[0] == "Fyrtårn-kompas"


def test_custom_allowed_chars() -> None:
    policy = PasswordPolicy(allowed_chars="abcdefghijklmnopqrstuvwxyz-")
    assert rules("tromle-gulerod", policy=policy) == []
    assert rules("tromle-gulerod7", policy=policy) == [Rule.CHARACTERS]


# --------------------------------------------------------------------------- common


@pytest.mark.parametrize(
    "candidate",
    [
        "Password1!",
        "sommer2025",
        "Sommer2025!",
        "P@ssw0rd",
        "PASSWORD",
        "qwerty123",
        "KØBENHAVN",
        "Koebenhavn1",
        "K0benhavn2025",
        "Velkommen123!",
        "kodeord2024",
        "Vinter2026",
        "1l0v3y0u",
        "!!letmein!!",
        "123456789",
        "aaaaaaaaaa",
        "abcdefghij",
        "9876543210",
        "qwertyuiop",
        "I love you",
    ],
)
def test_common_is_rejected(candidate: str) -> None:
    assert Rule.COMMON in rules(candidate)


def test_common_list_file() -> None:
    words = load_common_passwords()
    assert load_common_passwords() is words  # cached
    assert 5_000 <= len(words) <= 12_000
    assert {"password", "sommer2025", "password1!", "kodeord", "københavn"} <= words
    assert all(word == word.lower() and not word.startswith("#") for word in words)
    header = resource_path("common-passwords.txt").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#")


# --------------------------------------------------------------------------- name


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("P3t3r-tromle", True),
        ("pEtEr#kompas", True),
        ("tromle-HANSEN-7", True),
        ("Søren-blyant", True),
        ("Soeren-blyant", True),
        ("Soren-blyant", True),
        ("S0eren-blyant", True),
        ("0stergaard!kompas", True),
        ("Oestergaard!kompas", True),
        ("Kjaer-tromle-7", True),
        ("kompas-M3773", True),
        ("Pet-er-tromle", False),
        ("Kompas-Hans-7", False),  # 'Hans' is not a name part of 'Hansen'
    ],
)
def test_name(candidate: str, rejected: bool) -> None:
    assert (Rule.NAME in rules(candidate)) is rejected


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("Tromle-0l3-kompas", True),
        ("console-kompas!", True),  # any name part of 3+ letters counts as a substring
        ("Tromle-2013-kompas", False),  # digits alone never spell a name
        ("Bo-tromle-Ek", False),  # name parts shorter than three letters are ignored
    ],
)
def test_name_edge_cases(candidate: str, rejected: bool) -> None:
    personal = PersonalData(names=("Ole Jensen", "Bo Ek"))
    assert (Rule.NAME in rules(candidate, personal=personal)) is rejected


# --------------------------------------------------------------------------- initials


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("ph2024!tromle", True),
        ("xx-PH-xx-kompas", True),
        ("Tromle.ph", True),
        ("MK-tromle-7", True),  # derived from 'Mette Kjær'
        ("graphic-tromle", False),  # a substring of a word is not the token
        ("Phantom-kompas", False),
        ("kompas-aph-9", False),
    ],
)
def test_initials(candidate: str, rejected: bool) -> None:
    assert (Rule.INITIALS in rules(candidate)) is rejected


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("kompas-3S-tromle", True),  # leetspeak with a real letter
        ("kompas-es-tromle", True),
        ("kompas-35-tromle", False),  # digits only: could be any counter
        ("kompas-test-tromle", False),
        ("kompas-mmh-tromle", True),  # all initials of 'Mette Marie Hansen'
        ("kompas-MH-tromle", True),  # first and last initial
    ],
)
def test_initials_leet_and_derived(candidate: str, rejected: bool) -> None:
    personal = PersonalData(names=("Mette Marie Hansen",), initials=("E.S.",))
    assert (Rule.INITIALS in rules(candidate, personal=personal)) is rejected


# --------------------------------------------------------------------------- birth date


@pytest.mark.parametrize(
    "written",
    [
        "010580", "01051980", "800501", "19800501",
        "01-05-80", "01.05.1980", "01/05/1980", "01 05 80", "1980-05-01", "80.05.01",
        "1.5.80", "1-5-1980", "1980/5/1", "80.5.1", "1 5 1980",
        "23112012", "23.11.12",
    ],
)
def test_birth_date_formats(written: str) -> None:
    assert Rule.BIRTH_DATE in rules(f"Tromle{written}x")


@pytest.mark.parametrize(
    "candidate", ["Tromle-1980-kompas", "Tromle-11.5.80", "Tromle-0105-kompas", "Tromle-2.5.80"]
)
def test_not_a_birth_date(candidate: str) -> None:
    assert Rule.BIRTH_DATE not in rules(candidate)


@pytest.mark.parametrize(
    ("cpr", "written"),
    [
        ("070761-4285", "7.7.1961"),  # 7th digit 4, year 61 -> 1900s
        ("070737-4285", "1937-07-07"),  # 7th digit 4, year 37 -> 1900s
        ("070736-4285", "2036-7-7"),  # 7th digit 4, year 00-36 -> 2000s
        ("6707614285", "07071961"),  # substitute number: day + 60
        ("010203-5555", "2003-2-1"),  # 7th digit 5, year 03 -> 2003
        ("010260-6555", "1.2.1860"),  # 7th digit 6, year 60 -> 1800s
    ],
)
def test_birth_date_derived_from_cpr(cpr: str, written: str) -> None:
    personal = PersonalData(cpr_numbers=(cpr,))
    assert Rule.BIRTH_DATE in rules(f"Kompas{written}x", personal=personal)


# --------------------------------------------------------------------------- CPR number


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("Tromle0105801235", [Rule.BIRTH_DATE, Rule.CPR_NUMBER]),
        ("Tromle010580-1235", [Rule.BIRTH_DATE, Rule.CPR_NUMBER]),
        ("Tromle 010580 1235", [Rule.BIRTH_DATE, Rule.CPR_NUMBER]),
        ("2311124321kompas", [Rule.BIRTH_DATE, Rule.CPR_NUMBER]),
        ("Tromle0105801236", [Rule.BIRTH_DATE]),
        ("Tromle-1235-kompas", []),
    ],
)
def test_cpr_number(candidate: str, expected: list[Rule]) -> None:
    assert rules(candidate) == expected


@pytest.mark.parametrize("cpr", ["01058-1235", "010580-12355", "0105801a35", ""])
def test_malformed_cpr_is_refused_without_echoing_it(cpr: str) -> None:
    with pytest.raises(ValueError) as error:
        PersonalData(cpr_numbers=(cpr,))
    assert not cpr or cpr not in str(error.value)


def test_personal_data_repr_leaks_nothing() -> None:
    text = repr(PERSONAL)
    assert "cpr_numbers=2" in text
    assert not any(secret in text for secret in ("010580", "Peter", "AB 12", "1980"))


# --------------------------------------------------------------------------- licence plate


@pytest.mark.parametrize(
    ("candidate", "rejected"),
    [
        ("ab12345-tromle", True),
        ("AB 12 345 tromle", True),
        ("Tromle-AB-12-345", True),
        ("4B12345tromle", True),
        ("kompasCD98765", True),
        ("Tromle-AB-12-346", False),
        ("Tromle-12345-AB", False),
    ],
)
def test_licence_plate(candidate: str, rejected: bool) -> None:
    assert (Rule.LICENCE_PLATE in rules(candidate)) is rejected


# --------------------------------------------------------------------------- history


def test_reuse() -> None:
    history = {"Tromle&Gulerod7"}
    assert rules("Tromle&Gulerod7", is_earlier_password=history.__contains__) == [Rule.REUSE]
    assert rules("Tromle&Gulerod8", is_earlier_password=set().__contains__) == []


@pytest.mark.parametrize(
    ("earlier", "candidate"),
    [
        ("Kompas-001", "Kompas-002"),
        ("Kompas-003", "Kompas-002"),
        ("Kompas-9", "Kompas-10"),
        ("Kompas-09", "Kompas-10"),
        ("Tromle2024!", "Tromle2025!"),
        ("1Tromle-kompas", "2Tromle-kompas"),
    ],
)
def test_consecutive_numbering(earlier: str, candidate: str) -> None:
    assert rules(candidate, is_earlier_password={earlier}.__contains__) == [
        Rule.CONSECUTIVE_NUMBERING
    ]


def test_numbering_two_steps_apart_is_not_consecutive() -> None:
    assert rules("Kompas-003", is_earlier_password={"Kompas-001"}.__contains__) == []


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("peter002", ["peter001", "peter003"]),
        ("summer9", ["summer8", "summer10"]),
        ("summer10", ["summer9", "summer09", "summer11"]),
        ("sommer2024", ["sommer2023", "sommer2025"]),
        ("a0b", ["a1b"]),
        ("x00", ["x01"]),
        ("peter099", ["peter098", "peter100"]),
        ("1a2", ["1a1", "1a3", "0a2", "2a2"]),
        ("no digits", []),
    ],
)
def test_numbering_variants(candidate: str, expected: list[str]) -> None:
    assert numbering_variants(candidate) == expected


def test_numbering_variants_are_bounded() -> None:
    candidate = "-".join(str(n) for n in range(10, 40))
    assert len(numbering_variants(candidate)) <= 3 * 8
    assert numbering_variants("x" + "9" * 40) == []  # not a counter


# --------------------------------------------------------------------------- change interval


@pytest.mark.parametrize(
    ("age", "forced", "too_soon"),
    [
        (timedelta(hours=23, minutes=59, seconds=59), False, True),
        (timedelta(0), False, True),
        (timedelta(hours=24), False, False),
        (timedelta(days=3), False, False),
        (timedelta(minutes=5), True, False),
        (-timedelta(hours=1), False, True),  # clock skew counts as too soon
    ],
)
def test_too_soon(age: timedelta, forced: bool, too_soon: bool) -> None:
    found = rules("Tromle&Gulerod7", last_changed=NOW - age, forced=forced)
    assert found == ([Rule.TOO_SOON] if too_soon else [])


def test_too_soon_message_names_next_change() -> None:
    [violation] = check_password(
        "Tromle&Gulerod7", last_changed=NOW - timedelta(hours=1), now=NOW
    )
    assert violation.message.args == {"hours": 24, "next_change": "2025-06-02 11:00 UTC"}
    assert "24" in violation.message.english()


def test_no_last_change_is_never_too_soon() -> None:
    assert rules("Tromle&Gulerod7", last_changed=None) == []


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        check_password("Tromle&Gulerod7", last_changed=datetime(2025, 1, 1), now=NOW)
    with pytest.raises(ValueError):
        is_expired(NOW, datetime(2025, 1, 1))


# --------------------------------------------------------------------------- expiry


CHANGED = datetime(2025, 1, 1, 8, 30, tzinfo=UTC)
EXPIRES = CHANGED + timedelta(days=90)
SECOND = timedelta(seconds=1)


def test_password_expires_after_90_days() -> None:
    assert password_expires(CHANGED) == EXPIRES
    assert password_expires(CHANGED, PasswordPolicy(max_age_days=30)) == CHANGED + timedelta(30)


@pytest.mark.parametrize(
    ("now", "expired"),
    [(CHANGED, False), (EXPIRES - SECOND, False), (EXPIRES, True), (EXPIRES + SECOND, True)],
)
def test_is_expired(now: datetime, expired: bool) -> None:
    assert is_expired(CHANGED, now) is expired


@pytest.mark.parametrize(
    ("now", "remind"),
    [
        (CHANGED, False),
        (EXPIRES - timedelta(days=14) - SECOND, False),
        (EXPIRES - timedelta(days=14), True),
        (EXPIRES - SECOND, True),
        (EXPIRES, False),  # expired: the login forces a change instead of reminding
    ],
)
def test_needs_reminder(now: datetime, remind: bool) -> None:
    assert needs_reminder(CHANGED, now) is remind


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_length": 63},
        {"min_length": 0},
        {"min_length": 200, "max_length": 128},
        {"allowed_chars": ""},
        {"max_age_days": 0},
        {"reminder_days": 90},
        {"reminder_days": -1},
        {"min_change_interval": timedelta(hours=-1)},
    ],
)
def test_inconsistent_policy_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        PasswordPolicy(**kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- messages, order


@pytest.mark.parametrize(
    "candidate",
    ["", "x", "P3t3r010580-1235ab12345", "Tromle€", "Password1!", "ph-Kompas-002", "a" * 300],
)
def test_messages_format_and_carry_no_secrets(candidate: str) -> None:
    violations = check_password(
        candidate,
        personal=PERSONAL,
        is_earlier_password=lambda p: True,
        last_changed=NOW - timedelta(hours=2),
        now=NOW,
    )
    assert violations
    assert_messages_format(violations)
    secrets = {"P3t3r", "peter", "010580", "1235", "ab12345", "Tromle€", "password"}
    for violation in violations:
        text = repr(violation.message.args).lower()
        assert not any(secret.lower() in text for secret in secrets)


def test_violations_come_in_rule_order() -> None:
    violations = check_password(
        "P3t3r-ph-010580-1235-ab12345-Password",
        personal=PERSONAL,
        is_earlier_password=lambda p: True,
        last_changed=NOW,
        now=NOW,
    )
    found = [v.rule for v in violations]
    assert found == [
        Rule.NAME, Rule.INITIALS, Rule.BIRTH_DATE, Rule.CPR_NUMBER, Rule.LICENCE_PLATE,
        Rule.REUSE, Rule.CONSECUTIVE_NUMBERING, Rule.TOO_SOON,
    ]
    order = list(Rule)
    assert found == sorted(found, key=order.index)


def test_rule_ids_are_stable() -> None:
    assert [rule.value for rule in Rule] == [
        "empty", "length", "characters", "common", "name", "initials", "birth-date",
        "cpr-number", "licence-plate", "reuse", "consecutive-numbering", "too-soon",
    ]


def test_default_allowed_characters() -> None:
    assert DEFAULT_ALLOWED[0] == " " and "~" in DEFAULT_ALLOWED
    assert set("æøåÆØÅ") <= set(DEFAULT_ALLOWED)
    assert "\t" not in DEFAULT_ALLOWED and "é" not in DEFAULT_ALLOWED


# --------------------------------------------------------------------------- resources


def test_resource_path_in_checkout() -> None:
    path = resource_path("common-passwords.txt")
    assert path == Path(__file__).resolve().parents[1] / "resources" / "common-passwords.txt"
    assert path.is_file()


def test_resource_path_in_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = tmp_path / "resources" / "i18n" / "cpradmin_da.qm"
    assert resource_path("i18n/cpradmin_da.qm") == expected


@pytest.mark.parametrize("name", ["", "../secret.txt", "/etc/passwd", "i18n/../../x", "C:\\x"])
def test_resource_path_stays_inside(name: str) -> None:
    with pytest.raises(ValueError):
        resource_path(name)


# --------------------------------------------------------------------------- properties

LEET = {"a": "4@", "e": "3", "i": "1", "l": "1", "o": "0", "s": "5$", "t": "7"}
DANISH_SPELLINGS = {"ø": ("ø", "Ø", "oe", "OE", "o"), "æ": ("æ", "Æ", "ae"), "å": ("å", "aa")}
NAME_PARTS = ("peter", "hansen", "søren", "østergaard", "mette", "kjær")


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """*word* in random case, Danish spelling and leetspeak."""
    out = []
    for ch in word:
        choices = [ch, ch.upper(), *LEET.get(ch, "")]
        choices.extend(DANISH_SPELLINGS.get(ch, ()))
        out.append(draw(st.sampled_from(choices)))
    return "".join(out)


@PROPERTY
@given(
    part=st.sampled_from(NAME_PARTS).flatmap(disguised),
    prefix=st.text(alphabet=DEFAULT_ALLOWED, max_size=12),
    suffix=st.text(alphabet=DEFAULT_ALLOWED, max_size=12),
)
def test_property_embedded_name_part_is_rejected(part: str, prefix: str, suffix: str) -> None:
    candidate = prefix + part + suffix
    assert Rule.NAME in rules(candidate)


@PROPERTY
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4, unique=True),
    capitals=st.lists(st.booleans(), min_size=4, max_size=4),
    separators=st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3),
    number=st.none() | st.integers(min_value=0, max_value=999),
)
def test_property_random_word_passwords_are_accepted(
    words: list[str], capitals: list[bool], separators: list[str], number: int | None
) -> None:
    parts = [w.capitalize() if up else w for w, up in zip(words, capitals, strict=False)]
    candidate = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        candidate += separator + part
    if number is not None:
        candidate += str(number)
    assert rules(candidate) == []


def test_word_list_for_properties_is_clean() -> None:
    common = load_common_passwords()
    assert not any(word in common for word in WORDS)
    assert all(rules(f"{word}-{word}") == [] for word in WORDS)


@PROPERTY
@given(
    candidate=st.text(max_size=40)
    | st.from_regex(r"[a-z]{0,4}([0-9]{1,5}[a-z.!-]{0,3}){0,4}", fullmatch=True)
)
def test_property_numbering_variants(candidate: str) -> None:
    variants = numbering_variants(candidate)
    runs = re.findall(r"[0-9]+", candidate)
    assert candidate not in variants
    assert len(variants) == len(set(variants))
    assert len(variants) <= 3 * min(len(runs), 8)
    skeleton = re.sub(r"[0-9]", "", candidate)
    for variant in variants:
        assert re.sub(r"[0-9]", "", variant) == skeleton


@PROPERTY
@given(candidate=st.text(), forced=st.booleans())
def test_property_check_password_never_raises(candidate: str, forced: bool) -> None:
    violations = check_password(
        candidate,
        personal=PERSONAL,
        is_earlier_password=lambda p: p.endswith("7"),
        last_changed=NOW - timedelta(hours=1),
        now=NOW,
        forced=forced,
    )
    assert_messages_format(violations)
    assert all(isinstance(v.rule, Rule) for v in violations)


@PROPERTY
@given(candidate=st.text(alphabet=DEFAULT_ALLOWED, min_size=8, max_size=64))
def test_property_allowed_text_breaks_no_length_or_character_rule(candidate: str) -> None:
    found = rules(candidate)
    assert Rule.LENGTH not in found and Rule.CHARACTERS not in found
