"""The PDF layout engine for control documentation: a document model, rendered by reportlab.

A report is a ``ReportDocument``: title, authority, period, language and a list of
sections (headings, text, key-value tables, data tables, a bar chart, findings, sources,
the audit trail's anchor, the signature block). ``render(document)`` turns it into PDF
bytes, entirely in memory (``BytesIO``): an unsigned report never touches the disk.

Three promises the engine keeps, whoever builds the document:

* **No CPR number leaves unmasked.** Every text is passed through ``redact_cpr`` on its
  way in (``DDMMYY-XXXX``), and a final guard sits in the canvas itself: every string
  reportlab draws (paragraphs, table cells, chart labels, page furniture) and every
  metadata field and bookmark goes through ``_guard``, which refuses to make the PDF if a
  CPR-like number is still there. A builder that forgets to mask cannot leak; a bug in
  the masking cannot either. Hex digests (SHA-256 of sources, the audit head) are the one
  exception, as in the audit trail: they may hold ten digits in a row by chance. They are
  printed in groups of eight, so not even a naive search for ten digits finds one.
* **The same document gives the same bytes.** reportlab runs in invariant mode, the
  creation date is the document's own ``created``, and the file ID is a digest of the text
  drawn: so a signed report can be regenerated from the vault and compared byte for byte
  with the signed revision (``signing`` appends the signature as an incremental update).
* **Every page says what it is**: "page x of y" and the confidentiality footer
  ("Fortroligt — indeholder personoplysninger"), the title and authority from page 2 on.

Danish letters: the Bitstream Vera TTF fonts that ship inside reportlab (embedded as
subsets), so the output does not depend on the fonts of the machine.

reportlab keeps font state in module globals, so render on one thread at a time (the
vault's worker, or the CLI's only thread).
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from cpradmin import __version__
from cpradmin.errors import QT_TRANSLATE_NOOP, CpradminError, error
from cpradmin.models.cpr import redact_cpr
from cpradmin.report_texts import (
    Language,
    check_language,
    label,
    long_date,
    number,
    short_date,
    short_datetime,
    utc,
)

# -- the document model ------------------------------------------------------------------------


@dataclass(frozen=True)
class Digest:
    """A hex digest (SHA-256 or SHA-1), shown whole in a fixed-width font, in groups of
    eight (``9a3f01c2 77d0…``): easier to compare by eye, and a run of ten digits that a
    digest holds by chance (one SHA-256 in fifteen) cannot be taken for a CPR number."""

    hex: str

    def __post_init__(self) -> None:
        if not _DIGEST.fullmatch(self.hex):
            raise ValueError("a digest is 40 or 64 lower-case hex digits")

    @property
    def shown(self) -> str:
        return " ".join(self.hex[i:i + 8] for i in range(0, len(self.hex), 8))


#: What a table cell may hold; the engine formats it in the document's language.
Cell = str | int | float | Decimal | date | datetime | Digest | None


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2; each heading is also a bookmark


@dataclass(frozen=True)
class Text:
    """A paragraph of plain text (no markup); line breaks are kept."""

    text: str
    small: bool = False


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, Cell], ...]
    title: str = ""


@dataclass(frozen=True)
class DataTable:
    """Rows under a header that repeats on every page the table runs onto.

    *weights* are relative column widths (default: from the header and the first rows).
    """

    columns: tuple[str, ...]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    weights: tuple[float, ...] | None = None
    empty: str = ""


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]


@dataclass(frozen=True)
class Finding:
    """One finding: what was found, why, and what the officer decided."""

    title: str
    text: str = ""
    severity: str = ""  # "high", "medium", "low", "info" (translated) or free text
    facts: tuple[tuple[str, Cell], ...] = ()
    decision: str = ""
    decided_by: str = ""
    decided_at: date | datetime | None = None


@dataclass(frozen=True)
class Findings:
    items: Sequence[Finding]
    title: str = ""
    empty: str = ""


@dataclass(frozen=True)
class Source:
    """A file (or register) the report was made from, with its row count and SHA-256."""

    name: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class Sources:
    items: tuple[Source, ...]
    note: str = ""


@dataclass(frozen=True)
class AuditAnchor:
    """The audit trail's entry count and head hash when the report was made for signing."""

    entries: int
    head: str


