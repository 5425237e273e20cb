"""Danish CPR numbers: validation, masking and redaction.

The century logic is written here rather than taken from ``stdnum.dk.cpr`` because that module
rejects substitute numbers (day + 60) and any birth date after the real today, both of which
this application must handle. The modulus-11 check is only a warning: numbers without it have
been issued since 2007 and are valid.

Nothing in this module may put a full CPR number into a message, an exception or a ``repr``:
messages and exceptions end up in logs, so they carry at most the masked form ``DDMMYY-XXXX``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from cpradmin.i18n import QT_TRANSLATE_NOOP, Message

__all__ = [
    "CPR_PATTERN",
    "CprError",
    "CprNumber",
    "is_valid_cpr",
    "mask_cpr",
    "parse_cpr",
    "redact_cpr",
]

_MASK = "XXXX"
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_WEIGHTS_SUM_ZERO = sum(_WEIGHTS) * ord("0")
_SUBSTITUTE_OFFSET = 60

#: CPR-like sequences in free text: six digits, optional hyphen, four digits, and no digit
#: directly before or after (so an 11-digit number is not taken for a CPR number). ``\d`` is
#: deliberately Unicode-aware: for redaction, matching too much is the safe side.
CPR_PATTERN: re.Pattern[str] = re.compile(r"(?<!\d)(\d{6})-?(\d{4})(?!\d)")

# What redact_cpr() looks for: CPR_PATTERN plus the other separators people and word processors
# put between the two halves (space, no-break space, Unicode hyphens and dashes), so that
# "010190 1234" or "010190–1234" pasted into a note does not slip through to a log.
_REDACT_PATTERN = re.compile(
    r"(?<!\d)(\d{6})[-\u2010-\u2015\u2212 \u00a0\u2009\u202f]?(\d{4})(?!\d)"
)

# Accepted input for parse_cpr(): ASCII digits only, the hyphen (or spaces) between the halves.
_INPUT_PATTERN = re.compile(r"([0-9]{6}) *-? *([0-9]{4})")
_ALLOWED_CHARS = re.compile(r"[0-9 -]*")


class CprError(ValueError):
    """A text is not a valid CPR number; ``message`` says why and never contains the number."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message

    def __reduce__(self) -> tuple[type[CprError], tuple[Message]]:
        # The default would call CprError(english_text); keep copy/pickle working.
        return (type(self), (self.message,))


def _full_year(yy: int, seventh: int) -> int:
    """Resolve the two-digit year with the 7th digit, as the CPR office assigns serials."""
    if seventh <= 3:
        return 1900 + yy
    if seventh in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy  # 5-8


def _modulus11_ok(digits: str) -> bool:
    # On the ASCII codes, minus the weighted '0's: a third of the time of int() per digit,
    # which matters for bulk checks of imported lists.
    return (sum(map(mul, _WEIGHTS, digits.encode("ascii"))) - _WEIGHTS_SUM_ZERO) % 11 == 0


def _mask_digits(digits: str) -> str:
    return f"{digits[:6]}-{_MASK}"


@dataclass(frozen=True, repr=False)
class CprNumber:
    """A parsed CPR number. Its ``str``/``repr`` is the masked form, so printing or logging the
    object by accident does not leak the number; use ``formatted`` only where the officer has
    explicitly asked to reveal it."""

    digits: str
    birth_date: date
    substitute: bool
    modulus11_ok: bool

    def __post_init__(self) -> None:
        # Guard direct construction, so ``masked`` and ``formatted`` are always well-formed.
        if len(self.digits) != 10 or not self.digits.isascii() or not self.digits.isdigit():
            raise CprError(
                Message(
                    "Cpr",
                    QT_TRANSLATE_NOOP("Cpr", "A CPR number must consist of exactly 10 digits."),
                )
            )

    @property
    def masked(self) -> str:
        """``DDMMYY-XXXX``: what may be shown, logged and exported."""
        return _mask_digits(self.digits)

    @property
    def formatted(self) -> str:
        """``DDMMYY-SSSS``: the full number, only for a screen where it was asked for."""
        return f"{self.digits[:6]}-{self.digits[6:]}"

    @property
    def warnings(self) -> tuple[Message, ...]:
        """Doubts that do not make the number invalid, for the officer to look at."""
        if self.modulus11_ok:
            return ()
        return (
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr",
                    "CPR number {masked} does not pass the modulus-11 check. Numbers issued "
                    "since 2007 need not pass it, but please check for a typing error.",
                ),
                {"masked": self.masked},
            ),
        )

    def __str__(self) -> str:
        return self.masked

    def __repr__(self) -> str:
        return self.masked


