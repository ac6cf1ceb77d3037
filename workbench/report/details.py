"""The sections an editor reads closely: each claim in detail, corrections, and the sources."""

from __future__ import annotations

from collections import Counter

from workbench.core.palette import STATUS_STYLES
from workbench.core.records import ArticleRecord, ClaimRecord, MentionRecord
from workbench.core.structure import Carrier, ClaimStructure, claim_structure
from workbench.core.vocabulary import parse_status
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Seg, safe_url
from workbench.report.sections import WARNING_COLOUR, short_date
from workbench.report.text import clip, long_date, one_line, quoted

SECTION_QUOTE = 1500
GREY = "#555555"


def claim_section(doc: ReportDocument, claim: ClaimRecord) -> None:
    digest = doc.digest
    number = digest.claim_number(claim.id)
    style = STATUS_STYLES[claim.status]
    doc.heading(2, f"Claim {number}: {clip(one_line(claim.text), 90)}")
    doc.para(
        Seg(f"{style.glyph} {style.letter} {style.label}", bold=True, colour=style.colour),
        Seg(f" — {claim.status.meaning}"),
    )
    doc.para(Seg("Claim: ", bold=True), Seg(one_line(claim.text)))
    source = digest.attributed(claim)
    attribution = f"{source.name} ({source.kind.value})" if source else "not attributed"
    doc.para(Seg("Attributed to: ", bold=True), Seg(attribution))
    for warning in digest.warnings_for(claim.id):
        doc.para(
            Seg("⚠ Method check: ", bold=True, colour=WARNING_COLOUR),
            Seg(warning.message.replace(f"Claim {claim.id}", f"Claim {number}", 1)),
        )

    mentions = digest.mentions(claim.id)
    doc.heading(3, "What the articles say")
    if not mentions:
        doc.para("No article in the case quotes this claim.")
    for mention in mentions:
        _quoted_passage(doc, mention)

    structure = claim_structure(digest.dossier, claim.id)
    doc.heading(3, "Source chain")
    _source_chain(doc, structure)

    if structure.denials:
        doc.heading(3, "Denials")
        for denial in structure.denials:
            denier = digest.source(denial.source_id)
            who = f"{denier.name} ({denier.kind.value})" if denier else "An unnamed body"
            doc.para(
                Seg(who, bold=True),
                Seg(f", carried by {denial.outlet}"),
                Seg(f" on {long_date(denial.published)}:" if denial.published else ", undated:"),
                keep_next=True,
            )
            doc.para(quoted(clip(denial.quote, SECTION_QUOTE)), style=doc.styles.quote)

    evidence = digest.dossier.evidence_of(claim.id)
    if evidence:
        doc.heading(3, "Evidence")
        for item in evidence:
            reference = Seg(
                item.reference, url=item.reference if safe_url(item.reference) else None
            )
            note = [Seg(f" — {item.note}")] if item.note.strip() else []
            doc.para(Seg(f"{item.kind}: ", bold=True), reference, *note, indent_twips=240)

    doc.heading(3, "Checker's note")
    doc.para(claim.note.strip() or "No note recorded.")


def _quoted_passage(doc: ReportDocument, mention: MentionRecord) -> None:
    digest = doc.digest
    article = digest.article(mention.article_id)
    doc.para(quoted(clip(mention.quote, SECTION_QUOTE)), style=doc.styles.quote)
    source = digest.source(mention.source_id)
    segs = [
        Seg(f"— {digest.outlet_of(article)}", bold=True),
        Seg(f", {long_date(article.published)}; {mention.stance.value}", colour=GREY),
    ]
    if source:
        segs.append(Seg(f", citing {source.name}", colour=GREY))
    if article.url:
        segs.append(Seg(" · ", colour=GREY))
        segs.append(Seg(article.url, url=article.url, size=8.5))
    doc.para(*segs, indent_twips=720, space_after=160)


def _source_chain(doc: ReportDocument, structure: ClaimStructure) -> None:
    """Origin, further first-hand reports and relays, as the claim pane and the map show them."""
    origin = structure.origin
    if origin is None:
        told = "unknown: no article in the case reports it first-hand"
        if structure.relays:
            told += ", and the articles that relay it name no original"
    elif origin.in_case:
        citing = f", citing {origin.cites}" if origin.cites else ""
        told = f"{origin.name} ({long_date(origin.published)}{citing})"
    else:
        told = f"{origin.name} — not in the case; the articles that relay it name it"
    doc.para(Seg("Origin: ", bold=True), Seg(told))
    for label, items in (
        ("Also reported first-hand by: ", structure.reports),
        ("Relayed by: ", structure.relays),
        ("No comment from: ", structure.refusals),
    ):
        if items:
            doc.para(Seg(label, bold=True), Seg("; ".join(_where(item, label) for item in items)))


