"""Reading spreadsheets (CSV and XLSX) as a stream of rows, the way officers save them.

Used for the register imports today and for CPR log imports of millions of rows later, so
nothing here holds more than one row (plus a fixed-size sample) in memory: ``Table.rows()``
is a single-pass generator.

CSV files from Danish Excel are usually Windows-1252 or UTF-8 (with or without BOM) and use
``;``. The encoding is decided on a sample; the file is then decoded *line by line*, so a bad
byte further down becomes a ``TabularError`` naming the exact physical line instead of a
``UnicodeDecodeError`` from somewhere in an 8 KB buffer.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Literal, cast
from xml.etree.ElementTree import ParseError

from cpradmin.errors import ValidationError
from cpradmin.i18n import QT_TRANSLATE_NOOP, Message
from cpradmin.models.cpr import redact_cpr

Cell = str | date | datetime | None
Row = list[Cell]
Kind = Literal["csv", "xlsx"]
HeaderTest = Callable[[list[str]], bool]

# How much of a CSV file decides its encoding (strict UTF-8 or not) and delimiter.
SAMPLE_BYTES = 1 << 20
# Delimiter detection looks at the start of the sample only (csv.Sniffer is slow).
SNIFF_CHARS = 64 * 1024
CHUNK_BYTES = 1 << 16
DELIMITERS = ";,\t|"  # order matters: ";" wins ties (Danish Excel uses it)
DEFAULT_DELIMITER = ";"
# How many non-empty rows may stand above the header row (a title, a date, a blank line).
HEADER_SEARCH_ROWS = 10

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_SEP_LINE = re.compile(r"sep=(.)\r?\n?", re.IGNORECASE)  # Excel's "sep=;" first line
# Characters Excel would run as a formula at the start of a CSV cell (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TabularError(ValidationError):
    """The file cannot be read as a table; the message names the file (and line)."""


def _problem(template: str, **args: object) -> TabularError:
    return TabularError(Message("Import", template, dict(args)))


def shown_name(path: Path) -> str:
    """*path*'s name for messages: someone may have named the file after a CPR number."""
    return redact_cpr(path.name)


@dataclass
class Table:
    """An open spreadsheet: its header row and a single-pass stream of data rows.

    ``rows()`` yields ``(line, cells)``: *line* is the physical line where the record starts
    in a CSV file (a quoted cell may span lines) or the sheet row number in XLSX. Rows whose
    cells are all empty are skipped. CSV cells are ``str``; XLSX cells are ``str``, ``date``,
    ``datetime`` or ``None`` (numbers arrive as text, without a spurious ``.0``).
    """

    path: Path
    kind: Kind
    headers: list[str]
    header_line: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    _rows: Iterator[tuple[int, Row]] = field(default_factory=lambda: iter(()), repr=False)

    @property
    def name(self) -> str:
        """The file name as shown in messages (a CPR number in it is masked)."""
        return shown_name(self.path)

    def rows(self) -> Iterator[tuple[int, Row]]:
        return self._rows


@contextlib.contextmanager
def open_table(path: Path | str, *, sheet: str | None = None,
               is_header: HeaderTest | None = None) -> Iterator[Table]:
    """Open *path* as CSV or XLSX (by content, not by name) and read its header row.

    The header row is the first non-empty row, or, with *is_header*, the first of the first
    ``HEADER_SEARCH_ROWS`` non-empty rows it accepts: officers often put a title above the
    table. Rows above the header are skipped.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _problem(
            QT_TRANSLATE_NOOP("Import", "{file} cannot be opened: {reason}"),
            file=shown_name(path), reason=exc.strerror or type(exc).__name__,
        ) from None
    with handle:
        magic = handle.read(8)
        handle.seek(0)
        if magic.startswith(_OLE2_MAGIC):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} is an old Excel workbook (.xls) or a password-protected one. Save "
                    "it as .xlsx without a password, or as CSV.",
                ),
                file=shown_name(path),
            )
        if magic.startswith(_ZIP_MAGIC):
            with _open_xlsx(path, handle, sheet, is_header) as table:
                yield table
        else:
            yield _open_csv(path, handle, is_header)


# -- CSV -------------------------------------------------------------------------------------


# UTF-8 for æ ø å Æ Ø Å: in a Windows-1252 file these byte pairs would read "Ã¦" and so on,
# which no Danish text contains. Seeing them next to bytes that are not UTF-8 means two
# encodings were pasted together: refuse (naming the first bad line) rather than import
# mojibake.
_UTF8_DANISH = re.compile(rb"\xc3[\xa6\xb8\xa5\x86\x98\x85]")


def _not_valid(path: Path, line: int, encoding: str) -> TabularError:
    return _problem(
        QT_TRANSLATE_NOOP(
            "Import",
            "{file}, line {line}: the text is not valid {encoding}. Save the file again as "
            "\"CSV UTF-8\" and import that.",
        ),
        file=shown_name(path), line=line, encoding=encoding,
    )


def _detect_encoding(path: Path, sample: bytes, complete: bool) -> tuple[str, int]:
    """(encoding, bytes to skip): BOM, else strict UTF-8 on the sample, else Windows-1252."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", len(codecs.BOM_UTF8)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    view = memoryview(sample)
    try:
        # In pieces (no 1 MB string), and incremental, so a multibyte character cut by the
        # end of a piece or of the sample is not an error.
        for start in range(0, len(sample), CHUNK_BYTES):
            decoder.decode(view[start:start + CHUNK_BYTES], final=False)
        if complete:
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        if _UTF8_DANISH.search(sample):
            bad = max(0, start + exc.start)  # approximate if a character spans pieces
            raise _not_valid(path, sample[:bad].count(b"\n") + 1, "utf-8") from None
        return "cp1252", 0
    return "utf-8", 0