@dataclass(frozen=True)
class SignatureBlock:
    """A place for the handwritten signature the CPR Administration may want on paper."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Section = (Heading | Text | KeyValues | DataTable | BarChart | Findings | Sources | AuditAnchor
           | SignatureBlock | PageBreak)


@dataclass(frozen=True)
class ReportDocument:
    """Everything a report shows; render it with :func:`render`.

    *created* is printed and becomes the PDF's creation date, so pass a stored time (not
    "now") when a report must be made again identically.
    """

    title: str
    authority: str
    language: Language
    created: datetime
    sections: tuple[Section, ...]
    period: tuple[date, date] | None = None
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = ()
    kind: str = ""

    def __post_init__(self) -> None:
        check_language(self.language)


class ReportError(CpradminError):
    """The report cannot be made (a CPR number would leak, the font is missing)."""


# -- the CPR guard -----------------------------------------------------------------------------

_DIGEST = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_DIGEST_SHOWN = re.compile(r"[0-9a-f]{8}(?: [0-9a-f]{8}){4}(?:(?: [0-9a-f]{8}){3})?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """Any text on its way into a report: CPR numbers masked, control characters dropped."""
    value = "" if text is None else str(text)
    if _DIGEST.fullmatch(value):
        return value
    return _CONTROL.sub("", redact_cpr(value))


def _guard(text: object) -> None:
    """Refuse to put a CPR-like number into the PDF: the last line of defence.

    The message never quotes the text (it would quote the number).
    """
    value = text.decode("latin-1") if isinstance(text, bytes) else str(text)
    if _DIGEST.fullmatch(value) or _DIGEST_SHOWN.fullmatch(value):
        return
    if redact_cpr(value) != value:
        raise error(
            ReportError,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The report would show a CPR number unmasked, so it was not made. Please "
                "report this as a fault in cpradmin.",
            ),
        )


def file_name(*parts: str, suffix: str = ".pdf") -> str:
    """A safe file name for a report: masked, no path separators or odd characters."""
    text = clean(" ".join(p for p in parts if p))
    text = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    text = re.sub(r"-{2,}", "-", text).strip("-")[:120] or "report"
    _guard(text)
    return text + suffix


# -- fonts ------------------------------------------------------------------------------------

FONT = "CprVera"
FONT_BOLD = "CprVera-Bold"
FONT_ITALIC = "CprVera-Italic"
FONT_BOLD_ITALIC = "CprVera-BoldItalic"
MONO = "Courier"  # a standard font: digests are ASCII hex
_FONT_FILES = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf",
               FONT_BOLD_ITALIC: "VeraBI.ttf"}
_fonts_lock = threading.Lock()
_fonts_ready = False


def font_folder() -> Path:
    """reportlab's own font folder (``reportlab/fonts``), where the Vera TTFs ship."""
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts"


