"""Exports made from a CaseDossier: the Word verdict report, ClaimReview JSON-LD and CSV."""
