"""The register commands: import (dry run, skip, refuse), list, export, watchlist, unlocks.

Run through a parser built with ``add_parsers`` and the real ``cli._login`` (environment
variables), and, once ``cpradmin/cli.py`` wires the commands in, through ``cli.main`` too.
"""

from __future__ import annotations

import argparse
import ctypes
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from cpradmin import audit, cli, registers
from cpradmin.cli_registers import add_parsers
from cpradmin.errors import CpradminError
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
CPR_A, CPR_B = "0101901009", "1502851000"
WIRED = "cli_registers" in (Path(cli.__file__).read_text(encoding="utf-8"))

Runner = Callable[..., tuple[int, str, str]]

REGISTER_CSV = (
    "Navn;Initialer;CPR-nummer;Bruger-ID;Gældende fra;Gældende til;Transaktionstyper\r\n"
    f"Søren Ærø;SÆ;{CPR_A};KOMSA01;2024-01-15;2025-01-14;A1\r\n"
    f"Åse Øberg;ÅØ;{CPR_B};KOMAO01;15-01-2024;;A1 B2\r\n"
)
BAD_CSV = (
    "Navn;Initialer;CPR-nummer;Bruger-ID;Gældende fra\r\n"
    'Anna Ahl;AA;;KOMAA01;"2024-01-01"\r\n'
    "Bent Bo;BB;3113901234;KOMBB01;2024-01-01\r\n"
)


@pytest.fixture(autouse=True)
def logged_in(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> Iterator[None]:
    monkeypatch.setenv("CPRADMIN_USER", OFFICER)
    monkeypatch.setenv("CPRADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPRADMIN_VAULT", str(vault_path))
    umask = os.umask(0o077)
    os.umask(umask)
    yield
    os.umask(umask)  # cli.main() hardens the process; give pytest its settings back
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)


def run_own(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="cpradmin")
    parser.add_argument("--vault")
    add_parsers(parser.add_subparsers(dest="command"), cli._login)
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    try:
        code = args.handler(args, out)
    except CpradminError as exc:
        print(f"cpradmin: {exc.message.english()}", file=err)
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