def _register_fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_folder()
        for name, file in _FONT_FILES.items():
            path = folder / file
            if not path.is_file():
                raise error(
                    ReportError,
                    QT_TRANSLATE_NOOP(
                        "Errors", "The report font {file} is missing from this installation."
                    ),
                    file=file,
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
        _fonts_ready = True


# -- the canvas: guard, page furniture, deferred bookmarks ------------------------------------


@dataclass
class _Furniture:
    title: str
    authority: str
    footer: str
    page_label: Callable[[int, int], str]
    bookmarks: list[tuple[int, str, str, int, float]] = field(default_factory=list)


def _make_canvas_class() -> type:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    class GuardedText(PDFTextObject):  # type: ignore[misc]
        """Every string reportlab draws passes ``_formatText``: guard it there."""

        def _formatText(self, text: str) -> Any:  # noqa: N802 - reportlab's name
            _guard(text)
            self._canvas._text_digest.update(text.encode("utf-8", "surrogatepass"))
            return super()._formatText(text)

    class ReportCanvas(Canvas):  # type: ignore[misc]
        """Guards text and metadata, and draws "page x of y" once the total is known.

        Pages are kept until ``save`` (the usual recipe for a page total); bookmarks are
        recorded with their page number and added then, when the page really exists.
        """

        def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
            self._text_digest = hashlib.sha256()
            super().__init__(*args, **kwargs)
            self._furniture = furniture
            self._pages: list[dict[str, Any]] = []

        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:  # noqa: N802
            return GuardedText(self, x, y, direction=direction)

        def setTitle(self, title: str) -> None:  # noqa: N802
            _guard(title)
            super().setTitle(title)

        def setAuthor(self, author: str) -> None:  # noqa: N802
            _guard(author)
            super().setAuthor(author)

        def setSubject(self, subject: str) -> None:  # noqa: N802
            _guard(subject)
            super().setSubject(subject)

        def setKeywords(self, keywords: Any) -> None:  # noqa: N802
            _guard(keywords if isinstance(keywords, str) else " ".join(keywords))
            super().setKeywords(keywords)

        def setCreator(self, creator: str) -> None:  # noqa: N802
            _guard(creator)
            super().setCreator(creator)

        def addOutlineEntry(self, title: str, key: str, level: int = 0,  # noqa: N802
                            closed: Any = None) -> None:
            _guard(title)
            _guard(key)
            super().addOutlineEntry(title, key, level, closed)

        def bookmarkHorizontal(self, key: str, relativeX: float, relativeY: float,  # noqa: N802, N803
                               **kw: Any) -> None:
            _guard(key)
            super().bookmarkHorizontal(key, relativeX, relativeY, **kw)

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            marks = self._furniture.bookmarks
            for number_, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_furniture(number_, total)
                for page, key, title, level, y in marks:
                    if page == number_:
                        self.bookmarkHorizontal(key, 0, y)
                        self.addOutlineEntry(title, key, level)
                Canvas.showPage(self)
            self._doc.updateSignature(self._text_digest.hexdigest())  # the file ID
            Canvas.save(self)

        def _draw_furniture(self, page: int, total: int) -> None:
            width, _height = self._pagesize
            f = self._furniture
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColorRGB(0.35, 0.35, 0.35)
            self.setStrokeColorRGB(0.7, 0.7, 0.7)
            self.setLineWidth(0.4)
            self.line(MARGIN, BOTTOM - 14, width - MARGIN, BOTTOM - 14)
            self.drawString(MARGIN, BOTTOM - 24, f.footer)
            self.drawRightString(width - MARGIN, BOTTOM - 24, f.page_label(page, total))
            if page > 1:
                top = self._pagesize[1] - TOP + 14
                self.drawString(MARGIN, top, _ellipsis(f.title, FONT, 7.5, width * 0.6))
                self.drawRightString(width - MARGIN, top,
                                     _ellipsis(f.authority, FONT, 7.5, width * 0.3))
                self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            self.restoreState()

    return ReportCanvas


_canvas_class: type | None = None


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# -- layout -----------------------------------------------------------------------------------

MM = 72 / 25.4
MARGIN = 20 * MM
TOP = 22 * MM
BOTTOM = 22 * MM
BODY_SIZE = 9.5
TABLE_SIZE = 8
_GRID = (0.75, 0.75, 0.75)
_HEADER_BG = (0.89, 0.91, 0.94)
_ZEBRA = (0.965, 0.97, 0.98)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        base = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=12.5,
                              spaceAfter=5)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                                    textColor=(0.3, 0.3, 0.3))
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18,
                                    leading=22, spaceAfter=10)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=13,
                                 leading=16, spaceBefore=12, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5,
                                 leading=13, spaceBefore=8, spaceAfter=4)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=TABLE_SIZE, leading=9.8,
                                   spaceAfter=0)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.finding = ParagraphStyle("finding", parent=base, fontSize=TABLE_SIZE,
                                      leading=10, leftIndent=26, bulletIndent=0,
                                      bulletFontName=FONT_BOLD, bulletFontSize=TABLE_SIZE,
                                      spaceBefore=2, spaceAfter=5)
        self.caption = ParagraphStyle("caption", parent=base, fontName=FONT_BOLD,
                                      fontSize=9, leading=11, spaceBefore=6, spaceAfter=3)


#: Room a heading or caption needs below it, else it starts the next page. (reportlab's
#: ``keepWithNext`` would carry a long table whole to the next page, leaving a blank one.)
_KEEP_ROOM = 90


