"""Overview sections: title block, contents, verdict table, matrix, method checks, methodology."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from workbench.core import checks
from workbench.core.checks import MethodWarning
from workbench.core.palette import STANCE_STYLES, STATUS_STYLES
from workbench.core.records import ArticleRecord, ClaimRecord
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.report.document import ReportDocument
from workbench.report.docx_tools import Cell, Para, Seg
from workbench.report.scale import BEST, RATING, WORST
from workbench.report.text import clip, one_line

TABLE_QUOTE = 220
TABLE_CLAIM = 600
MATRIX_COLUMNS = 6  # outlets per matrix table, so a column stays readable on a portrait page
WARNING_COLOUR = "#B35900"
NO_OUTLET = re.compile(r"Article (\d+) \(no outlet\)")  # the digest's name for such an article


def status_name(doc: ReportDocument, status: Status) -> str:
    """A status's name in the report's language."""
    words = doc.words
    names = {
        Status.SOURCED: words.translate("Vocabulary", "Sourced"),
        Status.RELAYED: words.translate("Vocabulary", "Relayed"),
        Status.DENIED: words.translate("Vocabulary", "Denied"),
        Status.UNVERIFIED: words.translate("Vocabulary", "Unverified"),
    }
    return names[Status(status)]


def status_letter(doc: ReportDocument, status: Status) -> str:
    """The letter beside a status's shape, the status's initial in the report's language."""
    words = doc.words
    letters = {
        Status.SOURCED: words.translate("Vocabulary", "S", "letter on the mark of a sourced claim"),
        Status.RELAYED: words.translate("Vocabulary", "R", "letter on the mark of a relayed claim"),
        Status.DENIED: words.translate("Vocabulary", "D", "letter on the mark of a denied claim"),
        Status.UNVERIFIED: words.translate(
            "Vocabulary", "U", "letter on the mark of an unverified claim"
        ),
    }
    return letters[Status(status)]


def status_meaning(doc: ReportDocument, status: Status) -> str:
    words = doc.words
    meanings = {
        Status.SOURCED: words.translate(
            "Vocabulary",
            "The claim rests on a named or first-hand source that the outlet itself cites.",
        ),
        Status.RELAYED: words.translate(
            "Vocabulary",
            "The outlet only repeats another outlet's report without a source of its own.",
        ),
        Status.DENIED: words.translate(
            "Vocabulary", "A named body or person with standing has publicly denied the claim."
        ),
        Status.UNVERIFIED: words.translate(
            "Vocabulary", "Nothing yet confirms or refutes the claim; it stands as reported."
        ),
    }
    return meanings[Status(status)]


def stance_name(doc: ReportDocument, stance: Stance | None) -> str:
    """A cell of the claim × outlet matrix: the stance, or "—" for an outlet that is absent."""
    if stance is None:
        return "—"
    words = doc.words
    names = {
        Stance.ASSERTS: words.translate("Vocabulary", "asserts"),
        Stance.RELAYS: words.translate("Vocabulary", "relays"),
        Stance.DENIES: words.translate("Vocabulary", "denies"),
        Stance.NO_COMMENT: words.translate("Vocabulary", "no comment"),
    }
    return names[Stance(stance)]


def kind_name(doc: ReportDocument, kind: SourceKind) -> str:
    words = doc.words
    names = {
        SourceKind.OUTLET: words.translate("Vocabulary", "outlet"),
        SourceKind.OFFICIAL: words.translate("Vocabulary", "official body"),
        SourceKind.PERSON: words.translate("Vocabulary", "named person"),
        SourceKind.ANONYMOUS: words.translate("Vocabulary", "anonymous source"),
        SourceKind.OTHER: words.translate("Vocabulary", "other"),
    }
    return names[SourceKind(kind)]


def outlet_label(doc: ReportDocument, outlet: str) -> str:
    """An outlet's name; an article with none is named by its number in the report's language."""
    unnamed = NO_OUTLET.fullmatch(outlet)
    if unnamed is None:
        return outlet
    return doc.words.translate("Report", "Article {id} (no outlet)").format(
        id=doc.words.number(unnamed.group(1))
    )


