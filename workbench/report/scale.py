"""The rating scale the report explains and ClaimReview publishes as numbers.

The four statuses say how well a claim is supported by the record, so they order naturally from a
public denial by a body with standing (1) to a claim resting on a source of its own (4).
"""

from __future__ import annotations

from workbench.core.vocabulary import Status

RATING: dict[Status, int] = {
    Status.DENIED: 1,
    Status.UNVERIFIED: 2,
    Status.RELAYED: 3,
    Status.SOURCED: 4,
}
WORST = 1
BEST = 4
