"""The report's list of earlier verdicts cited: what other checks the verdict leans on."""

from __future__ import annotations

from workbench.core.verdicts import CITED_KIND
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Seg, safe_url
from workbench.report.text import clip, one_line


def earlier_verdicts(doc: ReportDocument) -> None:
    """One entry per earlier verdict cited as evidence, under the claim that cites it."""
    digest = doc.digest
    cited = [
        (claim, item)
        for claim in digest.dossier.claims
        for item in digest.dossier.evidence_of(claim.id)
        if item.kind == CITED_KIND
    ]
    if not cited:
        return
    words = doc.words
    doc.heading(1, words.translate("Report", "Earlier verdicts cited"))
    doc.para(
        words.translate(
            "Report",
            "Checks already published on these claims, by this newsroom or other fact-checkers, "
            "that the verdicts above take into account.",
        )
    )
    for claim, item in cited:
        number = words.number(digest.claim_number(claim.id))
        link = Seg(item.reference, url=item.reference if safe_url(item.reference) else None)
        label = words.translate("Report", "Claim {number} ({text}): ").format(
            number=number, text=clip(one_line(claim.text), 60)
        )
        doc.para(
            Seg(label, bold=True),
            Seg(one_line(item.note) or words.translate("Report", "earlier verdict")),
            Seg(" — "),
            link,
            indent_twips=240,
        )
