"""Speaker tags that close a sentence ("..., the chairman, Milo Brandt, said.")."""

from __future__ import annotations

import re

from workbench.assist import cues
from workbench.assist.readings import Attribution
from workbench.core.vocabulary import SourceKind

_SAY_WORD = re.compile(rf"(?:{cues.SAY_VERBS})", re.IGNORECASE)
_END_TAG_TAIL = re.compile(
    r"^(?:,\s+[^,\"“”]{1,80}?)?(?:\s+(?:on|last|late|early)\s+\w+|\s+this\s+week|\s+in\s+a\s+statement"
    r"|\s+in\s+an\s+interview)*\s*[.!?]?[\"”’']?\s*$",
    re.IGNORECASE,
)


def end_tag_first(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """A speaker tag closing the sentence ("..., the chairman, Milo Brandt, said.") owns the
    whole sentence: a verb in the body ("samples showed") names what is claimed, not who claims."""
    tags = [
        a
        for a in found
        if a.kind is not SourceKind.OUTLET
        and _SAY_WORD.fullmatch(a.cue.split()[-1])
        and _END_TAG_TAIL.match(sentence[max(a.cue_span[1], a.source_span[1]) :])
        and re.search(r"[,\"”’]\s*$", sentence[: min(a.cue_span[0], a.source_span[0])])
    ]
    if not tags:
        return found
    tag = tags[-1]
    before = min(tag.cue_span[0], tag.source_span[0])
    kept = [
        a
        for a in found
        if a is not tag and (a.kind is SourceKind.OUTLET or a.cue_span[0] >= before)
    ]
    return [tag, *kept]
