"""Password rules for cpradmin's own login accounts, as the CPR terms (section 3) require.

The terms demand passwords of at least 8 characters, changed at least every 90 days and not
more often than once a day, never reused nor made by consecutive numbering of an earlier one,
and free of the holder's and registered family members' names, initials, birth dates, CPR
numbers and licence plates. This module holds those rules as pure functions so the GUI, the CLI
and the tests share one implementation; the only I/O is reading the packaged common-password
list.

Messages never carry the password or any personal data in their arguments, because they may be
logged: they name the rule that was broken, nothing more.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.resources import resource_path

DEFAULT_ALLOWED = "".join(chr(code) for code in range(0x20, 0x7F)) + "æøåÆØÅ"
"""Printable ASCII plus the Danish letters: what every keyboard the office uses can type."""

COMMON_PASSWORDS_RESOURCE = "common-passwords.txt"

MAX_NUMBERED_RUNS = 8
"""Digit runs (counted from the end) that :func:`numbering_variants` varies; bounds hashing work."""

_MAX_RUN_DIGITS = 18  # a longer digit run is not a counter; also keeps int() cheap and safe


@dataclass(frozen=True)
class PasswordPolicy:
    """The configurable limits; the defaults are the CPR terms' requirements."""

    min_length: int = 8
    max_length: int = 128
    allowed_chars: str = DEFAULT_ALLOWED
    max_age_days: int = 90
    reminder_days: int = 14
    min_change_interval: timedelta = timedelta(hours=24)

    def __post_init__(self) -> None:
        # A broken policy would silently weaken every check, so refuse it up front.
        if self.min_length < 1:
            raise ValueError("min_length must be at least 1")
        if self.max_length < max(64, self.min_length):
            raise ValueError("max_length must allow at least 64 characters and min_length")
        if not self.allowed_chars:
            raise ValueError("allowed_chars must not be empty")
        if self.max_age_days < 1:
            raise ValueError("max_age_days must be at least 1")
        if not 0 <= self.reminder_days < self.max_age_days:
            raise ValueError("reminder_days must be between 0 and max_age_days - 1")
        if self.min_change_interval < timedelta(0):
            raise ValueError("min_change_interval must not be negative")


class Rule(enum.StrEnum):
    """The rules a password can break; values are stable ids for settings, logs and tests.

    The declaration order is the order in which :func:`check_password` reports violations.
    """

    EMPTY = "empty"
    LENGTH = "length"
    CHARACTERS = "characters"
    COMMON = "common"
    NAME = "name"
    INITIALS = "initials"
    BIRTH_DATE = "birth-date"
    CPR_NUMBER = "cpr-number"
    LICENCE_PLATE = "licence-plate"
    REUSE = "reuse"
    CONSECUTIVE_NUMBERING = "consecutive-numbering"
    TOO_SOON = "too-soon"


@dataclass(frozen=True)
class Violation:
    """One broken rule and the translatable explanation to show the user."""

    rule: Rule
    message: Message


@dataclass(frozen=True)
class PersonalData:
    """What a password must not contain: the account holder's and registered family members' data.

    Lists are accepted and stored as tuples so the value stays hashable (compiled patterns are
    cached per value). A CPR number that does not have 10 digits raises ``ValueError`` rather
    than silently switching its rule off.
    """

    names: tuple[str, ...] = ()
    initials: tuple[str, ...] = ()
    birth_dates: tuple[date, ...] = ()
    cpr_numbers: tuple[str, ...] = ()
    licence_plates: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("names", "initials", "birth_dates", "cpr_numbers", "licence_plates"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        for cpr in self.cpr_numbers:
            if not re.fullmatch(r"[0-9]{10}", _cpr_digits(cpr)):
                # The number itself stays out of the message: exceptions get logged.
                raise ValueError("A CPR number must have 10 digits (DDMMYY-SSSS).")

    def __repr__(self) -> str:
        # Counts only: a PersonalData that ends up in a log or traceback must not leak CPR data.
        return (
            f"PersonalData(names={len(self.names)}, initials={len(self.initials)}, "
            f"birth_dates={len(self.birth_dates)}, cpr_numbers={len(self.cpr_numbers)}, "
            f"licence_plates={len(self.licence_plates)})"
        )


# --------------------------------------------------------------------------- normalisation

_DANISH_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_DANISH_LOOSE = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})

