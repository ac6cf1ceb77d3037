"""The sections an editor reads closely: each claim in detail, corrections, and the sources."""

from __future__ import annotations

from collections import Counter
from datetime import date

from workbench.core.palette import STATUS_STYLES
from workbench.core.records import ArticleRecord, ClaimRecord, MentionRecord
from workbench.core.structure import Carrier, ClaimStructure, claim_structure
from workbench.core.verdicts import CITED_KIND
from workbench.core.vocabulary import parse_status
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Seg, safe_url
from workbench.report.sections import (
    WARNING_COLOUR,
    check_message,
    kind_name,
    outlet_label,
    stance_name,
    status_letter,
    status_meaning,
    status_name,
)
from workbench.report.text import clip, one_line, quoted

SECTION_QUOTE = 1500
GREY = "#555555"


def claim_section(doc: ReportDocument, claim: ClaimRecord) -> None:
    digest = doc.digest
    words = doc.words
    number = words.number(digest.claim_number(claim.id))
    style = STATUS_STYLES[claim.status]
    doc.heading(
        2,
        words.translate("Report", "Claim {number}: {text}").format(
            number=number, text=clip(one_line(claim.text), 90)
        ),
    )
    status = f"{style.glyph} {status_letter(doc, claim.status)} {status_name(doc, claim.status)}"
    doc.para(
        Seg(status, bold=True, colour=style.colour),
        Seg(f" — {status_meaning(doc, claim.status)}"),
    )
    doc.para(Seg(words.translate("Report", "Claim: "), bold=True), Seg(one_line(claim.text)))
    source = digest.attributed(claim)
    attribution = (
        f"{source.name} ({kind_name(doc, source.kind)})"
        if source
        else words.translate("Report", "not attributed")
    )
    doc.para(Seg(words.translate("Report", "Attributed to: "), bold=True), Seg(attribution))
    for warning in digest.warnings_for(claim.id):
        doc.para(
            Seg(words.translate("Report", "⚠ Method check: "), bold=True, colour=WARNING_COLOUR),
            Seg(check_message(doc, warning)),
        )

    mentions = digest.mentions(claim.id)
    doc.heading(3, words.translate("Report", "What the articles say"))
    if not mentions:
        doc.para(words.translate("Report", "No article in the case quotes this claim."))
    for mention in mentions:
        _quoted_passage(doc, mention)

    structure = claim_structure(digest.dossier, claim.id)
    doc.heading(3, words.translate("Report", "Source chain"))
    _source_chain(doc, structure)

    if structure.denials:
        doc.heading(3, words.translate("Report", "Denials"))
        for denial in structure.denials:
            denier = digest.source(denial.source_id)
            who = (
                f"{denier.name} ({kind_name(doc, denier.kind)})"
                if denier
                else words.translate("Report", "An unnamed body")
            )
            doc.para(
                Seg(who, bold=True),
                Seg(
                    words.translate("Report", ", carried by {outlet}").format(
                        outlet=outlet_label(doc, denial.outlet)
                    )
                ),
                Seg(_on_date(doc, denial.published)),
                keep_next=True,
            )
            doc.para(quoted(clip(denial.quote, SECTION_QUOTE)), style=doc.styles.quote)

    evidence = digest.dossier.evidence_of(claim.id)
    if evidence:
        doc.heading(3, words.translate("Report", "Evidence"))
        for item in evidence:
            reference = Seg(
                item.reference, url=item.reference if safe_url(item.reference) else None
            )
            note = [Seg(f" — {item.note}")] if item.note.strip() else []
            kind = evidence_kind(doc, item.kind)
            doc.para(Seg(f"{kind}: ", bold=True), reference, *note, indent_twips=240)

    doc.heading(3, words.translate("Report", "Checker's note"))
    doc.para(claim.note.strip() or words.translate("Report", "No note recorded."))


def _on_date(doc: ReportDocument, value: date | None) -> str:
    """ " on 14 April 2031:", or ", undated:" when the date is not known."""
    if value is None:
        return doc.words.translate("Report", ", undated:")
    return doc.words.translate("Report", " on {date}:").format(date=doc.words.long_date(value))


