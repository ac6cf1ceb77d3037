"""Ranking parameters; rewritten by tools/learn_checked_ranking.py."""

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 0.5
DEPTH = 40
WEIGHTS = {
    "bm25": 1.7846,
    "claim_bm25": 0.0337986,
    "title_bm25": 0.126182,
    "prefixes": 13.3985,
    "claim_cover": 2.7729,
    "query_cover": 14.4263,
    "numbers": -1.06608,
    "number_clash": -0.552723,
    "year": 0.55553,
    "pairs": -0.222325,
    "rank": 2.32223,
    "month": 0.147135,
}