def _markup(text: object) -> str:
    """Plain text as reportlab paragraph markup: cleaned, escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


class _Renderer:
    """Turns sections into reportlab flowables for one document."""

    def __init__(self, document: ReportDocument, width: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.doc = document
        self.lang: Language = document.language
        self.width = width
        self.styles = _Styles()
        self._string_width = stringWidth
        self.heading_count = 0
        self.outline_level = -1

    def t(self, text: str, **args: object) -> str:
        return label(text, self.lang, **args)

    # cells ------------------------------------------------------------------------------

    def cell_text(self, value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, Digest):
            return value.shown
        if isinstance(value, bool):
            return self.t("yes") if value else self.t("no")
        if isinstance(value, int):
            return number(value, self.lang)
        if isinstance(value, float | Decimal):
            return number(float(value), self.lang, 1)
        if isinstance(value, datetime):
            return short_datetime(value, self.lang)
        if isinstance(value, date):
            return short_date(value, self.lang)
        return clean(value)

    @staticmethod
    def numeric(value: Cell) -> bool:
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)

    def cell(self, value: Cell, width: float, *, bold: bool = False) -> Any:
        """A short value as a plain string (fast), a long one as a wrapping paragraph."""
        from reportlab.platypus import Paragraph

        text = self.cell_text(value)
        if isinstance(value, Digest):
            return text
        font = FONT_BOLD if bold else FONT
        if "\n" not in text and self._string_width(text, font, TABLE_SIZE) <= width - 6:
            return text
        style = self.styles.cell_right if self.numeric(value) else self.styles.cell
        markup = _markup(text)
        return Paragraph(f"<b>{markup}</b>" if bold else markup, style)

    # tables -----------------------------------------------------------------------------

    def widths(self, columns: Sequence[str], rows: Sequence[Sequence[Cell]],
               weights: Sequence[float] | None) -> list[float]:
        """Column widths from *weights*, widened where a value must not wrap.

        Dates, times, numbers and digests never wrap, and no column is narrower than its
        longest word (up to a third of the page), or reportlab would break words mid-way.
        The sample is the header and the first 200 rows.
        """
        sample = rows[:200]
        if weights is None:
            weights = []
            for index, title in enumerate(columns):
                longest = max([len(self.cell_text(r[index])) for r in sample if index < len(r)]
                              + [len(title)])
                weights.append(min(max(longest, 4), 36))
        minimum = []
        for index, title in enumerate(columns):
            need = max((self._string_width(w, FONT_BOLD, TABLE_SIZE) for w in title.split()),
                       default=0.0)
            for row in sample:
                value = row[index] if index < len(row) else None
                if value is None:
                    continue
                text = self.cell_text(value)
                if isinstance(value, Digest):
                    need = max(need, len(text) * 0.6 * 6.8)
                elif isinstance(value, date | int | float | Decimal):
                    need = max(need, self._string_width(text, FONT, TABLE_SIZE))
                else:
                    need = max(need, max((self._string_width(w, FONT, TABLE_SIZE)
                                          for w in text.split()), default=0.0))
            minimum.append(min(need + 7, self.width / 3))
        total = float(sum(weights)) or 1.0
        result = [self.width * w / total for w in weights]
        for _ in range(len(result)):
            short = [i for i, w in enumerate(result) if w < minimum[i] - 0.01]
            if not short:
                break
            for i in short:
                result[i] = minimum[i]
            slack = [i for i, w in enumerate(result) if i not in short and w > minimum[i]]
            excess = sum(result) - self.width
            room = sum(result[i] - minimum[i] for i in slack)
            if room <= 0:
                break
            for i in slack:
                result[i] -= excess * (result[i] - minimum[i]) / room
        scale = self.width / sum(result)  # never wider than the frame
        return [w * min(scale, 1.0) for w in result]

    def table_style(self, numeric_columns: Sequence[int], digest_cells: Sequence[
            tuple[int, int]], *, header: bool) -> Any:
        from reportlab.platypus import TableStyle

        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, TABLE_SIZE, 9.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
        ]
        if header:
            commands += [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, TABLE_SIZE, 9.8),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, (0.45, 0.45, 0.5)),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, _ZEBRA]),
            ]
        else:  # key-value rows: the keys in bold
            commands.append(("FONT", (0, 0), (0, -1), FONT_BOLD, TABLE_SIZE, 9.8))
        for column in numeric_columns:
            commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        for column, row in digest_cells:
            commands.append(("FONT", (column, row), (column, row), MONO, 6.8, 9.8))
        return TableStyle(commands)

    def caption(self, text: str) -> list[Any]:
        from reportlab.platypus import CondPageBreak, Paragraph

        return [CondPageBreak(_KEEP_ROOM), Paragraph(_markup(text), self.styles.caption)]

    def data_table(self, section: DataTable) -> list[Any]:
        from reportlab.platypus import LongTable, Paragraph

        out: list[Any] = []
        if section.title:
            out += self.caption(section.title)
        if not section.rows:
            out.append(Paragraph(_markup(section.empty or self.t("No rows.")),
                                 self.styles.body))
            return out
        widths = self.widths(section.columns, section.rows, section.weights)
        data: list[list[Any]] = [
            [self.cell(title, w, bold=True) for title, w in zip(section.columns, widths,
                                                               strict=True)]
        ]
        numeric: set[int] = set()
        digests: list[tuple[int, int]] = []
        for row_index, row in enumerate(section.rows, start=1):
            line = []
            for column, (value, w) in enumerate(zip(row, widths, strict=True)):
                if self.numeric(value):
                    numeric.add(column)
                elif isinstance(value, Digest):
                    digests.append((column, row_index))
                line.append(self.cell(value, w))
            data.append(line)
        table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
        table.setStyle(self.table_style(sorted(numeric), digests, header=True))
        out.append(table)
        return out

    def key_values(self, section: KeyValues) -> list[Any]:
        from reportlab.platypus import Table

        out: list[Any] = []
        if section.title:
            out += self.caption(section.title)
        if not section.rows:
            return out
        widths = [self.width * 0.34, self.width * 0.66]
        data = [[self.cell(k, widths[0], bold=True), self.cell(v, widths[1])]
                for k, v in section.rows]
        digests = [(1, i) for i, (_k, v) in enumerate(section.rows) if isinstance(v, Digest)]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(self.table_style((), digests, header=False))
        out.append(table)
        return out

    # the rest ---------------------------------------------------------------------------

    def heading(self, section: Heading, *, keep: bool = True) -> list[Any]:
        from reportlab.platypus import CondPageBreak, Paragraph

        self.heading_count += 1
        style = self.styles.h1 if section.level <= 1 else self.styles.h2
        paragraph = Paragraph(_markup(section.text), style)
        # Bookmark levels may not skip one (reportlab refuses): a level-2 heading with no
        # level-1 heading before it becomes a top-level bookmark.
        level = min(0 if section.level <= 1 else 1, self.outline_level + 1)
        self.outline_level = level
        paragraph._cpr_bookmark = (f"h{self.heading_count}",  # type: ignore[attr-defined]
                                   clean(section.text), level)
        return [CondPageBreak(_KEEP_ROOM), paragraph] if keep else [paragraph]

    def text(self, section: Text) -> list[Any]:
        from reportlab.platypus import Paragraph

        style = self.styles.small if section.small else self.styles.body
        return [Paragraph(_markup(section.text), style)]

    def chart(self, section: BarChart) -> list[Any]:
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.charts.legends import Legend
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph

        out: list[Any] = self.caption(section.title)
        categories = [clean(c) for c in section.categories]
        if not categories or not section.series:
            out.append(Paragraph(_markup(self.t("No rows.")), self.styles.body))
            return out
        rotate = len(categories) > 6 or max(len(c) for c in categories) > 12
        label_room = 62 if rotate else 18
        height = 190 + label_room
        drawing = Drawing(self.width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 40, label_room + 4
        chart.width = self.width - (150 if len(section.series) > 1 else 50)
        chart.height = height - label_room - 20
        chart.data = [tuple(float(v) for v in s.values) for s in section.series]
        # Many categories (35 months, 200 users): label every n-th only, so they stay legible.
        every = max(1, math.ceil(len(categories) / 24))
        chart.categoryAxis.categoryNames = [_ellipsis(c, FONT, 7, 90) if i % every == 0 else ""
                                            for i, c in enumerate(categories)]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7
        if rotate:
            chart.categoryAxis.labels.angle = 35
            chart.categoryAxis.labels.boxAnchor = "ne"
            chart.categoryAxis.labels.dx = 3
            chart.categoryAxis.labels.dy = -2
        top = max((max(s.values, default=0) for s in section.series), default=0)
        step = _nice_step(top)
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(step, math.ceil(top / step) * step)
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = partial(_axis_number, lang=self.lang)
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6
        if len(categories) * len(section.series) <= 40:  # else the numbers would collide
            chart.barLabelFormat = partial(_bar_number, lang=self.lang)
        chart.groupSpacing = 6
        palette = [colors.HexColor(c) for c in ("#3d6a9e", "#d08c2f", "#5b9a68", "#a2504f")]
        for index in range(len(section.series)):
            chart.bars[index].fillColor = palette[index % len(palette)]
            chart.bars[index].strokeColor = None
        drawing.add(chart)
        if len(section.series) > 1:
            legend = Legend()
            legend.x, legend.y = self.width - 100, height - 20
            legend.fontName = FONT
            legend.fontSize = 7
            legend.alignment = "right"
            legend.colorNamePairs = [
                (palette[i % len(palette)], clean(s.name)) for i, s in enumerate(section.series)
            ]
            drawing.add(legend)
        out.append(drawing)
        return out

    def findings(self, section: Findings) -> list[Any]:
        """A numbered list, one paragraph per finding: title and severity, the explanation,
        the facts, and the decision with who and when.

        One paragraph each, not a table: a table wraps every cell several times while it
        splits across pages (a 1,000-finding table took three times as long).
        """
        from reportlab.platypus import Paragraph

        out: list[Any] = []
        if section.title:
            out += self.caption(section.title)
        if not section.items:
            out.append(Paragraph(_markup(section.empty or self.t("No findings.")),
                                 self.styles.body))
            return out
        style = self.styles.finding
        decision_label = escape(self.t("Decision"))
        for index, item in enumerate(section.items, start=1):
            parts = [f"<b>{_markup(item.title)}</b>"]
            if item.severity:
                parts[0] += f" <font color='#8a3b12'>[{_markup(self.t(item.severity))}]</font>"
            if item.text:
                parts.append(_markup(item.text))
            if item.facts:
                facts = " · ".join(f"{_markup(k)}: {_markup(self.cell_text(v))}"
                                   for k, v in item.facts)
                parts.append(f"<font color='#555555' size='7'>{facts}</font>")
            signed = " ".join(x for x in (clean(item.decided_by),
                                          self.cell_text(item.decided_at)) if x)
            if item.decision or signed:
                decision = f"<i>{decision_label}:</i> {_markup(item.decision)}"
                if signed:
                    decision += f" <font color='#555555' size='7'>({escape(signed)})</font>"
                parts.append(decision)
            out.append(Paragraph("<br/>".join(parts), style,
                                 bulletText=f"{number(index, self.lang)}."))
        return out

    def sources(self, section: Sources) -> list[Any]:
        from reportlab.platypus import Paragraph

        rows = [(s.name, s.rows, Digest(s.sha256)) for s in section.items]
        out = self.heading(Heading(self.t("Sources"), 1))
        out += self.data_table(DataTable(
            (self.t("Source"), self.t("Rows"), self.t("SHA-256")), rows,
            weights=(0.28, 0.09, 0.63), empty=self.t("No sources."),
        ))
        if section.note:
            out.append(Paragraph(_markup(section.note), self.styles.small))
        return out

    def anchor(self, section: AuditAnchor) -> list[Any]:
        from reportlab.platypus import KeepTogether, Paragraph

        flowables = self.heading(Heading(self.t("Audit trail at signing"), 2), keep=False)
        flowables += self.key_values(KeyValues((
            (self.t("Entries in the audit trail"), section.entries),
            (self.t("Head hash (SHA-256 of the newest entry)"), Digest(section.head)),
        )))
        flowables.append(Paragraph(_markup(self.t(
            "The audit trail chains every change in the vault with SHA-256. The count and head "
            "hash above identify the state of the records this report was made from; "
            "'cpradmin audit verify' shows the current ones.")), self.styles.small))
        return [KeepTogether(flowables)]

    def signature(self, section: SignatureBlock) -> list[Any]:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

        flowables = self.heading(Heading(self.t("Signature"), 1), keep=False)
        flowables.append(Paragraph(_markup(self.t(
            "This document is signed digitally (PAdES) when it is completed. The signature "
            "names the signer and the time of signing; 'cpradmin report verify' or any PDF "
            "reader that checks signatures shows whether the document was changed after "
            "signing. The CPR Administration may also ask for a handwritten signature on "
            "paper:")), self.styles.body))
        flowables.append(Spacer(1, 8))
        name = clean(section.name) + (f", {clean(section.role)}" if section.role else "")
        label_width = self.width * 0.25
        rows = [[self.t("Name"), name], [self.t("Place and date"), ""],
                [self.t("Signature"), ""]]
        table = Table(rows, colWidths=[label_width, self.width * 0.55],
                      rowHeights=[18, 30, 40], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (0, -1), FONT_BOLD, BODY_SIZE),
            ("FONT", (1, 0), (1, -1), FONT, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 1), (1, -1), 0.6, (0.2, 0.2, 0.2)),
        ]))
        flowables.append(table)
        return [KeepTogether(flowables)]

    def flowables(self) -> list[Any]:
        from reportlab.platypus import PageBreak as RLPageBreak
        from reportlab.platypus import Paragraph, Spacer

        doc = self.doc
        out: list[Any] = [Paragraph(_markup(doc.title), self.styles.title)]
        facts: list[tuple[str, Cell]] = [(self.t("Authority"), doc.authority)]
        if doc.period:
            start, end = doc.period
            facts.append((self.t("Period"), long_date(start, self.lang) if start == end else
                          f"{long_date(start, self.lang)} – {long_date(end, self.lang)}"))
        facts.append((self.t("Made"), doc.created))
        if doc.author:
            facts.append((self.t("Prepared by"), doc.author))
        out += self.key_values(KeyValues(tuple(facts)))
        out.append(Spacer(1, 10))
        handlers: dict[type, Callable[[Any], list[Any]]] = {
            Heading: self.heading, Text: self.text, KeyValues: self.key_values,
            DataTable: self.data_table, BarChart: self.chart, Findings: self.findings,
            Sources: self.sources, AuditAnchor: self.anchor, SignatureBlock: self.signature,
        }
        for section in doc.sections:
            if isinstance(section, PageBreak):
                out.append(RLPageBreak())
                continue
            handler = handlers.get(type(section))
            if handler is None:
                raise TypeError(f"not a report section: {type(section).__name__}")
            out += handler(section)
        return out


def _nice_step(top: float) -> float:
    """An axis step of 1, 2 or 5 times a power of ten giving about five gridlines."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _bar_number(value: float, lang: Language) -> str:
    return "" if value == 0 else _axis_number(value, lang)