def _where(item: Carrier, label: str) -> str:
    when = long_date(item.published)
    if label.startswith("No comment"):
        return f"{item.actor or 'an unnamed actor'}, in {item.outlet} ({when})"
    citing = f", citing {item.actor}" if item.actor else ""
    return f"{item.outlet} ({when}{citing})"


def corrections(doc: ReportDocument) -> None:
    digest = doc.digest
    doc.heading(1, "Corrections and updates")
    if not digest.corrections:
        doc.para("No status has changed since the claims were first marked.")
        return
    doc.para(
        "Every change of status after a claim was first marked, with who made it and the "
        "checker's reason, as recorded in the case's audit trail."
    )
    rows = [doc.header_row("Date", "Claim", "Change", "Reason")]
    for change in digest.corrections:
        rows.append(
            [
                doc.cell(
                    Seg(change.label, bold=True),
                    Seg(f"\n{short_date(change.at.date())}"),
                    Seg(f"\nby {change.actor}", italic=True),
                ),
                doc.cell(_claim_text(doc, change.claim_id)),
                doc.cell(*_change_segs(change.old, change.new)),
                doc.cell(change.reason.strip() or "No reason recorded."),
            ]
        )
    doc.table([1.35, 2.6, 1.7, 3.0], rows)


def _claim_text(doc: ReportDocument, claim_id: int) -> str:
    for claim in doc.digest.dossier.claims:
        if claim.id == claim_id:
            return f"{doc.digest.claim_number(claim_id)}. {clip(one_line(claim.text), 120)}"
    return f"(claim {claim_id}, since deleted)"


def _change_segs(old: str, new: str) -> list[Seg]:
    return [*_status_segs(old), Seg(" → "), *_status_segs(new)]


def _status_segs(value: str) -> list[Seg]:
    try:
        style = STATUS_STYLES[parse_status(value)]
    except ValueError:
        return [Seg(value)]
    return [Seg(f"{style.glyph} {style.letter} ", bold=True, colour=style.colour), Seg(style.label)]


def sources(doc: ReportDocument) -> None:
    digest = doc.digest
    doc.heading(1, "Sources")
    doc.heading(2, "Articles")
    if not digest.articles:
        doc.para("No articles are part of this case.")
    for number, article in enumerate(digest.articles, start=1):
        doc.para(*_reference(doc, number, article), indent_twips=0, space_after=100)
    doc.heading(2, "Actors")
    if not digest.dossier.sources:
        doc.para("No sources or actors are recorded.")
        return
    cited = Counter(m.source_id for m in digest.dossier.mentions if m.source_id is not None)
    rows = [doc.header_row("Actor", "Kind", "Claims attributed", "Quoted in")]
    for source in sorted(digest.dossier.sources, key=lambda s: s.name.casefold()):
        claims = digest.claims_of_source(source.id)
        numbers = ", ".join(str(digest.claim_number(c.id)) for c in claims) or "—"
        times = cited.get(source.id, 0)
        rows.append(
            [
                doc.cell(Seg(source.name, bold=True)),
                doc.cell(source.kind.value),
                doc.cell(numbers),
                doc.cell(f"{times} passage{'s' if times != 1 else ''}"),
            ]
        )
    doc.table([2.6, 1.4, 1.6, 1.2], rows)


def _reference(doc: ReportDocument, number: int, article: ArticleRecord) -> list[Seg]:
    segs = [Seg(f"[{number}] ", bold=True), Seg(f"{doc.digest.outlet_of(article)}. ", bold=True)]
    segs.append(Seg(f"“{one_line(article.title)}.” ", italic=True))
    if article.byline:
        segs.append(Seg(f"By {one_line(article.byline)}. "))
    segs.append(Seg(f"{long_date(article.published)}. "))
    if article.url:
        segs.append(Seg(article.url, url=article.url))
        segs.append(Seg(". "))
    if article.imported_at:
        segs.append(Seg(f"Accessed {long_date(article.imported_at)}.", colour=GREY))
    return segs