# Simple leetspeak: which characters may stand for a letter. "1" stands for both i and l.
_LEET_SOURCES = {"a": "a4@", "e": "e3", "i": "i1", "l": "l1", "o": "o0", "s": "s5$", "t": "t7"}
_LEET_UNDO = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_MAX_AMBIGUOUS_ONES = 4  # beyond this many "1"s only the all-i and all-l readings are tried

# Separators people put between the parts of dates, CPR numbers and licence plates.
_SEPARATORS = re.compile(r"[\s\-./_,:;]+")
_SEPARATOR_CLASS = r"[\s\-./_,:;]"
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_NOT_LETTER_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_ASCII_DIGIT_RUNS = re.compile(r"[0-9]+")

# Runs of keys that make a password trivially guessable however long they are.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyzæøå",
    "01234567890",
    "qwertyuiopå",
    "asdfghjklæø",
    "zxcvbnm",
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _folds(text: str) -> set[str]:
    """Case-insensitive spellings of *text* with Danish letters written out both common ways.

    'Søren' gives 'soeren' and 'soren', so the register's and the user's spelling meet
    whichever of 'Søren', 'Soeren' or 'Soren' either side uses; other accents are dropped.
    """
    lowered = text.casefold()
    return {
        _strip_accents(lowered.translate(_DANISH_FOLD)),
        _strip_accents(lowered.translate(_DANISH_LOOSE)),
    }


def _leet_pattern(token: str) -> str:
    """A regex matching *token* (lowercase) with any simple leetspeak substitution."""
    parts = []
    for ch in token:
        sources = _LEET_SOURCES.get(ch)
        parts.append(f"[{re.escape(sources)}]" if sources else re.escape(ch))
    return "".join(parts)


def _deleet_variants(text: str) -> set[str]:
    """The readings of *text* with leetspeak undone; '1' is read as both 'i' and 'l'."""
    base = "".join(_LEET_UNDO.get(ch, ch) for ch in text)
    ones = [index for index, ch in enumerate(base) if ch == "1"]
    if not ones:
        return {base}
    if len(ones) > _MAX_AMBIGUOUS_ONES:
        return {base.replace("1", "i"), base.replace("1", "l")}
    variants = set()
    for letters in itertools.product("il", repeat=len(ones)):
        chars = list(base)
        for index, letter in zip(ones, letters, strict=True):
            chars[index] = letter
        variants.add("".join(chars))
    return variants


def _strip_edges(text: str) -> str:
    """*text* without leading and trailing digits, punctuation and spaces ('Sommer2025!')."""
    return _NOT_LETTER_EDGES.sub("", text)


def _cpr_digits(cpr: str) -> str:
    return _SEPARATORS.sub("", cpr)


def _compact(candidate: str) -> str:
    """The candidate without separators, for comparing digits of dates, CPR numbers, plates."""
    return _SEPARATORS.sub("", candidate)


# --------------------------------------------------------------------------- common list


@functools.cache
def load_common_passwords() -> frozenset[str]:
    """The packaged list of common passwords, lowercased; '#' lines are comments.

    A missing file raises ``FileNotFoundError``: silently skipping the rule would let the
    app accept 'Password1!'.
    """
    text = resource_path(COMMON_PASSWORDS_RESOURCE).read_text(encoding="utf-8")
    words = (line.strip().casefold() for line in text.splitlines())
    return frozenset(word for word in words if word and not word.startswith("#"))


@functools.cache
def _common_lookup() -> frozenset[str]:
    """The common list plus its Danish-folded spellings, to match 'Koebenhavn' to 'københavn'."""
    lookup: set[str] = set()
    for word in load_common_passwords():
        lookup.add(word)
        lookup.update(_folds(word))
    return frozenset(lookup)


def _common_forms(candidate: str) -> set[str]:
    """The spellings of *candidate* to look up: lowercased, de-leeted, edges stripped."""
    lowered = candidate.casefold()
    forms: set[str] = set()
    for base in {lowered, re.sub(r"\s+", "", lowered)}:
        for stripped in {base, _strip_edges(base)}:
            for plain in _deleet_variants(stripped):
                forms.add(plain)
                forms.add(_strip_edges(plain))
    folded = {spelling for form in forms for spelling in _folds(form)}
    return (forms | folded) - {""}


