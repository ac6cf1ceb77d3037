"""What goes into the bundle beyond what PyInstaller finds by following imports.

Kept apart from `workbench.spec` so the lists are plain Python: the spec reads them at build time
and the packaging tests check them (every hidden import resolves, every data folder exists)
without running a build.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "org.factcheck.Workbench"
APP_TITLE = "Fact-Check Workbench"
EXECUTABLE = "workbench"
# The windowed launcher on Windows and macOS, where a console program would open a terminal.
WINDOWED_EXECUTABLE = "Fact-Check Workbench"

# Whole packages whose modules are reached by name at run time rather than by `import`.
ALL_SUBMODULES = (
    "workbench",  # the window and several commands are imported lazily
    "whoosh",  # codecs, formats and analyzers are unpickled from the index by dotted name
)

# Single modules reached by name: Alembic's per-dialect implementations and the scripts' `op`,
# SQLAlchemy's dialect registry, lxml's C helpers, pypdf's optional codecs.
HIDDEN_IMPORTS = (
    "alembic.op",
    "alembic.context",
    "alembic.ddl",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.script",
    "mako.template",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.sql.default_comparator",
    "lxml.etree",
    "lxml.html",
    "lxml._elementpath",
    "lxml_html_clean",
    "charset_normalizer",
    "charset_normalizer.md",
    "justext",
    "courlan",
    "htmldate",
    "pypdf",
    "docx",
    "platformdirs",
    "uuid",
)

# Packages that read their own files from disk (settings, stop lists, suffix lists, templates).
DATA_PACKAGES = (
    "trafilatura",  # settings.cfg and data/
    "justext",  # stoplists/
    "tld",  # res/effective_tld_names.dat.txt
    "babel",  # locale data for courlan, trimmed by keep_data()
    "docx",  # the default document template python-docx builds on
)

# Qt modules the workbench never loads; PySide6's hooks would otherwise pull their libraries in.
QT_EXCLUDES = (
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
)

EXCLUDES = (
    *QT_EXCLUDES,
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "alembic.testing",
    "sqlalchemy.testing",
    "setuptools",
    "pip",
    "IPython",
    "matplotlib",
)

# Qt's translations for modules we exclude, and for tools we do not ship, are dead weight.
_QT_TRANSLATIONS_KEPT = ("qtbase_",)
# Babel's 30 MB of locale data serve only courlan's URL language filter, which the workbench does
# not use; a locale left out makes babel raise UnknownLocaleError, which courlan already catches.
_BABEL_LOCALES_KEPT = ("root.", "en.", "en_", "ar.", "ar_")


def project_data(root: Path) -> list[tuple[str, str]]:
    """(source, folder in bundle) pairs for the files the workbench opens by path.

    `resources/` lands at the bundle's top, where `workbench.paths.resources_dir()` looks when
    frozen; the Alembic scripts keep their package path because `workbench.store.library`
    finds them next to its own module, and Alembic loads them from disk as files.
    """
    migrations = root / "workbench" / "store" / "migrations"
    pairs = [(str(root / "resources"), "resources")]
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts:
            folder = path.parent.relative_to(root).as_posix()
            pairs.append((str(path), folder))
    return pairs


def keep_data(destination: str) -> bool:
    """Whether a collected data file earns its place in the bundle."""
    name = destination.replace("\\", "/")
    if "PySide6/" in name and "/translations/" in name:
        return Path(name).name.startswith(_QT_TRANSLATIONS_KEPT)
    if "babel/locale-data/" in name:
        return Path(name).name.startswith(_BABEL_LOCALES_KEPT)
    return "tld/tests/" not in name and "__pycache__" not in name


def icon_path(root: Path, platform: str) -> str | None:
    """The icon file PyInstaller embeds in the executable on this platform, if any."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform)
    if suffix is None:
        return None  # Linux reads the icon from the desktop entry, not the binary
    path = root / "packaging" / "icons" / f"workbench{suffix}"
    return str(path) if path.is_file() else None
