"""What reading a sentence yields: its cue class, who the claim is attributed to, the claim."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.vocabulary import SourceKind


@dataclass(frozen=True)
class Attribution:
    source: str | None
    kind: SourceKind | None
    cue: str
    source_span: tuple[int, int]
    cue_span: tuple[int, int]


@dataclass(frozen=True)
class Reading:
    """What the sentence says about itself: the cue class, its attributions and the claimed
    content."""

    kind: str  # "refusal" | "denial" | "attribution" | "unsourced"
    cue: str
    attributions: tuple[Attribution, ...]
    claim: str
