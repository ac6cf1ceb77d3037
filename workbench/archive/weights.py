"""Ranking parameters; rewritten by tools/learn_checked_ranking.py."""

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 0.5
DEPTH = 40
WEIGHTS = {
    "bm25": 1.0,
    "claim_bm25": 0.0,
    "title_bm25": 0.0,
    "grams": 0.0,
    "claim_cover": 0.0,
    "query_cover": 0.0,
    "numbers": 0.0,
    "number_clash": 0.0,
    "year": 0.0,
    "pairs": 0.0,
    "rank": 0.0,
}
