"""The window's translations: extract, compile and check them.

    python tools/translations.py update    re-extract every string into resources/i18n/*.ts
    python tools/translations.py release   compile the .ts files into the .qm files Qt loads
    python tools/translations.py check     fail if a string is missing, unfinished or stale

Strings are marked in the code with `translate(context, text)` (or `self.tr`); `pyside6-lupdate`
finds them in workbench/ui and workbench/report. The Arabic file holds every string; the English
one only the plurals, whose English forms ("1 claim", "2 claims") the source text cannot give.
Locations are left out of the .ts files, so moving code does not change them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
SOURCE_FOLDERS = ("workbench/ui", "workbench/report")
# language -> extra lupdate options
LANGUAGES = ("ar", "en")
PLURAL_FORMS = {"ar": 6, "en": 2}  # Qt's plural rules: Arabic has six forms

Message = tuple[str, str, str, bool]  # context, source, comment, plural


def _tool(name: str) -> str:
    """A Qt tool beside the running Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt translation tools)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(
        str(path.relative_to(root))
        for folder in SOURCE_FOLDERS
        for path in (root / folder).glob("*.py")
    )


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"workbench_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"workbench_{language}.qm"


def lupdate(language: str, target: Path) -> None:
    """Extract every string into `target` with no translations, each plural marked as one."""
    command = [
        _tool("pyside6-lupdate"),
        *sources(),
        "-ts",
        str(target),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    tree = ET.parse(target)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            # lupdate's Python reader misses plurals counted by a variable: %n says it is one.
            plural = "%n" in source or "%Ln" in source
            if plural:
                message.set("numerus", "yes")
            if language == "en" and not plural:
                context.remove(message)  # English needs only its plural forms
        if not context.findall("message"):
            root.remove(context)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def write_ts(language: str, target: Path, translations: dict[Message, list[str] | None]) -> None:
    """Extract afresh, then fill in the translations already made for the same messages."""
    lupdate(language, target)
    tree = ET.parse(target)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""), plural)
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            forms = translations.get(key)
            if not forms:
                translation.set("type", "unfinished")
                forms = [""] * (PLURAL_FORMS[language] if plural else 1)
            if plural:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(tree, space="    ")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(path: Path) -> dict[Message, list[str] | None]:
    """Every message of a .ts file with its translation(s); None when unfinished or empty."""
    found: dict[Message, list[str] | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""), plural)
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                found[key] = None
                continue
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if plural
                else [translation.text or ""]
            )
            found[key] = forms if all(forms) else None
    return found


def problems(folder: Path = FOLDER) -> list[str]:
    """What is wrong with the committed translations, one line each; empty when all is well."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            committed = ts_path(language, folder)
            if not committed.is_file():
                found.append(f"{committed.name}: missing")
                continue
            fresh = Path(scratch) / committed.name
            lupdate(language, fresh)
            have, want = messages(committed), messages(fresh)
            for key in sorted(set(want) - set(have)):
                found.append(f"{committed.name}: not extracted yet: {key[0]}: {key[1]!r}")
            for key in sorted(set(have) - set(want)):
                found.append(
                    f"{committed.name}: stale (no longer in the code): {key[0]}: {key[1]!r}"
                )
            for key in sorted(k for k in set(have) & set(want) if have[k] is None):
                found.append(f"{committed.name}: untranslated: {key[0]}: {key[1]!r}")
            compiled = qm_path(language, folder)
            fresh_qm = Path(scratch) / compiled.name
            lrelease(committed, fresh_qm)
            if not compiled.is_file() or compiled.read_bytes() != fresh_qm.read_bytes():
                found.append(f"{compiled.name}: not compiled from the current {committed.name}")
    return found


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        kept = messages(path) if path.is_file() else {}
        write_ts(language, path, kept)


def release(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language, folder), qm_path(language, folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    elif args.action == "release":
        release()
    else:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
