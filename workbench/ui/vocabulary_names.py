"""The fixed vocabularies in the window's language: statuses, stances, kinds of source, checks.

`workbench.core` names them in English for the database, the command line and the files; the
window shows these names instead, looked up when asked so the installed language applies.
"""

from __future__ import annotations

from workbench.core import checks
from workbench.core.checks import MethodWarning
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.ui.i18n import isolate, local_number, translate


def status_name(status: Status) -> str:
    status = Status(status)
    names = {
        Status.SOURCED: translate("Vocabulary", "Sourced"),
        Status.RELAYED: translate("Vocabulary", "Relayed"),
        Status.DENIED: translate("Vocabulary", "Denied"),
        Status.UNVERIFIED: translate("Vocabulary", "Unverified"),
    }
    return names[status]


def status_letter(status: Status) -> str:
    """The letter on a status's mark: it reads in greyscale, so it is the status's own initial."""
    status = Status(status)
    letters = {
        Status.SOURCED: translate("Vocabulary", "S", "letter on the mark of a sourced claim"),
        Status.RELAYED: translate("Vocabulary", "R", "letter on the mark of a relayed claim"),
        Status.DENIED: translate("Vocabulary", "D", "letter on the mark of a denied claim"),
        Status.UNVERIFIED: translate(
            "Vocabulary", "U", "letter on the mark of an unverified claim"
        ),
    }
    return letters[status]


def status_meaning(status: Status) -> str:
    status = Status(status)
    meanings = {
        Status.SOURCED: translate(
            "Vocabulary",
            "The claim rests on a named or first-hand source that the outlet itself cites.",
        ),
        Status.RELAYED: translate(
            "Vocabulary",
            "The outlet only repeats another outlet's report without a source of its own.",
        ),
        Status.DENIED: translate(
            "Vocabulary", "A named body or person with standing has publicly denied the claim."
        ),
        Status.UNVERIFIED: translate(
            "Vocabulary", "Nothing yet confirms or refutes the claim; it stands as reported."
        ),
    }
    return meanings[status]


def stance_name(stance: Stance | str) -> str:
    stance = Stance(stance)
    names = {
        Stance.ASSERTS: translate("Vocabulary", "asserts"),
        Stance.RELAYS: translate("Vocabulary", "relays"),
        Stance.DENIES: translate("Vocabulary", "denies"),
        Stance.NO_COMMENT: translate("Vocabulary", "no comment"),
    }
    return names[stance]


def source_kind_name(kind: SourceKind | str) -> str:
    """A kind of source; a value that is not one of the kinds is shown as it is."""
    try:
        kind = SourceKind(kind)
    except ValueError:
        return str(kind)
    names = {
        SourceKind.OUTLET: translate("Vocabulary", "outlet"),
        SourceKind.OFFICIAL: translate("Vocabulary", "official body"),
        SourceKind.PERSON: translate("Vocabulary", "named person"),
        SourceKind.ANONYMOUS: translate("Vocabulary", "anonymous source"),
        SourceKind.OTHER: translate("Vocabulary", "other"),
    }
    return names[kind]


def check_message(warning: MethodWarning) -> str:
    """A method check's warning as the window states it."""
    claim = warning.claim_id
    where = isolate(warning.where)
    messages = {
        checks.NO_VERDICT: lambda: translate("Checks", "The case has no overall verdict yet."),
        checks.NO_MENTION: lambda: translate(
            "Checks", "Claim {claim} is not quoted from any article in the case."
        ),
        checks.SINGLE_SOURCE: lambda: (
            translate(
                "Checks",
                "Claim {claim} is marked sourced but rests on a single source; "
                "the two-independent-sources rule is not met.",
            )
            if warning.sources
            else translate(
                "Checks",
                "Claim {claim} is marked sourced but no article asserts it with its own source.",
            )
        ),
        checks.ORIGINAL_MISSING: lambda: translate(
            "Checks", "Claim {claim} is only relayed: the original report is not in the case."
        ),
        checks.DENIAL_MISSING: lambda: translate(
            "Checks",
            "Claim {claim} is marked denied but no article in the case carries the denial.",
        ),
        checks.DENIAL_UNNAMED: lambda: translate(
            "Checks", "Claim {claim}: the denial carried by {where} names no body or person."
        ),
        checks.DENIAL_UNDATED: lambda: translate(
            "Checks", "Claim {claim}: the denial carried by {where} has no date."
        ),
    }
    found = messages.get(warning.code)
    if found is None:
        return warning.message
    number = local_number(claim) if claim is not None else ""
    return found().format(claim=number, where=where)


def check_title(code: str) -> str:
    """The short name of a method check, for lists of checks."""
    titles = {
        checks.NO_VERDICT: translate("Checks", "No overall verdict"),
        checks.NO_MENTION: translate("Checks", "Not quoted from an article"),
        checks.SINGLE_SOURCE: translate("Checks", "Single source"),
        checks.ORIGINAL_MISSING: translate("Checks", "Original report missing"),
        checks.DENIAL_MISSING: translate("Checks", "Denial missing"),
        checks.DENIAL_UNNAMED: translate("Checks", "Unnamed denial"),
        checks.DENIAL_UNDATED: translate("Checks", "Undated denial"),
    }
    return titles.get(code, code)


def language_name(code: str) -> str:
    """An article's language code as a word; an unknown code is shown as it is."""
    names = {
        "en": translate("Vocabulary", "English"),
        "ar": translate("Vocabulary", "Arabic"),
    }
    return names.get(code, code)


def edge_kind_name(kind: str) -> str:
    """A line of the who-relayed-whom map: how one node carries another."""
    names = {
        "reports": translate("Vocabulary", "reports"),
        "relays": translate("Vocabulary", "relays"),
        "denies": translate("Vocabulary", "denies"),
        "quotes": translate("Vocabulary", "quotes"),
        "no comment": translate("Vocabulary", "no comment"),
    }
    return names.get(kind, kind)


def kappa_words(words: str) -> str:
    """Landis and Koch's words for a kappa (from `describe_kappa`), in the window's language."""
    names = {
        "undefined": translate("Vocabulary", "undefined"),
        "poor": translate("Vocabulary", "poor"),
        "slight": translate("Vocabulary", "slight"),
        "fair": translate("Vocabulary", "fair"),
        "moderate": translate("Vocabulary", "moderate"),
        "substantial": translate("Vocabulary", "substantial"),
        "almost perfect": translate("Vocabulary", "almost perfect"),
    }
    return names.get(words, words)


def role_name(role: str) -> str:
    """A role on a team library (the server's grant), in the window's language."""
    names = {
        "owner": translate("Vocabulary", "owner"),
        "reader": translate("Vocabulary", "reader"),
        "checker": translate("Vocabulary", "checker"),
        "editor": translate("Vocabulary", "editor"),
    }
    return names.get(role, role)