def _is_trivial(candidate: str) -> bool:
    """One repeated character or a plain run of the alphabet, digits or a keyboard row."""
    lowered = candidate.casefold()
    if len(set(lowered)) == 1:
        return True
    if len(lowered) < 4:
        return False
    return any(lowered in seq or lowered in seq[::-1] for seq in _SEQUENCES)


def _is_common(candidate: str) -> bool:
    if _is_trivial(candidate):
        return True
    lookup = _common_lookup()
    return any(form in lookup for form in _common_forms(candidate))


# --------------------------------------------------------------------------- personal data


@dataclass(frozen=True)
class _PersonalPatterns:
    """Personal data compiled once into what the checks need."""

    names: re.Pattern[str] | None
    initials: re.Pattern[str] | None
    date_digits: frozenset[str]
    separated_dates: re.Pattern[str] | None
    cpr_digits: frozenset[str]
    plates: re.Pattern[str] | None


def _name_parts(name: str) -> list[str]:
    return _LETTER_RUNS.findall(name)


def _initials_of(name: str) -> set[str]:
    """'Peter Hansen' -> {'ph'}; 'Mette Marie Hansen' -> {'mmh', 'mh'}."""
    parts = _name_parts(name)
    if len(parts) < 2:
        return set()
    firsts = [part[0] for part in parts]
    return {"".join(firsts), firsts[0] + firsts[-1]}


def _cpr_birth_date(digits: str) -> date | None:
    """The birth date in a CPR number; the 7th digit gives the century (CPR-kontoret's table).

    Substitute numbers (erstatningspersonnumre) add 60 to the day.
    """
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if day > 60:
        day -= 60
    seventh = int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(sorted(set(patterns), key=lambda p: (-len(p), p)))


@functools.lru_cache(maxsize=64)
def _compile_personal(personal: PersonalData) -> _PersonalPatterns:
    name_tokens: set[str] = set()
    initials_tokens: set[str] = set()
    for name in personal.names:
        for part in _name_parts(name):
            if len(part) >= 3:
                name_tokens.update(spelling for spelling in _folds(part) if len(spelling) >= 3)
        for initials in _initials_of(name):
            initials_tokens.update(_folds(initials))
    for initials in personal.initials:
        letters = "".join(_name_parts(initials))
        if len(letters) >= 2:
            initials_tokens.update(_folds(letters))
    initials_tokens = {token for token in initials_tokens if len(token) >= 2}

    dates = set(personal.birth_dates)
    date_digits: set[str] = set()
    cpr_digits: set[str] = set()
    for cpr in personal.cpr_numbers:
        digits = _cpr_digits(cpr)
        cpr_digits.add(digits)
        date_digits.add(digits[:6])  # DDMMYY as written, also for substitute numbers
        born = _cpr_birth_date(digits)
        if born is not None:
            dates.add(born)

    separated: list[str] = []
    sep = _SEPARATOR_CLASS
    for born in dates:
        dd, mm = f"{born.day:02d}", f"{born.month:02d}"
        yy, yyyy = f"{born.year % 100:02d}", f"{born.year:04d}"
        date_digits.update({dd + mm + yy, dd + mm + yyyy, yy + mm + dd, yyyy + mm + dd})
        day = f"(?:{dd}|{born.day})"
        month = f"(?:{mm}|{born.month})"
        year = f"(?:{yyyy}|{yy})"
        separated.append(rf"(?<![0-9]){day}{sep}{month}{sep}{year}(?![0-9])")
        separated.append(rf"(?<![0-9]){year}{sep}{month}{sep}{day}(?![0-9])")

    plate_patterns: set[str] = set()
    for plate in personal.licence_plates:
        for spelling in _folds(_compact(plate)):
            if len(spelling) >= 2:
                plate_patterns.add(_leet_pattern(spelling))

    # Lookahead captures find overlapping matches, so each can be tested for a real letter.
    names = _alternation(_leet_pattern(token) for token in name_tokens)
    # Initials count only as a whole token: not preceded or followed by a letter.
    letter = r"[^\W\d_]"
    initials = _alternation(_leet_pattern(token) for token in initials_tokens)
    return _PersonalPatterns(
        names=re.compile(f"(?=({names}))") if names else None,
        initials=(
            re.compile(rf"(?<!{letter})(?=({initials})(?!{letter}))") if initials else None
        ),
        date_digits=frozenset(date_digits),
        separated_dates=re.compile("|".join(separated)) if separated else None,
        cpr_digits=frozenset(cpr_digits),
        plates=re.compile(_alternation(plate_patterns)) if plate_patterns else None,
    )


