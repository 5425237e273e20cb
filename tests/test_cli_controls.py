"""``cpradmin controls list|due`` and ``cpradmin authorisation-control ...`` end to end.

Run through a parser built with ``cli_controls.add_parsers`` and the real ``cli._login``
(environment variables), and through ``cli.main``. Dates are relative to today: the CLI runs
on the system clock.
"""

from __future__ import annotations

import argparse
import ctypes
import io
import os
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from cpradmin import cli, registers
from cpradmin.cli_controls import add_parsers
from cpradmin.errors import CpradminError
from cpradmin.registers import AuthorisationInput, EmployeeInput
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD

FULL_CPR = re.compile(r"\d{6}-?\d{4}")
Runner = Callable[..., tuple[int, str, str]]


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
        cli._print_rules(exc, err)
        code = exc.exit_code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(params=["add_parsers", "cli.main"])
def run(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> Runner:
    if request.param == "add_parsers":
        return run_own

    def through_main(*argv: str) -> tuple[int, str, str]:
        out = io.StringIO()
        code = cli.main(list(argv), out=out)
        return code, out.getvalue(), capsys.readouterr().err

    return through_main


def _open(vault_path: Path) -> Vault:
    return Vault.login(vault_path, OFFICER, PASSWORD)


@pytest.fixture
def people(vault_path: Path) -> dict[str, int]:
    """Anna (in order) and Gorm (left ten days ago); their authorisation ids."""
    today = date.today()
    vault = _open(vault_path)
    try:
        ids = {}
        for name, user_id, left in (("Anna Andersen", "KOMAA1", None),
                                    ("Gorm Gammel", "KOMGG1", today - timedelta(days=10))):
            e = registers.add_employee(vault, EmployeeInput(
                name=name, cpr="0101901009" if left else None, employed_to=left,
                trained_on=today - timedelta(days=30), acknowledged_on=today - timedelta(days=30)))
            uid = registers.add_user_id(vault, user_id, employee_id=e.id)
            ids[user_id] = registers.grant_authorisation(vault, uid.id, AuthorisationInput(
                today - timedelta(days=200), today + timedelta(days=200))).id
        return ids
    finally:
        vault.lock("test")


def _numbers(pattern: str, text: str) -> list[int]:
    return [int(n) for n in re.findall(pattern, text, re.MULTILINE)]


def test_the_authorisation_control_end_to_end(run: Runner, vault_path: Path,
                                              people: dict[str, int]) -> None:
    today = date.today()
    outputs: list[str] = []

    def ok(*argv: str) -> str:
        code, out, err = run(*argv)
        assert code == 0, err
        outputs.append(out + err)
        return out

    def refused(*argv: str) -> str:
        code, out, err = run(*argv)
        assert code == 1, out
        outputs.append(out + err)
        return err

    due = ok("controls", "due")
    assert re.search(r"^OVERDUE +Authorisation control +last never +due "
                     f"{today.isoformat()}$", due, re.MULTILINE), due
    assert re.search(r"^NOT-APPLICABLE +System-to-system", due, re.MULTILINE), due

    out = ok("authorisation-control", "start")
    [control_id] = _numbers(r"Authorisation control #(\d+) started", out)
    assert "No imported CPR log covers the period" in out
    assert "Items: 2, flagged 1, undecided 2" in out
    assert "Flags: Employee has left 1" in out
    assert "control #" in ok("controls", "due")  # the open control is shown

    shown = ok("authorisation-control", "show", str(control_id))
    lines = [line for line in shown.splitlines() if line.startswith("item ")]
    assert "KOMGG1" in lines[0] and "[Employee has left]" in lines[0]  # flagged first
    assert "KOMAA1" in lines[1] and lines[1].endswith("[-]")
    gorm, anna = (_numbers(r"^item (\d+)", line)[0] for line in lines)

    assert "Write a note" in refused("authorisation-control", "decide", str(gorm), "revoke")
    out = ok("authorisation-control", "decide", str(gorm), "revoke", "--note",
             "Fratrådt, jf. 0101901009")
    [action_id] = _numbers(r"CPR action #(\d+)", out)
    assert f"Remove authorisation {people['KOMGG1']} of user ID KOMGG1" in out
    assert "note: Fratrådt, jf. 010190-XXXX" in ok("authorisation-control", "show",
                                                   str(control_id))

    err = refused("authorisation-control", "complete", str(control_id))
    assert f"Authorisation control {control_id} cannot be completed yet." in err
    assert "1 of 2 authorisations have no decision yet." in err
    assert "1 CPR action(s) are neither marked done nor left open" in err

    ok("authorisation-control", "decide", str(anna), "keep")
    assert "is not a date" in refused("authorisation-control", "action", str(action_id),
                                      "--done", "i går")
    out = ok("authorisation-control", "action", str(action_id), "--done", today.isoformat())
    assert f"CPR action #{action_id} done on {today.isoformat()}." in out
    assert "undecided 0" in ok("authorisation-control", "show", str(control_id), "--undecided")

    out = ok("authorisation-control", "complete", str(control_id))
    assert f"Authorisation control #{control_id} completed by PH; 1 revocation(s) written" in out
    assert "already completed" in refused("authorisation-control", "complete",
                                          str(control_id))

    listed = ok("controls", "list")
    assert re.search(rf"^#{control_id} +authorisation +quarterly +\S+\.\.{today.isoformat()} +"
                     rf"completed +{today.isoformat()} PH$", listed, re.MULTILINE), listed
    due = ok("controls", "due")
    assert re.search(rf"^OK +Authorisation control +last {today.isoformat()}", due,
                     re.MULTILINE), due

    vault = _open(vault_path)
    try:
        assert registers.get_authorisation(vault.db, people["KOMGG1"]).revoked_on == today
        assert registers.get_authorisation(vault.db, people["KOMAA1"]).revoked_on is None
    finally:
        vault.lock("test")
    for text in outputs:
        assert not FULL_CPR.search(text), text


def test_leaving_an_action_open_and_usage_errors(run: Runner, people: dict[str, int],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("authorisation-control", "start", "--type", "adhoc", "--reason", "test")
    assert code == 0
    [control_id] = _numbers(r"#(\d+) started", out)
    code, shown, _ = run("authorisation-control", "show", str(control_id))
    items = _numbers(r"^item (\d+)", "\n".join(
        line for line in shown.splitlines() if line.startswith("item ")))
    run("authorisation-control", "decide", str(items[0]), "revoke", "--note", "Left")
    run("authorisation-control", "decide", str(items[1]), "keep")
    code, shown, _ = run("authorisation-control", "show", str(control_id))
    [action_id] = _numbers(r"^action (\d+)", "\n".join(
        line for line in shown.splitlines() if line.startswith("action ")))
    assert "PENDING" in shown
    code, out, _ = run("authorisation-control", "action", str(action_id), "--leave-open",
                       "Venter på CPR-kontoret")
    assert code == 0 and "left open: Venter på CPR-kontoret" in out
    code, out, _ = run("authorisation-control", "complete", str(control_id))
    assert code == 0 and "0 revocation(s)" in out and "1 CPR action(s) left open" in out
    code, shown, _ = run("authorisation-control", "show", str(control_id))
    assert "LEFT OPEN: Venter på CPR-kontoret" in shown
    code, _, err = run("authorisation-control", "show", "999")
    assert code == 1 and "No authorisation control with id 999." in err

    with pytest.raises(SystemExit) as caught:  # neither --done nor --leave-open
        run("authorisation-control", "action", str(action_id))
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        run("authorisation-control", "decide", str(items[0]), "delete")
    capsys.readouterr()


def test_controls_due_on_a_given_day_always_exits_zero(run: Runner) -> None:
    code, out, _ = run("controls", "due", "--on", "2030-01-31")
    assert code == 0
    assert out.startswith("Control calendar on 2030-01-31:")
    assert out.count("OVERDUE") == 3  # never done: authorisation, log control, regulations
    code, out, _ = run("controls", "list")
    assert code == 0 and out.strip() == "0 control(s)"
