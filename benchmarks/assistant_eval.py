"""How well the claim assistant does on the hand-labelled evaluation set, and how fast it is.

Prints precision, recall and F1 for claim detection and source attribution, stance accuracy on the
detected claims, precision and recall of shared-passage (relay) detection, the near-copies found,
and the
time `suggest_for_case` takes on a generated 100-article case. The labels in assist_eval/gold.json
were
written by hand from the articles; see assist_eval/README.md.

    .venv/bin/python benchmarks/assistant_eval.py [--set DIR] [--articles 100] [--verbose]

`--set` names another folder laid out the same way (gold.json beside articles/), such as the
held-out set in assist_heldout/.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora_eval

from workbench.assist.candidates import Candidate, extract_candidates
from workbench.assist.relays import SharedPassage, shared_passages
from workbench.assist.sources import normalise
from workbench.assist.suggest import suggest_for_case
from workbench.core.records import ArticleRecord

EVAL = Path(__file__).resolve().parent / "assist_eval"


def load(folder: Path = EVAL) -> tuple[dict, list[ArticleRecord]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    records = [
        ArticleRecord(
            id=item["id"],
            title=item["file"],
            text=(folder / "articles" / item["file"]).read_text(encoding="utf-8"),
            language=item["language"],
            format="txt",
            source_file=item["file"],
            outlet=item["outlet"],
            published=date.fromisoformat(item["published"]),
        )
        for item in gold["articles"]
    ]
    return gold, records


def span_of(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def same_source(predicted: str | None, gold: str | None) -> bool:
    """Both absent, or one name's content words all within the other's."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = set(normalise(predicted).split()), set(normalise(gold).split())
    return bool(p and g) and (p <= g or g <= p)


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_claims(gold: dict, records: list[ArticleRecord], verbose: bool) -> None:
    totals = {"pred": 0, "gold": 0, "hit": 0, "src": 0, "kind": 0, "stance": 0, "src_pred": 0}
    by_language: dict[str, list[int]] = {}
    for item, record in zip(gold["articles"], records, strict=True):
        found = extract_candidates(record.text, record.language, outlet=record.outlet)
        claims = item["claims"]
        spans = [span_of(record.text, c["text"]) for c in claims]
        used: set[int] = set()
        hits = 0
        for g_index, (claim, span) in enumerate(zip(claims, spans, strict=True)):
            match = _best(found, span, used)
            if match is None:
                if verbose:
                    print(f"  MISS {item['file']}: {claim['text'][:70]!r}")
                continue
            used.add(match)
            hits += 1
            candidate = found[match]
            totals["hit"] += 1
            source_ok = same_source(candidate.source, claim["source"])
            totals["src"] += source_ok
            totals["kind"] += (candidate.source_kind.value if candidate.source_kind else None) == (
                claim["source_kind"]
            )
            totals["stance"] += candidate.stance == claim["stance"]
            if verbose and (not source_ok or candidate.stance != claim["stance"]):
                print(
                    f"  WRONG {item['file']}#{g_index}: source {candidate.source!r} "
                    f"(gold {claim['source']!r}), stance {candidate.stance} "
                    f"(gold {claim['stance']})"
                )
        if verbose:
            for index, candidate in enumerate(found):
                if index not in used:
                    print(f"  EXTRA {item['file']}: {candidate.sentence[:70]!r}")
        totals["pred"] += len(found)
        totals["src_pred"] += sum(1 for i in used if found[i].source is not None) + sum(
            1 for i, c in enumerate(found) if i not in used and c.source is not None
        )
        totals["gold"] += len(claims)
        counts = by_language.setdefault(record.language, [0, 0, 0])
        counts[0] += len(found)
        counts[1] += len(claims)
        counts[2] += hits
    precision = ratio(totals["hit"], totals["pred"])
    recall = ratio(totals["hit"], totals["gold"])
    print(f"articles: {len(records)}, labelled claims: {totals['gold']}")
    print(
        f"claim detection    precision {precision:.3f}  recall {recall:.3f}  "
        f"F1 {f1(precision, recall):.3f}  ({totals['hit']} of {totals['gold']} found, "
        f"{totals['pred']} proposed)"
    )
    for language, (pred, labelled, hits) in sorted(by_language.items()):
        p, r = ratio(hits, pred), ratio(hits, labelled)
        print(
            f"  {language}: precision {p:.3f}  recall {r:.3f}  ({hits}/{labelled}, {pred} proposed)"
        )
    src_p = ratio(totals["src"], totals["pred"])
    src_r = ratio(totals["src"], totals["gold"])
    print(
        f"source attribution precision {src_p:.3f}  recall {src_r:.3f}  F1 {f1(src_p, src_r):.3f}  "
        f"(correct on {ratio(totals['src'], totals['hit']):.3f} of detected)"
    )
    print(f"source kind        accuracy on detected {ratio(totals['kind'], totals['hit']):.3f}")
    print(f"stance             accuracy on detected {ratio(totals['stance'], totals['hit']):.3f}")


