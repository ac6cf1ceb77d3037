"""Writing a case out: the Word verdict report, ClaimReview JSON-LD and CSV."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.services.cases import case_dossier
from workbench.store import Library

FORMATS = {"docx": ".docx", "claimreview": ".jsonld", "csv": ".csv"}


def default_export_path(library: Library, title: str, fmt: str = "docx") -> Path:
    """`exports/<case-title>.<ext>`, with a name any file system accepts."""
    slug = unicodedata.normalize("NFKC", title)
    slug = re.sub(r"[^\w\s-]", "", slug, flags=re.UNICODE).strip()
    slug = re.sub(r"[\s]+", "-", slug)[:80] or "case"
    return library.exports_dir / f"{slug}{FORMATS[fmt]}"


def export_case(
    library: Library,
    case_id: int,
    fmt: str = "docx",
    path: Path | None = None,
    *,
    template: Path | None = None,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write one case in `fmt` (docx, claimreview or csv) and return where it went."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    dossier = case_dossier(library, case_id)
    path = Path(path) if path else default_export_path(library, dossier.case.title, fmt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"Cannot create the folder {path.parent}: {error.strerror}") from error
    if fmt == "docx":
        from workbench.report.docx_report import write_report

        return write_report(
            dossier,
            path,
            template=template,
            author=library.actor,
            overwrite=overwrite,
            progress=progress,
            library=str(library.folder),
        )
    if fmt == "claimreview":
        from workbench.report.claimreview import write_claimreview

        return write_claimreview(dossier, path, overwrite=overwrite)
    from workbench.report.csv_export import write_csv

    return write_csv(dossier, path, overwrite=overwrite)
