"""Overview sections: title block, contents, verdict table, matrix, method checks, methodology."""

from __future__ import annotations

from collections import Counter
from datetime import date

from workbench.core.palette import STANCE_STYLES, STATUS_STYLES
from workbench.core.records import ArticleRecord, ClaimRecord
from workbench.core.vocabulary import Stance, Status
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Cell, Para, Seg
from workbench.report.scale import BEST, RATING, WORST
from workbench.report.text import clip, long_date, one_line

TABLE_QUOTE = 220
TABLE_CLAIM = 600
MATRIX_COLUMNS = 6  # outlets per matrix table, so a column stays readable on a portrait page
WARNING_COLOUR = "#B35900"


def _articles_and_outlets(articles: list[ArticleRecord]) -> str:
    """ "5 articles from 3 outlets"; articles that name no outlet are said as such, not counted
    as outlets of their own."""
    named = {a.outlet.strip() for a in articles if a.outlet and a.outlet.strip()}
    unnamed = sum(1 for a in articles if not (a.outlet and a.outlet.strip()))
    said = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
    if not named:
        if not articles:
            return said
        return said + (", none naming its outlet" if len(articles) != 1 else " naming no outlet")
    said += f" from {len(named)} outlet{'s' if len(named) != 1 else ''}"
    if unnamed:
        said += f" ({unnamed} naming no outlet)"
    return said


def title_block(doc: ReportDocument, *, author: str, library: str, report_date: date) -> None:
    case = doc.digest.case
    doc.para(one_line(case.title) or f"Case {case.id}", style=doc.styles.title)
    doc.para("Fact-check verdict report", style=doc.styles.subtitle)
    if case.question.strip():
        doc.para(Seg("Question checked: ", bold=True), Seg(one_line(case.question)))
    verdict = one_line(case.verdict) or "No overall verdict has been recorded yet."
    doc.para(Seg("Verdict: ", bold=True, size=13), Seg(verdict, bold=True, size=13))
    if case.summary.strip():
        doc.para(case.summary.strip())
    counts = Counter(c.status for c in doc.digest.dossier.claims)
    tally = ", ".join(
        f"{counts[s]} {STATUS_STYLES[s].label.lower()}" for s in Status if counts.get(s)
    )
    claims = len(doc.digest.dossier.claims)
    doc.para(
        f"{claims} claim{'s' if claims != 1 else ''} checked ({tally or 'none marked'}) "
        f"across {_articles_and_outlets(doc.digest.articles)}."
    )
    reference = f"Case {case.id}" + (f" · library {library}" if library else "")
    rows = [
        ("Author", author or "—"),
        ("Date", long_date(report_date)),
        ("Reference", reference),
        ("Last change", long_date(case.updated_at) if case.updated_at else "—"),
    ]
    doc.table(
        [1, 4],
        [[doc.cell(Seg(k, bold=True), shade="#F2F2F2"), doc.cell(v)] for k, v in rows],
        header_rows=0,
    )


def status_cell(doc: ReportDocument, status: Status) -> Cell:
    style = STATUS_STYLES[status]
    return doc.cell(
        Seg(f"{style.glyph} {style.letter} ", bold=True, colour=style.colour),
        Seg(style.label, bold=True),
        shade=style.tint,
    )


def claims_table(doc: ReportDocument) -> None:
    digest = doc.digest
    doc.heading(1, "Verdicts at a glance", new_page=True)
    doc.para(
        "Each claim with its status, the source it is attributed to, the outlets that carry it "
        "and who denied it. Details for every claim follow in “Claims in detail”."
    )
    rows = [doc.header_row("#", "Claim", "Status", "Attributed to", "Carried by", "Denied by")]
    for claim in digest.dossier.claims:
        rows.append(
            [
                doc.cell(str(digest.claim_number(claim.id))),
                doc.cell(clip(one_line(claim.text), TABLE_CLAIM)),
                status_cell(doc, claim.status),
                doc.cell(*_attribution(doc, claim)),
                doc.cell_lines(_carriers(doc, claim) or [[Seg("—")]]),
                doc.cell_lines(_deniers(doc, claim) or [[Seg("—")]]),
            ]
        )
    doc.table([0.35, 2.6, 1.15, 1.3, 1.9, 2.1], rows)


def _attribution(doc: ReportDocument, claim: ClaimRecord) -> list[Seg]:
    source = doc.digest.attributed(claim)
    if source is None:
        return [Seg("Not attributed")]
    return [Seg(source.name), Seg(f" ({source.kind.value})", colour="#555555")]


def _carriers(doc: ReportDocument, claim: ClaimRecord) -> list[list[Seg]]:
    lines = []
    asserting = {m.article_id for m in doc.digest.by_stance(claim.id, Stance.ASSERTS)}
    for article in doc.digest.carriers(claim.id):
        how = "asserts" if article.id in asserting else "relays"
        lines.append(
            [
                Seg(doc.digest.outlet_of(article)),
                Seg(f", {short_date(article.published)} ", colour="#555555"),
                Seg(how, italic=True, colour="#555555"),
            ]
        )
    return lines


