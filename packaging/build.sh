#!/usr/bin/env bash
# Build the one-folder app into dist/workbench/ (Linux, macOS).
#   packaging/build.sh              uses .venv, made by `make test` or `pip install -e .`
#   PYTHON=/path/to/python packaging/build.sh   uses another environment
#   DIST_DIR=/tmp/out packaging/build.sh        builds into /tmp/out/workbench instead
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
WORK_DIR="${WORK_DIR:-$ROOT/build/pyinstaller}"
if [ ! -x "$PYTHON" ]; then
    echo "no Python at $PYTHON: run 'make test' (or python3 -m venv .venv && .venv/bin/pip install -e .) first" >&2
    exit 1
fi

if ! "$PYTHON" -c "import PyInstaller" >/dev/null 2>&1; then
    echo "installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.0"
fi
# The app itself must be importable by the build, with its dependencies.
"$PYTHON" -c "import workbench, PySide6, sqlalchemy, whoosh, docx, trafilatura" \
    || { echo "the workbench or its dependencies are missing from $PYTHON" >&2; exit 1; }

for icon in png ico icns; do
    [ -f "packaging/icons/workbench.$icon" ] || { "$PYTHON" packaging/icons/make_icon.py; break; }
done

# The window's translations, compiled from resources/i18n/*.ts into the .qm files it loads.
"$PYTHON" tools/translations.py release

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" \
    packaging/workbench.spec
echo "built $DIST_DIR/workbench in $(( $(date +%s) - started )) s ($(du -sh "$DIST_DIR/workbench" | cut -f1))"
if [ "$(uname)" = "Darwin" ]; then
    echo "macOS app: $DIST_DIR/Fact-Check Workbench.app"
fi
echo "check it: $DIST_DIR/workbench/workbench --self-test"