def evidence_kind(doc: ReportDocument, kind: str) -> str:
    """The kinds of evidence the workbench adds, in the report's language; others as they are."""
    names = {
        "link": doc.words.translate("Report", "link"),
        "document": doc.words.translate("Report", "document"),
        CITED_KIND: doc.words.translate("Report", "earlier verdict"),
    }
    return names.get(kind, kind)


def _quoted_passage(doc: ReportDocument, mention: MentionRecord) -> None:
    digest = doc.digest
    words = doc.words
    article = digest.article(mention.article_id)
    doc.para(quoted(clip(mention.quote, SECTION_QUOTE)), style=doc.styles.quote)
    source = digest.source(mention.source_id)
    comma = words.translate("Report", ", ")
    semicolon = words.translate("Report", "; ")
    when = words.long_date(article.published)
    segs = [
        Seg(f"— {outlet_label(doc, digest.outlet_of(article))}", bold=True),
        Seg(f"{comma}{when}{semicolon}", colour=GREY),
        Seg(stance_name(doc, mention.stance), colour=GREY),
    ]
    if source:
        citing = words.translate("Report", ", citing {name}").format(name=source.name)
        segs.append(Seg(citing, colour=GREY))
    if article.url:
        segs.append(Seg(" · ", colour=GREY))
        segs.append(Seg(article.url, url=article.url, size=8.5))
    doc.para(*segs, indent_twips=720, space_after=160)


def _source_chain(doc: ReportDocument, structure: ClaimStructure) -> None:
    """Origin, further first-hand reports and relays, as the claim pane and the map show them."""
    words = doc.words
    origin = structure.origin
    if origin is None:
        if structure.relays:
            told = words.translate(
                "Report",
                "unknown: no article in the case reports it first-hand, and the articles that "
                "relay it name no original",
            )
        else:
            told = words.translate(
                "Report", "unknown: no article in the case reports it first-hand"
            )
    elif origin.in_case:
        when = words.long_date(origin.published)
        if origin.cites:
            told = words.translate("Report", "{name} ({date}, citing {cited})").format(
                name=origin.name, date=when, cited=origin.cites
            )
        else:
            told = words.translate("Report", "{name} ({date})").format(name=origin.name, date=when)
    else:
        told = words.translate(
            "Report", "{name} — not in the case; the articles that relay it name it"
        ).format(name=origin.name)
    doc.para(Seg(words.translate("Report", "Origin: "), bold=True), Seg(told))
    semicolon = words.translate("Report", "; ")
    for label, items, refusals in (
        (words.translate("Report", "Also reported first-hand by: "), structure.reports, False),
        (words.translate("Report", "Relayed by: "), structure.relays, False),
        (words.translate("Report", "No comment from: "), structure.refusals, True),
    ):
        if items:
            lines = semicolon.join(_where(doc, item, refusals) for item in items)
            doc.para(Seg(label, bold=True), Seg(lines))


def _where(doc: ReportDocument, item: Carrier, refusal: bool) -> str:
    words = doc.words
    when = words.long_date(item.published)
    outlet = outlet_label(doc, item.outlet)
    if refusal:
        who = item.actor or words.translate("Report", "an unnamed actor")
        return words.translate("Report", "{who}, in {outlet} ({date})").format(
            who=who, outlet=outlet, date=when
        )
    if item.actor:
        return words.translate("Report", "{outlet} ({date}, citing {cited})").format(
            outlet=outlet, date=when, cited=item.actor
        )
    return words.translate("Report", "{outlet} ({date})").format(outlet=outlet, date=when)


def corrections(doc: ReportDocument) -> None:
    digest = doc.digest
    words = doc.words
    doc.heading(1, words.translate("Report", "Corrections and updates"))
    if not digest.corrections:
        doc.para(
            words.translate("Report", "No status has changed since the claims were first marked.")
        )
        return
    doc.para(
        words.translate(
            "Report",
            "Every change of status after a claim was first marked, with who made it and the "
            "checker's reason, as recorded in the case's audit trail.",
        )
    )
    rows = [
        doc.header_row(
            words.translate("Report", "Date"),
            words.translate("Report", "Claim"),
            words.translate("Report", "Change"),
            words.translate("Report", "Reason"),
        )
    ]
    for change in digest.corrections:
        label = (
            words.translate("Report", "CORRECTION")
            if change.label == "CORRECTION"
            else words.translate("Report", "UPDATE")
        )
        rows.append(
            [
                doc.cell(
                    Seg(label, bold=True),
                    Seg(f"\n{words.short_date(change.at.date())}"),
                    Seg(
                        "\n" + words.translate("Report", "by {name}").format(name=change.actor),
                        italic=True,
                    ),
                ),
                doc.cell(_claim_text(doc, change.claim_id)),
                doc.cell(*_change_segs(doc, change.old, change.new)),
                doc.cell(change.reason.strip() or words.translate("Report", "No reason recorded.")),
            ]
        )
    doc.table([1.35, 2.6, 1.7, 3.0], rows)


