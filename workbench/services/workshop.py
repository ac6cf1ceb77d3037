"""Workshop mode: the trainer's key and exercise, trainees' answers, and the group's scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from workbench.bundle import (
    AnswerSheet,
    BundleContents,
    BundleKind,
    MarkedClaim,
    MarkedSpan,
    read_bundle,
    write_bundle,
)
from workbench.bundle.contents import BundleCase
from workbench.core.errors import BundleRejected, NotFound, WorkbenchError
from workbench.core.text import collapse_spaces
from workbench.core.vocabulary import SourceKind, parse_stance, parse_status
from workbench.core.workshop import (
    AnswerKey,
    TraineeAnswers,
    WorkshopComparison,
    compare,
)
from workbench.ingest import content_hash, read_article
from workbench.paths import resource
from workbench.services.bundles import case_contents, exercise_uuid, export_case
from workbench.services.cases import update_case
from workbench.services.claims import MentionSpec, add_claim, add_mention
from workbench.store import Library
from workbench.store import models as m


def save_key(library: Library, case_id: int, path: Path, *, overwrite: bool = False) -> AnswerKey:
    """Freeze the trainer's markings of a case in a key file, to score against later."""
    contents = export_case(library, case_id, path, kind=BundleKind.KEY, overwrite=overwrite)
    return key_from_contents(contents)


def export_exercise(
    library: Library,
    case_id: int,
    path: Path,
    *,
    hide_claims: bool = False,
    overwrite: bool = False,
) -> BundleContents:
    """The exercise for trainees: the case without its markings (or, with `hide_claims`, claims)."""
    return export_case(
        library, case_id, path, exercise=True, hide_claims=hide_claims, overwrite=overwrite
    )


def export_answers(
    library: Library, case_id: int, trainee: str, path: Path, *, overwrite: bool = False
) -> AnswerSheet:
    """A trainee's markings of their exercise case, in a small file that carries their name."""
    trainee = collapse_spaces(trainee)
    if not trainee:
        raise WorkbenchError("Answers need the trainee's name.")
    with library.session() as session:
        case = session.get(m.Case, case_id)
        if case is None:
            raise NotFound(f"No case with id {case_id}.")
        case_uuid, case_title = case.uuid, case.title
    contents = case_contents(library, case_id, BundleKind.CASE)
    sheet = AnswerSheet(trainee=trainee, claims=marked_claims(contents))
    write_bundle(
        BundleContents(
            kind=BundleKind.ANSWERS,
            case=BundleCase(uuid=case_uuid or contents.case.uuid, title=case_title),
            answers=sheet,
        ),
        path,
        overwrite=overwrite,
    )
    return sheet


def marked_claims(contents: BundleContents) -> tuple[MarkedClaim, ...]:
    """The claims of case-file contents as markings: status, source and quoted spans."""
    sources = {s.key: s for s in contents.sources}
    hashes = {a.key: a.content_hash for a in contents.articles}
    claims = []
    for claim in contents.claims:
        source = sources.get(claim.source) if claim.source else None
        claims.append(
            MarkedClaim(
                uuid=claim.uuid,
                text=claim.text,
                status=claim.status,
                source_name=source.name if source else None,
                source_kind=source.kind if source else None,
                mentions=tuple(
                    MarkedSpan(
                        article_hash=hashes[x.article],
                        start=x.start,
                        end=x.end,
                        quote=x.quote,
                        stance=x.stance,
                    )
                    for x in contents.mentions
                    if x.claim == claim.key
                ),
            )
        )
    return tuple(claims)


def key_from_contents(contents: BundleContents) -> AnswerKey:
    if contents.kind in (BundleKind.ANSWERS, BundleKind.EXERCISE):
        raise BundleRejected(
            f"An {contents.kind.value} file cannot serve as the answer key; "
            "use the trainer's key file or the marked case."
        )
    return AnswerKey(
        case_uuid=contents.case.uuid, title=contents.case.title, claims=marked_claims(contents)
    )