def _found_with_letter(pattern: re.Pattern[str] | None, spellings: Iterable[str]) -> bool:
    """Whether *pattern* matches with at least one real letter in the match.

    A match made only of digits and symbols ('013' for 'Ole', '35' for 'ES') is not counted:
    years, dates and counters would otherwise collide with many names and initials.
    """
    if pattern is None:
        return False
    return any(
        any(ch.isalpha() for ch in match.group(1))
        for spelling in spellings
        for match in pattern.finditer(spelling)
    )


def _personal_violations(candidate: str, personal: PersonalData) -> list[Violation]:
    patterns = _compile_personal(personal)
    spellings = _folds(candidate)
    compact = _compact(candidate)
    found: list[Violation] = []
    if _found_with_letter(patterns.names, spellings):
        found.append(Violation(Rule.NAME, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule",
            "The password contains a name of the account holder or a family member."))))
    if _found_with_letter(patterns.initials, spellings):
        found.append(Violation(Rule.INITIALS, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule",
            "The password contains initials of the account holder or a family member."))))
    separated = patterns.separated_dates
    if any(digits in compact for digits in patterns.date_digits) or (
        separated is not None and separated.search(candidate)
    ):
        found.append(Violation(Rule.BIRTH_DATE, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule",
            "The password contains a birth date of the account holder or a family member."))))
    if any(digits in compact for digits in patterns.cpr_digits):
        found.append(Violation(Rule.CPR_NUMBER, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule",
            "The password contains a CPR number of the account holder or a family member."))))
    if patterns.plates and any(patterns.plates.search(s) for s in _folds(compact)):
        found.append(Violation(Rule.LICENCE_PLATE, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password contains a registered licence plate."))))
    return found


# --------------------------------------------------------------------------- numbering


def numbering_variants(candidate: str) -> list[str]:
    """Passwords that differ from *candidate* only by counting one digit run up or down.

    The caller hashes them against the account's history to enforce 'no consecutive numbering'
    ('peter002' after 'peter001'). Zero padding keeps its width ('peter002' -> 'peter001',
    'peter003'); a run without padding may change width ('summer9' -> 'summer8', 'summer10').
    Counting an unpadded run down across a power of ten ('10') gives both '9' and '09', since
    people who pad ('09' -> '10') and people who don't ('9' -> '10') both reach '10'. Only the
    last :data:`MAX_NUMBERED_RUNS` runs are varied, so there are at most three variants per run.
    """
    variants: list[str] = []
    runs = list(_ASCII_DIGIT_RUNS.finditer(candidate))[-MAX_NUMBERED_RUNS:]
    for run in reversed(runs):  # a counter is usually the last number in a password
        digits = run.group()
        if len(digits) > _MAX_RUN_DIGITS:
            continue
        value = int(digits)
        padded = len(digits) > 1 and digits.startswith("0")
        for number in (value - 1, value + 1):
            if number < 0:
                continue
            plain = str(number)
            if padded:
                forms = [plain.zfill(len(digits))]
            elif len(plain) < len(digits):
                forms = [plain, plain.zfill(len(digits))]
            else:
                forms = [plain]
            for form in forms:
                variant = candidate[: run.start()] + form + candidate[run.end() :]
                if variant != candidate and variant not in variants:
                    variants.append(variant)
    return variants


# --------------------------------------------------------------------------- checking


def _never_used(_candidate: str) -> bool:
    return False


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime (UTC)")


def _too_soon(policy: PasswordPolicy, last_changed: datetime) -> Violation:
    interval = policy.min_change_interval
    hours = interval.total_seconds() / 3600
    next_change = (last_changed + interval).astimezone(UTC)
    args = {
        "hours": int(hours) if hours.is_integer() else round(hours, 1),
        "next_change": next_change.strftime("%Y-%m-%d %H:%M UTC"),
    }
    return Violation(Rule.TOO_SOON, Message("PasswordRule", QT_TRANSLATE_NOOP(
        "PasswordRule",
        "The password can only be changed every {hours} hours; next time at {next_change}."),
        args))


def check_password(
    candidate: str,
    *,
    policy: PasswordPolicy = PasswordPolicy(),
    personal: PersonalData = PersonalData(),
    is_earlier_password: Callable[[str], bool] = _never_used,
    last_changed: datetime | None = None,
    now: datetime | None = None,
    forced: bool = False,
) -> list[Violation]:
    """All rules *candidate* breaks, in :class:`Rule` order; ``[]`` means it is acceptable.

    The candidate is checked in NFC form, as the key derivation stores it.
    *is_earlier_password* answers whether a plain text matches one of the account's earlier
    password hashes; it is called (with NFC text) for the candidate and for each of its
    :func:`numbering_variants`, so pass the default while giving live feedback on each
    keystroke and the real check on submit. *forced* (an expired or reset password) lifts the
    once-a-day limit, as the user must be able to change it at once. Datetimes must be
    timezone-aware; *now* defaults to the current UTC time.
    """
    if last_changed is not None:
        _require_aware(last_changed, "last_changed")
    if now is None:
        now = datetime.now(UTC)
    _require_aware(now, "now")

    # Checked as stored: the key derivation hashes the NFC form, so an 'å' typed as 'a' plus a
    # combining ring is the allowed letter 'å', not a disallowed character.
    candidate = unicodedata.normalize("NFC", candidate)
    found: list[Violation] = []
    if not candidate.strip():
        found.append(Violation(Rule.EMPTY, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password must not be empty or consist only of spaces."))))
    else:
        found.extend(_content_violations(candidate, policy, personal, is_earlier_password))
    if not forced and last_changed is not None and now - last_changed < policy.min_change_interval:
        found.append(_too_soon(policy, last_changed))
    return found


def _content_violations(
    candidate: str,
    policy: PasswordPolicy,
    personal: PersonalData,
    is_earlier_password: Callable[[str], bool],
) -> list[Violation]:
    found: list[Violation] = []
    if len(candidate) < policy.min_length:
        found.append(Violation(Rule.LENGTH, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password must be at least {minimum} characters long."),
            {"minimum": policy.min_length})))
    elif len(candidate) > policy.max_length:
        found.append(Violation(Rule.LENGTH, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password must be at most {maximum} characters long."),
            {"maximum": policy.max_length})))
    allowed = set(policy.allowed_chars)
    position = next((i for i, ch in enumerate(candidate, start=1) if ch not in allowed), None)
    if position is not None:
        found.append(Violation(Rule.CHARACTERS, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule",
            "The password contains a character that is not allowed (position {position})."),
            {"position": position})))
    if _is_common(candidate):
        found.append(Violation(Rule.COMMON, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password is too common or too easy to guess."))))
    found.extend(_personal_violations(candidate, personal))
    if is_earlier_password(candidate):
        found.append(Violation(Rule.REUSE, Message("PasswordRule", QT_TRANSLATE_NOOP(
            "PasswordRule", "The password has been used before."))))
    if any(is_earlier_password(variant) for variant in numbering_variants(candidate)):
        found.append(Violation(Rule.CONSECUTIVE_NUMBERING, Message("PasswordRule",
            QT_TRANSLATE_NOOP(
                "PasswordRule",
                "The password differs from an earlier one only by consecutive numbering."))))
    return found


# --------------------------------------------------------------------------- expiry


def password_expires(last_changed: datetime, policy: PasswordPolicy = PasswordPolicy()) -> datetime:
    """When a password set at *last_changed* must have been replaced."""
    _require_aware(last_changed, "last_changed")
    return last_changed + timedelta(days=policy.max_age_days)


def needs_reminder(
    last_changed: datetime, now: datetime, policy: PasswordPolicy = PasswordPolicy()
) -> bool:
    """Whether *now* is within the last ``reminder_days`` before expiry (and not yet expired)."""
    _require_aware(now, "now")
    expires = password_expires(last_changed, policy)
    return expires - timedelta(days=policy.reminder_days) <= now < expires


def is_expired(
    last_changed: datetime, now: datetime, policy: PasswordPolicy = PasswordPolicy()
) -> bool:
    """Whether the password has reached its maximum age; the expiry instant itself counts."""
    _require_aware(now, "now")
    return now >= password_expires(last_changed, policy)
