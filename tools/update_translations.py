#!/usr/bin/env python3
"""Extract the translatable strings and compile the Danish translation.

    python tools/update_translations.py           # update resources/i18n/cpradmin_da.ts + .qm
    python tools/update_translations.py --check   # exit 1 if a string lacks a Danish translation

Update mode runs ``pyside6-lupdate`` over every ``.py`` file below ``cpradmin/`` (core and GUI)
into ``resources/i18n/cpradmin_da.ts``. Existing translations are kept, strings no longer in the
sources are dropped (``-no-obsolete``), and new strings arrive with ``type="unfinished"``. Then
``pyside6-lrelease`` compiles ``cpradmin_da.qm``, which the app loads at start.

Check mode writes nothing in the repository: it extracts into a temporary ``.ts`` and lists every
source string that is missing from the committed ``.ts`` or whose translation is unfinished or
empty. It also lists marked calls that ``lupdate`` cannot extract correctly (see
:func:`marker_problems`). ``tests/test_translations.py`` runs the same functions.

What ``pyside6-lupdate`` extracts from Python (verified with PySide6 6.12):

* ``self.tr("...")`` with context = the enclosing class name, which is also what PySide uses at
  run time (the class that defines the method, not the instance's subclass);
* ``QCoreApplication.translate("Context", "...")``;
* ``QT_TRANSLATE_NOOP("Context", "...")`` by name, so the pure-Python twin in
  ``cpradmin/i18n.py`` works, also as ``i18n.QT_TRANSLATE_NOOP(...)``;
* adjacent string literals (``"a " "b"``, also across lines) are joined, triple quotes work.

What it silently gets wrong, and the check therefore refuses:

* keyword arguments (``QT_TRANSLATE_NOOP(context="Errors", text="...")``) are not extracted;
* ``other.tr("...")`` gets the *variable name* (``other``) as its context, while PySide looks the
  string up under the object's class name at run time, so it is never translated;
* an f-string is extracted as its literal text (``"{name}"``) but looked up after formatting.

Non-literal arguments (``self.tr(self.HEADERS[i])``) are not extracted either; that is fine when
the literals are marked elsewhere with ``QT_TRANSLATE_NOOP`` under the same context.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "cpradmin"
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILE = I18N_DIR / "cpradmin_da.ts"
QM_FILE = I18N_DIR / "cpradmin_da.qm"
LANGUAGE = "da"
SOURCE_LANGUAGE = "en"

# The committed .ts keeps relative locations: small diffs when code moves, yet a translator (or
# Qt Linguist) still sees where a string is used. Check runs use absolute ones for their report.
LUPDATE_OPTIONS = ("-no-obsolete", "-silent")


class ToolMissingError(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease could not be found."""


# --- locating and running the Qt tools -----------------------------------------------------


def find_tool(name: str) -> Path | None:
    """The ``lupdate``/``lrelease`` binary of the installed PySide6, or its ``pyside6-`` wrapper.

    Order: the binary inside the PySide6 package (no extra Python start-up), then the
    ``pyside6-<name>`` script next to ``sys.executable`` (the venv's ``bin``/``Scripts``), then
    ``PATH``.
    """
    suffixes = (".exe", "") if os.name == "nt" else ("",)
    candidates: list[Path] = []
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates += [Path(location) / f"{name}{suffix}" for suffix in suffixes]
    bindir = Path(sys.executable).parent
    candidates += [bindir / f"pyside6-{name}{suffix}" for suffix in suffixes]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def _tool(name: str) -> Path:
    tool = find_tool(name)
    if tool is None:
        raise ToolMissingError(
            f"pyside6-{name} not found; install PySide6 in this Python ({sys.executable})."
        )
    return tool


def source_files(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Every Python file of the app, core and GUI, in a stable order."""
    return sorted(p for p in source_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(
    ts_file: Path, sources: Iterable[Path] | None = None, *, locations: str = "relative"
) -> None:
    """Merge the strings of *sources* into *ts_file* (created if missing)."""
    files = [Path(p).resolve() for p in (sources if sources is not None else source_files())]
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cpradmin-lupdate-") as tmp:
        # A list file keeps the command line short (Windows limits its length).
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        command = [
            str(_tool("lupdate")), *LUPDATE_OPTIONS, "-locations", locations,
            "-source-language", SOURCE_LANGUAGE, "-target-language", LANGUAGE,
            f"@{listing}", "-ts", str(ts_file),
        ]
        _run(command)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile *ts_file* into *qm_file* (unfinished entries are left out, as in Qt)."""
    _run([str(_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)])


def _run(command: Sequence[str]) -> None:
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    # lupdate prints warnings (e.g. a tr() it cannot place) even with -silent; pass them on.
    for line in (result.stdout + result.stderr).splitlines():
        if line.strip():
            print(line, file=sys.stderr)


# --- reading .ts files ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form for %n messages
    state: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool
    locations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translations) and all(
            t.strip() for t in self.translations
        )

    def describe(self) -> str:
        where = f" ({self.locations[0]})" if self.locations else ""
        note = f" [{self.comment}]" if self.comment else ""
        return f"{self.context}: {self.source!r}{note}{where}"


def read_ts(ts_file: Path) -> list[Entry]:
    """All messages of *ts_file* in file order."""
    entries: list[Entry] = []
    root = ET.parse(ts_file).getroot()
    current = ""  # relative mode names a file only where it changes
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translations: tuple[str, ...] = ()
                state = "unfinished"
            else:
                forms = translation.findall("numerusform")
                if forms:
                    translations = tuple(f.text or "" for f in forms)
                else:
                    translations = (translation.text or "",)
                state = translation.get("type", "")
            locations = []
            filename = current
            for index, location in enumerate(message.findall("location")):
                filename = location.get("filename", filename)
                if index == 0:  # lupdate carries the file of each message's first location
                    current = filename
                line = location.get("line", "")
                shown = _shown_path(ts_file.parent / filename)
                # A relative line ("+3") is an offset from the previous entry: not worth showing.
                locations.append(f"{shown}:{line}" if line.isdigit() else shown)
            entries.append(Entry(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                translations=translations,
                state=state,
                numerus=message.get("numerus") == "yes",
                locations=tuple(locations),
            ))
    return entries


