"""The obligations checklist: the officer's assessment of every duty of the CPR terms.

The catalogue is pure data (``models.obligations``); this module keeps the assessments. Each
assessment is appended (the table refuses UPDATE and DELETE), so an item's history is every
review ever recorded and the newest one is in force. A document attached as evidence is
stored encrypted inside the vault with its file name and SHA-256, as the regulations are, and
stays attached to later assessments until another replaces it or it is removed.

Items whose evidence cpradmin holds itself (the control calendar, the registers) get a
*hint* computed from the records: it helps the officer judge, it never sets a status.

An item is "review due" when it was never reviewed, its last review is a year old, or the
internal regulations in force were approved after it (``models.obligations.review_due``).
Writing needs ``Permission.EDIT_RECORDS`` (the officer); deputies and auditors read.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from cpradmin.clock import iso
from cpradmin.control_calendar import CalendarItem, calendar
from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error
from cpradmin.i18n import Message
from cpradmin.models.accounts import Permission
from cpradmin.models.cpr import redact_cpr
from cpradmin.models.obligations import (
    CATALOGUE,
    Evidence,
    Obligation,
    Status,
    find,
    review_due,
)
from cpradmin.models.schedule import OBLIGATION_LABELS
from cpradmin.models.schedule import Obligation as Scheduled
from cpradmin.models.storage.connection import Connection
from cpradmin.regulations import current
from cpradmin.vault import Vault

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_NOTE_CHARS = 4000
TRAINING_MAX_AGE_DAYS = 365


@dataclass(frozen=True)
class Assessment:
    """One recorded review of one obligation."""

    id: int
    ref: str
    status: Status
    note: str
    reviewed_on: date
    reviewed_by: str  # initials
    reviewer_name: str
    recorded_at: str
    document_id: int | None = None
    file_name: str = ""
    sha256: str = ""
    size: int = 0


@dataclass(frozen=True)
class ChecklistItem:
    """An obligation with its assessment in force (if any), review state and hint."""

    obligation: Obligation
    latest: Assessment | None
    review_due: bool
    hint: Message | None

    @property
    def status(self) -> Status:
        return self.latest.status if self.latest else Status.NOT_ASSESSED

    @property
    def ref(self) -> str:
        return self.obligation.ref


_SELECT = (
    "SELECT a.id, a.ref, a.status, a.note, a.reviewed_on, a.reviewed_by, a.reviewer_name, "
    "a.recorded_at, a.document_id, coalesce(d.file_name, ''), coalesce(d.sha256, ''), "
    "coalesce(d.size, 0) FROM obligation_assessments a "
    "LEFT JOIN obligation_documents d ON d.id = a.document_id"
)


def _assessment(row: tuple) -> Assessment:  # type: ignore[type-arg]
    (id_, ref, status, note, reviewed_on, by, name, recorded, document_id, file_name, digest,
     size) = row
    return Assessment(int(id_), ref, Status(status), note, date.fromisoformat(reviewed_on), by,
                      name, recorded, document_id, file_name, digest, int(size))


def _require_obligation(ref: str) -> Obligation:
    obligation = find(ref)
    if obligation is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "There is no obligation {ref} in the checklist."), ref=redact_cpr(ref))
    return obligation


def assess(vault: Vault, ref: str, status: Status | str, note: str = "", *,
           reviewed_on: date | None = None, document: bytes | None = None,
           file_name: str = "", remove_document: bool = False) -> Assessment:
    """Record a review of obligation *ref*; the previous one stays in the history.

    Without a new *document* the one attached before stays attached (re-confirming an item
    must not drop its evidence) unless *remove_document*. The note and file name are
    stored with CPR numbers masked. *reviewed_on* defaults to today and may not be later.
    """
    vault.require(Permission.EDIT_RECORDS)
    obligation = _require_obligation(ref)
    try:
        chosen = Status(status)
    except ValueError:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "{status} is not a status; use one of: {choices}."),
            status=redact_cpr(str(status)), choices=", ".join(s.value for s in Status)) from None
    today = vault.clock.now().astimezone().date()
    day = reviewed_on or today
    if day > today:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The review date {day} is in the future."), day=day.isoformat())
    clean_note = redact_cpr(note.strip())
    if len(clean_note) > MAX_NOTE_CHARS:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The note is longer than {limit} characters."), limit=MAX_NOTE_CHARS)
    if chosen in (Status.PARTLY_MET, Status.NOT_MET, Status.NOT_APPLICABLE) and not clean_note:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "Say why in a note: an obligation that is partly met, not met or not "
            "applicable needs an explanation."))
    if document is not None:
        if len(document) > MAX_DOCUMENT_BYTES:
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "The document is larger than {limit} MB."),
                limit=MAX_DOCUMENT_BYTES // (1024 * 1024))
        if not file_name.strip():
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "An attached document needs a file name."))
    now = iso(vault.clock.now())
    with vault.change("obligation-assessed") as conn:
        previous = conn.execute(
            "SELECT document_id FROM obligation_assessments WHERE ref = ? "
            "ORDER BY id DESC LIMIT 1", (obligation.ref,)).fetchone()
        document_id = None if remove_document or previous is None else previous[0]
        digest = ""
        if document is not None:
            digest = hashlib.sha256(document).hexdigest()
            cursor = conn.execute(
                "INSERT INTO obligation_documents (file_name, document, sha256, size, "
                "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                (redact_cpr(file_name.strip()), document, digest, len(document), now,
                 vault.account.initials))
            document_id = int(cursor.lastrowid or 0)
        cursor = conn.execute(
            "INSERT INTO obligation_assessments (ref, status, note, document_id, reviewed_on, "
            "reviewed_by, reviewer_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (obligation.ref, chosen.value, clean_note, document_id, day.isoformat(),
             vault.account.initials, vault.account.name, now))
        assessment_id = int(cursor.lastrowid or 0)
        details: dict[str, object] = {"ref": obligation.ref, "status": chosen.value,
                                      "reviewed_on": day.isoformat(), "note": clean_note,
                                      "document": document_id}
        if digest:
            details["sha256"] = digest
        vault.describe(f"obligation:{obligation.ref}", details)
    return get_assessment(vault.db, assessment_id)


def get_assessment(conn: Connection, assessment_id: int) -> Assessment:
    row = conn.execute(f"{_SELECT} WHERE a.id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "No assessment with id {id}."), id=assessment_id)
    return _assessment(row)


def history(conn: Connection, ref: str) -> list[Assessment]:
    """Every assessment of *ref*, newest first."""
    obligation = _require_obligation(ref)
    return [_assessment(r) for r in conn.execute(
        f"{_SELECT} WHERE a.ref = ? ORDER BY a.id DESC", (obligation.ref,))]


def latest(conn: Connection) -> dict[str, Assessment]:
    """The assessment in force for every assessed obligation, by reference."""
    rows = conn.execute(
        f"{_SELECT} WHERE a.id IN (SELECT max(id) FROM obligation_assessments GROUP BY ref)")
    return {r[1]: _assessment(r) for r in rows}


def document(vault: Vault, document_id: int) -> tuple[str, bytes]:
    """An attached document (file name, bytes), checked against its SHA-256; audited."""
    vault.require(Permission.READ)
    row = vault.db.execute(
        "SELECT file_name, document, sha256 FROM obligation_documents WHERE id = ?",
        (document_id,)).fetchone()
    if row is None:
        raise error(ValidationError, QT_TRANSLATE_NOOP("Errors", "No document is stored."))
    data = bytes(row[1])
    if hashlib.sha256(data).hexdigest() != row[2]:
        raise error(ValidationError, QT_TRANSLATE_NOOP(
            "Errors", "The stored document does not match its recorded SHA-256."))
    vault.record("obligation-document-opened", f"obligation-document:{document_id}",
                 {"sha256": row[2]})
    return row[0], data


# -- the checklist -------------------------------------------------------------------------------


def checklist(conn: Connection, today: date) -> list[ChecklistItem]:
    """Every obligation in catalogue order with its assessment, review state and hint."""
    assessed = latest(conn)
    regulation = current(conn)
    approved = regulation.approved_on if regulation else None
    hints = Hints(conn, today)
    return [
        ChecklistItem(
            o, assessed.get(o.ref),
            review_due(assessed[o.ref].reviewed_on if o.ref in assessed else None, today,
                       approved),
            hints.hint(o.evidence))
        for o in CATALOGUE
    ]


def summary(items: Iterable[ChecklistItem]) -> tuple[Counter[Status], int]:
    """How many items have each status, and how many are due for review."""
    counts: Counter[Status] = Counter()
    due = 0
    for item in items:
        counts[item.status] += 1
        due += item.review_due
    return counts, due


def _m(template: str, **args: object) -> Message:
    return Message("Obligations", template, dict(args))


class Hints:
    """The computed hints, reading each source once for the whole checklist."""

    def __init__(self, conn: Connection, today: date) -> None:
        self.conn, self.today = conn, today
        self._calendar: dict[Scheduled, CalendarItem] | None = None
        self._cache: dict[Evidence, Message | None] = {}

    def calendar_item(self, which: Scheduled) -> CalendarItem:
        if self._calendar is None:
            self._calendar = {i.obligation: i for i in calendar(self.conn, self.today)}
        return self._calendar[which]

    def hint(self, evidence: Evidence | None) -> Message | None:
        if evidence is None:
            return None
        if evidence not in self._cache:
            self._cache[evidence] = self._make(evidence)
        return self._cache[evidence]

    def _control(self, which: Scheduled) -> Message:
        item = self.calendar_item(which)
        name = Message("Schedule", OBLIGATION_LABELS[which])
        if item.last_done is None:
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "{control}: never completed in cpradmin; due now."), control=name)
        return _m(QT_TRANSLATE_NOOP(
            "Obligations", "{control}: last completed {last}; next due {due}."),
            control=name, last=item.last_done.isoformat(), due=item.next_due.isoformat())

    def _make(self, evidence: Evidence) -> Message | None:
        conn, day = self.conn, self.today.isoformat()
        if evidence is Evidence.AUTHORISATION_CONTROL:
            return self._control(Scheduled.AUTHORISATION_CONTROL)
        if evidence is Evidence.LOG_CONTROL:
            return self._control(Scheduled.LOG_CONTROL)
        if evidence is Evidence.SYSTEM_STATISTICS:
            if conn.execute("SELECT 1 FROM programs LIMIT 1").fetchone() is None:
                return _m(QT_TRANSLATE_NOOP(
                    "Obligations", "No system-to-system program is registered."))
            return self._control(Scheduled.SYSTEM_STATISTICS)
        if evidence is Evidence.REGULATIONS:
            regulation = current(conn)
            if regulation is None:
                return _m(QT_TRANSLATE_NOOP(
                    "Obligations", "No version of the internal regulations is recorded."))
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "Internal regulations: version {version} approved {approved}; "
                "review due {due}."), version=regulation.version,
                approved=regulation.approved_on.isoformat(),
                due=regulation.review_due.isoformat())
        if evidence is Evidence.ADHOC_CONTROLS:
            count = conn.execute(
                "SELECT count(*) FROM controls WHERE type = 'adhoc'").fetchone()[0]
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "Ad hoc controls recorded: {count}."), count=count)
        if evidence is Evidence.ACCESS_LIST:
            people, programs = conn.execute(
                "SELECT count(DISTINCT u.employee_id), count(DISTINCT u.program_id) "
                "FROM authorisations a JOIN user_ids u ON u.id = a.user_id_id "
                "WHERE a.granted_on <= :day AND (a.expires_on IS NULL OR a.expires_on >= :day) "
                "AND (a.revoked_on IS NULL OR a.revoked_on > :day)", {"day": day}).fetchone()
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "Register kept: {employees} employees and {programs} programs "
                "with an authorisation in force today."), employees=people, programs=programs)
        if evidence is Evidence.UNLOCK_REGISTER:
            unlockers, lockouts = conn.execute(
                "SELECT (SELECT count(*) FROM unlockers WHERE authorised_from <= :day AND "
                "(authorised_to IS NULL OR authorised_to >= :day)), "
                "(SELECT count(*) FROM lockouts)", {"day": day}).fetchone()
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "Unlock register kept: {unlockers} persons authorised to unlock "
                "today; {lockouts} lockouts recorded."), unlockers=unlockers, lockouts=lockouts)
        if evidence in (Evidence.TRAINING, Evidence.ACKNOWLEDGEMENT):
            column = "trained_on" if evidence is Evidence.TRAINING else "acknowledged_on"
            since = (self.today - timedelta(days=TRAINING_MAX_AGE_DAYS)).isoformat()
            total, recent = conn.execute(
                f"SELECT count(*), coalesce(sum(e.{column} >= :since), 0) FROM employees e "
                "WHERE e.id IN (SELECT u.employee_id FROM authorisations a JOIN user_ids u "
                "ON u.id = a.user_id_id WHERE u.employee_id IS NOT NULL AND a.granted_on <= "
                ":day AND (a.expires_on IS NULL OR a.expires_on >= :day) AND (a.revoked_on IS "
                "NULL OR a.revoked_on > :day))", {"day": day, "since": since}).fetchone()
            if evidence is Evidence.TRAINING:
                return _m(QT_TRANSLATE_NOOP(
                    "Obligations", "{recent} of {total} employees with access were trained "
                    "within the last year."), recent=recent, total=total)
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "{recent} of {total} employees with access acknowledged the "
                "internal regulations within the last year."), recent=recent, total=total)
        if evidence is Evidence.REPORTS:
            count = conn.execute("SELECT count(*) FROM reports WHERE signed = 1").fetchone()[0]
            return _m(QT_TRANSLATE_NOOP(
                "Obligations", "Signed reports kept in the vault: {count}."), count=count)
        return None
