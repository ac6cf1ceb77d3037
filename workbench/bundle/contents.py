"""What a case file holds, as plain records keyed by the file's own short keys, not library ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.core.workshop import MarkedClaim

FORMAT = "fcase"
VERSION = 1  # raise when a reader of this version could no longer understand what is written


class BundleKind(StrEnum):
    """Why the file was made: a whole case, a trainee's exercise, their answers, or the key."""

    CASE = "case"
    EXERCISE = "exercise"
    ANSWERS = "answers"
    KEY = "key"


@dataclass(frozen=True)
class BundleCase:
    uuid: str
    title: str
    question: str = ""
    verdict: str = ""
    summary: str = ""


@dataclass(frozen=True)
class BundleArticle:
    key: str  # names its parts inside the zip: articles/<key>.json, .txt, .raw.txt
    title: str
    text: str
    raw_text: str
    content_hash: str
    language: str = "und"
    format: str = "txt"
    source_file: str = ""
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class BundleSource:
    key: str
    name: str
    kind: SourceKind


@dataclass(frozen=True)
class BundleClaim:
    key: str
    uuid: str
    text: str
    status: Status
    note: str = ""
    source: str | None = None  # a BundleSource key


@dataclass(frozen=True)
class BundleMention:
    claim: str  # a BundleClaim key
    article: str  # a BundleArticle key
    start: int
    end: int
    quote: str
    stance: Stance
    source: str | None = None


@dataclass(frozen=True)
class BundleEvidence:
    claim: str
    kind: str
    reference: str
    note: str = ""


@dataclass(frozen=True)
class AnswerSheet:
    trainee: str
    claims: tuple[MarkedClaim, ...]


@dataclass(frozen=True)
class BundleContents:
    """Everything one case file carries; `answers` is set only for kind ANSWERS."""

    kind: BundleKind
    case: BundleCase
    articles: tuple[BundleArticle, ...] = ()
    sources: tuple[BundleSource, ...] = ()
    claims: tuple[BundleClaim, ...] = ()
    mentions: tuple[BundleMention, ...] = ()
    evidence: tuple[BundleEvidence, ...] = ()
    answers: AnswerSheet | None = None
    claims_hidden: bool = False  # an exercise whose trainees find the claims themselves
    bundle_id: str = ""
    created_at: str = ""
    app_version: str = ""
