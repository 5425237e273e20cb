"""Register import: CSV/XLSX in the shapes officers have, row errors with file/line/column,
skip vs refuse, one transaction, idempotent re-import, cancel, and random input."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpradmin import audit, registers
from cpradmin.errors import CpradminError, ValidationError
from cpradmin.register_import import (
    ActionKind,
    Outcome,
    apply_import,
    import_watchlist,
    plan_import,
)
from cpradmin.vault import Vault

# Synthetic CPR numbers (valid dates, pass modulus 11); never real people.
CPR_A, CPR_B, CPR_C, CPR_D = "0101901009", "1502851000", "3107771009", "2408681009"
FULL_CPR = re.compile(r"\d{6}-?\d{4}")

DA = ["Navn", "Initialer", "Afdeling", "CPR-nummer", "E-mail", "Ansat fra", "Bruger-ID",
      "Gældende fra", "Gældende til", "Formål", "Sagsnr.", "Transaktionstyper", "Profiler",
      "Tildelt af", "Uddannet", "Retningslinjer kvitteret", "Bemærkninger"]
EN = ["Name", "Initials", "Department", "CPR", "Email", "Employed from", "User ID",
      "Granted on", "Expires", "Purpose", "Case number", "Transaction types", "Profiles",
      "Granted by", "Trained", "Acknowledged", "Notes"]


def rows_for(dates: str = "iso") -> list[list[str]]:
    """Three employees; Søren has two user IDs, one with two authorisations."""

    def d(day: date) -> str:
        if dates == "iso":
            return day.isoformat()
        if dates == "dash":
            return day.strftime("%d-%m-%Y")
        return day.strftime("%d.%m.%Y")

    g1, g2, exp = date(2024, 1, 15), date(2024, 6, 1), date(2025, 1, 14)
    return [
        ["Søren Ærø", "SÆ", "Borgerservice", CPR_A, "sa@kommune.dk", d(date(2020, 3, 1)),
         "KOMSA01", d(g1), d(exp), "Sagsbehandling", "24-000123", "A1, B2 | C3", "100",
         "PH", d(date(2024, 1, 10)), d(date(2024, 1, 11)), "Første række"],
        ["Søren Ærø", "SÆ", "Borgerservice", CPR_A, "", "", "KOMSA01", d(g2), "", "Opslag",
         "", "A1", "", "PH", "", "", ""],
        ["Søren Ærø", "", "", "", "", "", "KOMSA02", d(g1), d(exp), "Opslag", "", "A1",
         "127", "PH", "", "", ""],
        ["Åse Øberg", "ÅØ", "Løn", CPR_B, "", "", "KOMAO01", d(g1), "", "Løn", "", "A1",
         "", "PH", "", "", ""],
        ["Bo Berg", "BB", "IT", "", "bb@kommune.dk", "", "", "", "", "", "", "", "", "",
         "", "", ""],
    ]


def write_csv(path: Path, headers: list[str], rows: list[list[str]], *, encoding: str = "utf-8",
              delimiter: str = ";", prefix: str = "") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes((prefix + buffer.getvalue()).encode(encoding))
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def snapshot(vault: Vault) -> dict[str, Any]:
    """Everything an import may touch, plus the audit head."""
    db = vault.db
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("employees", "user_ids", "authorisations", "authorisation_events",
                      "watchlist")
    } | {"audit": audit.head(db)}


def tables_only(snap: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in snap.items() if k != "audit"}


def imported(vault: Vault, path: Path, **kwargs: Any) -> Any:
    plan = plan_import(vault, path, **kwargs)
    apply_import(vault, plan)
    return plan


# -- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter", "headers", "dates", "prefix"),
    [
        ("utf-8", ";", DA, "iso", ""),
        ("utf-8-sig", ";", DA, "dash", ""),
        ("cp1252", ";", DA, "dot", ""),
        ("cp1252", ",", EN, "iso", ""),
        ("utf-8", ",", EN, "dot", ""),
        ("utf-8", "\t", DA, "iso", ""),
        ("utf-8-sig", ",", EN, "dash", "sep=,\r\n"),
    ],
)
def test_csv_variants_import_the_same_register(vault: Vault, tmp_path: Path, encoding: str,
                                               delimiter: str, headers: list[str], dates: str,
                                               prefix: str) -> None:
    path = write_csv(tmp_path / "register.csv", headers, rows_for(dates), encoding=encoding,
                     delimiter=delimiter, prefix=prefix)
    plan = plan_import(vault, path)
    assert plan.encoding == encoding
    assert plan.delimiter == delimiter
    assert plan.errors == [] and plan.notes == []
    assert plan.rows == 5
    assert plan.outcomes == {Outcome.CREATED: 5}
    assert plan.count(ActionKind.CREATE_EMPLOYEE) == 3
    assert plan.count(ActionKind.CREATE_USER_ID) == 3
    assert plan.count(ActionKind.GRANT_AUTHORISATION) == 4
    apply_import(vault, plan)
    check_register(vault)


def check_register(vault: Vault) -> None:
    db = vault.db
    soren = registers.find_employee(db, cpr=CPR_A)
    assert soren is not None
    assert (soren.name, soren.initials, soren.department, soren.email) == (
        "Søren Ærø", "SÆ", "Borgerservice", "sa@kommune.dk")
    assert soren.employed_from == date(2020, 3, 1)
    assert (soren.trained_on, soren.acknowledged_on) == (date(2024, 1, 10), date(2024, 1, 11))
    assert soren.notes == "Første række"
    assert [u.user_id for u in registers.user_ids_of(db, soren.id)] == ["KOMSA01", "KOMSA02"]
    uid = registers.get_user_id(db, "komsa01")
    assert uid is not None
    auths = registers.authorisations_of(db, uid.id)
    assert [(a.granted_on, a.expires_on) for a in auths] == [
        (date(2024, 1, 15), date(2025, 1, 14)), (date(2024, 6, 1), None)]
    assert auths[0].transaction_types == ("A1", "B2", "C3")
    assert (auths[0].purpose, auths[0].case_number, auths[0].profiles,
            auths[0].granted_by) == ("Sagsbehandling", "24-000123", ("100",), "PH")
    history = registers.authorisation_history(db, auths[0].id)
    assert [(h.kind, h.reason) for h in history] == [("granted", "import: register.csv")]
    assert history[0].snapshot == registers._public(auths[0])  # as grant_authorisation's
    bo = registers.find_employee(db, initials="BB")
    assert bo is not None and bo.cpr is None
    assert registers.user_ids_of(db, bo.id) == []


def test_xlsx_with_real_dates_and_text_dates(vault: Vault, tmp_path: Path) -> None:
    rows: list[list[Any]] = [list(r) for r in rows_for("dot")]
    rows[0][7] = datetime(2024, 1, 15)          # a real date cell
    rows[0][8] = date(2025, 1, 14)
    rows[0][5] = "01-03-2020"                   # dates typed as text
    rows[3][3] = int(CPR_B)                     # a CPR number stored as a number
    path = write_xlsx(tmp_path / "register.xlsx", DA, rows)
    plan = plan_import(vault, path)
    assert plan.kind == "xlsx"
    assert plan.errors == []
    apply_import(vault, plan)
    check_register_xlsx(vault)


def check_register_xlsx(vault: Vault) -> None:
    soren = registers.find_employee(vault.db, cpr=CPR_A)
    assert soren is not None and soren.employed_from == date(2020, 3, 1)
    uid = registers.get_user_id(vault.db, "KOMSA01")
    assert uid is not None
    first = registers.authorisations_of(vault.db, uid.id)[0]
    assert (first.granted_on, first.expires_on) == (date(2024, 1, 15), date(2025, 1, 14))
    assert registers.find_employee(vault.db, cpr=CPR_B) is not None


def test_leading_zero_lost_by_excel_is_restored_with_a_warning(vault: Vault,
                                                               tmp_path: Path) -> None:
    rows = [["Anna Ahl", "AA", "", CPR_A.lstrip("0"), "", "", "", "", "", "", "", "", "", "",
             "", "", ""]]
    path = write_xlsx(tmp_path / "zero.xlsx", DA, [[*r[:3], int(r[3]), *r[4:]] for r in rows])
    plan = plan_import(vault, path)
    assert plan.errors == []
    assert [(w.line, w.field) for w in plan.warnings] == [(2, "CPR-nummer")]
    assert "010190-XXXX" in plan.warnings[0].message.english()
    apply_import(vault, plan)
    assert registers.find_employee(vault.db, cpr=CPR_A) is not None


def test_title_rows_above_the_header_are_skipped(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text("Autorisationsregister;;\r\nUdtræk 2024;;\r\n;;\r\nNavn;Initialer;Bruger-ID"
                    "\r\nJens Jensen;JJ;KOMJJ01\r\n", encoding="utf-8")
    plan = plan_import(vault, path)
    assert plan.errors == [] and plan.rows == 1
    assert plan.count(ActionKind.CREATE_USER_ID) == 1


def test_no_name_column_is_refused_with_the_columns_found(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["Fornavn", "Initialer"], [["Jens", "JJ"]])
    with pytest.raises(ValidationError, match=r"no column for the employee's name.*Fornavn"):
        plan_import(vault, path)


# -- row errors ------------------------------------------------------------------------------

HEADERS_WITH_UNKNOWN = ["Navn", "Initialer", "CPR-nr.", "Bruger-ID", "Tildelt", "Udløber",
                        "Bemærkninger", "Lønnummer"]


def error_file(path: Path) -> Path:
    """Physical lines: 1 header, 2-4 one record with a 3-line quoted note, then bad rows."""
    text = (
        "Navn;Initialer;CPR-nr.;Bruger-ID;Tildelt;Udløber;Bemærkninger;Lønnummer\r\n"
        'Anna Ahl;AA;010190-1009;KOMAA01;2024-01-01;;"første linje\r\nanden; linje\r\n'
        'tredje";4711\r\n'
        "Bent Bo;BB;3113901234;KOMBB01;2024-01-01;;;\r\n"       # 5: no 31 Nov... bad CPR
        "Carl Cox;CC;;KOMCC01;2024-13-01;;;\r\n"                # 6: bad date
        "Dorte Dam;DD;;KOMDD01;2024-05-01;2024-04-30;;\r\n"     # 7: expiry before grant
        ";EE;;KOMEE01;2024-01-01;;;\r\n"                        # 8: no name
        "Finn Fog;FF;;;2024-01-01;2024-12-31;;\r\n"             # 9: no user ID
        "Gitte Gram;GG;;KOMGG01;;;;\r\n"                        # 10: fine
    )
    path.write_text(text, encoding="utf-8")
    return path


EXPECTED_ERRORS = [
    (5, "CPR-nr."), (6, "Tildelt"), (7, "Udløber"), (8, "Navn"), (9, "Bruger-ID"),
]


def test_row_errors_name_file_physical_line_and_column(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(vault, error_file(tmp_path / "fejl.csv"), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == EXPECTED_ERRORS
    assert all(e.file == "fejl.csv" for e in plan.errors)
    for e in plan.errors:
        text = e.message.english()
        assert text.startswith(f"fejl.csv, line {e.line}, column {e.field}: ")
        assert not FULL_CPR.search(text), text
    assert "311390-XXXX" in plan.errors[0].message.english()
    assert "2024-13-01 is not a date" in plan.errors[1].message.english()
    assert [n.english() for n in plan.notes] == [
        "fejl.csv: the column Lønnummer is not known and was ignored."]
    assert plan.rows == 7
    assert plan.outcomes == {Outcome.CREATED: 2, Outcome.ERROR: 5}
    assert not plan.refused


def test_skip_imports_the_good_rows(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(vault, error_file(tmp_path / "fejl.csv"), on_error="skip")
    apply_import(vault, plan)
    anna = registers.find_employee(vault.db, initials="AA")
    assert anna is not None and anna.cpr == CPR_A
    assert anna.notes == "første linje\nanden; linje\ntredje"  # line breaks normalised
    assert registers.find_employee(vault.db, initials="GG") is not None
    assert registers.find_employee(vault.db, initials="BB") is None
    assert vault.db.execute("SELECT count(*) FROM employees").fetchone()[0] == 2


def test_refuse_writes_nothing_at_all(vault: Vault, tmp_path: Path) -> None:
    before = snapshot(vault)
    plan = plan_import(vault, error_file(tmp_path / "fejl.csv"), on_error="refuse")
    assert plan.refused
    with pytest.raises(ValidationError, match="refused: 5 row error"):
        apply_import(vault, plan)
    assert snapshot(vault) == before


def test_a_file_named_after_a_cpr_number_is_masked_in_messages(vault: Vault,
                                                               tmp_path: Path) -> None:
    path = error_file(tmp_path / f"{CPR_D}.csv")
    plan = plan_import(vault, path, on_error="skip")
    assert plan.file == "240868-XXXX.csv"
    assert all(not FULL_CPR.search(e.message.english()) for e in plan.errors)


# -- idempotence, changes, conflicts ---------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "register.csv", DA, rows_for())
    imported(vault, path)
    before = snapshot(vault)
    again = plan_import(vault, path)
    assert again.actions == [] and again.errors == []
    assert again.outcomes == {Outcome.UNCHANGED: 5}
    apply_import(vault, again)
    after = snapshot(vault)
    assert tables_only(after) == tables_only(before)
    assert after["audit"][0] == before["audit"][0] + 1  # only the "register-imported" entry
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert entry.action == "register-imported"
    details = entry.details_dict()
    assert details["file"] == "register.csv"
    assert details["sha256"].replace(" ", "") == hashlib.sha256(path.read_bytes()).hexdigest()
    assert details["rows_unchanged"] == 5 and details["create-employee"] == 0


def test_a_new_expiry_changes_the_authorisation_with_history(vault: Vault,
                                                             tmp_path: Path) -> None:
    rows = rows_for()
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows))
    rows[0][8] = "2025-06-30"
    rows[3][11] = "A1 B7"
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows))
    assert [(a.kind, a.line) for a in plan.actions] == [
        (ActionKind.CHANGE_AUTHORISATION, 2), (ActionKind.CHANGE_AUTHORISATION, 5)]
    change = plan.actions[0].changes
    assert [(c.field, c.before, c.after) for c in change] == [
        ("Gældende til", "2025-01-14", "2025-06-30")]
    assert plan.outcomes == {Outcome.UPDATED: 2, Outcome.UNCHANGED: 3}
    apply_import(vault, plan)
    uid = registers.get_user_id(vault.db, "KOMSA01")
    assert uid is not None
    auth = registers.authorisations_of(vault.db, uid.id)[0]
    assert auth.expires_on == date(2025, 6, 30) and auth.version == 2
    history = registers.authorisation_history(vault.db, auth.id)
    assert [h.kind for h in history] == ["granted", "changed"]
    assert history[1].snapshot["expires_on"] == "2025-06-30"


def test_employee_update_lists_the_fields_and_audits_them_masked(vault: Vault,
                                                                 tmp_path: Path) -> None:
    rows = rows_for()
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows))
    rows[3][2] = "Økonomi"
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows))
    assert [(a.kind, a.subject) for a in plan.actions] == [
        (ActionKind.UPDATE_EMPLOYEE, "Åse Øberg (ÅØ)")]
    assert [(c.field, c.before, c.after) for c in plan.actions[0].changes] == [
        ("Afdeling", "Løn", "Økonomi")]
    apply_import(vault, plan)
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    changes = entry.details_dict()["employee_changes"]
    assert changes[0]["after"] == {"department": "Økonomi"}
    assert not FULL_CPR.search(entry.details)


def test_empty_cells_never_erase(vault: Vault, tmp_path: Path) -> None:
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    sparse = [["Søren Ærø", "SÆ", "", "", "", "", "KOMSA01", "2024-01-15", "", "", "", "", "",
               "", "", "", ""]]
    plan = plan_import(vault, write_csv(tmp_path / "sparse.csv", DA, sparse))
    assert plan.actions == [] and plan.errors == []


def test_masked_cpr_keeps_the_stored_number(vault: Vault, tmp_path: Path) -> None:
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    rows = rows_for()
    rows[0][3] = rows[1][3] = "010190-XXXX"
    rows[3][3] = "010190-XXXX"  # Åse's number is 150285-....: does not fit
    plan = plan_import(vault, write_csv(tmp_path / "masked.csv", DA, rows), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == [(5, "CPR-nummer")]
    assert "does not fit" in plan.errors[0].message.english()
    assert plan.outcomes == {Outcome.UNCHANGED: 4, Outcome.ERROR: 1}


def test_a_different_cpr_for_known_initials_is_an_error(vault: Vault, tmp_path: Path) -> None:
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    rows = [["Søren Ærø", "SÆ", "", CPR_C, "", "", "", "", "", "", "", "", "", "", "", "", ""]]
    plan = plan_import(vault, write_csv(tmp_path / "other.csv", DA, rows), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == [(2, "CPR-nummer")]
    text = plan.errors[0].message.english()
    assert "010190-XXXX" in text and "310777-XXXX" in text and not FULL_CPR.search(text)


def test_rows_that_disagree_about_one_employee(vault: Vault, tmp_path: Path) -> None:
    rows = rows_for()
    rows[1][2] = "Jobcenter"  # Søren's department differs from line 2
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == [(3, "Afdeling")]
    assert "differs from line 2" in plan.errors[0].message.english()


def test_a_user_id_of_someone_else_is_an_error(vault: Vault, tmp_path: Path) -> None:
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    rows = [["Åse Øberg", "ÅØ", "", "", "", "", "KOMSA01", "", "", "", "", "", "", "", "", "",
             ""]]
    plan = plan_import(vault, write_csv(tmp_path / "steal.csv", DA, rows), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == [(2, "Bruger-ID")]
    assert "belongs to Søren Ærø (SÆ)" in plan.errors[0].message.english()


def test_a_revoked_authorisation_is_not_changed(vault: Vault, tmp_path: Path) -> None:
    rows = rows_for()
    imported(vault, write_csv(tmp_path / "register.csv", DA, rows))
    uid = registers.get_user_id(vault.db, "KOMAO01")
    assert uid is not None
    auth = registers.authorisations_of(vault.db, uid.id)[0]
    registers.revoke_authorisation(vault, auth.id, date(2024, 3, 1), "fratrådt")
    rows[3][8] = "2024-12-31"
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows), on_error="skip")
    assert [(e.line, e.field) for e in plan.errors] == [(5, "Gældende fra")]


# -- one transaction -------------------------------------------------------------------------


class Stop(Exception):  # noqa: N818
    pass


def test_cancel_rolls_back_everything(vault: Vault, tmp_path: Path) -> None:
    before = snapshot(vault)
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 6:  # after the employees and some user IDs
            raise Stop

    with pytest.raises(Stop):
        apply_import(vault, plan, check_cancel=check)
    assert snapshot(vault) == before
    assert not plan.applied
    apply_import(vault, plan)  # the same plan, after the cancel: nothing was half-remembered
    check_register(vault)


def test_progress_is_reported(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    seen: list[tuple[int, int]] = []
    apply_import(vault, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    with pytest.raises(ValidationError, match="already been written"):
        apply_import(vault, plan)


def test_a_stale_plan_is_refused(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(vault, write_csv(tmp_path / "register.csv", DA, rows_for()))
    registers.add_employee(vault, registers.EmployeeInput(name="Ny Person", initials="NP"))
    before = snapshot(vault)
    with pytest.raises(ValidationError, match="changed since"):
        apply_import(vault, plan)
    assert snapshot(vault) == before


# -- the watchlist ---------------------------------------------------------------------------


def test_watchlist_import(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "watch.csv", ["CPR-nummer", "Årsag", "Bemærkning"], [
        [CPR_A, "Navne- og adressebeskyttelse", ""],
        [CPR_B, "VIP", "Borgmester"],
        ["010190-XXXX", "VIP", ""],
        ["0101901234x", "VIP", ""],
        [CPR_C, "", ""],
    ])
    before = snapshot(vault)
    refused = import_watchlist(vault, path)
    assert refused.refused and snapshot(vault) == before
    result = import_watchlist(vault, path, on_error="skip")
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    assert [(e.line, e.field) for e in result.errors] == [
        (4, "CPR-nummer"), (5, "CPR-nummer"), (6, "Årsag")]
    assert not any(FULL_CPR.search(e.message.english()) for e in result.errors)
    assert {e.masked for e in registers.watchlist(vault.db)} == {"010190-XXXX", "150285-XXXX"}
    again = import_watchlist(vault, path, on_error="skip")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    entry = next(audit.entries(vault.db, newest_first=True, limit=1))
    assert entry.action == "watchlist-imported"
    assert not FULL_CPR.search(entry.details)


# -- random input ----------------------------------------------------------------------------

_cells = st.one_of(
    st.sampled_from(["", " ", CPR_A, "010190-XXXX", "0101901234", "2024-01-15", "15.01.2024",
                     "31-02-2024", "KOMSA01", "SÆ", "Søren Ærø", "A1, B2", "=1+1", "'=2",
                     "x;y", 'a"b', "line\nbreak", "\r", "\x00", "ø" * 3, "2025-01-01"]),
    st.text(max_size=12),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cells, min_size=0, max_size=len(DA) + 2), max_size=8),
       delimiter=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_random_rows_are_all_accounted_for(vault: Vault, tmp_path: Path,
                                           rows: list[list[str]], delimiter: str,
                                           encoding: str) -> None:
    if not vault.db.execute("SELECT 1 FROM employees").fetchone():
        imported(vault, write_csv(tmp_path / "base.csv", DA, rows_for()))
    path = write_csv(tmp_path / "random.csv", DA, rows, delimiter=delimiter,
                     encoding=encoding)
    data_rows = sum(1 for r in rows if any(c.strip() for c in r))
    plan = plan_import(vault, path, on_error="skip")
    assert plan.rows == data_rows
    assert sum(plan.outcomes.values()) == data_rows
    assert plan.outcomes[Outcome.ERROR] == len({e.line for e in plan.errors})
    for issue in [*plan.errors, *plan.warnings]:
        assert not re.search(rf"(?<!\d){CPR_A}|{CPR_A[:6]}-{CPR_A[6:]}", issue.message.english())


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), header=st.booleans())
def test_random_bytes_raise_nothing_but_cpradmin_errors(vault: Vault, tmp_path: Path,
                                                         data: bytes, header: bool) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes((b"Navn;Bruger-ID;Tildelt;CPR\r\n" if header else b"") + data)
    try:
        plan = plan_import(vault, path, on_error="skip")
    except CpradminError:
        return
    assert sum(plan.outcomes.values()) == plan.rows


# -- size ------------------------------------------------------------------------------------


def test_ten_thousand_employees(vault: Vault, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """Not a timed assertion (see bench/bench_register_import.py); it must simply work."""
    rows = [[f"Medarbejder {i}", f"M{i}", "Afd", "", "", "", f"KOM{i:05d}", "2024-01-01",
             "2025-01-01", "Sagsbehandling", "", "A1", "", "PH", "", "", ""]
            for i in range(10_000)]
    path = write_csv(tmp_path / "big.csv", DA, rows)
    start = time.perf_counter()
    plan = plan_import(vault, path)
    planned = time.perf_counter()
    apply_import(vault, plan)
    done = time.perf_counter()
    assert vault.db.execute("SELECT count(*) FROM authorisations").fetchone()[0] == 10_000
    with capsys.disabled():
        print(f"\n10,000 employees: plan {planned - start:.2f} s, apply {done - planned:.2f} s")
