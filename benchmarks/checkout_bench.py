"""Check-out, offline edits and check-in of a large case between two libraries.

Builds a team library holding one case of 1,000 claims (two passages each, English and Arabic
articles, evidence and a history), checks it out into an empty laptop library, makes 200 offline
edits there through the services (markings with reasons, notes, new claims, deletions, stances)
while the desk makes 50 of its own (some on the same claims), then checks it back in keeping the
laptop's side of each conflict. Both libraries keep their search index open, as the window does,
so the timings include bringing the index up to date. Goal: check-out + check-in ≤ 5 s.

    .venv/bin/python benchmarks/checkout_bench.py [--claims 1000] [--edits 200] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.core.casemerge import Side
from workbench.core.vocabulary import Stance, Status
from workbench.ingest import content_hash
from workbench.services import cases, claims
from workbench.services.checkout import check_in, check_in_conflicts, check_out
from workbench.services.searching import open_search
from workbench.store import Library
from workbench.store import models as m

STATUSES = [s.value for s in Status]


def build_team_case(library: Library, n_claims: int) -> int:
    """One case written in a single transaction: the benchmark times the trip, not the setup."""
    with library.session() as session:
        case = m.Case(title="Harbour of Port Velan", question="What happened at the harbour?")
        session.add(case)
        source = m.Source(name="Port Velan harbour authority", kind="official body")
        session.add(source)
        session.flush()
        articles = []
        for n in range(n_claims // 10):
            if n % 3 == 0:
                sentences = [
                    f"قال مسؤولو الميناء إن الرصيف رقم {i} تضرر في اليوم {n}." for i in range(12)
                ]
                language = "ar"
            else:
                sentences = [
                    f"Port officials said pier {i} was damaged on day {n}." for i in range(12)
                ]
                language = "en"
            text = " ".join(sentences)
            row = m.Article(
                title=f"Harbour report {n}",
                outlet=f"Outlet {n % 7}",
                text=text,
                raw_text=text,
                content_hash=content_hash(text),
                source_file=f"report-{n}.txt",
                format="txt",
                language=language,
            )
            session.add(row)
            articles.append((row, sentences))
        session.flush()
        for row, _ in articles:
            session.add(m.CaseArticle(case_id=case.id, article_id=row.id))
            session.add(m.ArticleFile(article_id=row.id, file_name=row.source_file))
        for n in range(n_claims):
            claim = m.Claim(
                case_id=case.id,
                text=f"Pier {n} was damaged in the storm",
                status=STATUSES[n % 4],
                source_id=source.id if n % 2 else None,
            )
            session.add(claim)
            session.flush()
            session.add(
                m.AuditEntry(
                    actor="desk",
                    entity="claim",
                    entity_id=claim.id,
                    action="create",
                    new=claim.text,
                )
            )
            for k in range(2):
                article, sentences = articles[(n + k * 37) % len(articles)]
                sentence = sentences[(n + k) % len(sentences)]
                start = article.text.index(sentence)
                session.add(
                    m.Mention(
                        claim_id=claim.id,
                        article_id=article.id,
                        start=start,
                        end=start + len(sentence),
                        quote=sentence,
                        stance="asserts" if k == 0 else "relays",
                    )
                )
            if n % 5 == 0:
                session.add(m.Evidence(claim_id=claim.id, kind="call", reference=f"Call log {n}"))
        return case.id


def offline_edits(laptop: Library, case_id: int, edits: int) -> None:
    dossier = cases.case_dossier(laptop, case_id, audit=False)
    ids = [c.id for c in dossier.claims]
    for n in range(edits):
        claim_id = ids[(n * 7) % len(ids)]
        kind = n % 5
        if kind == 0:
            claims.mark_claim(laptop, claim_id, Status.DENIED, f"offline call {n}")
        elif kind == 1:
            claims.edit_claim(laptop, claim_id, note=f"ملاحظة من الميدان {n}")
        elif kind == 2:
            claims.add_claim(laptop, case_id, f"New offline finding {n}", status=Status.SOURCED)
        elif kind == 3:
            claims.delete_claim(laptop, ids[(n * 11 + 3) % len(ids)])
        else:
            mention = dossier.mentions_of(claim_id)[0]
            claims.set_mention_stance(laptop, mention.id, Stance.DENIES)


def desk_edits(team: Library, case_id: int, edits: int) -> None:
    ids = [c.id for c in cases.case_dossier(team, case_id, audit=False).claims]
    for n in range(edits):
        # every fifth claim the laptop marks is also marked here: conflicts to settle
        claims.mark_claim(team, ids[(n * 35) % len(ids)], Status.RELAYED, f"desk {n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--dir", type=Path, help="where to make the two libraries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as root:
        team = Library.open(Path(root) / "team")
        laptop = Library.open(Path(root) / "laptop")
        try:
            started = time.perf_counter()
            case_id = build_team_case(team, args.claims)
            print(f"team case built: {args.claims} claims in {time.perf_counter() - started:.1f} s")
            team_search, laptop_search = open_search(team), open_search(laptop)
            started = time.perf_counter()
            out = check_out(team, laptop, case_id)
            t_out = time.perf_counter() - started
            print(
                f"check-out: {t_out:.2f} s ({out.claims} claims, {out.articles} articles, "
                "index included)"
            )
            started = time.perf_counter()
            offline_edits(laptop, out.case_id, args.edits)
            desk_edits(team, case_id, 50)
            t_edits = time.perf_counter() - started
            print(f"{args.edits} offline edits + 50 at the desk: {t_edits:.2f} s")
            started = time.perf_counter()
            conflicts = check_in_conflicts(laptop, team, out.case_id)
            t_list = time.perf_counter() - started
            print(f"listing conflicts: {t_list:.2f} s ({len(conflicts)} conflicts)")
            started = time.perf_counter()
            summary = check_in(laptop, team, out.case_id, keep=Side.MINE)
            t_in = time.perf_counter() - started
            print(f"check-in: {t_in:.2f} s; to the team: {summary.lines()[1].split(': ', 1)[1]}")
            print(f"  from the team: {summary.lines()[2].split(': ', 1)[1]}")
            print(
                f"  {len(summary.settled)} conflicts settled, "
                f"{summary.history_added} history entries"
            )
            total = t_out + t_in
            verdict = "met" if total <= 5 else "MISSED"
            print(f"check-out + check-in: {total:.2f} s (goal ≤ 5 s: {verdict})")
            team_search.close()
            laptop_search.close()
        finally:
            team.close()
            laptop.close()


if __name__ == "__main__":
    main()
