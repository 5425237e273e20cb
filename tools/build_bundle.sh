#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle dist/cpradmin/ from build.spec, then prove it works:
# the bundled program runs its own self-test offscreen (vault create/open/lock, keyring
# backends, login window, Danish translation). Exits non-zero if the build or the self-test
# fails. CI calls this after tools/setup.sh.
#
#   bash tools/build_bundle.sh                    # uses .venv/bin/python
#   PYTHON=/path/to/venv/bin/python bash tools/build_bundle.sh
#
# The interpreter must have cpradmin's dependencies and PyInstaller installed
# (EXTRAS=test,build bash tools/setup.sh does that in .venv).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
SELF_TEST_TIMEOUT="${SELF_TEST_TIMEOUT:-300}"

if ! "$PYTHON" -c "import PyInstaller, PySide6, sqlcipher3, keyring, argon2" 2>/dev/null; then
  echo "build_bundle: '$PYTHON' lacks PyInstaller or cpradmin's dependencies." >&2
  echo "build_bundle: run 'EXTRAS=test,build bash tools/setup.sh' or set PYTHON." >&2
  exit 2
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean build.spec
built=$(date +%s)

bundle=dist/cpradmin
program="$bundle/cpradmin"
[ -f "$program.exe" ] && program="$program.exe"  # Git Bash on Windows
if [ ! -x "$program" ]; then
  echo "build_bundle: $program was not built" >&2
  exit 1
fi

# The spec keeps these out (size); fail loudly if an import or a plugin drags one back in.
unwanted=$(find "$bundle" \( -iname '*Qt6WebEngine*' -o -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' \
  -o -iname '*Qt6PdfWidgets*' -o -iname '*Qt63D*' -o -iname '*Qt6Multimedia*' -o -iname '*tkinter*' \
  -o -iname 'numpy' -o -iname 'matplotlib' \) -print | head -n 20)
if [ -n "$unwanted" ]; then
  echo "build_bundle: the bundle contains modules build.spec should exclude:" >&2
  echo "$unwanted" >&2
  exit 1
fi

echo "build_bundle: running the bundle's self-test"
runner=()
command -v timeout >/dev/null 2>&1 && runner=(timeout "$SELF_TEST_TIMEOUT")
if ! QT_QPA_PLATFORM=offscreen ${runner[@]+"${runner[@]}"} "$program" --self-test; then
  echo "build_bundle: the bundle's self-test FAILED" >&2
  exit 1
fi

size=$(du -sh "$bundle" | cut -f1)
echo "build_bundle: ok: $bundle is $size, built in $((built - started)) s"
