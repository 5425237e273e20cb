"""The Danish translation: complete, faithful to its placeholders, and compiled.

Adding a user-facing string without translating it fails here. The fix is always:

    python tools/update_translations.py      # merge the new string into the .ts
    (translate it in resources/i18n/cpradmin_da.ts, drop type="unfinished")
    python tools/update_translations.py      # compile the .qm
"""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
ENTRIES = tool.read_ts(tool.TS_FILE)
FIX = "run `python tools/update_translations.py`, translate, and run it again"

needs_lupdate = pytest.mark.skipif(
    tool.find_tool("lupdate") is None, reason="pyside6-lupdate not installed"
)
needs_lrelease = pytest.mark.skipif(
    tool.find_tool("lrelease") is None, reason="pyside6-lrelease not installed"
)


def _failures(lines: list[str]) -> str:
    return f"{len(lines)} problem(s):\n  " + "\n  ".join(lines)


# --- (a) the committed .ts is complete --------------------------------------------------------


def test_ts_declares_danish_from_english() -> None:
    root = tool.ET.parse(tool.TS_FILE).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "da"
    assert root.get("sourcelanguage") == "en"
    assert len(ENTRIES) > 100


def test_every_message_has_a_finished_translation() -> None:
    bad = [
        f"{e.state or 'empty'}: {e.describe()}"
        for e in ENTRIES
        if e.state in {"unfinished", "vanished", "obsolete"} or not e.finished
    ]
    assert not bad, _failures(bad) + f"\n{FIX}"


def test_no_message_is_listed_twice() -> None:
    keys = [e.key for e in ENTRIES]
    assert len(keys) == len(set(keys))


# --- (b) translations keep what the code relies on ------------------------------------------

_QT_ARG = re.compile(r"%(?:L?\d{1,2}|n)")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _fields(text: str) -> set[str]:
    """Names of ``str.format`` fields; raises ValueError if *text* is no valid template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def _translations() -> list[tuple[Any, str]]:
    return [(e, t) for e in ENTRIES for t in e.translations]


def test_placeholders_are_kept() -> None:
    bad = []
    for entry, translated in _translations():
        try:
            wanted, got = _fields(entry.source), _fields(translated)
        except ValueError as exc:
            bad.append(f"{entry.describe()}: not a valid template ({exc}): {translated!r}")
            continue
        if wanted != got:
            bad.append(f"{entry.describe()}: fields {sorted(wanted)} became {sorted(got)}")
        if sorted(_QT_ARG.findall(entry.source)) != sorted(_QT_ARG.findall(translated)):
            bad.append(f"{entry.describe()}: %-arguments differ in {translated!r}")
    assert not bad, _failures(bad)


def test_html_tags_are_kept_in_order() -> None:
    bad = [
        f"{entry.describe()}: {_TAG.findall(entry.source)} became {_TAG.findall(translated)}"
        for entry, translated in _translations()
        if _TAG.findall(entry.source) != _TAG.findall(translated)
    ]
    assert not bad, _failures(bad)


def test_accelerators_and_edge_whitespace_are_kept() -> None:
    bad = []
    for entry, translated in _translations():
        if _accelerators(entry.source) != _accelerators(translated):
            bad.append(f"{entry.describe()}: '&' accelerators differ in {translated!r}")
        elif translated.replace("&&", "").endswith("&"):
            bad.append(f"{entry.describe()}: dangling '&' in {translated!r}")
        source_edges = (entry.source[: len(entry.source) - len(entry.source.lstrip())],
                        entry.source[len(entry.source.rstrip()):])
        edges = (translated[: len(translated) - len(translated.lstrip())],
                 translated[len(translated.rstrip()):])
        if source_edges != edges:
            bad.append(f"{entry.describe()}: leading/trailing whitespace differs")
    assert not bad, _failures(bad)


def _accelerator_clashes(texts: list[str]) -> int:
    letters = []
    for text in texts:
        plain = text.replace("&&", "")
        index = plain.find("&")
        if 0 <= index < len(plain) - 1:
            letters.append(plain[index + 1].lower())
    return len(letters) - len(set(letters))


def test_accelerators_do_not_clash_more_than_in_english() -> None:
    """A context is one window or dialog: its Danish access keys stay as distinct as the
    English ones (Alt+letter must not become ambiguous through translation)."""
    by_context: dict[str, list[Any]] = {}
    for entry in ENTRIES:
        if _accelerators(entry.source):
            by_context.setdefault(entry.context, []).append(entry)
    bad = []
    for context, entries in sorted(by_context.items()):
        english = _accelerator_clashes([e.source for e in entries])
        danish = _accelerator_clashes([e.translations[0] for e in entries])
        if danish > english:
            bad.append(f"{context}: {[e.translations[0] for e in entries]}")
    assert not bad, _failures(bad)


# --- (c) every string in the sources is in the committed .ts ---------------------------------


@needs_lupdate
def test_every_source_string_is_translated() -> None:
    problems, _stale = tool.translation_problems(tool.extract(), ENTRIES)
    assert not problems, _failures(problems) + f"\n{FIX}"


@needs_lupdate
def test_a_new_untranslated_string_is_reported(tmp_path: Path) -> None:
    """The check itself: lupdate finds the core's pure-Python marker, the check flags it."""
    source = tmp_path / "new_feature.py"
    source.write_text(
        "from cpradmin.i18n import QT_TRANSLATE_NOOP\n"
        "A = QT_TRANSLATE_NOOP(\n"
        '    "Errors", "A brand-new message about {thing} "\n'
        '    "spread over two lines.")\n'
        'B = QT_TRANSLATE_NOOP("Roles", "Security officer")\n',
        encoding="utf-8",
    )
    extracted = tool.extract([source])
    assert {e.key for e in extracted} == {
        ("Errors", "A brand-new message about {thing} spread over two lines.", ""),
        ("Roles", "Security officer", ""),
    }
    problems, _ = tool.translation_problems(extracted, ENTRIES)
    assert len(problems) == 1
    assert "A brand-new message about {thing}" in problems[0]


