"""Dates as officers type them in Danish spreadsheets: ISO, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy."""

from __future__ import annotations

import re
from datetime import date, datetime

_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+)?$")


def parse_date(text: str) -> date:
    """Parse one date; raises ValueError with the accepted forms in the message."""
    value = text.strip()
    match = _ISO.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _DMY.match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError("expected a date as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY")


def parse_optional_date(value: object) -> date | None:
    """Spreadsheet cells: empty → None; ``datetime``/``date`` from XLSX kept; text parsed."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    return parse_date(text) if text else None


def iso_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_or_none(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
