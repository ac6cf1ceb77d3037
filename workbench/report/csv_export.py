"""Claims and their mentions as CSV, for spreadsheets.

One row per mention; a claim without mentions still gets one row with the mention columns empty.
Columns, in order:

case_id, case_title          the case
claim_no, claim_id           the claim's number in the report and its id in the library
claim, status, status_letter the claim's wording and the checker's status
claim_source, claim_source_kind  who the claim is attributed to
mention_id, stance           how this article carries the claim (asserts, relays, denies,
                             no comment)
mention_source               the actor the article cites for it
quote, start, end            the quoted passage and its character offsets in the stored text
article_id, outlet, article_title, published, url   the article
note                         the checker's note on the claim
method_checks                the claim's method-check codes, separated by "; "

The file is UTF-8 with a byte-order mark so spreadsheet programs read Arabic correctly. Cells that
start with =, +, -, @, tab or carriage return get a leading apostrophe, so a spreadsheet shows them
as text instead of running them as formulas.
"""

from __future__ import annotations

import csv
from pathlib import Path

from workbench.core.records import CaseDossier, ClaimRecord, MentionRecord
from workbench.report.atomic import atomic_write
from workbench.report.digest import CaseDigest
from workbench.report.text import iso_date, xml_safe

COLUMNS = (
    "case_id", "case_title", "claim_no", "claim_id", "claim", "status", "status_letter",
    "claim_source", "claim_source_kind", "mention_id", "stance", "mention_source", "quote",
    "start", "end", "article_id", "outlet", "article_title", "published", "url", "note",
    "method_checks",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell text, made inert if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_rows(dossier: CaseDossier) -> list[list[str]]:
    """The rows (without the header), already neutralised."""
    digest = CaseDigest(dossier)
    rows = []
    for claim in dossier.claims:
        mentions: list[MentionRecord | None] = list(digest.mentions(claim.id)) or [None]
        for mention in mentions:
            rows.append([neutralise(xml_safe(str(v))) for v in _row(digest, claim, mention)])
    return rows


def write_csv(dossier: CaseDossier, path: Path, overwrite: bool = False) -> Path:
    """Write the claims-and-mentions CSV atomically; ExportError if it exists and not overwrite."""
    rows = csv_rows(dossier)

    def writer(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(COLUMNS)
            out.writerows(rows)

    return atomic_write(Path(path), writer, overwrite)


def _row(digest: CaseDigest, claim: ClaimRecord, mention: MentionRecord | None) -> list[object]:
    source = digest.attributed(claim)
    checks = "; ".join(w.code for w in digest.warnings_for(claim.id))
    head: list[object] = [
        digest.case.id, digest.case.title, digest.claim_number(claim.id), claim.id, claim.text,
        claim.status.value, claim.status.letter, source.name if source else "",
        source.kind.value if source else "",
    ]  # fmt: skip
    if mention is None:
        return [*head, *([""] * 11), claim.note, checks]
    article = digest.article(mention.article_id)
    cited = digest.source(mention.source_id)
    return [
        *head, mention.id, mention.stance.value, cited.name if cited else "", mention.quote,
        mention.start, mention.end, article.id, article.outlet or "", article.title,
        iso_date(article.published), article.url or "", claim.note, checks,
    ]  # fmt: skip
