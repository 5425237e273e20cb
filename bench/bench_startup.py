"""How long the app takes from process start to a visible login window, against bare Qt.

    python bench/bench_startup.py [--runs 5] [--warmup 1] [--json FILE]

The app has no "print and exit once the login window shows" hook, so each run starts a fresh
Python process with a small snippet (``_CHILD`` below) that does what ``cpradmin`` does on
start: import ``cpradmin.ui.app``, ``create_application()``, ``Controller(path).start()`` on an
existing vault (so the login window, not the first-run wizard, appears), then processes
events until the login window has been painted for the first time. The snippet reports, from
a ``time.perf_counter()`` taken on its first line, when its imports were done, when the
application existed, when the window was shown and when it was first painted. The parent
also times the whole process: from spawning it to reading that report (this includes the
interpreter's own start-up) and to the process's exit.

The baseline, in the same runs (round-robin): the same snippet creating a bare
``QApplication`` and showing an empty ``QWidget`` of the login window's size. A third row,
``python -c pass``, shows what the interpreter's start and exit cost alone.

Qt runs with ``QT_QPA_PLATFORM=offscreen`` (works headless; an on-screen platform adds the
window system's own latency to both rows), with Danish selected and a private settings folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from _common import ROOT, Series, context, fmt, ratio, write_json

_CHILD = r"""
import time
T0 = time.perf_counter()
import json
import sys

mode = sys.argv[1]
marks = {}
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

if mode == "cpradmin":
    from pathlib import Path
    from cpradmin.ui.app import Controller, create_application
marks["imports"] = time.perf_counter()


class FirstPaint(QObject):
    at = None

    def eventFilter(self, obj, event):
        if (self.at is None and event.type() == QEvent.Type.Paint
                and obj.objectName() in ("LoginWindow", "Bare")):
            self.at = time.perf_counter()
        return False


if mode == "cpradmin":
    app = create_application()
else:
    app = QApplication(sys.argv[:1])
marks["application"] = time.perf_counter()
painted = FirstPaint()
app.installEventFilter(painted)
controller = None
if mode == "cpradmin":
    controller = Controller(Path(sys.argv[2]))
    controller.start()
    window = controller.login
else:
    window = QWidget()
    window.setObjectName("Bare")
    window.resize(460, 220)
    window.show()
if window is None or not window.isVisible():
    raise SystemExit("the window did not show")
marks["shown"] = time.perf_counter()
deadline = time.perf_counter() + 30
while painted.at is None and time.perf_counter() < deadline:
    app.processEvents()
if painted.at is None:
    raise SystemExit("the window was not painted within 30 s")
marks["painted"] = painted.at
print(json.dumps({k: v - T0 for k, v in marks.items()}), flush=True)
window.close()
if controller is not None:
    controller.shutdown()
"""

PHASES = (
    ("imports", "imports done"),
    ("application", "QApplication created"),
    ("shown", "window shown"),
    ("painted", "window first painted"),
)


def run_child(args: list[str], env: dict[str, str]) -> tuple[dict[str, float], float, float]:
    """Phases reported by the child, spawn→report and spawn→exit as seen by the parent."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    reported = time.perf_counter()
    _rest, err = proc.communicate(timeout=120)
    exited = time.perf_counter()
    if proc.returncode != 0 or not line.strip():
        raise RuntimeError(f"{args[-2:]} failed ({proc.returncode}): {err.strip()[-2000:]}")
    return json.loads(line), reported - started, exited - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1,
                        help="runs of each kind first, not counted (fills the OS file cache)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    from cpradmin.vault import Vault

    with tempfile.TemporaryDirectory(prefix="cpradmin-bench-") as tmp:
        folder = Path(tmp)
        vault_path = folder / "bench.vault"
        created = Vault.create(
            vault_path, officer_name="Bente Benchmark", initials="BB",
            password="Kobber-Ugle-Vinter-93", password_only=True,
        )
        created.vault.lock("benchmark")
        (folder / "config").mkdir()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(folder / "config"),  # no stored language or last vault
            "CPRADMIN_LANGUAGE": "da",
            "CPRADMIN_NO_KEYRING": "1",
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
            ),
        }
        commands = {
            "bare": [sys.executable, "-c", _CHILD, "bare", ""],
            "cpradmin": [sys.executable, "-c", _CHILD, "cpradmin", str(vault_path)],
        }
        interpreter = Series("python -c pass (start + exit)")
        phases = {mode: {key: Series(key) for key, _ in PHASES} for mode in commands}
        to_report = {mode: Series(mode) for mode in commands}
        to_exit = {mode: Series(mode) for mode in commands}

        print(f"warming up ({args.warmup} run(s) of each), then {args.runs} runs…", flush=True)
        for number in range(args.warmup + args.runs):
            counted = number >= args.warmup
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
            if counted:
                interpreter.seconds.append(time.perf_counter() - t)
            for mode, command in commands.items():
                marks, reported, exited = run_child(command, env)
                if not counted:
                    continue
                for key, _label in PHASES:
                    phases[mode][key].seconds.append(marks[key])
                to_report[mode].seconds.append(reported)
                to_exit[mode].seconds.append(exited)

    rows: list[tuple[str, Series, Series]] = [
        *((f"in process: {label}", phases["bare"][key], phases["cpradmin"][key])
          for key, label in PHASES),
        ("parent: spawn → window painted", to_report["bare"], to_report["cpradmin"]),
        ("parent: spawn → process exited", to_exit["bare"], to_exit["cpradmin"]),
    ]
    ctx = context()
    print()
    print(f"cpradmin start-up benchmark: {args.runs} runs (after {args.warmup} warm-up), medians")
    print(f"Python {ctx['python']} on {ctx['platform']}, {ctx['cpus']} CPUs; "
          "QT_QPA_PLATFORM=offscreen; times from the snippet's first line unless 'parent'")
    print()
    width = max(len(name) for name, _, _ in rows)
    head = f"{'phase':<{width}}  {'bare Qt':>10}  {'cpradmin':>10}  {'× bare':>8}"
    head += f"  {'cpradmin min–max':>21}"
    print(head)
    print("-" * len(head))
    for name, bare, app in rows:
        spread = f"{fmt(app.low)}–{fmt(app.high)}"
        print(f"{name:<{width}}  {fmt(bare.median):>10}  {fmt(app.median):>10}  "
              f"{ratio(app.median, bare.median):>8}  {spread:>21}")
    print()
    print(f"interpreter alone, python -c pass (start + exit): {fmt(interpreter.median)}")

    all_series = [interpreter]
    for mode in commands:
        for key, _label in PHASES:
            series = phases[mode][key]
            all_series.append(Series(f"{mode}: in process: {key}", series.seconds))
        all_series.append(Series(f"{mode}: parent: spawn to painted", to_report[mode].seconds))
        all_series.append(Series(f"{mode}: parent: spawn to exit", to_exit[mode].seconds))
    write_json(args.json, "startup", args.runs, all_series,
               {"warmup": args.warmup, "qt_platform": "offscreen"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