def _claim_text(doc: ReportDocument, claim_id: int) -> str:
    words = doc.words
    for claim in doc.digest.dossier.claims:
        if claim.id == claim_id:
            number = words.number(doc.digest.claim_number(claim_id))
            return f"{number}. {clip(one_line(claim.text), 120)}"
    return words.translate("Report", "(claim {id}, since deleted)").format(
        id=words.number(claim_id)
    )


def _change_segs(doc: ReportDocument, old: str, new: str) -> list[Seg]:
    arrow = doc.words.translate("Report", " → ")
    return [*_status_segs(doc, old), Seg(arrow), *_status_segs(doc, new)]


def _status_segs(doc: ReportDocument, value: str) -> list[Seg]:
    try:
        status = parse_status(value)
    except ValueError:
        return [Seg(value)]
    style = STATUS_STYLES[status]
    return [
        Seg(f"{style.glyph} {status_letter(doc, status)} ", bold=True, colour=style.colour),
        Seg(status_name(doc, status)),
    ]


def sources(doc: ReportDocument) -> None:
    digest = doc.digest
    words = doc.words
    doc.heading(1, words.translate("Report", "Sources"))
    doc.heading(2, words.translate("Report", "Articles"))
    if not digest.articles:
        doc.para(words.translate("Report", "No articles are part of this case."))
    for number, article in enumerate(digest.articles, start=1):
        doc.para(*_reference(doc, number, article), indent_twips=0, space_after=100)
    doc.heading(2, words.translate("Report", "Actors"))
    if not digest.dossier.sources:
        doc.para(words.translate("Report", "No sources or actors are recorded."))
        return
    cited = Counter(m.source_id for m in digest.dossier.mentions if m.source_id is not None)
    rows = [
        doc.header_row(
            words.translate("Report", "Actor"),
            words.translate("Report", "Kind"),
            words.translate("Report", "Claims attributed"),
            words.translate("Report", "Quoted in"),
        )
    ]
    comma = words.translate("Report", ", ")
    for source in sorted(digest.dossier.sources, key=lambda s: s.name.casefold()):
        claims = digest.claims_of_source(source.id)
        numbers = comma.join(words.number(digest.claim_number(c.id)) for c in claims) or "—"
        times = cited.get(source.id, 0)
        rows.append(
            [
                doc.cell(Seg(source.name, bold=True)),
                doc.cell(kind_name(doc, source.kind)),
                doc.cell(numbers),
                doc.cell(words.translate("Report", "%n passage(s)", "", times)),
            ]
        )
    doc.table([2.6, 1.4, 1.6, 1.2], rows)


def _reference(doc: ReportDocument, number: int, article: ArticleRecord) -> list[Seg]:
    words = doc.words
    outlet = outlet_label(doc, doc.digest.outlet_of(article))
    segs = [Seg(f"[{words.number(number)}] ", bold=True), Seg(f"{outlet}. ", bold=True)]
    segs.append(Seg(f"“{one_line(article.title)}.” ", italic=True))
    if article.byline:
        segs.append(
            Seg(words.translate("Report", "By {byline}. ").format(byline=one_line(article.byline)))
        )
    segs.append(Seg(f"{words.long_date(article.published)}. "))
    if article.url:
        segs.append(Seg(article.url, url=article.url))
        segs.append(Seg(". "))
    if article.imported_at:
        accessed = words.translate("Report", "Accessed {date}.").format(
            date=words.long_date(article.imported_at)
        )
        segs.append(Seg(accessed, colour=GREY))
    return segs
