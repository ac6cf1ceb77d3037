"""Claim candidates: the sentences of an article that attribute, deny or decline, with a suggestion.

Every candidate is only a proposal: the cue, the source and the suggested stance and status come
with a
one-line reason the user can read before accepting, editing or rejecting it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.assist import arabic, cues, english, headlines, rebuttal
from workbench.assist.english import Attribution, Reading
from workbench.assist.hedges import (
    OUTLET_TAIL,
    SHOW_TAIL,
    SOURCE_COLON,
    STRONG_HEDGE_EN,
    debunks,
    hedged,
)
from workbench.assist.sentences import inside_quote, quoted_ranges, split_sentences
from workbench.assist.sources import ActorMemory, classify, is_arabic, same_actor
from workbench.assist.stance_model import rule_of, stance_model
from workbench.core.vocabulary import SourceKind, Status

ASSERTS = "asserts"
RELAYS = "relays"
DENIES = "denies"
NO_COMMENT = "no comment"
STANCES = (ASSERTS, RELAYS, DENIES, NO_COMMENT)

_STATUS_OF = {
    ASSERTS: Status.SOURCED,
    RELAYS: Status.RELAYED,
    DENIES: Status.DENIED,
    NO_COMMENT: Status.UNVERIFIED,
}
_INTRODUCER = re.compile(r"^(?P<src>[A-Z][\w'’.\- ]{1,60}?)\s+(?:reports|reported|writes|wrote):$")
_MIN_WORDS = 3
# The stance model overrides the rules' "asserts" only when it is this sure of a debunk.
_DEBUNK_CONFIDENCE = 0.6
_UNNAMED = "unnamed reports"


@dataclass(frozen=True)
class Candidate:
    """One proposed claim mention: where it is, who it is attributed to, and what to mark it."""

    start: int
    end: int
    sentence: str
    claim: str
    source: str | None
    source_kind: SourceKind | None
    cue: str
    stance: str  # "asserts" | "relays" | "denies" | "no comment"
    suggested_status: Status
    reason: str

    def to_json(self) -> dict:
        return {
            "span": [self.start, self.end],
            "sentence": self.sentence,
            "claim": self.claim,
            "source": self.source,
            "source_kind": self.source_kind.value if self.source_kind else None,
            "cue": self.cue,
            "stance": self.stance,
            "suggested_status": self.suggested_status.value,
            "reason": self.reason,
        }


def detect_language(text: str) -> str:
    """ "ar" when Arabic letters outnumber Latin ones, else "en"."""
    arabic_letters = len(re.findall(r"[\u0600-\u06FF]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ar" if arabic_letters > latin else "en"


def extract_candidates(
    text: str,
    language: str | None = None,
    *,
    outlet: str | None = None,
    title: str | None = None,
) -> list[Candidate]:
    """Claim candidates in `text`, in reading order; `outlet` is the article's own outlet and
    `title` its headline, when known."""
    language = language if language in ("en", "ar") else detect_language(text)
    memory = ActorMemory()
    candidates: list[Candidate] = []
    introduced_by: str | None = None
    introducer_line = -1
    spans = split_sentences(text)
    layout = headlines.Layout(text, spans, title)
    last_count = 0
    pieces = _clauses(text, spans)
    clauses = set(pieces) - set(spans)  # parts of a sentence: prose, though unpunctuated
    for start, end in pieces:
        if len(candidates) == last_count:
            memory.speaker = None  # the sentence before named no speaker
        last_count = len(candidates)
        sentence = text[start:end]
        line = text.count("\n", 0, start)
        intro = _INTRODUCER.match(sentence)
        if intro:
            introduced_by, introducer_line = intro.group("src"), line
            memory.remember(introduced_by, SourceKind.OUTLET)
            continue
        headline = None if (start, end) in clauses else layout.headline(start, end)
        if headline is None and not ((start, end) in clauses or _is_prose(sentence)):
            memory.notice(sentence)
            continue
        if headline is False:
            continue  # furniture above the headline, a section label, a caption credit
        arabic_text = is_arabic(sentence)
        read = arabic.read_sentence if arabic_text else english.read_sentence
        reading = read(sentence, memory, outlet)
        if headline and arabic_text and reading and reading.kind == "attribution":
            reading = None  # a verb-first reading of a headline finds no speaker, only its subject
        if reading is None and introduced_by and line <= introducer_line + 2:
            reading = _introduced(sentence, introduced_by)
        memory.notice(sentence)
        if reading is None:
            if candidates and _continues_quote(text, candidates[-1], start, end):
                candidates[-1] = _extended(candidates[-1], text, end)
                continue
            if not headline:
                continue
            candidate = _unattributed(start, end, sentence, outlet, arabic_text)
        else:
            candidate = _decide(reading, start, end, sentence, outlet)
            candidate = _weighed(candidate, reading, sentence, outlet, bool(headline), arabic_text)
            if candidate.stance == ASSERTS and rebuttal.is_rebuttal(
                candidate.claim, candidate.source, candidate.cue, text, sentence
            ):
                candidate = replace(
                    candidate,
                    stance=DENIES,
                    suggested_status=Status.DENIED,
                    reason=_reason(DENIES, candidate.source, candidate.source_kind, outlet)
                    + " (answers the allegation by asserting the opposite)",
                )
        if candidate.stance == ASSERTS and _judges_the_report(candidate, outlet):
            candidate = _restanced(candidate, DENIES, outlet, " (a verdict on the report itself)")
        if headline:
            candidate = replace(candidate, claim=headlines.claim_wording(candidate.claim))
        candidates.append(candidate)
        if candidate.source and candidate.source_kind is not None:
            memory.remember(candidate.source, candidate.source_kind)
            memory.speaker = (candidate.source, candidate.source_kind)
    return candidates


_VERDICT_ON_REPORT = re.compile(
    r"^(?:the\s+)?(?:content\s+of\s+the\s+|whole\s+)?(?:report|reports|allegations?|accusations?"
    r"|claims?|story|stories|article)\b(?:\s+[\w'’\"“”]+){0,8}?\s+(?:as|is|was|are|were"
    r"|constitutes?|represents?|amounts?\s+to)\b",
    re.IGNORECASE,
)
_UPHELD = re.compile(r"\b(?:accurate|correct|credible|true|confirmed|right|reliable)\b", re.I)


def _judges_the_report(candidate: Candidate, own: str | None) -> bool:
    """ "The embassy described the report as an attempt to ...": a verdict on the allegation, from
    someone other than the outlet, that does not uphold it."""
    claim = candidate.claim.strip().strip("\"“”'")
    return (
        bool(_VERDICT_ON_REPORT.match(claim))
        and not _UPHELD.search(claim)
        and candidate.source is not None
        and not same_actor(candidate.source, own)
        and candidate.source_kind is not SourceKind.OUTLET
    )


_JOINER = re.compile(
    r",\s+(?:and\s+)?(?:at\s+the\s+same\s+time|while|whereas|meanwhile)\s*,?\s+|;\s+", re.IGNORECASE
)
_ANY_CUE = re.compile(
    "|".join(p.pattern for p in (cues.REFUSAL_EN, cues.DENIAL_EN, cues.SAY_EN)), re.IGNORECASE
)


def _clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with two clauses that each carry their own cue read apart ("X has not
    responded, at the same time Y denied the report")."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        sentence = text[start:end]
        joint = next(
            (
                m
                for m in _JOINER.finditer(sentence)
                if _ANY_CUE.search(sentence[: m.start()])
                and _ANY_CUE.search(sentence[m.end() :])
                and not inside_quote(m.start(), quoted_ranges(sentence))
            ),
            None,
        )
        if joint is None or len(sentence[: joint.start()].split()) < 4:
            result.append((start, end))
            continue
        result.append((start, start + joint.start()))
        result.append((start + joint.end(), end))
    return result


def _unattributed(
    start: int, end: int, sentence: str, own: str | None, arabic_text: bool
) -> Candidate:
    """A headline that names no source with a verb: the outlet's own statement, unless its wording
    names a source ("Ministry: ...", "..., documents show", "... -newspaper"), hedges (relayed from
    unnamed reports) or debunks (the outlet denies the claim)."""
    if arabic_text:
        stance, cue = arabic.stance_of(sentence), "headline"
    else:
        stance, cue = stance_model().predict(sentence).stance, "stance model"
        if stance == ASSERTS and STRONG_HEDGE_EN.search(sentence):
            stance = RELAYS
    source, kind = _named_in_headline(sentence)
    if source is not None and kind is SourceKind.OUTLET and stance == ASSERTS:
        stance = RELAYS
    if stance == RELAYS and source is None:
        source, kind = _UNNAMED, SourceKind.ANONYMOUS
    if source is None:
        source, kind = own, (SourceKind.OUTLET if own else None)
    if stance == RELAYS:
        status = Status.RELAYED if kind is SourceKind.OUTLET else Status.UNVERIFIED
        reason = (
            f"reported without taking a side, attributed to: {source}"
            if source != _UNNAMED
            else "reported without taking a side and without naming who reported it"
        )
    elif stance == DENIES:
        status = Status.DENIED
        reason = f"the claim is knocked down by: {source or 'the outlet itself'}"
    else:
        status = Status.SOURCED if source else Status.UNVERIFIED
        reason = f"stated by {source}" if source else "stated by the outlet itself"
    return Candidate(
        start=start,
        end=end,
        sentence=sentence,
        claim=sentence.strip(),
        source=source,
        source_kind=kind,
        cue=cue,
        stance=stance,
        suggested_status=status,
        reason=reason,
    )


def _named_in_headline(sentence: str) -> tuple[str | None, SourceKind | None]:
    """The source a headline names without a speech verb, if any."""
    line = sentence.strip()
    shown = SHOW_TAIL.search(line)
    if shown:
        return shown.group("src"), SourceKind.OTHER
    tail = OUTLET_TAIL.search(line)
    if tail:
        word = tail.group("src")
        return (
            (_UNNAMED, SourceKind.ANONYMOUS)
            if word.lower() == "report"
            else (
                word,
                SourceKind.OUTLET,
            )
        )
    colon = SOURCE_COLON.match(line)
    if colon and headlines.claim_wording(line) == line:
        name = colon.group("src").strip()
        if len(name.split()) <= 5:
            return name, classify(name)
    return None, None


def _weighed(
    candidate: Candidate,
    reading: Reading,
    sentence: str,
    own: str | None,
    headline: bool,
    arabic_text: bool,
) -> Candidate:
    """The rules' stance, corrected where the wording says otherwise: hedged reporting is a relay,
    and a debunk the model is sure of is a denial."""
    if arabic_text or candidate.stance in (DENIES, NO_COMMENT):
        return candidate
    rule = rule_of(
        reading.kind,
        [
            (a.source, a.kind is SourceKind.OUTLET and not same_actor(a.source, own))
            for a in reading.attributions
        ],
    )
    guess = stance_model().predict(sentence, rule)
    sure = guess.probability >= _DEBUNK_CONFIDENCE and debunks(sentence)
    if guess.stance == DENIES and (headline or sure):
        return _restanced(candidate, DENIES, own, " (its wording debunks the claim)")
    if candidate.stance == ASSERTS and (
        (headline and guess.stance == RELAYS)
        or (reading.kind != "attribution" and hedged(sentence))
    ):
        return _restanced(candidate, RELAYS, own, " (hedged: reported without taking a side)")
    return candidate


def _restanced(candidate: Candidate, stance: str, own: str | None, why: str) -> Candidate:
    source = candidate.source
    status = Status.UNVERIFIED if stance == RELAYS and source is None else _STATUS_OF[stance]
    if stance == RELAYS and source is not None and not _is_other_outlet(candidate, own):
        status = Status.UNVERIFIED
    return replace(
        candidate,
        stance=stance,
        suggested_status=status,
        reason=_reason(stance, source, candidate.source_kind, own) + why,
    )


def _is_other_outlet(candidate: Candidate, own: str | None) -> bool:
    return candidate.source_kind is SourceKind.OUTLET and not same_actor(candidate.source, own)


def _is_prose(sentence: str) -> bool:
    """Headlines, captions and menu lines carry no terminal punctuation; claims live in
    sentences."""
    if len(sentence.split()) < _MIN_WORDS:
        return False
    return sentence.rstrip()[-1] in ".!?؟\"'”’»):"


_OPENS_QUOTE = re.compile(r"^\s*[\"“«']")
_TAGGED_QUOTE = re.compile(r"[,?!][\"”»']\s+[^\"“”]{1,80}$")


def _continues_quote(text: str, previous: Candidate, start: int, end: int) -> bool:
    """A quotation carried on after its tag ("'We lost a season,' Brandt said. 'Nobody came.'")
    belongs to the speaker of the sentence just before it."""
    between = text[previous.end : start]
    if "\n" in between or between.strip():
        return False
    sentence = text[start:end]
    return bool(_OPENS_QUOTE.match(sentence)) and bool(_TAGGED_QUOTE.search(previous.sentence))


def _extended(candidate: Candidate, text: str, end: int) -> Candidate:
    return replace(candidate, end=end, sentence=text[candidate.start : end])


def _introduced(sentence: str, outlet: str) -> Reading:
    attribution = Attribution(outlet, SourceKind.OUTLET, "reports:", (0, 0), (0, 0))
    return Reading("attribution", "reports:", (attribution,), sentence.strip('"“”'))


def _decide(reading: Reading, start: int, end: int, sentence: str, own: str | None) -> Candidate:
    chosen, stance = _choose(reading, own)
    source = chosen.source if chosen else None
    kind = chosen.kind if chosen else None
    # a report nobody is named for cannot be called relayed from anyone
    status = Status.UNVERIFIED if stance == RELAYS and source is None else _STATUS_OF[stance]
    return Candidate(
        start=start,
        end=end,
        sentence=sentence,
        claim=reading.claim.strip() or sentence,
        source=source,
        source_kind=kind,
        cue=(chosen.cue if chosen and reading.kind == "attribution" else reading.cue),
        stance=stance,
        suggested_status=status,
        reason=_reason(stance, source, kind, own),
    )


def _choose(reading: Reading, own: str | None) -> tuple[Attribution | None, str]:
    """The attribution that decides the stance: a denier, else another outlet, else the first
    voice."""
    items = list(reading.attributions)
    others = [a for a in items if a.kind is SourceKind.OUTLET and not same_actor(a.source, own)]
    voices = [a for a in items if a.kind is not SourceKind.OUTLET]
    if reading.kind == "refusal":
        return next(iter(voices or items), None), NO_COMMENT
    if reading.kind == "denial":
        return next(iter(voices or items), None), DENIES
    if reading.kind == "unsourced":
        return None, RELAYS
    if others:
        return others[0], RELAYS
    return (voices or items)[0], ASSERTS


def _reason(stance: str, source: str | None, kind: SourceKind | None, own: str | None) -> str:
    who = source or "no one named"
    if stance == NO_COMMENT:
        return f"declined or did not answer a request for comment: {who}"
    if stance == DENIES:
        return f"denied by {kind.value if kind else 'an actor'}: {who}"
    if stance == RELAYS:
        if source is None:
            return "reported without naming who reported it"
        return f"attributed to another outlet: {who}"
    if kind is SourceKind.OUTLET and same_actor(source, own):
        return f"the outlet's own reporting: {who}"
    return f"attributed to a first-hand source ({kind.value if kind else 'unknown'}): {who}"
