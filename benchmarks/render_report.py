"""Render the verdict report of the English and Arabic test cases to PDF and PNG pages.

Needs LibreOffice (`soffice`) and poppler (`pdftoppm`). Prints the paths of the pages so a person
can look at them:  .venv/bin/python benchmarks/render_report.py [OUTPUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "report"))

from dossiers import arabic_case, english_case  # noqa: E402

from workbench.report.docx_report import write_report  # noqa: E402


def render(docx: Path, folder: Path) -> list[Path]:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice (soffice) and poppler-utils (pdftoppm)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    for old in folder.glob(f"{docx.stem}-*.png"):
        old.unlink()
    pdf = folder / f"{docx.stem}.pdf"
    prefix = folder / docx.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True, timeout=180)
    return sorted(folder.glob(f"{docx.stem}-*.png"))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="report-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in (("english", english_case), ("arabic", arabic_case)):
        docx = write_report(build(), folder / f"{name}.docx", author="Lina Sayegh", overwrite=True)
        print(docx)
        for page in render(docx, folder):
            print(page)


if __name__ == "__main__":
    main()
