"""Reading one English sentence: which cue it carries, who the claim is attributed to, what is
claimed."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.assist import cues, documents, hedges
from workbench.assist.readings import Attribution, Reading
from workbench.assist.sentences import inside_quote as _inside
from workbench.assist.sentences import quoted_ranges
from workbench.assist.sources import OUTLET_WORDS, PRONOUNS, ActorMemory, classify, same_actor
from workbench.assist.tags import end_tag_first
from workbench.core.vocabulary import SourceKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_AUXILIARIES = _words(
    "is are was were be been being will would can could should may might must do does did"
)
_LEADING_FILLER = re.compile(
    r"^(?:and|but|while|whereas|as|since|because|although|though|meanwhile|however|also|so|yet"
    r"|in\s+a\s+statement|in\s+a\s+post|at\s+the\s+same\s+time|in\s+turn|for\s+(?:its|his|her|their)"
    r"\s+part|in\s+response|on\s+the\s+other\s+hand|in\s+this\s+context|separately|earlier|later|then|instead)\b[\s,]*",
    re.IGNORECASE,
)
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:also|previously|later|earlier|separately|on\s+\w+|late\s+on\s+\w+|early\s+on\s+\w+"
    r"|last\s+\w+|in\s+a\s+statement(?:\s+on\s+\w+)?|this\s+week|on\s+condition\s+of\s+anonymity))+$",
    re.IGNORECASE,
)
_CLAIM_LEAD = re.compile(
    r"^[\s,:;\"“”'’]*(?:(?:late|early)\s+)?(?:on\s+\w+\s*|last\s+\w+\s*|in\s+a\s+statement\s*"
    r"|this\s+week\s*|,\s*)*(?:that\s+)?",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"^\s+((?:the\s+|a\s+|an\s+)?(?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+?)(?=\s+(?:that|on|in|last|late|"
    r"earlier|this)\b|\s*[,.;:\"“]|\s*$)",
    re.IGNORECASE,
)
_TRAILING_AUXILIARY = re.compile(
    r"\s+(?:would|will|could|can|did|does|do|has|have|had|is|was|were|are)(?:\s+not)?\s*$",
    re.IGNORECASE,
)
_NAME_FIRST = re.compile(r"^[A-Z][\w'’\-]+\s+(?:(?:al|el|bin|ibn|de|van|von)[\s\-])?[A-Z]")
_GROUP_PRONOUNS = frozenset({"one of them", "both of them", "one of the two"})
_CLAUSE_BREAK = re.compile(r"[,.?!][\"”’]|[;:()“]|^[\"”]")
_POSSESSED_RECORD = re.compile(
    r"^((?:the\s+)?.+?)['’]s?\s+(?:own\s+|latest\s+|official\s+|new\s+)?(?:figures|estimates?|data"
    r"|statement|records|account|analysis|survey|count|tally|numbers|statistics)$",
    re.IGNORECASE,
)
_RECIPIENT_END = _words("that on in about last late earlier this he she they it we")
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\s+$", re.IGNORECASE)
_NOT_ACTORS = _words(
    "principle principles logic rule rules law laws plan plans schedule tradition custom theory "
    "idea notion terms constitution agreement protocol procedure procedures timetable standards "
    "guidelines formula criteria"
)
_SAY_WORD = re.compile(rf"(?:{cues.SAY_VERBS})", re.IGNORECASE)
_SECONDARY_CUES = frozenset({"citing", "quoting"})
_AS_SAYING = re.compile(r"\bas\s+say(?:ing)?\b", re.IGNORECASE)
# "to say" and "was reported" name no speaker: an infinitive or a passive with no agent
_NOT_SPOKEN = re.compile(
    r"(?:\bto|\b(?:is|are|was|were|be|been|being)(?:\s+(?:also|widely|\w+ly))?)\s+$", re.IGNORECASE
)
_RELAYED_BY = re.compile(
    r"\b(?i:(?:quoted|cited|interviewed|contacted)\s+by|speaking\s+to|talking\s+to"
    r"|in\s+an\s+interview\s+with)\s+"
    r"(?P<src>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]*)"
)


def read_sentence(sentence: str, memory: ActorMemory, own_outlet: str | None) -> Reading | None:
    """Read one sentence, or None when it carries no checkable claim."""
    attributions = _attributions(sentence, memory, own_outlet)
    refusal = cues.REFUSAL_EN.search(sentence)
    if refusal:
        subject = (
            None
            if _inside(refusal.start(), quoted_ranges(sentence))
            else _subject_before(sentence, refusal.start(), memory)
        )
        found = list(attributions)
        if subject and not any(a.source_span == subject.source_span for a in found):
            found.insert(0, subject)
        if found:
            return Reading("refusal", refusal.group(), tuple(found), sentence)
    denial = next(
        (
            m
            for m in cues.DENIAL_EN.finditer(sentence)
            if not _NEGATED.search(sentence[: m.start()])
            and not (_is_verb_cue(m.group()) and hedges.PASSIVE.search(sentence[: m.start()]))
        ),
        None,
    )
    if denial:
        found = list(attributions)
        if _is_verb_cue(denial.group()):
            # "X denied": X is the denier; in "the report is baseless" the subject is what is denied
            subject = _subject_before(sentence, denial.start(), memory)
            if subject:
                found.insert(0, subject)
        if found:
            claim = _claim_after_denial(sentence, denial) or _claim(sentence, found[0])
            return Reading("denial", denial.group(), tuple(found), claim)
    if attributions:
        return Reading(
            "attribution", attributions[0].cue, attributions, _claim(sentence, attributions[0])
        )
    finding = documents.own_finding(sentence, own_outlet)
    if finding:
        _, span, verb = finding
        verb_start = sentence.find(verb, span[1])
        attribution = Attribution(
            own_outlet, SourceKind.OUTLET, verb, span, (verb_start, verb_start + len(verb))
        )
        return Reading("attribution", verb, (attribution,), _claim(sentence, attribution))
    anonymous = cues.ANONYMOUS_PHRASE_EN.search(sentence)
    if anonymous:
        span = anonymous.span()
        attribution = Attribution(
            anonymous.group(), SourceKind.ANONYMOUS, anonymous.group(), span, span
        )
        return Reading("attribution", anonymous.group(), (attribution,), sentence)
    unsourced = cues.UNSOURCED_EN.search(sentence)
    if unsourced:
        return Reading("unsourced", unsourced.group(), (), sentence)
    return None


def _attributions(sentence: str, memory: ActorMemory, own: str | None) -> tuple[Attribution, ...]:
    found: list[Attribution] = []
    colon = cues.COLON_REPORTS_EN.match(sentence)
    if colon:
        phrase = colon.group("src")
        found.append(_make(phrase, memory, "reports:", colon.span("src"), colon.span()))
    for match in cues.ACCORDING_EN.finditer(sentence):
        tail = sentence[match.end() :]
        np = re.match(r"((?:[^,.;:\"“”()]|\.(?=\w))+)", tail)
        if not np:
            continue
        phrase = _trim_object(np.group(1))
        if not phrase or not _names_actor(phrase):
            continue
        start = match.end()
        made = _make(
            phrase, memory, match.group().strip(), (start, start + len(phrase)), match.span()
        )
        reviewed = documents.reviewed_documents(phrase)
        if reviewed:
            # "according to records seen by the Ledger": the records, through whoever saw them
            made = replace(made, kind=SourceKind.OTHER)
            offset = start + phrase.index(reviewed[1])
            reviewer = _make(
                reviewed[1], memory, made.cue, (offset, offset + len(reviewed[1])), match.span()
            )
            if reviewer.kind is SourceKind.OUTLET:
                found.append(reviewer)
        found.append(made)
    document = documents.document_source(sentence)
    if document:
        found.append(
            _make(document.phrase, memory, document.verb, document.span, document.verb_span)
        )
        found[-1] = replace(found[-1], source=document.phrase, kind=SourceKind.OTHER)
        if document.reviewer and document.reviewer_span:
            reviewer = _make(
                document.reviewer, memory, document.verb, document.reviewer_span, document.verb_span
            )
            if reviewer.kind is SourceKind.OUTLET:
                found.append(reviewer)
    for match in _RELAYED_BY.finditer(sentence):
        relayer = _make(
            match.group("src"), memory, match.group().split()[0], match.span("src"), match.span()
        )
        if relayer.kind is SourceKind.OUTLET:
            found.append(relayer)
    quoted = quoted_ranges(sentence)
    for match in cues.SAY_EN.finditer(sentence):
        if _is_noun_use(sentence, match.start()) or _inside(match.start(), quoted):
            continue
        if _NOT_SPOKEN.search(sentence[: match.start()]) or sentence[match.end() :].startswith(
            (" by ", " of ")
        ):
            continue
        if document and match.start() == document.verb_span[0]:
            continue
        verb = match.group().lower().split()[-1]
        subject = _subject_before(sentence, match.start(), memory, cue=match)
        if subject is None:
            subject = _subject_after(sentence, match, memory)
        if subject is None:
            continue
        found.append(subject)
        if verb in ("told", "tells"):
            phrase = _recipient(sentence[match.end() :])
            if phrase:
                start = sentence.find(phrase, match.end())
                told = _make(phrase, memory, "told", (start, start + len(phrase)), match.span())
                if told.kind is SourceKind.OUTLET:
                    found.append(told)
    ordered = sorted(found, key=lambda a: (a.cue.lower() in _SECONDARY_CUES, a.cue_span[0]))
    return tuple(_dedupe(end_tag_first(sentence, ordered), own))


def _recipient(tail: str) -> str | None:
    """Who was told: the longest run after "told" that ends in a name or an outlet noun."""
    words = re.findall(r"[\w'’.\-]+|[,;:\"“”]", tail)[:7]
    best = None
    for n in range(1, len(words) + 1):
        last = words[n - 1]
        if not re.match(r"[\w]", last) or last.lower() in _RECIPIENT_END:
            break
        if last[:1].isupper() or last.lower() in OUTLET_WORDS:
            best = " ".join(words[:n])
    if best and best.lower() in ("reporters", "journalists"):
        return None
    return best.rstrip(".") if best else None


def _dedupe(found: list[Attribution], own: str | None) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    result: list[Attribution] = []
    for item in found:
        if item.source_span in seen:
            continue
        seen.add(item.source_span)
        result.append(item)
    return result


def _make(
    phrase: str,
    memory: ActorMemory,
    cue: str,
    source_span: tuple[int, int],
    cue_span: tuple[int, int],
    context: str = "",
) -> Attribution:
    """An attribution to `phrase`, resolved to an earlier actor when it points back to one."""
    owner = _POSSESSED_RECORD.match(phrase)
    if owner:
        phrase = owner.group(1)  # "the office's figures" speak for the office
    resolved = memory.resolve(phrase)
    if resolved:
        return Attribution(resolved[0], resolved[1], cue, source_span, cue_span)
    kind = classify(f"{phrase}, {context}" if context else phrase)
    return Attribution(phrase, kind, cue, source_span, cue_span)


def _is_verb_cue(cue: str) -> bool:
    return bool(re.match(r"(?:den|reject|dismiss|refut|rebuff|disput|contradict|rule)", cue, re.I))


def _is_noun_use(sentence: str, pos: int) -> bool:
    before = sentence[:pos].rstrip().lower()
    last = before.split()[-1] if before.split() else ""
    return last in ("the", "a", "an", "this", "these", "its", "his", "her", "their", "new") or (
        last.endswith(("'s", "’s"))
    )


def _subject_before(
    sentence: str, pos: int, memory: ActorMemory, cue: re.Match[str] | None = None
) -> Attribution | None:
    """The actor named just before the verb at `pos`, skipping an appositive between commas."""
    prefix = _TRAILING_AUXILIARY.sub(" ", sentence[:pos])
    closers = [m.end() - 1 for m in _CLAUSE_BREAK.finditer(prefix)]
    cut = closers[-1] if closers else -1
    that = prefix.lower().rfind(" that ")
    cut = max(cut, that + 5 if that >= 0 else -1)
    region_start = cut + 1
    region = prefix[region_start:]
    segments = region.split(",")
    appositive = ""
    if len(segments) >= 3 and not segments[-1].strip():
        head, appositive = segments[-3], segments[-2].strip()
    else:
        head = segments[-1]
    offset = region_start + region.rfind(head)
    phrase = _TRAILING_TIME.sub("", head.strip()).strip().lstrip("-–—•* ")
    phrase = _LEADING_FILLER.sub("", phrase).strip()
    phrase = _LEADING_FILLER.sub("", phrase).strip()
    if phrase.lower() in ("which", "who") and len(segments) >= 2:
        phrase = _trailing_noun_phrase(segments[-2])
        offset = region_start + region.rfind(phrase) if phrase else offset
    if _NAME_FIRST.match(appositive) and _person_name_like(appositive):
        phrase, appositive = appositive, phrase  # "the directorate's director, Mirela Stanic, said"
    if phrase.lower() in PRONOUNS or phrase.lower() in _GROUP_PRONOUNS:
        if memory.resolve(phrase) is None:
            return None
    elif not _plausible_subject(phrase):
        return None
    found = sentence.find(phrase, offset)
    start = found if found >= 0 else offset
    span = (start, start + len(phrase))
    cue_text = cue.group() if cue else sentence[pos : pos + 12].split(" ")[0]
    cue_span = cue.span() if cue else (pos, pos + len(cue_text))
    return _make(phrase, memory, cue_text.strip(), span, cue_span, context=appositive)


def _trailing_noun_phrase(text: str) -> str:
    """The noun phrase ending a clause: "contacted Ostria's defence ministry" -> "Ostria's ..."."""
    words = text.split()[-5:]
    while words and not (words[0][:1].isupper() or words[0].lower() in ("the", "its", "their")):
        words.pop(0)
    return " ".join(words)


def _person_name_like(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() or re.match(r"(?:al|el|bin|ibn|de|van|von)\b", w) for w in words
    )


def _subject_after(sentence: str, match: re.Match[str], memory: ActorMemory) -> Attribution | None:
    """The inverted form: '"...," said a spokesman for the ministry.'"""
    before = sentence[: match.start()].rstrip()
    if not before.endswith((",", '"', "”", "’")):
        return None
    tail = sentence[match.end() :]
    np = re.match(r"\s+((?:[^,.;:\"“”]|\.(?=\w))+)", tail)
    if not np:
        return None
    phrase = _trim_object(np.group(1))
    if not _plausible_subject(phrase) or phrase.lower().startswith(("that", "on ", "in ")):
        return None
    start = match.end() + np.start(1)
    return _make(phrase, memory, match.group(), (start, start + len(phrase)), match.span())


def _names_actor(phrase: str) -> bool:
    """Whether an "according to" object is an actor or a record, not a rule, plan or logic."""
    words = re.findall(r"[a-z]+", re.split(r"\bof\b", phrase.lower())[0])
    return bool(words) and words[-1] not in _NOT_ACTORS


def _trim_object(phrase: str) -> str:
    phrase = re.split(r"\s+(?:that|as\s+saying|as\s+having|who\s+said|on\s+condition)\b", phrase)[0]
    phrase = _TRAILING_TIME.sub("", phrase.strip())
    words = phrase.split()
    return " ".join(words[:12])


def _plausible_subject(phrase: str) -> bool:
    if not phrase:
        return False
    words = [w.strip(",.'\"’“”").lower() for w in phrase.split()]
    if len(words) > 14:
        return False
    if any(w in _AUXILIARIES or _SAY_WORD.fullmatch(w) for w in words):
        return False
    if "according to" in phrase.lower():
        return False
    if words[0] in ("it", "there", "this", "which", "what") and len(words) == 1:
        return False
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    if len(words) == 1 and words[0] in OUTLET_WORDS:
        return False
    return any(c.isalpha() for c in phrase)


def _claim(sentence: str, attribution: Attribution) -> str:
    s0, s1 = attribution.source_span
    c0, c1 = attribution.cue_span
    if attribution.cue.lower() in ("told", "tells"):
        recipient = _recipient(sentence[c1:])
        if recipient and recipient in sentence[c1:]:
            c1 = sentence.find(recipient, c1) + len(recipient)
    lo, hi = min(s0, c0), max(s1, c1)
    before = _clean_claim(sentence[:lo])
    tail = sentence[hi:]
    saying = _AS_SAYING.search(tail)
    after = _clean_claim(tail[saying.end() :] if saying else tail)
    return after if len(after) >= len(before) else before


def _claim_after_denial(sentence: str, denial: re.Match[str]) -> str | None:
    tail = sentence[denial.end() :]
    match = re.match(r"\s+(?:on\s+\w+\s+)?that\s+(.+)", tail)
    if match:
        return _clean_claim(match.group(1))
    return None


def _clean_claim(text: str) -> str:
    text = _CLAIM_LEAD.sub("", text)
    text = text.strip().strip(",;:").strip()
    text = text.strip("\"“”'’").strip().rstrip(",.;:").strip()
    return text


def is_own_outlet(name: str | None, own: str | None) -> bool:
    return same_actor(name, own)