def key_from_case(library: Library, case_id: int) -> AnswerKey:
    """The answer key as the marked case in the library stands now."""
    return key_from_contents(case_contents(library, case_id, BundleKind.KEY))


def key_from_file(path: Path) -> AnswerKey:
    return key_from_contents(read_bundle(Path(path)))


def read_answers(path: Path) -> TraineeAnswers:
    contents = read_bundle(Path(path))
    if contents.kind is not BundleKind.ANSWERS or contents.answers is None:
        raise BundleRejected(
            f"{Path(path).name} is a {contents.kind.value} file, not a trainee's answers."
        )
    return TraineeAnswers(
        trainee=contents.answers.trainee,
        case_uuid=contents.case.uuid,
        case_title=contents.case.title,
        claims=contents.answers.claims,
        origin=Path(path).name,
    )


def score_group(key: AnswerKey, answer_paths: Sequence[Path]) -> WorkshopComparison:
    """Read every trainee's answers, check they belong to this key, and compare them."""
    if not answer_paths:
        raise WorkbenchError("Scoring needs at least one trainee's answers file.")
    group = [read_answers(path) for path in answer_paths]
    ours = {
        key.case_uuid,
        exercise_uuid(key.case_uuid, claims_hidden=False),
        exercise_uuid(key.case_uuid, claims_hidden=True),
    }
    for answers in group:
        if answers.case_uuid not in ours:
            raise BundleRejected(
                f"{answers.origin}: these answers ({answers.trainee}) are for another case, "
                f"{answers.case_title!r}, not for {key.title!r}."
            )
    return compare(key, group)


def load_answer_key(library: Library, case_id: int, key_path: Path | None = None) -> int:
    """Mark the demo case as its answer key says; returns how many claims were added.

    Claims already in the case (same wording) are left alone, so loading twice adds nothing.
    """
    key_path = Path(key_path or resource("demo", "answer_key.json"))
    data = json.loads(key_path.read_text(encoding="utf-8"))
    with library.session() as session:
        if session.get(m.Case, case_id) is None:
            raise NotFound(f"No case with id {case_id}.")
        present = {
            collapse_spaces(text).casefold()
            for text in session.scalars(select(m.Claim.text).where(m.Claim.case_id == case_id))
        }
        hashes = dict(session.execute(select(m.Article.content_hash, m.Article.id)).all())
    article_ids: dict[str, int] = {}
    for file_name in {x["file"] for claim in data["claims"] for x in claim["mentions"]}:
        digest = content_hash(read_article(key_path.parent / file_name).text)
        if digest not in hashes:
            raise NotFound(f"The article {file_name} of the answer key is not in the library.")
        article_ids[file_name] = hashes[digest]
    added = 0
    for entry in data["claims"]:
        if collapse_spaces(entry["text"]).casefold() in present:
            continue
        source = entry.get("source") or {}
        claim = add_claim(
            library,
            case_id,
            entry["text"],
            status=parse_status(entry["status"]),
            source_name=source.get("name"),
            source_kind=SourceKind.parse(source["kind"]) if source.get("kind") else None,
            note=entry.get("note", ""),
        )
        for mention in entry["mentions"]:
            by = mention.get("source") or {}
            add_mention(
                library,
                claim.id,
                MentionSpec(
                    article_id=article_ids[mention["file"]],
                    quote=mention["quote"],
                    stance=parse_stance(mention["stance"]),
                    source_name=by.get("name"),
                    source_kind=SourceKind.parse(by["kind"]) if by.get("kind") else None,
                ),
            )
        added += 1
    with library.session() as session:
        case = session.get(m.Case, case_id)
        needs_verdict = case is not None and not case.verdict.strip()
    if data.get("verdict") and needs_verdict:
        update_case(library, case_id, verdict=data["verdict"])
    return added
