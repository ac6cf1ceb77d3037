"""Writing a case out: the Word verdict report, ClaimReview JSON-LD and CSV."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.core.records import CaseDossier
from workbench.services.cases import case_dossier
from workbench.store import Library

FORMATS = {"docx": ".docx", "claimreview": ".jsonld", "csv": ".csv"}


def claimreview_notes(library: Library, case_id: int) -> list[str]:
    """What a ClaimReview export of the case leaves out or lacks, one line each."""
    from workbench.report.claimreview import left_out
    from workbench.services import settings

    notes = [
        f"left out: claim {gap.number} (id {gap.claim_id}) is {gap.reason}"
        for gap in left_out(case_dossier(library, case_id))
    ]
    if not settings.get_setting(library, settings.NEWSROOM_NAME):
        notes.append(
            "no author: set the newsroom with `workbench settings newsroom.name NAME` "
            "(and newsroom.url)"
        )
    if not settings.check_url(library, case_id):
        notes.append(
            "no url: search engines need the published check's address; set it with "
            "`export CASE --format claimreview --url URL` or `workbench settings checks.url URL`"
        )
    return notes


def case_language(dossier: CaseDossier) -> str:
    """The language a case's report is written in unless another is chosen: most articles'."""
    from workbench.report.wording import case_language as most_articles

    return most_articles(dossier)


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
    author: str | None = None,
    language: str | None = None,
) -> Path:
    """Write one case in `fmt` (docx, claimreview or csv) and return where it went.

    The report's `author` defaults to the one in the library's settings; its `language` ("en" or
    "ar") to the language of most of the case's articles (see `case_language`)."""
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
        from workbench.services.settings import report_author

        return write_report(
            dossier,
            path,
            template=template,
            author=report_author(library) if author is None else author.strip(),
            overwrite=overwrite,
            progress=progress,
            library=library.address,
            language=language,
        )
    if fmt == "claimreview":
        from workbench.report.claimreview import write_claimreview
        from workbench.services import settings

        return write_claimreview(
            dossier,
            path,
            overwrite=overwrite,
            publisher=settings.get_setting(library, settings.NEWSROOM_NAME),
            publisher_url=settings.get_setting(library, settings.NEWSROOM_URL),
            base_url=settings.check_url(library, case_id),
        )
    from workbench.report.csv_export import write_csv

    return write_csv(dossier, path, overwrite=overwrite)