def _best(found: list[Candidate], span: tuple[int, int], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for index, candidate in enumerate(found):
        if index in used:
            continue
        shared = overlap((candidate.start, candidate.end), span)
        if shared > best_overlap:
            best, best_overlap = index, shared
    if best is None or best_overlap < 0.5 * (span[1] - span[0]):
        return None
    return best


def evaluate_relays(gold: dict, records: list[ArticleRecord], verbose: bool) -> None:
    texts = {r.id: r.text for r in records}
    found = shared_passages(records)
    wanted = gold["shared_passages"]
    matched_pred: set[int] = set()
    hits = {False: 0, True: 0}
    counts = {False: 0, True: 0}
    for passage in wanted:
        counts[passage["translated"]] += 1
        a_span = span_of(texts[passage["a"]], passage["text_a"])
        b_span = span_of(texts[passage["b"]], passage["text_b"])
        hit = [
            i for i, p in enumerate(found) if _covers(p, passage["a"], a_span, passage["b"], b_span)
        ]
        matched_pred.update(hit)
        if hit:
            hits[passage["translated"]] += 1
        elif verbose:
            print(f"  RELAY MISS {passage['a']}->{passage['b']}: {passage['text_b'][:60]!r}")
    precision = ratio(len(matched_pred), len(found))
    same_recall = ratio(hits[False], counts[False])
    all_recall = ratio(hits[False] + hits[True], counts[False] + counts[True])
    print(
        f"relay detection    precision {precision:.3f}  recall {same_recall:.3f} same-language "
        f"({hits[False]}/{counts[False]}), {all_recall:.3f} including translations "
        f"({hits[False] + hits[True]}/{counts[False] + counts[True]}); "
        f"{len(found)} passages proposed"
    )
    if verbose:
        for index, passage in enumerate(found):
            if index not in matched_pred:
                print(f"  RELAY EXTRA {passage.to_json()}")
    dated = sum(1 for p in found if p.earlier is not None)
    print(f"  passages with an earlier article by date: {dated}/{len(found)}")


def _covers(
    passage: SharedPassage, a: int, a_span: tuple[int, int], b: int, b_span: tuple[int, int]
) -> bool:
    spans = {passage.article_a: (passage.start_a, passage.end_a)}
    spans[passage.article_b] = (passage.start_b, passage.end_b)
    if {passage.article_a, passage.article_b} != {a, b}:
        return False
    return overlap(spans[a], a_span) > 0 and overlap(spans[b], b_span) > 0


def evaluate_copies(gold: dict, records: list[ArticleRecord]) -> None:
    suggestions = suggest_for_case(records)
    found = {(a, b) for a, b, _ in suggestions.copies}
    wanted = {(c["article"], c["copy_of"]) for c in gold["near_copies"]}
    print(
        f"near-copies        found {sorted(found)}; labelled {sorted(wanted)}; "
        f"correct {len(found & wanted)}/{len(wanted)}"
    )


def generated_case(records: list[ArticleRecord], count: int, seed: int = 7) -> list[ArticleRecord]:
    """`count` articles of news length (about 700 words), each made from paragraphs of several
    evaluation articles, shuffled, with names changed, so the case has relays and repeats."""
    rng = random.Random(seed)
    names = ["Korvan", "Edlund", "Maris", "Tallin", "Brevik", "Sundholm", "Orrin", "Delmar"]
    english = [r for r in records if r.language == "en"]
    result: list[ArticleRecord] = []
    for index in range(count):
        base = records[index % len(records)]
        pool = [base, *rng.sample(english, 5)] if base.language == "en" else [base] * 3
        paragraphs = [p for r in pool for p in r.text.split("\n\n")[1:]]
        rng.shuffle(paragraphs)
        text = "\n\n".join([base.text.split("\n\n")[0], *paragraphs])
        for old in ("Velmar", "Ostria", "Granvik", "Lund"):
            text = text.replace(old, rng.choice(names))
        result.append(
            replace(
                base,
                id=index + 1,
                text=text,
                outlet=f"{base.outlet} {index}",
                published=date(2032, 5, 1) + timedelta(days=rng.randint(0, 30)),
            )
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=EVAL, dest="folder", metavar="DIR")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--corpora",
        type=Path,
        default=corpora_eval.CORPORA,
        help="real labelled training material (figures under a fixed split); skipped if absent",
    )
    parser.add_argument("--no-corpora", action="store_true", help="only the project's own set")
    args = parser.parse_args()
    gold, records = load(args.folder)
    evaluate_claims(gold, records, args.verbose)
    evaluate_relays(gold, records, args.verbose)
    evaluate_copies(gold, records)
    case = generated_case(records, args.articles)
    started = time.perf_counter()
    suggestions = suggest_for_case(case)
    elapsed = time.perf_counter() - started
    words = sum(len(a.text.split()) for a in case)
    print(
        f"suggest_for_case   {len(case)} articles ({words} words): {elapsed:.2f} s; "
        f"{sum(len(v) for v in suggestions.candidates.values())} candidates, "
        f"{len(suggestions.groups)} groups, {len(suggestions.shared)} shared passages"
    )
    if not args.no_corpora:
        print("-- real training material, fixed split (benchmarks/corpora_eval.py) --")
        corpora_eval.run(args.corpora, None)


if __name__ == "__main__":
    main()
