"""What the import stores per row when the file lacks some columns.

The importer binds only the values that vary per row and writes the import, the source and
the absent columns as constants of its INSERT (bench/README.md: fewer bound parameters, a
faster insert). These tests pin that every stored column still holds what the file said,
on the column-wise path and on the per-row path (a row with a trailing blank cell).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from cpradmin.log_import import import_log, iter_entries
from cpradmin.models.logs import Source
from cpradmin.vault import Vault

CPR_A = "0101901009"


def write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8"))
    return path


LAYOUTS = {
    "no CPR, no extras": (["Bruger-ID", "Tidspunkt", "Transaktion"], Source.CPR),
    "CPR and terminal": (["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal"],
                         Source.CPR),
    "all columns": (["Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer", "Terminal",
                     "Søgekriterie", "System"], Source.CPR),
    "system log": (["System", "Bruger-ID", "Tidspunkt", "Transaktion", "CPR-nummer"],
                   Source.SYSTEM),
}
VALUES = {"Bruger-ID": "u1", "Transaktion": "Opslag", "CPR-nummer": CPR_A,
          "Terminal": "PC7", "Søgekriterie": "Navn", "System": "ESDH"}
FIELDS = {"CPR-nummer": "cpr", "Terminal": "terminal", "Søgekriterie": "criterion",
          "System": "system"}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_stored_rows_hold_what_the_file_said(vault: Vault, tmp_path: Path,
                                             layout: str) -> None:
    header, source = LAYOUTS[layout]
    rows = [[VALUES.get(h, f"15-01-2024 09:0{minute}:00") for h in header]
            for minute in range(4)]
    rows[2].append("")  # a trailing blank cell: this row takes the per-row path
    earlier = import_log(vault, write(tmp_path / "earlier.csv", header, rows[:1]),
                         source=source)
    result = import_log(vault, write(tmp_path / "log.csv", header, rows[1:]), source=source)
    assert (result.accepted, result.rejected) == (3, 0)

    stored = vault.db.execute(
        "SELECT import_id, source, line FROM log_entries ORDER BY id").fetchall()
    code = 1 if source is Source.SYSTEM else 0
    assert stored == [(earlier.import_id, code, 2)] + [
        (result.import_id, code, line) for line in (2, 3, 4)]

    entries = iter_entries(vault.db)
    assert [e.line for e in entries] == [2, 2, 3, 4]
    for entry in entries:
        assert (entry.user_id, entry.transaction, entry.source) == ("U1", "Opslag",
                                                                   source.value)
        for column, name in FIELDS.items():
            assert getattr(entry, name) == (VALUES[column] if column in header else None), name
    assert [e.local_time.minute for e in entries] == [0, 1, 2, 3]
