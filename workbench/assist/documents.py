"""Claims that no one says aloud: documents that "show" something, and the outlet's own findings.

Reporters attribute to papers as often as to people ("trading records reviewed by the Review show",
"the emails describe"); the outlet that reviewed them decides whether the article reports first-hand
or relays. A sentence whose subject is the article's own outlet finding something is its own
reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.assist.sources import same_actor

_DOCUMENT_NOUNS = (
    r"(?:e-?mails?|documents?|records?|files?|minutes|messages?|letters?|filings?|invoices?"
    r"|contracts?|papers|logs?|recordings?|memos?|memoranda|spreadsheets?|transcripts?|ledgers?"
    r"|receipts?|texts?|cables?|notes)"
)
_DOCUMENT_VERBS = (
    r"(?:show|showed|shows|shown|describe|described|describes|reveal|revealed|reveals|indicate"
    r"|indicated|indicates|suggest|suggested|suggests|record|recorded|records|list|listed|lists"
    r"|detail|detailed|details|confirm|confirmed|confirms|mention|mentioned|mentions)"
)
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:(?:but|and|yet|however),?\s+)?"
    r"(?P<src>(?:(?:the|these|those|such)\s+)?(?:[\w'’\-]+\s+){0,3}?" + _DOCUMENT_NOUNS + r")"
    r"(?:\s*,?\s+(?:which\s+|that\s+)?(?:were\s+|was\s+)?(?:reviewed|seen|obtained|examined"
    r"|analy[sz]ed|inspected|published|leaked\s+to)\s+by\s+"
    r"(?P<by>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]*),?)?"
    r"\s+(?:also\s+|clearly\s+)?(?P<verb>" + _DOCUMENT_VERBS + r")\b",
    re.IGNORECASE,
)
_FINDING_VERBS = re.compile(
    r"\s+(?:could\s+(?:not\s+)?find|found|has\s+found|had\s+found|was\s+(?:un)?able\s+to\s+"
    r"(?:find|confirm|verify|establish)|could\s+not\s+(?:confirm|verify|establish)"
    r"|has\s+established|established|has\s+confirmed|has\s+identified|identified|counted"
    r"|has\s+counted|analysed|analyzed|examined|reviewed|has\s+reviewed|has\s+examined)\b",
)
_REVIEWED = re.compile(
    r"^(?:the\s+|these\s+|internal\s+|leaked\s+)*(?:[\w'’\-]+\s+){0,2}?"
    + _DOCUMENT_NOUNS
    + r"\s+(?:reviewed|seen|obtained|examined|analy[sz]ed)\s+by\s+"
    r"(?P<by>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]*)",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(r"^(?:(?:but|and|yet|however|separately),?\s+)", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentSource:
    """A document named as the subject of a showing verb, and the outlet that reviewed it."""

    phrase: str
    span: tuple[int, int]
    verb: str
    verb_span: tuple[int, int]
    reviewer: str | None
    reviewer_span: tuple[int, int] | None


def document_source(sentence: str) -> DocumentSource | None:
    """ "The emails describe ...", "records reviewed by the Review show ...", or None."""
    match = _DOCUMENT_SUBJECT.match(sentence)
    if match is None:
        return None
    phrase = match.group("src")
    if any(w.lower() in ("it", "he", "she", "they", "we") for w in phrase.split()):
        return None
    span = match.span("src")
    reviewer = match.group("by")
    if reviewer:
        span = (span[0], match.end("by"))
        phrase = sentence[span[0] : span[1]]
    return DocumentSource(
        phrase=phrase,
        span=span,
        verb=match.group("verb"),
        verb_span=match.span("verb"),
        reviewer=reviewer,
        reviewer_span=match.span("by") if reviewer else None,
    )


def own_finding(sentence: str, own: str | None) -> tuple[str, tuple[int, int], str] | None:
    """The outlet's own finding ("The Review could find no disclosure of ..."): subject, span,
    verb."""
    if not own:
        return None
    body = _LEADING_FILLER.sub("", sentence)
    offset = len(sentence) - len(body)
    verb = _FINDING_VERBS.search(body)
    if verb is None or verb.start() == 0:
        return None
    subject = body[: verb.start()].strip()
    if len(subject.split()) > 5 or not same_actor(subject, own):
        return None
    start = offset + body.index(subject)
    return subject, (start, start + len(subject)), verb.group().strip()


def reviewed_documents(phrase: str) -> tuple[str, str] | None:
    """ "records seen by the Ledger" -> (the phrase, "the Ledger"); None for any other phrase."""
    match = _REVIEWED.match(phrase)
    return (phrase, match.group("by")) if match else None
