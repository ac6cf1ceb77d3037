"""A claim's structure from its marked mentions: who first said it, who relayed it (citing whom),
who denied it and who declined to comment.

The claim pane, the who-relayed-whom map and the report all read this one derivation, so they never
tell a different story about the same claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from workbench.core.records import ArticleRecord, CaseDossier, MentionRecord, SourceRecord
from workbench.core.vocabulary import SourceKind, Stance


@dataclass(frozen=True)
class Origin:
    """The first outlet or source to report the claim.

    `article_id` is the case's own article of it; None when the articles only name it (a relayed
    outlet with no article in the case, or a source the relays cite).
    """

    name: str
    article_id: int | None
    published: date | None = None
    cites: str | None = None  # the source the original report itself names, if any
    cites_id: int | None = None
    source_id: int | None = None  # the source record when the origin is named, not in the case
    kind: SourceKind | None = None

    @property
    def in_case(self) -> bool:
        return self.article_id is not None


@dataclass(frozen=True)
class Carrier:
    """One article carrying the claim: a relay, a further first-hand report, a denial or a
    refusal. `actor` is whom it cites (relays, reports) or who denies or declines (answers)."""

    mention_id: int
    article_id: int
    outlet: str
    published: date | None
    actor: str | None
    quote: str
    source_id: int | None = None


@dataclass(frozen=True)
class ClaimStructure:
    claim_id: int
    origin: Origin | None
    reports: tuple[Carrier, ...]  # other articles asserting it first-hand, after the origin
    relays: tuple[Carrier, ...]
    denials: tuple[Carrier, ...]
    refusals: tuple[Carrier, ...]

    @property
    def empty(self) -> bool:
        return self.origin is None and not (
            self.reports or self.relays or self.denials or self.refusals
        )


def claim_structure(dossier: CaseDossier, claim_id: int) -> ClaimStructure:
    """Origin → relays → denials and refusals of one claim, read from the mentions as marked."""
    claim = next((c for c in dossier.claims if c.id == claim_id), None)
    claim_source = dossier.source(claim.source_id) if claim else None
    articles = {a.id: a for a in dossier.articles}
    mentions = sorted(
        (m for m in dossier.mentions_of(claim_id) if m.article_id in articles),
        key=lambda m: (*publication_order(articles[m.article_id]), m.start, m.id),
    )

    def carrier(mention: MentionRecord, actor: SourceRecord | None) -> Carrier:
        article = articles[mention.article_id]
        return Carrier(
            mention.id,
            article.id,
            outlet_name(article),
            article.published,
            actor.name if actor else None,
            mention.quote,
            actor.id if actor else None,
        )

    answering = {m.source_id for m in mentions if m.stance in (Stance.DENIES, Stance.NO_COMMENT)}
    if claim_source is not None and claim_source.id in answering:
        claim_source = None  # a claim attributed to its denier: the denier reported nothing
    asserting = _once_per_article([m for m in mentions if m.stance is Stance.ASSERTS])
    relaying = _once_per_article([m for m in mentions if m.stance is Stance.RELAYS])
    first_hand = [
        carrier(m, _cited(dossier, m, articles[m.article_id], claim_source)) for m in asserting
    ]
    relays = tuple(carrier(m, dossier.source(m.source_id)) for m in relaying)
    origin: Origin | None = None
    reports: tuple[Carrier, ...] = ()
    if first_hand:
        lead = first_hand[0]
        origin = Origin(
            lead.outlet, lead.article_id, lead.published, lead.actor, cites_id=lead.source_id
        )
        reports = tuple(first_hand[1:])
    elif relays:
        every_relay = [m for m in mentions if m.stance is Stance.RELAYS]
        origin = _cited_origin(dossier, every_relay, articles)
    return ClaimStructure(
        claim_id,
        origin,
        reports,
        relays,
        _answers(dossier, mentions, Stance.DENIES, carrier),
        _answers(dossier, mentions, Stance.NO_COMMENT, carrier),
    )


def publication_order(article: ArticleRecord) -> tuple[bool, date, int]:
    """Earliest first, undated articles last, the import order breaking ties."""
    return (article.published is None, article.published or date.min, article.id)


def outlet_name(article: ArticleRecord) -> str:
    return (article.outlet or "").strip() or f"article {article.id}"


def same_name(a: str | None, b: str | None) -> bool:
    """True when one name's words are all in the other ("the Chronicle" / "The Northern
    Chronicle")."""
    wa, wb = _name_words(a or ""), _name_words(b or "")
    return bool(wa and wb) and (wa <= wb or wb <= wa)