def _articles_and_outlets(doc: ReportDocument, articles: list[ArticleRecord]) -> str:
    """ "5 articles from 3 outlets"; articles that name no outlet are said as such, not counted
    as outlets of their own."""
    words = doc.words
    named = {a.outlet.strip() for a in articles if a.outlet and a.outlet.strip()}
    unnamed = sum(1 for a in articles if not (a.outlet and a.outlet.strip()))
    total, outlets = len(articles), len(named)
    said = words.translate("Report", "%n article(s)", "", total)
    if not named:
        if not articles:
            return said
        return words.translate("Report", "%n article(s), none naming its outlet", "", total)
    said += words.translate("Report", " from %n outlet(s)", "", outlets)
    if unnamed:
        said += words.translate("Report", " (%n naming no outlet)", "", unnamed)
    return said


def title_block(doc: ReportDocument, *, author: str, library: str, report_date: date) -> None:
    case = doc.digest.case
    words = doc.words
    title = one_line(case.title) or words.translate("Report", "Case {id}").format(id=case.id)
    doc.para(title, style=doc.styles.title)
    doc.para(words.translate("Report", "Fact-check verdict report"), style=doc.styles.subtitle)
    if case.question.strip():
        doc.para(
            Seg(words.translate("Report", "Question checked: "), bold=True),
            Seg(one_line(case.question)),
        )
    verdict = one_line(case.verdict) or words.translate(
        "Report", "No overall verdict has been recorded yet."
    )
    doc.para(
        Seg(words.translate("Report", "Verdict: "), bold=True, size=13),
        Seg(verdict, bold=True, size=13),
    )
    if case.summary.strip():
        doc.para(case.summary.strip())
    counts = Counter(c.status for c in doc.digest.dossier.claims)
    tally = words.translate("Report", ", ").join(
        f"{words.number(counts[s])} {status_name(doc, s).lower()}" for s in Status if counts.get(s)
    )
    claims = len(doc.digest.dossier.claims)
    doc.para(
        words.translate("Report", "%n claim(s) checked ({tally}) ", "", claims).format(
            tally=tally or words.translate("Report", "none marked")
        )
        + words.translate("Report", "across {articles}.").format(
            articles=_articles_and_outlets(doc, doc.digest.articles)
        )
    )
    reference = words.translate("Report", "Case {id}").format(id=words.number(case.id))
    if library:
        reference += words.translate("Report", " · library {path}").format(path=library)
    rows = [
        (words.translate("Report", "Author"), author or "—"),
        (words.translate("Report", "Date"), words.long_date(report_date)),
        (words.translate("Report", "Reference"), reference),
        (
            words.translate("Report", "Last change"),
            words.long_date(case.updated_at) if case.updated_at else "—",
        ),
    ]
    doc.table(
        [1, 4],
        [[doc.cell(Seg(k, bold=True), shade="#F2F2F2"), doc.cell(v)] for k, v in rows],
        header_rows=0,
    )


def status_cell(doc: ReportDocument, status: Status) -> Cell:
    style = STATUS_STYLES[status]
    return doc.cell(
        Seg(f"{style.glyph} {status_letter(doc, status)} ", bold=True, colour=style.colour),
        Seg(status_name(doc, status), bold=True),
        shade=style.tint,
    )