def _axis_number(value: float, lang: Language) -> str:
    return number(value, lang, 0 if float(value).is_integer() else 1)


def _pdf_date(moment: datetime) -> str:
    stamp = utc(moment)
    return f"D:{stamp:%Y%m%d%H%M%S}+00'00'"


def render(document: ReportDocument) -> bytes:
    """The PDF, in memory. The same document gives the same bytes."""
    global _canvas_class
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    _register_fonts()
    if _canvas_class is None:
        _canvas_class = _make_canvas_class()
    lang = document.language
    title = clean(document.title)
    authority = clean(document.authority)
    furniture = _Furniture(
        title=title, authority=authority,
        footer=label("Confidential — contains personal data", lang),
        page_label=lambda page, pages: label("Page {page} of {pages}", lang,
                                          page=number(page, lang), pages=number(pages, lang)),
    )
    width, height = A4
    frame = Frame(MARGIN, BOTTOM, width - 2 * MARGIN, height - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    class Template(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            mark = getattr(flowable, "_cpr_bookmark", None)
            if mark is not None:
                key, text, level = mark
                y = self.frame._y + flowable.height + 14  # type: ignore[attr-defined]
                furniture.bookmarks.append((self.page, key, text, level, y))

    buffer = BytesIO()
    template = Template(
        buffer, pagesize=A4, invariant=1, pageCompression=1,
        title=title, author=clean(document.author or document.authority),
        subject=clean(document.subject or f"{authority} — {title}"),
        keywords=[clean(k) for k in document.keywords],
        creator=f"cpradmin {__version__}",
        lang="da-DK" if lang == "da" else "en-GB",
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
        initialFontName=FONT,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    created = _pdf_date(document.created)
    renderer = _Renderer(document, width - 2 * MARGIN)
    flowables = renderer.flowables()

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        assert _canvas_class is not None
        canvas = _canvas_class(*args, furniture=furniture, **kwargs)
        canvas._doc.setDateFormatter(lambda *_parts: created)
        return canvas

    template.build(flowables, canvasmaker=make_canvas)
    return buffer.getvalue()


def utc_now() -> datetime:
    """Now, to the second (a report's ``created`` is printed to the minute, stored to the
    second, so a regenerated report gets the same creation date)."""
    return datetime.now(UTC).replace(microsecond=0)