def _shown_path(path: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else str(path)


def extract(sources: Iterable[Path] | None = None) -> list[Entry]:
    """The strings in the current sources, as a fresh lupdate run finds them."""
    with tempfile.TemporaryDirectory(prefix="cpradmin-i18n-") as tmp:
        fresh = Path(tmp) / f"cpradmin_{LANGUAGE}.ts"
        run_lupdate(fresh, sources, locations="absolute")
        return read_ts(fresh)


# --- the checks -----------------------------------------------------------------------------


def translation_problems(
    extracted: Sequence[Entry], committed: Sequence[Entry]
) -> tuple[list[str], list[str]]:
    """(problems, notes): source strings missing or untranslated; stale committed entries."""
    known = {e.key: e for e in committed}
    problems: list[str] = []
    for entry in extracted:
        have = known.get(entry.key)
        if have is None:
            problems.append(f"missing from {TS_FILE.name}: {entry.describe()}")
        elif not have.finished:
            state = have.state or "empty"
            problems.append(f"translation {state}: {entry.describe()}")
    wanted = {e.key for e in extracted}
    notes = [
        f"no longer in the sources (run the tool to drop it): {e.describe()}"
        for e in committed if e.key not in wanted
    ]
    return problems, notes


_MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "translate", "tr"}


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def marker_problems(sources: Iterable[Path] | None = None) -> list[str]:
    """Marked calls that lupdate skips or files under a context PySide never looks up."""
    problems: list[str] = []
    for path in sources if sources is not None else source_files():
        where_base = _shown_path(path)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            problems.append(f"{where_base}:{exc.lineno}: cannot be parsed: {exc.msg}")
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else None
            )
            if name not in _MARKERS:
                continue
            where = f"{where_base}:{node.lineno}"
            code = ast.unparse(node)
            short = code if len(code) <= 90 else code[:87] + "..."
            if any(isinstance(a, ast.JoinedStr) for a in node.args):
                problems.append(
                    f"{where}: f-string in a translated call (fill placeholders after "
                    f"translating instead): {short}"
                )
            elif name.startswith("QT_TRANSLATE_NOOP"):
                if node.keywords or len(node.args) < 2 or not all(
                    _literal(a) for a in node.args[:2]
                ):
                    problems.append(
                        f"{where}: {name} needs two positional string literals "
                        f"(lupdate skips anything else): {short}"
                    )
            elif name == "translate":
                is_qt = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (
                    func.value.id in {"QCoreApplication", "QApplication", "QGuiApplication"}
                )
                if is_qt and node.keywords:
                    problems.append(f"{where}: keyword arguments are not extracted: {short}")
            elif name == "tr" and isinstance(func, ast.Attribute):
                receiver = func.value
                on_self = isinstance(receiver, ast.Name) and receiver.id in {"self", "cls"}
                if not on_self and node.args and _literal(node.args[0]):
                    problems.append(
                        f"{where}: {ast.unparse(receiver)}.tr() is filed under the context "
                        f"{ast.unparse(receiver)!r} but looked up under the object's class; "
                        f"use QCoreApplication.translate('<Context>', ...): {short}"
                    )
                if node.keywords:
                    problems.append(f"{where}: keyword arguments are not extracted: {short}")
    return problems


def check(ts_file: Path = TS_FILE, sources: Sequence[Path] | None = None) -> int:
    """Report and return 1 if any source string lacks a finished translation in *ts_file*."""
    files = list(sources) if sources is not None else source_files()
    if not ts_file.is_file():
        print(f"{ts_file} does not exist; run tools/update_translations.py", file=sys.stderr)
        return 1
    extracted = extract(files)
    problems, notes = translation_problems(extracted, read_ts(ts_file))
    wrong_calls = marker_problems(files)
    for note in notes:
        print(f"note: {note}")
    for problem in problems + wrong_calls:
        print(problem)
    if problems:
        print(
            f"\n{len(problems)} string(s) without a Danish translation. Run "
            f"`python tools/update_translations.py`, translate the new entries in "
            f"{_shown_path(ts_file)} (drop type=\"unfinished\"), then run the tool again to "
            "compile the .qm."
        )
    if wrong_calls:
        print(f"\n{len(wrong_calls)} marked call(s) that lupdate cannot handle; fix the source.")
    if problems or wrong_calls:
        return 1
    print(f"OK: {len(extracted)} strings, all translated in {ts_file.name}.")
    return 0


def update(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> int:
    """Merge the current strings into *ts_file* and compile *qm_file*."""
    run_lupdate(ts_file)
    run_lrelease(ts_file, qm_file)
    entries = read_ts(ts_file)
    todo = [e for e in entries if not e.finished]
    contexts = len({e.context for e in entries})
    print(f"{ts_file.name}: {len(entries)} strings in {contexts} contexts; "
          f"compiled {qm_file.name}.")
    for entry in todo:
        print(f"  to translate: {entry.describe()}")
    for problem in marker_problems():
        print(f"  warning: {problem}")
    if todo:
        print(f"{len(todo)} string(s) still need a Danish translation (left out of the .qm).")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true",
        help="change nothing; exit 1 if a source string is missing or untranslated",
    )
    args = parser.parse_args(argv)
    try:
        return check() if args.check else update()
    except ToolMissingError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