def _byte_lines(handle: IO[bytes]) -> Iterator[bytes]:
    """Physical lines with their endings (\\n, \\r\\n or a lone \\r), read in chunks."""
    pending = b""
    while chunk := handle.read(CHUNK_BYTES):
        lines = (pending + chunk).splitlines(keepends=True)
        pending = lines.pop()
        # A last piece without "\n" may be unfinished, or a "\r" whose "\n" is in the next chunk.
        if pending.endswith(b"\n"):
            lines.append(pending)
            pending = b""
        yield from lines
    if pending:
        yield pending


class _TextLines:
    """Decode one physical line at a time; a bad byte names its line."""

    def __init__(self, path: Path, handle: IO[bytes], codec: str) -> None:
        self.path = path
        self.codec = "utf-8" if codec == "utf-8-sig" else codec  # the BOM was skipped already
        self.shown_codec = codec
        self.handle = handle
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        codec = self.codec
        for raw in _byte_lines(self.handle):
            self.count += 1
            try:
                yield raw.decode(codec)
            except UnicodeDecodeError:
                raise self._decode_error(self.count) from None

    def _decode_error(self, line: int) -> TabularError:
        return _not_valid(self.path, line, self.shown_codec)


class _Utf16Lines(_TextLines):
    """Excel's "Unicode text" is UTF-16; only here is a bad line located approximately."""

    def __iter__(self) -> Iterator[str]:
        text = io.TextIOWrapper(self.handle, encoding="utf-16", errors="strict", newline="")
        try:
            for line in text:
                self.count += 1
                yield line
        except UnicodeError:
            raise self._decode_error(self.count + 1) from None
        finally:
            text.detach()