def _deniers(doc: ReportDocument, claim: ClaimRecord) -> list[list[Seg]]:
    """Who denied the claim and where, once per denier: the passages are quoted in the claim's own
    section, so the table stays a table however many denials a claim draws."""
    where: dict[str, list[str]] = {}
    for mention in doc.digest.by_stance(claim.id, Stance.DENIES):
        article = doc.digest.article(mention.article_id)
        source = doc.digest.source(mention.source_id)
        who = source.name if source else "Unnamed"
        place = f"{doc.digest.outlet_of(article)}, {short_date(article.published)}"
        places = where.setdefault(who, [])
        if place not in places:
            places.append(place)
    return [
        [Seg(who, bold=True), Seg(f" ({'; '.join(places)})", colour="#555555")]
        for who, places in where.items()
    ]


def short_date(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else "undated"


def matrix(doc: ReportDocument) -> None:
    digest = doc.digest
    doc.heading(1, "Claims and outlets")
    doc.para(
        "One row per claim, one column per outlet: whether the outlet asserts the claim with its "
        "own source, relays another outlet's report, carries a denial, reports a refusal to "
        "comment, or does not carry it (—)."
    )
    outlets = digest.outlets
    if not outlets:
        doc.para("No articles are part of this case yet.")
        return
    for start in range(0, len(outlets), MATRIX_COLUMNS):
        chunk = outlets[start : start + MATRIX_COLUMNS]
        if len(outlets) > MATRIX_COLUMNS:
            label = f"Outlets {start + 1}–{start + len(chunk)} of {len(outlets)}"
            doc.para(Seg(label, italic=True), keep_next=True)
        rows = [[doc.cell(Seg("Claim", bold=True))] + [doc.cell(Seg(o, bold=True)) for o in chunk]]
        for claim in digest.dossier.claims:
            found = digest.matrix_row(claim.id)
            style = STATUS_STYLES[claim.status]
            row = [
                doc.cell(
                    Seg(f"{digest.claim_number(claim.id)}. ", bold=True),
                    Seg(f"{style.glyph} ", colour=style.colour),
                    Seg(clip(one_line(claim.text), 90)),
                )
            ]
            for outlet in chunk:
                stances = found.get(outlet, [])
                shown = " / ".join(STANCE_STYLES[s].label for s in stances)
                shade = STANCE_STYLES[stances[0]].tint if stances else None
                row.append(doc.cell(shown or STANCE_STYLES[None].label, shade=shade))
            rows.append(row)
        doc.table([3.2] + [1.0] * len(chunk), rows)


def method_checks(doc: ReportDocument) -> None:
    digest = doc.digest
    doc.heading(1, "Method checks")
    if not digest.warnings:
        doc.para("Every claim passes the method checks.")
        return
    doc.para(
        f"{len(digest.warnings)} point{'s' if len(digest.warnings) != 1 else ''} for the editor "
        "to settle before publication. The workbench shows the same warnings beside each claim."
    )
    for warning in digest.warnings:
        where = (
            f"Claim {digest.claim_number(warning.claim_id)}"
            if warning.claim_id is not None
            else "Case"
        )
        message = warning.message
        if warning.claim_id is not None:
            message = message.replace(f"Claim {warning.claim_id}", where, 1)
        doc.para(
            Seg("⚠ ", colour=WARNING_COLOUR),
            Seg(message),
            Seg(f"  [{warning.code}]", colour="#777777", size=8),
            indent_twips=240,
        )


def methodology(doc: ReportDocument) -> None:
    doc.heading(1, "Methodology")
    lines: list[Para] = [
        Para([Seg("How each claim is rated", bold=True, size=11)], style=doc.styles.table_text),
    ]
    for status in sorted(Status, key=lambda s: -RATING[s]):
        style = STATUS_STYLES[status]
        lines.append(
            Para(
                [
                    Seg(f"{style.glyph} {style.letter} ", bold=True, colour=style.colour),
                    Seg(f"{style.label} ({RATING[status]}/{BEST}). ", bold=True),
                    Seg(status.meaning),
                ],
                style=doc.styles.table_text,
                space_after=80,
            )
        )
    explanation = (
        f"Rating scale: the four statuses rank how well the record supports a claim, from "
        f"{WORST} (denied by a body or person with standing) to {BEST} (resting on a source the "
        "outlet itself cites). The number is the one published in ClaimReview data; the status "
        "name is the verdict. Colours are chosen to stay distinct for colour-blind readers, and "
        "every status also carries a letter and a shape so it reads in black and white."
    )
    stances = (
        "In the claim and outlet table, “asserts” means the outlet gives the claim on its own "
        "source, “relays” that it repeats another outlet's report, “denies” that it carries a "
        "denial, “no comment” that it reports a refusal to comment, and “—” that it does not "
        "carry the claim."
    )
    checks = (
        "Method checks flag claims marked sourced that rest on a single source (two independent "
        "sources are required), denials without a date or a named body, claims quoted from no "
        "article, and relayed claims whose original report is not in the case."
    )
    for text in (explanation, stances, checks):
        lines.append(Para([Seg(text)], style=doc.styles.table_text, space_after=80))
    doc.table([1.0], [[Cell(lines, shade="#F3F5F8")]], header_rows=0)