def claims_table(doc: ReportDocument) -> None:
    digest = doc.digest
    words = doc.words
    doc.heading(1, words.translate("Report", "Verdicts at a glance"), new_page=True)
    doc.para(
        words.translate(
            "Report",
            "Each claim with its status, the source it is attributed to, the outlets that carry "
            "it and who denied it. Details for every claim follow in “Claims in detail”.",
        )
    )
    rows = [
        doc.header_row(
            "#",
            words.translate("Report", "Claim"),
            words.translate("Report", "Status"),
            words.translate("Report", "Attributed to"),
            words.translate("Report", "Carried by"),
            words.translate("Report", "Denied by"),
        )
    ]
    for claim in digest.dossier.claims:
        rows.append(
            [
                doc.cell(words.number(digest.claim_number(claim.id))),
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
        return [Seg(doc.words.translate("Report", "Not attributed"))]
    return [Seg(source.name), Seg(f" ({kind_name(doc, source.kind)})", colour="#555555")]


def _carriers(doc: ReportDocument, claim: ClaimRecord) -> list[list[Seg]]:
    lines = []
    asserting = {m.article_id for m in doc.digest.by_stance(claim.id, Stance.ASSERTS)}
    for article in doc.digest.carriers(claim.id):
        how = stance_name(doc, Stance.ASSERTS if article.id in asserting else Stance.RELAYS)
        comma = doc.words.translate("Report", ", ")
        lines.append(
            [
                Seg(outlet_label(doc, doc.digest.outlet_of(article))),
                Seg(f"{comma}{doc.words.short_date(article.published)} ", colour="#555555"),
                Seg(how, italic=True, colour="#555555"),
            ]
        )
    return lines


def _deniers(doc: ReportDocument, claim: ClaimRecord) -> list[list[Seg]]:
    """Who denied the claim and where, once per denier: the passages are quoted in the claim's own
    section, so the table stays a table however many denials a claim draws."""
    words = doc.words
    comma = words.translate("Report", ", ")
    where: dict[str, list[str]] = {}
    for mention in doc.digest.by_stance(claim.id, Stance.DENIES):
        article = doc.digest.article(mention.article_id)
        source = doc.digest.source(mention.source_id)
        who = source.name if source else words.translate("Report", "Unnamed")
        outlet = outlet_label(doc, doc.digest.outlet_of(article))
        place = f"{outlet}{comma}{words.short_date(article.published)}"
        places = where.setdefault(who, [])
        if place not in places:
            places.append(place)
    semicolon = words.translate("Report", "; ")
    return [
        [Seg(who, bold=True), Seg(f" ({semicolon.join(places)})", colour="#555555")]
        for who, places in where.items()
    ]


def matrix(doc: ReportDocument) -> None:
    digest = doc.digest
    words = doc.words
    doc.heading(1, words.translate("Report", "Claims and outlets"))
    doc.para(
        words.translate(
            "Report",
            "One row per claim, one column per outlet: whether the outlet asserts the claim with "
            "its own source, relays another outlet's report, carries a denial, reports a refusal "
            "to comment, or does not carry it (—).",
        )
    )
    outlets = digest.outlets
    if not outlets:
        doc.para(words.translate("Report", "No articles are part of this case yet."))
        return
    for start in range(0, len(outlets), MATRIX_COLUMNS):
        chunk = outlets[start : start + MATRIX_COLUMNS]
        if len(outlets) > MATRIX_COLUMNS:
            label = words.translate("Report", "Outlets {first}–{last} of {total}").format(
                first=words.number(start + 1),
                last=words.number(start + len(chunk)),
                total=words.number(len(outlets)),
            )
            doc.para(Seg(label, italic=True), keep_next=True)
        claim_heading = doc.cell(Seg(words.translate("Report", "Claim"), bold=True))
        rows = [[claim_heading] + [doc.cell(Seg(outlet_label(doc, o), bold=True)) for o in chunk]]
        for claim in digest.dossier.claims:
            found = digest.matrix_row(claim.id)
            style = STATUS_STYLES[claim.status]
            row = [
                doc.cell(
                    Seg(f"{words.number(digest.claim_number(claim.id))}. ", bold=True),
                    Seg(f"{style.glyph} ", colour=style.colour),
                    Seg(clip(one_line(claim.text), 90)),
                )
            ]
            for outlet in chunk:
                stances = found.get(outlet, [])
                shown = " / ".join(stance_name(doc, s) for s in stances)
                shade = STANCE_STYLES[stances[0]].tint if stances else None
                row.append(doc.cell(shown or stance_name(doc, None), shade=shade))
            rows.append(row)
        doc.table([3.2] + [1.0] * len(chunk), rows)


def method_checks(doc: ReportDocument) -> None:
    digest = doc.digest
    words = doc.words
    doc.heading(1, words.translate("Report", "Method checks"))
    if not digest.warnings:
        doc.para(words.translate("Report", "Every claim passes the method checks."))
        return
    points = len(digest.warnings)
    doc.para(
        words.translate(
            "Report",
            "%n point(s) for the editor to settle before publication. The workbench shows the "
            "same warnings beside each claim.",
            "",
            points,
        )
    )
    for warning in digest.warnings:
        doc.para(
            Seg("⚠ ", colour=WARNING_COLOUR),
            Seg(check_message(doc, warning)),
            Seg(f"  [{warning.code}]", colour="#777777", size=8),
            indent_twips=240,
        )


def check_message(doc: ReportDocument, warning: MethodWarning) -> str:
    """A method check's warning in the report's language, with the claim's number in the report."""
    words = doc.words
    claim = (
        words.number(doc.digest.claim_number(warning.claim_id))
        if warning.claim_id is not None
        else ""
    )
    messages = {
        checks.NO_VERDICT: words.translate("Checks", "The case has no overall verdict yet."),
        checks.NO_MENTION: words.translate(
            "Checks", "Claim {claim} is not quoted from any article in the case."
        ),
        checks.SINGLE_SOURCE: words.translate(
            "Checks",
            "Claim {claim} is marked sourced but rests on a single source; "
            "the two-independent-sources rule is not met.",
        )
        if warning.sources
        else words.translate(
            "Checks",
            "Claim {claim} is marked sourced but no article asserts it with its own source.",
        ),
        checks.ORIGINAL_MISSING: words.translate(
            "Checks", "Claim {claim} is only relayed: the original report is not in the case."
        ),
        checks.DENIAL_MISSING: words.translate(
            "Checks",
            "Claim {claim} is marked denied but no article in the case carries the denial.",
        ),
        checks.DENIAL_UNNAMED: words.translate(
            "Checks", "Claim {claim}: the denial carried by {where} names no body or person."
        ),
        checks.DENIAL_UNDATED: words.translate(
            "Checks", "Claim {claim}: the denial carried by {where} has no date."
        ),
    }
    found = messages.get(warning.code)
    if found is None:
        return warning.message
    return found.format(claim=claim, where=warning.where)


def methodology(doc: ReportDocument) -> None:
    words = doc.words
    doc.heading(1, words.translate("Report", "Methodology"))
    heading = words.translate("Report", "How each claim is rated")
    lines: list[Para] = [
        Para([Seg(heading, bold=True, size=11)], style=doc.styles.table_text),
    ]
    for status in sorted(Status, key=lambda s: -RATING[s]):
        style = STATUS_STYLES[status]
        letter = status_letter(doc, status)
        score = words.translate("Report", "{status} ({rating}/{best}). ").format(
            status=status_name(doc, status),
            rating=words.number(RATING[status]),
            best=words.number(BEST),
        )
        lines.append(
            Para(
                [
                    Seg(
                        f"{style.glyph} {letter} ",
                        bold=True,
                        colour=style.colour,
                    ),
                    Seg(score, bold=True),
                    Seg(status_meaning(doc, status)),
                ],
                style=doc.styles.table_text,
                space_after=80,
            )
        )
    explanation = words.translate(
        "Report",
        "Rating scale: the four statuses rank how well the record supports a claim, from "
        "{worst} (denied by a body or person with standing) to {best} (resting on a source the "
        "outlet itself cites). The number is the one published in ClaimReview data; the status "
        "name is the verdict. Colours are chosen to stay distinct for colour-blind readers, and "
        "every status also carries a letter and a shape so it reads in black and white.",
    ).format(worst=words.number(WORST), best=words.number(BEST))
    stances = words.translate(
        "Report",
        "In the claim and outlet table, “asserts” means the outlet gives the claim on its own "
        "source, “relays” that it repeats another outlet's report, “denies” that it carries a "
        "denial, “no comment” that it reports a refusal to comment, and “—” that it does not "
        "carry the claim.",
    )
    checks_text = words.translate(
        "Report",
        "Method checks flag claims marked sourced that rest on a single source (two independent "
        "sources are required), denials without a date or a named body, claims quoted from no "
        "article, and relayed claims whose original report is not in the case.",
    )
    for text in (explanation, stances, checks_text):
        lines.append(Para([Seg(text)], style=doc.styles.table_text, space_after=80))
    doc.table([1.0], [[Cell(lines, shade="#F3F5F8")]], header_rows=0)