def _sniff_delimiter(text: str) -> str:
    """csv.Sniffer limited to ; , tab |, checked against the header line; ";" when unsure."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in DELIMITERS}
    try:
        sniffed: str | None = csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed is not None and counts.get(sniffed):
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])  # first of equals, so ";" on a tie
    return best if counts[best] else DEFAULT_DELIMITER


def _sample_text(sample: bytes, codec: str) -> str:
    """The start of the sample as text, cut after a line break, for the sniffer."""
    head = sample[: SNIFF_CHARS * 2]
    text = head.decode("utf-16" if codec == "utf-16" else codec, errors="replace")
    text = text[:SNIFF_CHARS]
    cut = max(text.rfind("\n"), text.rfind("\r"))
    return text[: cut + 1] if cut > 0 else text


def _blank(cells: Iterable[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _open_csv(path: Path, handle: IO[bytes], is_header: HeaderTest | None) -> Table:
    sample = handle.read(SAMPLE_BYTES)
    codec, skip = _detect_encoding(path, sample, complete=len(sample) < SAMPLE_BYTES)
    handle.seek(skip)
    text = _sample_text(sample[skip:], codec)
    lines: _TextLines = (_Utf16Lines if codec == "utf-16" else _TextLines)(path, handle, codec)
    line_iter = iter(lines)
    offset = 0
    first = next(line_iter, None)
    sep = _SEP_LINE.fullmatch(first) if first is not None else None
    if sep and sep.group(1) in DELIMITERS:
        delimiter, offset = sep.group(1), 1
    else:
        delimiter = _sniff_delimiter(text)
        if first is not None:
            line_iter = itertools.chain([first], line_iter)
    reader = csv.reader(line_iter, delimiter=delimiter, strict=False)

    def records() -> Iterator[tuple[int, Row]]:
        while True:
            start = reader.line_num + offset + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _problem(
                    QT_TRANSLATE_NOOP("Import", "{file}, line {line}: {reason}"),
                    file=shown_name(path), line=reader.line_num + offset, reason=str(exc),
                ) from None
            if not _blank(record):
                yield start, cast(Row, record)

    stream = records()
    line, headers, rest = _find_header(path, stream, is_header)
    return Table(path=path, kind="csv", headers=headers, header_line=line, encoding=codec,
                 delimiter=delimiter, _rows=rest)


def _find_header(path: Path, stream: Iterator[tuple[int, Row]], is_header: HeaderTest | None
                 ) -> tuple[int, list[str], Iterator[tuple[int, Row]]]:
    """(line, texts) of the header row and the data rows after it.

    If *is_header* accepts none of the first rows, the first row is the header after all (the
    caller then reports its missing columns) and the rows read meanwhile are data again.
    """
    seen: list[tuple[int, Row]] = []
    for found in stream:
        line, cells = found
        headers = [_header_text(c) for c in cells]
        if is_header is None or is_header(headers):
            return line, headers, stream
        seen.append(found)
        if len(seen) == HEADER_SEARCH_ROWS:
            break
    if not seen:
        raise _empty(path)
    line, cells = seen[0]
    return line, [_header_text(c) for c in cells], itertools.chain(seen[1:], stream)


def _empty(path: Path) -> TabularError:
    return _problem(
        QT_TRANSLATE_NOOP("Import", "{file} is empty: there is no header row."),
        file=shown_name(path),
    )


def _header_text(cell: Cell) -> str:
    return cell_text(cell).replace("\ufeff", "")


# -- XLSX ------------------------------------------------------------------------------------

# What openpyxl raises on a damaged or foreign zip file; listed, not a blind except.
_XLSX_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, OSError,
    ParseError, EOFError,
)


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | datetime | date):
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


@contextlib.contextmanager
def _open_xlsx(path: Path, handle: IO[bytes], sheet: str | None,
               is_header: HeaderTest | None) -> Iterator[Table]:
    import openpyxl  # not needed for CSV, and slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    errors = (*_XLSX_ERRORS, InvalidFileException)

    def damaged() -> TabularError:
        return _problem(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is not a readable Excel workbook (.xlsx): it may be damaged."
            ),
            file=shown_name(path),
        )

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and similar noise
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except errors:
        raise damaged() from None
    try:
        if sheet is None:
            if not workbook.worksheets:
                raise _empty(path)
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} has no sheet named {sheet}. Its sheets are: {sheets}."
                ),
                file=shown_name(path), sheet=sheet, sheets=", ".join(workbook.sheetnames),
            )
        # A wrong <dimension> (or formatting down to row 1,048,576) must not cut or pad rows.
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()

        def records() -> Iterator[tuple[int, Row]]:
            try:
                for number, values in enumerate(
                    worksheet.iter_rows(min_row=1, values_only=True), start=1
                ):
                    cells = [_xlsx_cell(v) for v in values]
                    if not _blank(cells):
                        yield number, cells
            except errors:
                raise damaged() from None

        stream = records()
        line, headers, rest = _find_header(path, stream, is_header)
        yield Table(path=path, kind="xlsx", headers=headers, header_line=line,
                    sheet=worksheet.title, _rows=rest)
    finally:
        workbook.close()


# -- cells and headers -----------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """A cell as stripped text: empty for None, ISO for dates (midnight datetimes as dates),
    line breaks as ``\n``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    # Line breaks as "\n": Excel writes "\r\n" in CSV, and XML writers differ on "\r".
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def cell(row: Row, index: int | None) -> Cell:
    """The cell at *index*, or None for a short row or an absent column."""
    if index is None or index >= len(row):
        return None
    return row[index]


def escape_formula(text: str) -> str:
    """Prefix ``'`` so Excel shows a CSV cell as text instead of running it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unescape_formula(text: str) -> str:
    """Undo :func:`escape_formula`, so an exported CSV imports unchanged."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def normalise_header(text: str) -> str:
    """Header as compared: trimmed, lower case, single spaces, no trailing ':' or '*'."""
    value = " ".join(str(text).replace("\ufeff", "").split()).lower()
    return value.rstrip(":* ").strip()


class HeaderMap(dict[str, int]):
    """Field name → column index, plus what did not fit.

    ``unknown``: (index, header) of non-empty headers that match no field; ``missing``: fields
    with no column; ``duplicates``: (index, header, field) of a second column for a field that
    already has one (the first one is used).
    """

    def __init__(self) -> None:
        super().__init__()
        self.unknown: list[tuple[int, str]] = []
        self.missing: list[str] = []
        self.duplicates: list[tuple[int, str, str]] = []


def header_map(headers: list[str], aliases: Mapping[str, tuple[str, ...]]) -> HeaderMap:
    """Match *headers* to fields by their aliases, after :func:`normalise_header`."""
    lookup: dict[str, str] = {}
    for name, names in aliases.items():
        for alias in names:
            lookup.setdefault(normalise_header(alias), name)
    result = HeaderMap()
    for index, header in enumerate(headers):
        key = normalise_header(header)
        if not key:
            continue
        name = lookup.get(key)
        if name is None:
            result.unknown.append((index, header))
        elif name in result:
            result.duplicates.append((index, header, name))
        else:
            result[name] = index
    result.missing = [name for name in aliases if name not in result]
    return result
