"""Case-file contents to named JSON and text parts, and checked parts back to contents."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypedDict

from workbench.bundle.contents import (
    AnswerSheet,
    BundleArticle,
    BundleCase,
    BundleClaim,
    BundleContents,
    BundleEvidence,
    BundleKind,
    BundleMention,
    BundleSource,
)
from workbench.bundle.fields import Fields, items
from workbench.core.errors import BundleRejected
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.core.workshop import MarkedClaim, MarkedSpan

MAX_DEPTH = 20


def dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def encode_parts(contents: BundleContents) -> dict[str, bytes]:
    """The parts of a case file, by name inside the zip, manifest excluded."""
    case = contents.case
    parts: dict[str, bytes] = {
        "case.json": dump(
            {
                "uuid": case.uuid,
                "title": case.title,
                "question": case.question,
                "verdict": case.verdict,
                "summary": case.summary,
            }
        )
    }
    if contents.kind is BundleKind.ANSWERS:
        if contents.answers is None:
            raise ValueError("an answers file needs an answer sheet")
        parts["answers.json"] = dump(_answers_json(contents.answers))
        return parts
    for article in contents.articles:
        parts[f"articles/{article.key}.json"] = dump(
            {
                "key": article.key,
                "title": article.title,
                "content_hash": article.content_hash,
                "language": article.language,
                "format": article.format,
                "source_file": article.source_file,
                "outlet": article.outlet,
                "url": article.url,
                "byline": article.byline,
                "published": article.published.isoformat() if article.published else None,
            }
        )
        parts[f"articles/{article.key}.txt"] = article.text.encode("utf-8")
        parts[f"articles/{article.key}.raw.txt"] = article.raw_text.encode("utf-8")
    parts["sources.json"] = dump(
        [{"key": s.key, "name": s.name, "kind": s.kind.value} for s in contents.sources]
    )
    parts["claims.json"] = dump(
        [
            {
                "key": c.key,
                "uuid": c.uuid,
                "text": c.text,
                "status": c.status.value,
                "note": c.note,
                "source": c.source,
            }
            for c in contents.claims
        ]
    )
    parts["mentions.json"] = dump(
        [
            {
                "claim": x.claim,
                "article": x.article,
                "start": x.start,
                "end": x.end,
                "quote": x.quote,
                "stance": x.stance.value,
                "source": x.source,
            }
            for x in contents.mentions
        ]
    )
    parts["evidence.json"] = dump(
        [
            {"claim": e.claim, "kind": e.kind, "reference": e.reference, "note": e.note}
            for e in contents.evidence
        ]
    )
    return parts


def _answers_json(sheet: AnswerSheet) -> dict[str, Any]:
    return {
        "trainee": sheet.trainee,
        "claims": [
            {
                "uuid": c.uuid,
                "text": c.text,
                "status": c.status.value,
                "source_name": c.source_name,
                "source_kind": c.source_kind.value if c.source_kind else None,
                "mentions": [
                    {
                        "article_hash": s.article_hash,
                        "start": s.start,
                        "end": s.end,
                        "quote": s.quote,
                        "stance": s.stance.value,
                    }
                    for s in c.mentions
                ],
            }
            for c in sheet.claims
        ],
    }


def parse_json(data: bytes, name: str) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no absurd nesting."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejected(f"{name} is not UTF-8 text.") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raise BundleRejected(f"{name} is not valid JSON ({_short(error)}).") from None
    if _depth(value) > MAX_DEPTH:
        raise BundleRejected(f"{name} is nested too deeply to be a case file part.")
    return value


def decode_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejected(f"{name} is not UTF-8 text.") from None


class _Header(TypedDict):
    """What the manifest says of the file itself, the same for every kind."""

    bundle_id: str
    created_at: str
    app_version: str
    claims_hidden: bool


def decode_contents(
    manifest: Fields, kind: BundleKind, read: Callable[[str], bytes]
) -> BundleContents:
    """Contents from checked parts; `read(name)` returns a part whose checksum already matched."""
    case_fields = Fields(parse_json(read("case.json"), "case.json"), "case.json")
    case = BundleCase(
        uuid=_uuid(case_fields),
        title=case_fields.text("title"),
        question=case_fields.text("question", default=""),
        verdict=case_fields.text("verdict", default=""),
        summary=case_fields.text("summary", default=""),
    )
    if not case.title.strip():
        raise BundleRejected("case.json: the case has no title.")
    header = _Header(
        bundle_id=manifest.text("bundle_id", default=""),
        created_at=manifest.text("created_at", default=""),
        app_version=manifest.text("app_version", default=""),
        claims_hidden=manifest.boolean("claims_hidden"),
    )
    if kind is BundleKind.ANSWERS:
        sheet = _answer_sheet(parse_json(read("answers.json"), "answers.json"))
        return BundleContents(kind=kind, case=case, answers=sheet, **header)
    article_keys = [
        Fields({"key": key}, "manifest.json: 'articles'").key("key")
        for key in manifest.array("articles")
    ]
    if len(set(article_keys)) != len(article_keys):
        raise BundleRejected("manifest.json lists an article twice.")
    articles = tuple(_article(key, read) for key in article_keys)
    sources = tuple(
        BundleSource(key=f.key("key"), name=f.text("name"), kind=f.choice("kind", SourceKind))
        for f in items(parse_json(read("sources.json"), "sources.json"), "sources.json")
    )
    claims = tuple(
        BundleClaim(
            key=f.key("key"),
            uuid=_uuid(f),
            text=f.text("text"),
            status=f.choice("status", Status),
            note=f.text("note", default=""),
            source=f.optional_key("source"),
        )
        for f in items(parse_json(read("claims.json"), "claims.json"), "claims.json")
    )
    mentions = tuple(
        BundleMention(
            claim=f.key("claim"),
            article=f.key("article"),
            start=f.integer("start"),
            end=f.integer("end"),
            quote=f.text("quote"),
            stance=f.choice("stance", Stance),
            source=f.optional_key("source"),
        )
        for f in items(parse_json(read("mentions.json"), "mentions.json"), "mentions.json")
    )
    evidence = tuple(
        BundleEvidence(
            claim=f.key("claim"),
            kind=f.text("kind"),
            reference=f.text("reference"),
            note=f.text("note", default=""),
        )
        for f in items(parse_json(read("evidence.json"), "evidence.json"), "evidence.json")
    )
    contents = BundleContents(
        kind=kind,
        case=case,
        articles=articles,
        sources=sources,
        claims=claims,
        mentions=mentions,
        evidence=evidence,
        **header,
    )
    check_references(contents)
    return contents


def _article(key: str, read: Callable[[str], bytes]) -> BundleArticle:
    name = f"articles/{key}.json"
    f = Fields(parse_json(read(name), name), name)
    if f.key("key") != key:
        raise BundleRejected(f"{name} names another article ({f.key('key')!r}).")
    return BundleArticle(
        key=key,
        title=f.text("title"),
        text=decode_text(read(f"articles/{key}.txt"), f"articles/{key}.txt"),
        raw_text=decode_text(read(f"articles/{key}.raw.txt"), f"articles/{key}.raw.txt"),
        content_hash=f.digest("content_hash"),
        language=f.text("language", default="und")[:12],
        format=f.text("format", default="txt")[:12],
        source_file=f.text("source_file", default=""),
        outlet=f.optional_text("outlet"),
        url=f.optional_text("url"),
        byline=f.optional_text("byline"),
        published=f.optional_date("published"),
    )


def _answer_sheet(value: Any) -> AnswerSheet:
    f = Fields(value, "answers.json")
    trainee = f.text("trainee").strip()
    if not trainee:
        raise BundleRejected("answers.json: the trainee's name is empty.")
    claims = []
    for c in items(f.array("claims"), "answers.json: 'claims'"):
        for s in items(c.array("mentions"), f"{c.where}: 'mentions'"):
            if s.integer("end") <= s.integer("start"):
                raise BundleRejected(f"{s.where}: the passage ends before it starts.")
        spans = tuple(
            MarkedSpan(
                article_hash=s.digest("article_hash"),
                start=s.integer("start"),
                end=s.integer("end"),
                quote=s.text("quote"),
                stance=s.choice("stance", Stance),
            )
            for s in items(c.array("mentions"), f"{c.where}: 'mentions'")
        )
        claims.append(
            MarkedClaim(
                uuid=_uuid(c),
                text=c.text("text"),
                status=c.choice("status", Status),
                source_name=c.optional_text("source_name"),
                source_kind=c.optional_choice("source_kind", SourceKind),
                mentions=spans,
            )
        )
    uuids = [c.uuid for c in claims]
    if len(set(uuids)) != len(uuids):
        raise BundleRejected("answers.json lists the same claim twice.")
    return AnswerSheet(trainee=trainee, claims=tuple(claims))


def check_references(contents: BundleContents) -> None:
    """Every key a part uses names something in the file, once; every span fits its article."""
    articles = _unique({a.key: a for a in contents.articles}, contents.articles, "article")
    sources = _unique({s.key: s for s in contents.sources}, contents.sources, "source")
    claims = _unique({c.key: c for c in contents.claims}, contents.claims, "claim")
    if len({c.uuid for c in contents.claims}) != len(contents.claims):
        raise BundleRejected("claims.json gives two claims the same uuid.")
    for source in contents.sources:
        if not source.name.strip():
            raise BundleRejected(f"sources.json: source {source.key} has no name.")
    for claim in contents.claims:
        if not claim.text.strip():
            raise BundleRejected(f"claims.json: claim {claim.key} has no wording.")
        if claim.source is not None and claim.source not in sources:
            raise BundleRejected(f"claims.json: claim {claim.key} names a missing source.")
    for number, mention in enumerate(contents.mentions, 1):
        where = f"mentions.json, item {number}"
        if mention.claim not in claims:
            raise BundleRejected(f"{where} names a missing claim ({mention.claim}).")
        article = articles.get(mention.article)
        if article is None:
            raise BundleRejected(f"{where} names a missing article ({mention.article}).")
        if mention.source is not None and mention.source not in sources:
            raise BundleRejected(f"{where} names a missing source.")
        if not 0 <= mention.start < mention.end <= len(article.text):
            raise BundleRejected(f"{where} points outside its article's text.")
        if article.text[mention.start : mention.end] != mention.quote:
            raise BundleRejected(f"{where}: the quote does not match the article's text.")
    for number, evidence in enumerate(contents.evidence, 1):
        if evidence.claim not in claims:
            raise BundleRejected(f"evidence.json, item {number} names a missing claim.")


def _unique(by_key: dict[str, Any], listed: tuple, what: str) -> dict[str, Any]:
    if len(by_key) != len(listed):
        raise BundleRejected(f"The case file uses one {what} key twice.")
    return by_key


def _uuid(f: Fields) -> str:
    value = f.text("uuid")
    if not 8 <= len(value) <= 36 or not all(ch.isalnum() or ch == "-" for ch in value):
        raise BundleRejected(f"{f.where}: 'uuid' is not an identifier ({value[:40]!r}).")
    return value.lower()


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _short(error: BaseException) -> str:
    return str(error).split("\n", 1)[0][:120] or type(error).__name__
