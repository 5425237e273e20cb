"""The core never imports Qt: only ``cpradmin/ui/`` may, so the CLI and the services run and
are tested without a display, and the rules cannot grow a dependency on widgets."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cpradmin"
UI = PACKAGE / "ui"
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "shiboken2", "sip")
IMPORTERS = {"import_module", "__import__", "find_spec", "import_string"}


def _is_qt(name: str | None) -> bool:
    return bool(name) and name.split(".")[0] in QT_PACKAGES


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def qt_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every way *source* pulls in a Qt binding, as ``line: what``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if _is_qt(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_qt(node.module):
                found.append(f"{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call) and _call_name(node.func) in IMPORTERS:
            for arg in node.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and _is_qt(arg.value):
                    found.append(f"{node.lineno}: {_call_name(node.func)}({arg.value!r})")
    return found


def module_level_ui_imports(source: str, filename: str = "<source>") -> list[str]:
    """Imports of ``cpradmin.ui`` that run on import (not inside a function)."""
    found = []
    tree = ast.parse(source, filename)
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    stack: list[ast.AST] = [n for n in tree.body if not isinstance(n, functions)]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names
                      if a.name.startswith("cpradmin.ui")]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and (
            node.module == "cpradmin.ui" or node.module.startswith("cpradmin.ui.")
            or (node.module == "cpradmin" and any(a.name == "ui" for a in node.names))
        ):
            found.append(f"{node.lineno}: from {node.module} import ...")
        else:
            stack += [c for c in ast.iter_child_nodes(node) if not isinstance(c, functions)]
    return found


def core_files() -> list[Path]:
    files = sorted(p for p in PACKAGE.rglob("*.py") if UI not in p.parents)
    assert len(files) >= 15 and PACKAGE / "vault.py" in files and PACKAGE / "cli.py" in files
    return files


def test_the_checker_sees_every_form() -> None:
    """Guard the guard: each way of importing Qt is reported, harmless look-alikes are not."""
    bad = [
        "import PySide6",
        "import PySide6.QtWidgets as w",
        "import os, shiboken6",
        "from PySide6.QtCore import QObject",
        "from PyQt6 import QtCore",
        "import importlib\nimportlib.import_module('PySide6.QtGui')",
        "from importlib import import_module\nimport_module('PyQt5')",
        "__import__('shiboken6')",
        "def later():\n    from PySide6 import QtWidgets",
        "try:\n    import PySide6\nexcept ImportError:\n    pass",
    ]
    for source in bad:
        assert qt_imports(source), source
    fine = [
        "import PySide6_helpers_not_qt",
        "from . import PySide6",  # a relative module of ours, not the binding
        "text = 'PySide6'",
        "import_module('cpradmin.ui.app')",
    ]
    for source in fine:
        assert not qt_imports(source), source
    assert module_level_ui_imports("from cpradmin.ui.app import run_gui")
    assert module_level_ui_imports("if True:\n    import cpradmin.ui.app")
    assert module_level_ui_imports("from cpradmin import ui")
    assert not module_level_ui_imports("def f():\n    from cpradmin.ui.app import run_gui")


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_does_not_import_qt(path: Path) -> None:
    source = path.read_text("utf-8")
    assert qt_imports(source, str(path)) == []
    # The CLI starts the GUI on request, importing it lazily; nothing imports it on load.
    assert module_level_ui_imports(source, str(path)) == []


def test_importing_the_core_loads_no_qt() -> None:
    code = "\n".join([
        "import sys, io",
        "import cpradmin.cli, cpradmin.vault, cpradmin.accounts, cpradmin.audit",
        "import cpradmin.keyslots, cpradmin.keystore, cpradmin.securefiles, cpradmin.demo",
        "assert cpradmin.cli.main(['--self-test', '--no-gui'], out=io.StringIO()) == 0",
        f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})",
        "print(','.join(qt) or 'none')",
        "print('ui' if any(m.startswith('cpradmin.ui') for m in sys.modules) else 'no ui')",
    ])
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["CPRADMIN_NO_KEYRING"] = "1"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["none", "no", "ui"]


def test_qt_is_importable_here() -> None:
    """Control for the test above: in this environment PySide6 exists and would show up."""
    code = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        pytest.skip("PySide6 is not installed")
    assert done.stdout.strip() == "True"
