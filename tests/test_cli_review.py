"""``cpradmin review``: run a log control from the command line, list, show, decide, complete.

Through ``cli.main`` with the environment variables the CLI logs in with, on a real vault with
logs imported by ``cpradmin log import``.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpradmin import cli
from cpradmin.vault import Vault
from tests.conftest import OFFICER, PASSWORD
from tests.test_controls import PEOPLE, USERS, month_rows, register, write_log

FULL_CPR = re.compile(r"\d{6}-?\d{4}")


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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture
def imported(capsys: pytest.CaptureFixture[str], tmp_path: Path, vault_path: Path) -> None:
    vault = Vault.login(vault_path, OFFICER, PASSWORD)
    try:
        register(vault)  # KOMXX99 stays unknown
    finally:
        vault.lock("test")
    for month in (1, 2, 3):
        path = write_log(tmp_path / f"log-{month}.csv", month_rows(month))
        code, _, err = run(capsys, "log", "import", str(path))
        assert code == 0, err


def test_run_writes_the_json_privately_without_cpr_numbers(
        imported: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "out" / "control.json"
    code, out, err = run(capsys, "review", "run", "--from", "2024-01-01", "--to", "2024-03-31",
                         "--seed", "42", "--json", str(out_file))
    assert code == 0, err
    assert "Log control #1 (quarterly) 2024-01-01 to 2024-03-31, scope all" in out
    assert "Seed: 42" in out and "unknown-user" in out
    assert f"Sample: {2 * len(USERS)} entries" in out
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    control = doc["control"]
    assert control["id"] == 1 and control["type"] == "quarterly" and control["seed"] == 42
    assert control["period"] == {"from": "2024-01-01", "to": "2024-03-31"}
    assert control["scope"] == {"kind": "all", "value": None}
    assert control["status"] == "in-review" and control["sample"]["max_total"] == 500
    assert [i["file"] for i in control["imports"]] == ["log-1.csv", "log-2.csv", "log-3.csv"]
    assert all(re.fullmatch(r"[0-9a-f]{64}", i["sha256"]) for i in control["imports"])
    assert all({"version", "params"} <= set(r) for r in control["rules"].values())
    unknown = [f for f in doc["findings"] if f["rule"] == "unknown-user"]
    assert len(unknown) == 1 and unknown[0]["user_id"] == "KOMXX99"
    assert unknown[0]["severity"] == "high" and "KOMXX99" in unknown[0]["explanation"]
    for entry in unknown[0]["entries"] + doc["sample"]:
        assert {"user_id", "timestamp", "transaction", "cpr"} <= set(entry)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+01:00", entry["timestamp"])
        assert re.fullmatch(r"\d{6}-XXXX", entry["cpr"])
    assert len(doc["sample"]) == 2 * len(USERS)
    text = out_file.read_text(encoding="utf-8")
    for digest in (i["sha256"] for i in control["imports"]):
        text = text.replace(digest, "")
    assert not FULL_CPR.search(text) and not any(p in text for p in PEOPLE)
    assert not FULL_CPR.search(out)

    code, out, err = run(capsys, "review", "list")
    assert code == 0, err
    assert re.search(r"#1 +quarterly 2024-01-01\.\.2024-03-31 +in-review", out)
    assert "1 log control(s)" in out


def test_the_same_seed_from_the_cli_gives_the_same_json(
        imported: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    docs = []
    for name in ("a.json", "b.json"):
        code, _, err = run(capsys, "review", "run", "--from", "2024-01-01", "--to",
                           "2024-03-31", "--seed", "7", "--json", str(tmp_path / name))
        assert code == 0, err
        doc = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        for part in [doc["control"], *doc["findings"], *doc["sample"]]:
            part.pop("id", None)
            part.pop("item", None)
        doc["control"].pop("created")
        docs.append(doc)
    assert docs[0] == docs[1]


def test_review_decide_and_complete(imported: None, capsys: pytest.CaptureFixture[str],
                                    tmp_path: Path) -> None:
    code, _, err = run(capsys, "review", "run", "--from", "2024-01-01", "--to", "2024-01-31",
                       "--user", "komaa01", "--per-user", "2")
    assert code == 0, err
    code, out, err = run(capsys, "review", "show", "1")
    assert code == 0, err
    items = [int(m) for m in re.findall(r"^  item (\d+)", out, re.MULTILINE)]
    assert len(items) >= 2 and "scope user: KOMAA01" in out
    code, _, err = run(capsys, "review", "decide", str(items[0]), "--decision", "explained")
    assert code == 1 and "case number" in err and "Traceback" not in err
    code, out, err = run(capsys, "review", "decide", str(items[0]), "--decision", "explained",
                         "--case", "24-00017")
    assert code == 0 and f"Item {items[0]}: explained" in out, err
    code, _, err = run(capsys, "review", "complete", "1")
    assert code == 1 and f"{len(items) - 1} item(s) have no decision" in err
    code, out, err = run(capsys, "review", "decide", str(items[1]), "--decision",
                         "suspected-abuse", "--note", "Many lookups of one family")
    assert code == 0, err
    assert re.search(r"Ad hoc control #2 opened", out)
    for item in items[2:]:
        assert run(capsys, "review", "decide", str(item), "--decision", "false-alarm")[0] == 0
    code, out, err = run(capsys, "review", "show", "1", "--undecided")
    assert code == 0 and "item" not in out.split("Decisions:")[1], out
    code, out, err = run(capsys, "review", "complete", "1")
    assert code == 0 and "Log control #1 completed." in out, err
    shown = tmp_path / "shown.json"
    code, out, err = run(capsys, "review", "show", "1", "--json", str(shown))
    assert code == 0, err
    doc = json.loads(shown.read_text(encoding="utf-8"))
    assert doc["control"]["status"] == "completed" and doc["control"]["completed"]["by"] == OFFICER
    decisions = {e["item"]: e for e in doc["findings"] + doc["sample"]}
    assert decisions[items[0]]["case_number"] == "24-00017"
    assert decisions[items[1]]["decision"] == "suspected-abuse"
    assert decisions[items[1]]["followup_control"] == 2
    code, out, _ = run(capsys, "review", "list")
    assert re.search(r"#2 +adhoc .*user: KOMAA01 \(from #1\)", out)
    assert re.search(r"#1 +quarterly .* completed", out)
    code, _, err = run(capsys, "review", "decide", str(items[0]), "--decision", "false-alarm")
    assert code == 1 and "no longer change" in err


def test_refusals_and_usage(imported: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "review", "run", "--from", "2025-01-01", "--to", "2025-03-31")
    assert code == 1 and "No log rows are imported" in err
    code, _, err = run(capsys, "review", "run", "--from", "31-03-2024x", "--to", "2024-03-31")
    assert code == 1 and "is not a date" in err
    code, _, err = run(capsys, "review", "run", "--from", "2024-01-01", "--to", "2024-03-31",
                       "--department", "Vejvæsen")
    assert code == 1 and "Vejvæsen" in err
    code, out, err = run(capsys, "review", "run", "--from", "2024-02-01", "--to", "2024-02-29",
                         "--department", "borgerservice", "--type", "adhoc", "--reason", "Tip")
    assert code == 0 and "scope department: borgerservice" in out, err
    code, out, err = run(capsys, "review", "run", "--from", "2024-02-01", "--to", "2024-02-29",
                         "--type", "monthly", "--per-user", "0")
    assert code == 0 and "Sample: 0 entries" in out and "(monthly)" in out, err
    code, _, err = run(capsys, "review", "show", "99")
    assert code == 1 and "There is no log control #99" in err
    for argv in (("review", "run", "--from", "2024-01-01"),
                 ("review", "run", "--from", "2024-01-01", "--to", "2024-01-02", "--type", "x"),
                 ("review", "decide", "1", "--decision", "maybe"),
                 ("review",)):
        with pytest.raises(SystemExit) as caught:
            run(capsys, *argv)
        assert caught.value.code == 2
