"""Streaming CSV/XLSX reading: encodings, delimiters, physical line numbers, clear errors."""

from __future__ import annotations

import codecs
import tracemalloc
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from cpradmin import tabular
from cpradmin.errors import ValidationError
from cpradmin.tabular import (
    TabularError,
    cell_text,
    escape_formula,
    header_map,
    normalise_header,
    open_table,
    unescape_formula,
)


def read(path: Path, **kwargs: object) -> tuple[tabular.Table, list[tuple[int, list[object]]]]:
    with open_table(path, **kwargs) as table:  # type: ignore[arg-type]
        return table, list(table.rows())


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Navn;By\r\nÆrø;Århus\r\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Navn;By\r\nÆrø;Århus\r\n".encode(), "utf-8-sig"),
        ("Navn;By\r\nÆrø;Århus\r\n".encode("cp1252"), "cp1252"),
        ("Navn\tBy\r\nÆrø\tÅrhus\r\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    table, rows = read(path)
    assert (table.kind, table.encoding) == ("csv", encoding)
    assert table.headers == ["Navn", "By"]
    assert rows == [(2, ["Ærø", "Århus"])]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Navn;Beløb\nJens;1,5\nOle;2,5\n", ";"),   # decimal commas must not win
        ("Name,Dept\nA,B\nC,D\n", ","),
        ("Name\tDept\nA\tB\n", "\t"),
        ("Name|Dept\nA|B\n", "|"),
        ("Navn\nJens\n", ";"),                         # one column: the Danish default
        ("sep=|\nNavn|By\nA|B\n", "|"),                # Excel's hint line
        ('"Navn";"Noter"\n"A";"x, y, z"\n', ";"),
    ],
)
def test_delimiters(tmp_path: Path, text: str, delimiter: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    table, rows = read(path)
    assert table.delimiter == delimiter
    assert rows[0][1][0] in {"Jens", "A"}


def test_line_numbers_are_physical_with_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(
        b'Navn;Note\r\n'                     # 1
        b'A;"one\r\ntwo\r\nthree"\r\n'       # 2-4
        b'\r\n'                              # 5 blank: skipped
        b';\r\n'                             # 6 all empty: skipped
        b'B;"x\ny"\r\n'                      # 7-8 (LF inside a cell)
        b'C;z\rD;w\r'                        # 9, 10: old Mac line ends
        b'E;last'                            # 11 without a line end
    )
    _, rows = read(path)
    assert [(line, cells[0]) for line, cells in rows] == [
        (2, "A"), (7, "B"), (9, "C"), (10, "D"), (11, "E")]
    assert rows[0][1][1] == "one\r\ntwo\r\nthree"


def test_a_bad_byte_after_the_sample_names_its_line(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "SAMPLE_BYTES", 64)
    monkeypatch.setattr(tabular, "CHUNK_BYTES", 16)  # lines cross chunk boundaries
    lines = ["Navn;By"] + [f"Person {i};Ærø" for i in range(20)]
    path = tmp_path / "f.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"Bad \xe6;x\nok;y\n")
    with open_table(path) as table:
        assert table.encoding == "utf-8"
        rows = table.rows()
        assert sum(1 for _ in zip(range(20), rows, strict=False)) == 20
        with pytest.raises(TabularError) as caught:
            next(rows)
    assert isinstance(caught.value, ValidationError)
    assert caught.value.message.english().startswith("f.csv, line 22: the text is not valid")


def test_utf8_and_windows_1252_mixed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes("Navn;By\nÆrø;Århus\n".encode() + "Øster;Åbenrå\n".encode("cp1252"))
    with pytest.raises(TabularError, match="line 3: the text is not valid utf-8"):
        read(path)


def test_a_multibyte_character_cut_by_the_sample_is_still_utf8(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.csv"
    data = "Navn\nÆ\n".encode()
    monkeypatch.setattr(tabular, "SAMPLE_BYTES", data.index("Æ".encode()) + 1)
    path.write_bytes(data)
    table, rows = read(path)
    assert table.encoding == "utf-8" and rows == [(2, ["Æ"])]


def test_xlsx_rows_dates_numbers_and_sheets(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Register"
    first.append(["Overskrift"])
    first.append([])
    first.append(["Navn", "Dato", "Tal", "Decimal", "Sand"])
    first.append(["A", datetime(2024, 1, 2), 101901009, 1.5, True])
    first.append([None, None])
    first.append(["B", "02.01.2024", 7.0, None, None])
    workbook.create_sheet("Andet").append(["X"])
    path = tmp_path / "f.xlsx"
    workbook.save(path)
    table, rows = read(path, is_header=lambda headers: "Navn" in headers)
    assert (table.kind, table.sheet, table.header_line) == ("xlsx", "Register", 3)
    assert table.headers == ["Navn", "Dato", "Tal", "Decimal", "Sand"]
    assert rows == [
        (4, ["A", datetime(2024, 1, 2), "101901009", "1.5", "TRUE"]),
        (6, ["B", "02.01.2024", "7"]),  # a row may be shorter than the header: cell()
    ]
    other, _ = read(path, sheet="Andet")
    assert other.headers == ["X"]
    with pytest.raises(TabularError, match=r"no sheet named Mangler\. Its sheets are: Register"):
        read(path, sheet="Mangler")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\r\n;;\r\n", "is empty"),
        (b"PK\x03\x04garbage", "not a readable Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Excel workbook"),
    ],
)
def test_unreadable_files_are_clear_errors(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    with pytest.raises(TabularError, match=message):
        read(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TabularError, match="cannot be opened"):
        read(tmp_path / "nope.csv")


def test_header_map_normalises_and_reports() -> None:
    headers = ["  Navn *", "CPR-NR.:", "", "Lønnummer", "Name", "Afdeling  og   enhed"]
    aliases = {"name": ("Navn", "Name"), "cpr": ("CPR-nr.",), "email": ("E-mail",),
               "department": ("afdeling og enhed",)}
    result = header_map(headers, aliases)
    assert dict(result) == {"name": 0, "cpr": 1, "department": 5}
    assert result.unknown == [(3, "Lønnummer")]
    assert result.missing == ["email"]
    assert result.duplicates == [(4, "Name", "name")]
    assert normalise_header("\ufeffÆble :*") == "æble"


def test_cells_and_formula_escaping() -> None:
    assert cell_text(None) == ""
    assert cell_text(datetime(2024, 1, 2)) == "2024-01-02"
    assert cell_text(datetime(2024, 1, 2, 9, 30)) == "2024-01-02 09:30"
    assert cell_text(date(2024, 1, 2)) == "2024-01-02"
    assert cell_text("  x ") == "x"
    for text in ("=SUM(A1)", "+45 1234", "-x", "@y", "plain", "'quoted"):
        assert unescape_formula(escape_formula(text)) == text
    assert escape_formula("=1") == "'=1"


def _peak_while_reading(path: Path, rows: int) -> int:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Tid;Bruger;CPR;Transaktion\r\n")
        for i in range(rows):
            handle.write(f"2024-01-01 10:{i % 60:02d};KOM{i % 997:04d};010190-XXXX;A1\r\n")
    tracemalloc.start()
    try:
        with open_table(path) as table:
            assert sum(1 for _ in table.rows()) == rows
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_uses_constant_memory(tmp_path: Path) -> None:
    """Ten times the rows (30,000 → 300,000, ~11 MB) costs no more memory: rows stream."""
    small = _peak_while_reading(tmp_path / "small.csv", 30_000)
    large = _peak_while_reading(tmp_path / "large.csv", 300_000)
    assert large < small + 50_000, (small, large)
    assert large < 2_000_000, large  # the 1 MB sample plus change