def test_marked_calls_are_extractable() -> None:
    """No call that lupdate would skip or file under a context never looked up."""
    problems = tool.marker_problems()
    assert not problems, _failures(problems)


def test_marker_lint_catches_what_lupdate_gets_wrong(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text(
        "from cpradmin.i18n import QT_TRANSLATE_NOOP\n"
        'A = QT_TRANSLATE_NOOP(context="Errors", text="Keyword")\n'
        "def f(parent, name):\n"
        '    parent.tr("Filed under parent")\n'
        '    return QT_TRANSLATE_NOOP("Errors", f"Hello {name}")\n',
        encoding="utf-8",
    )
    problems = tool.marker_problems([source])
    assert len(problems) == 3, problems


# --- (d) the committed .qm is compiled from the committed .ts --------------------------------


def _translator(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), f"cannot load {path}"
    return translator


@needs_lrelease
def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    tool.run_lrelease(tool.TS_FILE, fresh)
    committed = tool.QM_FILE.read_bytes()
    if fresh.read_bytes() == committed:  # lrelease output is deterministic for one Qt version
        return
    # Another lrelease version may lay the file out differently: compare what it says.
    old, new = _translator(tool.QM_FILE), _translator(fresh)
    differ = [
        e.describe() for e in ENTRIES
        if old.translate(e.context, e.source, e.comment or None)
        != new.translate(e.context, e.source, e.comment or None)
    ]
    assert not differ, f"{tool.QM_FILE.name} is stale; {FIX}\n" + _failures(differ)


# --- (e) the app really gets Danish -------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "source", "danish"),
    [
        ("Roles", "Security officer", "Sikkerhedsansvarlig"),
        ("Roles", "Deputy", "Stedfortræder"),
        ("Roles", "Auditor (read only)", "Revisor (kun læseadgang)"),
        ("MainWindow", "&Vault", "&Boks"),
        ("LoginWindow", "&Log in", "&Log ind"),
        ("Errors", "The vault is locked.", "Boksen er låst."),
        ("Errors", "No vault file at {path}.", "Der findes ingen boksfil på {path}."),
    ],
)
def test_qm_translates_known_strings(context: str, source: str, danish: str) -> None:
    assert _translator(tool.QM_FILE).translate(context, source) == danish


def test_app_loads_the_translation_and_fills_core_messages(qapp: QCoreApplication) -> None:
    from cpradmin.i18n import Message
    from cpradmin.ui.i18n import install_translator, text

    translator = install_translator(qapp, "da")
    assert translator is not None, "resources/i18n/cpradmin_da.qm did not load"
    try:
        message = Message("Errors", "No vault file at {path}.", {"path": "C:/x.vault"})
        assert text(message) == "Der findes ingen boksfil på C:/x.vault."
        assert QCoreApplication.translate("Roles", "Security officer") == "Sikkerhedsansvarlig"
    finally:
        qapp.removeTranslator(translator)
    assert text(message) == "No vault file at C:/x.vault."