_POSSESSIVE = re.compile(r"['’]s\b")
_PUNCTUATION = re.compile(r"[^\w\s]")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    text = _PUNCTUATION.sub(" ", _POSSESSIVE.sub("", name.lower()))
    return frozenset(w for w in text.split() if w not in ("the", "a", "an"))


def _once_per_article(mentions: list[MentionRecord]) -> list[MentionRecord]:
    seen: set[int] = set()
    kept = []
    for mention in mentions:
        if mention.article_id not in seen:
            seen.add(mention.article_id)
            kept.append(mention)
    return kept


def _cited(
    dossier: CaseDossier,
    mention: MentionRecord,
    article: ArticleRecord,
    claim_source: SourceRecord | None,
) -> SourceRecord | None:
    """Whom a first-hand report names: its own source, else the claim's, never its own outlet."""
    source = dossier.source(mention.source_id) or claim_source
    if source is not None and same_name(source.name, article.outlet):
        return None
    return source


def _cited_origin(
    dossier: CaseDossier, relaying: list[MentionRecord], articles: dict[int, ArticleRecord]
) -> Origin | None:
    """With no first-hand report marked, the origin is what the relays cite, most cited first."""
    cited = [dossier.source(m.source_id) for m in relaying]
    named = [s for s in cited if s is not None]
    # an outlet named by a relay says more about where a report began than "unnamed reports"
    named = [s for s in named if s.kind is SourceKind.OUTLET] or named
    if not named:
        return None
    # "the Guardian", "a report from the Guardian" and "The Guardian" are one outlet cited thrice
    counts = Counter(next(o.id for o in named if same_name(o.name, s.name)) for s in named)
    # most cited wins; among equals, the one the earliest relay cites; the shortest name shows it
    best = max(
        named,
        key=lambda s: (
            counts[next(o.id for o in named if same_name(o.name, s.name))],
            -named.index(s),
        ),
    )
    source = min((s for s in named if same_name(s.name, best.name)), key=lambda s: len(s.name))
    if source.kind is SourceKind.OUTLET:
        own = sorted(
            (a for a in articles.values() if same_name(a.outlet, source.name)),
            key=publication_order,
        )
        relayers = {m.article_id for m in relaying}
        own = [a for a in own if a.id not in relayers]
        if own:
            return Origin(outlet_name(own[0]), own[0].id, own[0].published)
    return Origin(source.name, None, None, source_id=source.id, kind=source.kind)


def _answers(
    dossier: CaseDossier,
    mentions: list[MentionRecord],
    stance: Stance,
    carrier: Callable[[MentionRecord, SourceRecord | None], Carrier],
) -> tuple[Carrier, ...]:
    """Denials or refusals, once per actor and article: two outlets carrying one denial are two
    lines, one article quoting the denier twice is one."""
    seen: set[tuple[int, int | None]] = set()
    found = []
    for mention in mentions:
        if mention.stance is not stance:
            continue
        key = (mention.article_id, mention.source_id)
        if key not in seen:
            seen.add(key)
            found.append(carrier(mention, dossier.source(mention.source_id)))
    return tuple(found)


def describe(structure: ClaimStructure) -> list[tuple[str, str]]:
    """The structure as (heading, line) pairs in reading order, for the pane, the report and the
    command line: "Origin", "Relayed by", "Also reported by", "Denied by", "No comment from"."""
    lines: list[tuple[str, str]] = []
    origin = structure.origin
    if origin is None:
        lines.append(("Origin", "unknown: no article in the case reports it first-hand"))
    else:
        where = _when(origin.published) if origin.in_case else "not in the case"
        cites = f", citing {_name(origin.cites)}" if origin.cites else ""
        lines.append(("Origin", f"{_name(origin.name)} ({where}){cites}"))
    for item in structure.reports:
        cites = f", citing {_name(item.actor)}" if item.actor else ""
        lines.append(("Also reported by", f"{_at(item)}{cites}"))
    for item in structure.relays:
        cites = f"citing {_name(item.actor)}" if item.actor else "citing no one by name"
        lines.append(("Relayed by", f"{_at(item)}, {cites}"))
    for item in structure.denials:
        who = item.actor or "an unnamed actor"
        lines.append(("Denied by", f"{_name(who)}, in {_at(item)}"))
    for item in structure.refusals:
        who = item.actor or "an unnamed actor"
        lines.append(("No comment from", f"{_name(who)}, in {_at(item)}"))
    return lines


_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def _name(text: str) -> str:
    """A right-to-left name followed by a left-to-right mark, so the date after it stays put."""
    return text + "\u200e" if _RTL.search(text) else text


def _at(item: Carrier) -> str:
    return f"{_name(item.outlet)} ({_when(item.published)})"


def _when(value: date | None) -> str:
    return value.isoformat() if value else "undated"
