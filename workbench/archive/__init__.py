"""The archive of earlier verdicts: reading ClaimReview, normalising pasted posts, ranking."""