def run_main(*argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue(), ""


@pytest.fixture(params=["add_parsers", "cli.main"])
def run(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> Runner:
    if request.param == "add_parsers":
        return run_own
    if not WIRED:
        pytest.skip("cpradmin/cli.py does not wire cli_registers in yet")

    def through_main(*argv: str) -> tuple[int, str, str]:
        code, out, _ = run_main(*argv)
        return code, out, capsys.readouterr().err

    return through_main


def open_vault(vault_path: Path) -> Vault:
    return Vault.login(vault_path, OFFICER, PASSWORD)


def counts(vault_path: Path) -> tuple[int, int, int]:
    vault = open_vault(vault_path)
    try:
        db = vault.db
        return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("employees", "user_ids", "authorisations"))
    finally:
        vault.lock("test")


def last_actions(vault_path: Path, n: int) -> list[str]:
    vault = open_vault(vault_path)
    try:
        entries = list(audit.entries(vault.db, newest_first=True, limit=n + 1))[1:]  # not login
        return [e.action for e in reversed(entries)]
    finally:
        vault.lock("test")


def test_import_dry_run_then_for_real(run: Runner, vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER_CSV, encoding="cp1252")
    code, out, _ = run("employees", "import", str(path), "--dry-run")
    assert code == 0
    assert "File: register.csv (csv, cp1252, delimiter ';'), 2 data rows" in out
    assert "Employees: 2 new, 0 changed" in out
    assert "Dry run: nothing was written." in out
    assert counts(vault_path) == (0, 0, 0)
    code, out, _ = run("employees", "import", str(path))
    assert code == 0 and "Imported." in out
    assert last_actions(vault_path, 3) == ["login", "register-imported", "lock"]
    assert counts(vault_path) == (2, 2, 2)
    code, out, _ = run("employees", "import", str(path))
    assert code == 0 and "Rows: 0 created, 0 updated, 2 unchanged, 0 error" in out
    assert "Nothing to change" in out


def test_import_errors_refuse_or_skip(run: Runner, vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "fejl.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    code, out, _ = run("employees", "import", str(path))
    assert code == 1
    assert re.search(r"^fejl\.csv:3: CPR-nummer: The CPR number is not valid: CPR number "
                     r"311390-XXXX", out, re.MULTILINE), out
    assert "Refused: nothing was written." in out
    assert not FULL_CPR.search(out)
    assert counts(vault_path) == (0, 0, 0)
    code, out, _ = run("employees", "import", str(path), "--on-error", "skip")
    assert code == 0 and "fejl.csv:3: CPR-nummer:" in out
    assert counts(vault_path) == (1, 1, 1)


def test_list_formats_and_search(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    assert run("employees", "import", str(path))[0] == 0
    code, out, _ = run("employees", "list")
    assert code == 0 and "010190-XXXX" in out and "2 employee(s)" in out
    assert out.index("Søren") < out.index("Åse")  # Danish order
    code, out, _ = run("employees", "list", "--format", "json", "--search", "komao")
    rows = json.loads(out)
    assert [(r["name"], r["cpr"], r["user_ids"]) for r in rows] == [
        ("Åse Øberg", "150285-XXXX", ["KOMAO01"])]
    code, out, _ = run("employees", "list", "--format", "csv")
    assert out.splitlines()[0].startswith("id;name;initials")
    for text in (out, run("employees", "list")[1]):
        assert not FULL_CPR.search(text)


def test_export_xlsx_and_csv(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    run("employees", "import", str(path))
    code, out, _ = run("employees", "export", str(tmp_path / "alt.xlsx"), "--lang", "en")
    assert code == 0 and "CPR numbers are masked" in out
    workbook = openpyxl.load_workbook(tmp_path / "alt.xlsx")
    assert workbook.sheetnames[0] == "Employees"
    assert workbook["Employees"]["D2"].value == "010190-XXXX"
    workbook.close()
    code, _, _ = run("employees", "export", str(tmp_path / "ur.csv"), "--register", "user_ids")
    assert code == 0
    assert (tmp_path / "ur.csv").read_text("utf-8-sig").startswith("Bruger-ID;Tilhører")
    code, _, err = run("employees", "export", str(tmp_path / "x.csv"), "--register",
                       "employees", "--register", "watchlist")
    assert code == 1 and "one register" in err


def test_watchlist_import_and_list(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "watch.csv"
    path.write_text(f"CPR;Årsag;Bemærkning\r\n{CPR_A};VIP;\r\n{CPR_B};;\r\n", encoding="utf-8")
    code, out, _ = run("watchlist", "import", str(path))
    assert code == 1 and "watch.csv:3: Årsag: The reason is missing" in out
    code, out, _ = run("watchlist", "import", str(path), "--on-error", "skip")
    assert code == 0 and "1 new" in out
    code, out, _ = run("watchlist", "list")
    assert "010190-XXXX" in out and "1 active entry" in out
    assert not FULL_CPR.search(out)


def test_unlocks_record_and_list(run: Runner, vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    run("employees", "import", str(path))
    vault = open_vault(vault_path)
    try:
        from datetime import UTC, date, datetime

        from cpradmin import unlocks

        unlocks.record_lockout(vault, "KOMAO01", datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
        unlocker = unlocks.authorise_unlocker(vault, name="Lars Kjær",
                                              authorised_from=date(2024, 1, 1))
    finally:
        vault.lock("test")
    code, out, _ = run("unlocks", "list", "--waiting")
    assert code == 0 and "KOMAO01" in out and "WAITING" in out
    code, out, _ = run("unlocks", "record", "komao01", "--verified", "call-back", "--by",
                       str(unlocker.id), "--at", "2024-05-01 10:15", "--note", "ringede op")
    assert code == 0 and "Unlock of KOMAO01 recorded (2024-05-01 10:15)" in out
    code, out, _ = run("unlocks", "list", "--waiting")
    assert "0 lockout(s)" in out
    code, out, _ = run("unlocks", "list")
    assert "by Lars Kjær (Call-back to a known number)" in out
    code, _, err = run("unlocks", "record", "KOMSA01", "--verified", "other")
    assert code == 1 and "Describe in the note" in err
    code, _, err = run("unlocks", "record", "KOMSA01", "--verified", "in-person", "--at",
                       "1/5 kl 10")
    assert code == 1 and "YYYY-MM-DD HH:MM" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run_own("unlocks", "record", "X", "--verified", "telepathy")
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_every_command_locks_the_vault(vault_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    for argv in (("employees", "import", str(path), "--dry-run"), ("employees", "list"),
                 ("watchlist", "list"), ("unlocks", "list"),
                 ("employees", "export", str(tmp_path / "x.csv"))):
        run_own(*argv)
        vault = open_vault(vault_path)
        try:
            entries = list(audit.entries(vault.db, newest_first=True, limit=2))
            assert entries[1].action == "lock", argv
            assert entries[1].details_dict() == {"reason": "cli: done"}
        finally:
            vault.lock("test")
    vault = open_vault(vault_path)
    try:
        assert registers.watchlist(vault.db) == []
    finally:
        vault.lock("test")