def _format_error(text: str) -> CprError:
    """Explain why *text* is not of the form DDMMYY-SSSS, without quoting any of it."""
    if not text:
        return CprError(Message("Cpr", QT_TRANSLATE_NOOP("Cpr", "No CPR number was entered.")))
    if not _ALLOWED_CHARS.fullmatch(text):
        return CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr",
                    "A CPR number may only contain digits and a hyphen (DDMMYY-SSSS).",
                ),
            )
        )
    count = sum(c.isdigit() for c in text)
    if count != 10:
        return CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr", "A CPR number has 10 digits (DDMMYY-SSSS), but {count} were entered."
                ),
                {"count": count},
            )
        )
    return CprError(
        Message(
            "Cpr",
            QT_TRANSLATE_NOOP(
                "Cpr", "The hyphen in a CPR number belongs after the sixth digit (DDMMYY-SSSS)."
            ),
        )
    )


def parse_cpr(text: str, *, today: date | None = None) -> CprNumber:
    """Parse and validate a CPR number typed or pasted by a person.

    Accepts ``DDMMYYSSSS`` or ``DDMMYY-SSSS`` with surrounding whitespace (and spaces around the
    hyphen). Substitute numbers (day + 60) are valid; a failed modulus-11 check is only a
    warning. If *today* is given, a birth date after it is an error. Raises ``CprError`` only.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_cpr() expects str, not {type(text).__name__}")
    stripped = text.strip()
    match = _INPUT_PATTERN.fullmatch(stripped)
    if match is None:
        raise _format_error(stripped)
    digits = match.group(1) + match.group(2)
    masked = _mask_digits(digits)

    raw_day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    substitute = raw_day > _SUBSTITUTE_OFFSET
    day = raw_day - _SUBSTITUTE_OFFSET if substitute else raw_day
    if not 1 <= month <= 12:
        raise CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr", "CPR number {masked} has month {month}, which does not exist."
                ),
                {"masked": masked, "month": month},
            )
        )
    if not 1 <= day <= 31:
        raise CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr",
                    "CPR number {masked} has day {day}; the day must be 01-31, or 61-91 for "
                    "a substitute number.",
                ),
                {"masked": masked, "day": raw_day},
            )
        )
    year = _full_year(yy, int(digits[6]))
    try:
        birth_date = date(year, month, day)
    except ValueError:
        raise CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr",
                    "CPR number {masked} gives the birth date {date}, which does not exist.",
                ),
                {"masked": masked, "date": f"{day:02d}-{month:02d}-{year:04d}"},
            )
        ) from None
    if today is not None and birth_date > today:
        raise CprError(
            Message(
                "Cpr",
                QT_TRANSLATE_NOOP(
                    "Cpr",
                    "CPR number {masked} gives the birth date {date}, which is in the future.",
                ),
                {"masked": masked, "date": birth_date.strftime("%d-%m-%Y")},
            )
        )
    return CprNumber(
        digits=digits,
        birth_date=birth_date,
        substitute=substitute,
        modulus11_ok=_modulus11_ok(digits),
    )


def is_valid_cpr(text: str, *, today: date | None = None) -> bool:
    """Whether :func:`parse_cpr` accepts *text* (modulus-11 warnings do not count)."""
    try:
        parse_cpr(text, today=today)
    except CprError:
        return False
    return True


def mask_cpr(text: str) -> str:
    """Mask one CPR-like value as ``DDMMYY-XXXX``, whether or not it is a valid CPR number.

    For a value that is not 10 digits (after removing whitespace and one hyphen) every digit is
    replaced by ``X``: the shape stays visible for troubleshooting, no digits leak.
    """
    compact = "".join(text.split())
    if compact.count("-") <= 1:
        candidate = compact.replace("-", "", 1)
        if len(candidate) == 10 and candidate.isascii() and candidate.isdigit():
            return _mask_digits(candidate)
    return re.sub(r"\d", "X", text.strip())


def redact_cpr(text: str) -> str:
    """Replace every CPR-like sequence in free text by ``DDMMYY-XXXX`` before it is logged,
    exported or printed. Also catches a space or dash between the halves; 11-digit runs and
    longer are left alone, as they are not CPR numbers."""
    return _REDACT_PATTERN.sub(lambda m: f"{m.group(1)}-{_MASK}", text)
