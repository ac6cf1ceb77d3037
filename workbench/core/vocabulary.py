"""The fixed vocabularies of a fact-check: claim statuses, mention stances and kinds of source."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """What the checker concluded about a claim."""

    SOURCED = "sourced"
    RELAYED = "relayed"
    DENIED = "denied"
    UNVERIFIED = "unverified"

    @property
    def letter(self) -> str:
        """A letter beside the colour: the status reads in greyscale and to colour-blind users."""
        return self.value[0].upper()

    @property
    def meaning(self) -> str:
        return STATUS_MEANINGS[self]

    @property
    def key(self) -> str:
        """The number key that sets this status in the claim list."""
        return str(list(Status).index(self) + 1)


STATUS_MEANINGS: dict[Status, str] = {
    Status.SOURCED: "The claim rests on a named or first-hand source that the outlet itself cites.",
    Status.RELAYED: "The outlet only repeats another outlet's report without a source of its own.",
    Status.DENIED: "A named body or person with standing has publicly denied the claim.",
    Status.UNVERIFIED: "Nothing yet confirms or refutes the claim; it stands as reported.",
}


class Stance(StrEnum):
    """How one article carries a claim."""

    ASSERTS = "asserts"
    RELAYS = "relays"
    DENIES = "denies"
    NO_COMMENT = "no comment"


class SourceKind(StrEnum):
    """The kind of actor a claim is attributed to."""

    OUTLET = "outlet"
    OFFICIAL = "official body"
    PERSON = "named person"
    ANONYMOUS = "anonymous source"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> SourceKind:
        """Accept the value, the member name or a short alias: 'official', 'person', 'anonymous'."""
        wanted = text.strip().lower().replace("_", " ")
        for kind in cls:
            if wanted in (kind.value, kind.name.lower(), kind.value.split()[0]):
                return kind
        raise ValueError(
            f"unknown source kind {text!r}; use one of: " + ", ".join(k.value for k in cls)
        )


def parse_status(text: str) -> Status:
    """A status from its name or its number key (1-4); a clear ValueError otherwise."""
    wanted = text.strip().lower()
    for status in Status:
        if wanted in (status.value, status.key, status.letter.lower()):
            return status
    raise ValueError(f"unknown status {text!r}; use one of: " + ", ".join(s.value for s in Status))


def parse_stance(text: str) -> Stance:
    """A stance from its value or name; "no-comment" and "no_comment" name the refusal too."""
    wanted = " ".join(text.strip().lower().replace("-", " ").replace("_", " ").split())
    for stance in Stance:
        if wanted == stance.value:
            return stance
    raise ValueError(f"unknown stance {text!r}; use one of: " + ", ".join(s.value for s in Stance))
