"""What needs the officer's attention today: the first view after login.

Each item is a count plus the records behind it, computed by SQL over the registers so it
stays instant for a municipality with 10,000+ employees.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from cpradmin import control_calendar
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.schedule import DueStatus
from cpradmin.models.storage.connection import Connection
from cpradmin.regulations import current

EXPIRY_WARNING_DAYS = 30
TRAINING_MAX_AGE_DAYS = 365


class Attention(enum.StrEnum):
    EXPIRING = "expiring"
    EXPIRED_ACTIVE = "expired-active"
    NO_EXPIRY = "no-expiry"
    LEFT_WITH_ACCESS = "left-with-access"
    TRAINING = "training"
    ACKNOWLEDGEMENT = "acknowledgement"
    REGULATIONS_DUE = "regulations-due"
    LOCKED_WAITING = "locked-waiting"
    CONTROLS_OVERDUE = "controls-overdue"
    CONTROLS_DUE_SOON = "controls-due-soon"


TITLES: dict[Attention, str] = {
    Attention.EXPIRING: QT_TRANSLATE_NOOP("Dashboard", "Authorisations expiring within 30 days"),
    Attention.EXPIRED_ACTIVE: QT_TRANSLATE_NOOP(
        "Dashboard", "Expired authorisations still recorded as active"),
    Attention.NO_EXPIRY: QT_TRANSLATE_NOOP("Dashboard", "Authorisations without an expiry date"),
    Attention.LEFT_WITH_ACCESS: QT_TRANSLATE_NOOP(
        "Dashboard", "User IDs of employees who have left"),
    Attention.TRAINING: QT_TRANSLATE_NOOP(
        "Dashboard", "CPR training missing or older than a year"),
    Attention.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP(
        "Dashboard", "Regulations not acknowledged within a year"),
    Attention.REGULATIONS_DUE: QT_TRANSLATE_NOOP(
        "Dashboard", "Internal regulations due for their yearly review"),
    Attention.LOCKED_WAITING: QT_TRANSLATE_NOOP("Dashboard", "Locked user IDs waiting for unlock"),
    Attention.CONTROLS_OVERDUE: QT_TRANSLATE_NOOP(
        "Dashboard", "Controls overdue (CPR terms, section 4)"),
    Attention.CONTROLS_DUE_SOON: QT_TRANSLATE_NOOP("Dashboard", "Controls due within 14 days"),
}


@dataclass(frozen=True)
class Item:
    kind: Attention
    count: int
    examples: list[str] = field(default_factory=list)  # "USERID — Name", at most 20
    #: Lines to translate instead of *examples* (the control calendar's obligations).
    messages: list[Message] = field(default_factory=list)


_ACTIVE = "a.revoked_on IS NULL"
_WHO = (
    "SELECT u.user_id || ' — ' || coalesce(e.name, p.name, '') FROM authorisations a "
    "JOIN user_ids u ON u.id = a.user_id_id LEFT JOIN employees e ON e.id = u.employee_id "
    "LEFT JOIN programs p ON p.id = u.program_id WHERE "
)


def _item(conn: Connection, kind: Attention, where: str, params: tuple[object, ...],
          base: str = _WHO) -> Item:
    count = conn.execute(f"SELECT count(*) FROM ({base}{where})", params).fetchone()[0]
    examples = [row[0] for row in conn.execute(f"{base}{where} LIMIT 20", params)]
    return Item(kind, int(count), examples)


def attention(conn: Connection, today: date) -> list[Item]:
    """Every item, in the order the dashboard shows them (empty ones included)."""
    day = today.isoformat()
    soon = (today + timedelta(days=EXPIRY_WARNING_DAYS)).isoformat()
    year_ago = (today - timedelta(days=TRAINING_MAX_AGE_DAYS)).isoformat()
    people = (
        "SELECT DISTINCT e.name || coalesce(' (' || nullif(e.department, '') || ')', '') "
        "FROM employees e JOIN user_ids u ON u.employee_id = e.id JOIN authorisations a "
        "ON a.user_id_id = u.id WHERE "
    )
    in_force = f"{_ACTIVE} AND a.granted_on <= ? AND (a.expires_on IS NULL OR a.expires_on >= ?)"
    items = [
        _item(conn, Attention.EXPIRING,
              f"{_ACTIVE} AND a.expires_on BETWEEN ? AND ? ORDER BY a.expires_on", (day, soon)),
        _item(conn, Attention.EXPIRED_ACTIVE, f"{_ACTIVE} AND a.expires_on < ?", (day,)),
        _item(conn, Attention.NO_EXPIRY, f"{_ACTIVE} AND a.expires_on IS NULL", ()),
        _item(conn, Attention.LEFT_WITH_ACCESS,
              f"{in_force} AND e.employed_to IS NOT NULL AND e.employed_to < ?",
              (day, day, day)),
        _item(conn, Attention.TRAINING,
              f"{in_force} AND (e.trained_on IS NULL OR e.trained_on < ?)",
              (day, day, year_ago), people),
        _item(conn, Attention.ACKNOWLEDGEMENT,
              f"{in_force} AND (e.acknowledged_on IS NULL OR e.acknowledged_on < ?)",
              (day, day, year_ago), people),
    ]
    regulation = current(conn)
    due = regulation is None or regulation.review_due <= today + timedelta(days=30)
    items.append(Item(
        Attention.REGULATIONS_DUE, int(due),
        [f"{regulation.title} {regulation.version}: {regulation.review_due.isoformat()}"]
        if regulation and due else [],
    ))
    locked = conn.execute(
        "SELECT u.user_id || ' — ' || coalesce(e.name, p.name, '') FROM lockouts l "
        "JOIN user_ids u ON u.id = l.user_id_id LEFT JOIN employees e ON e.id = u.employee_id "
        "LEFT JOIN programs p ON p.id = u.program_id WHERE l.unlocked_at IS NULL "
        "ORDER BY l.locked_at"
    ).fetchall()
    items.append(Item(Attention.LOCKED_WAITING, len(locked), [r[0] for r in locked[:20]]))
    items += _calendar_items(conn, today)
    return items


def _calendar_items(conn: Connection, today: date) -> list[Item]:
    """Overdue controls (red in the GUI) and those due within 14 days (amber)."""
    due = control_calendar.calendar(conn, today)
    items = []
    for kind, status in ((Attention.CONTROLS_OVERDUE, DueStatus.OVERDUE),
                         (Attention.CONTROLS_DUE_SOON, DueStatus.DUE_SOON)):
        chosen = [c for c in due if c.status is status]
        items.append(Item(
            kind, len(chosen),
            [f"{c.label}: {c.next_due.isoformat()}" for c in chosen],
            [control_calendar.reminder_message(c, today) for c in chosen],
        ))
    return items
