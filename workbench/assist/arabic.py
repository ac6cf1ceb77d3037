"""Reading one Arabic sentence. Arabic news prose is mostly verb-first ("نفت الوزارة ..."), so the
actor
is the noun phrase that follows the cue verb, and a verb with no noun after it points back to the
last
actor named."""

from __future__ import annotations

import re

from workbench.assist import cues
from workbench.assist.english import Attribution, Reading
from workbench.assist.sources import ActorMemory, classify
from workbench.core.vocabulary import SourceKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS = _words(
    """أن إن أنّ إنّ بأن بأنه بأنها ان على عن في من إلى الى التعليق التقرير يوم اليوم أمس مساء صباح
    خلال بعد قبل مرور إنه إنها أنه أنها لـ عبر حول بشأن الذي التي"""
)
_STRIP = "،,.:؛\"«»“”()'"


def read_sentence(sentence: str, memory: ActorMemory, own_outlet: str | None) -> Reading | None:
    refusal = cues.REFUSAL_AR.search(sentence)
    if refusal:
        verb_end = refusal.start() + len(refusal.group().split()[0])
        found = _actor_at(sentence, verb_end, refusal.group().strip(), refusal.span(), memory)
        found = found or _first_verb_actor(sentence, memory)
        if found:
            return Reading("refusal", refusal.group().strip(), (found,), sentence)
    denial = cues.DENIAL_AR.search(sentence)
    if denial:
        found = _actor_before(sentence, denial, memory) if _is_verb(denial) else None
        if found is None and _is_verb(denial):
            found = _actor_after(sentence, denial, memory)
        found = found or _first_verb_actor(sentence, memory)
        if found:
            return Reading("denial", denial.group().strip(), (found,), _rest(sentence, found))
    attributions: list[Attribution] = []
    for match in cues.ACCORDING_AR.finditer(sentence):
        found = _actor_after(sentence, match, memory)
        if found:
            attributions.append(found)
    for match in cues.SAY_AR.finditer(sentence):
        found = _actor_after(sentence, match, memory) or _implicit(match, memory)
        if found:
            attributions.append(found)
            told = _told_outlet(sentence, found, memory)
            if told:
                attributions.insert(0, told)
    if attributions:
        return Reading(
            "attribution",
            attributions[0].cue,
            tuple(attributions),
            _rest(sentence, attributions[0]),
        )
    unsourced = cues.UNSOURCED_AR.search(sentence)
    if unsourced:
        return Reading("unsourced", unsourced.group().strip(), (), sentence)
    return None


_TOLD_OUTLET = re.compile(r"(?<!\S)(?:ل|لـ\s*)(?:ل?صحيفة|ل?وكالة|ل?قناة|ل?موقع|لجريدة)\S*")


def _told_outlet(sentence: str, speaker: Attribution, memory: ActorMemory) -> Attribution | None:
    """ "قال مسؤول للصحيفة": a speaker who told an outlet, which the article then relays."""
    tail = re.split(r"\s(?:إن|أن|بأن)\s", sentence[speaker.source_span[1] :])[0][:40]
    match = _TOLD_OUTLET.search(tail)
    if not match:
        return None
    start = speaker.source_span[1] + tail.index(match.group())
    span = (start, start + len(match.group()))
    outlet = memory.resolve("الصحيفة")
    if outlet:
        return Attribution(outlet[0], outlet[1], speaker.cue, span, speaker.cue_span)
    told = match.group()
    name = "ال" + told[2:] if told.startswith("لل") else told[1:].lstrip("ـ ")
    return Attribution(name, SourceKind.OUTLET, speaker.cue, span, speaker.cue_span)


def _is_verb(match: re.Match[str]) -> bool:
    return len(match.group().split()) == 1


def _actor_after(sentence: str, match: re.Match[str], memory: ActorMemory) -> Attribution | None:
    return _actor_at(sentence, match.end(), match.group().strip(), match.span(), memory)


def _actor_at(
    sentence: str, position: int, cue: str, cue_span: tuple[int, int], memory: ActorMemory
) -> Attribution | None:
    """The noun phrase naming the actor right after a cue verb ending at `position`."""
    tail = sentence[position:]
    words: list[str] = []
    start = None
    end = position
    for token in re.finditer(r"\S+", tail):
        bare = token.group().strip(_STRIP)
        if not bare or bare in _STOP_WORDS or bare.startswith(("بأن", "لأن")):
            break
        if words and _TOLD_OUTLET.fullmatch(bare):
            break  # "قال مهندس للصحيفة": whom he told, not part of who he is
        if start is None:
            start = position + token.start() + token.group().index(bare[0])
        words.append(bare)
        end = position + token.start() + token.group().rindex(bare[-1]) + 1
        if token.group().endswith(("،", ",", ".", ":", "؛")) or len(words) >= 5:
            break
    if not words or start is None:
        return None
    phrase = " ".join(words)
    span = (start, end)
    resolved = memory.resolve(phrase)
    if resolved:
        return Attribution(resolved[0], resolved[1], cue, span, cue_span)
    return Attribution(phrase, classify(phrase), cue, span, cue_span)


_PRESENT = re.compile(r"^[وف]?[يت]")


def _actor_before(sentence: str, match: re.Match[str], memory: ActorMemory) -> Attribution | None:
    """Subject first ("الوزارة تنفي إغلاق المعبر"): the actor is the noun phrase before the verb."""
    verb = match.group().strip()
    if not _PRESENT.match(verb):
        return None
    before = sentence[: match.start()]
    head = re.split(r"[،,.:؛\"«»“”()]", before)[-1]
    words = head.split()
    if not 1 <= len(words) <= 5 or any(w in _STOP_WORDS for w in words):
        return None
    phrase = " ".join(words)
    start = before.rindex(words[0])
    span = (start, start + len(phrase))
    resolved = memory.resolve(phrase)
    if resolved:
        return Attribution(resolved[0], resolved[1], verb, span, match.span())
    return Attribution(phrase, classify(phrase), verb, span, match.span())


def _implicit(match: re.Match[str], memory: ActorMemory) -> Attribution | None:
    latest = memory.actors[-1] if memory.actors else None
    if latest is None:
        return None
    return Attribution(latest[0], latest[1], match.group().strip(), match.span(), match.span())


def _first_verb_actor(sentence: str, memory: ActorMemory) -> Attribution | None:
    """The actor after the sentence's first cue verb, for denials voiced through "وصفت ... بأنه"."""
    verb = cues.SAY_AR.search(sentence)
    if verb:
        return _actor_after(sentence, verb, memory) or _implicit(verb, memory)
    return None


def _rest(sentence: str, attribution: Attribution) -> str:
    hi = max(attribution.source_span[1], attribution.cue_span[1])
    rest = sentence[hi:].strip(_STRIP + " ")
    rest = re.sub(r"^(?:ف?[إأ]نّ?|بأن\S*)\s+", "", rest)
    return rest if len(rest) > 12 else sentence


_NEGATION_AR = re.compile(
    r"(?:^|\s)[وف]?(?:لا|لم|لن|ليس|ليست|لسنا|غير|عدم|نفي|ينفي|تنفي|نفت|نفى|يرفض|ترفض|رفض|يستبعد"
    r"|تستبعد|استبعد|استبعدت|كذب|تكذب|يكذب|ينفون|مفبرك|شائعة|شائعات|إشاعة|كاذب\S*|زائف\S*|مزيف\S*)"
    r"(?=\s|$|[،.:؛])"
    r"|لا\s+صحة|عار\S*\s+(?:عن|من)\s+الصحة|غير\s+صحيح\S*"
)
_HEDGE_AR = re.compile(
    r"(?:^|\s)[وب]?(?:أنباء|انباء|تقارير|تقرير:?|مصادر|مصدر|يعتقد|يُعتقد|يرجح|يُرجح|ربما|قد|مزاعم"
    r"|ادعاءات|أنباء\s+عن|هل|مزعوم\S*|محتمل\S*|احتمال)(?=\s|$|[،.:؛])|[?؟]\s*$"
)


def stance_of(sentence: str) -> str:
    """The stance of an Arabic headline or lead that names no source: a negation or a denial verb
    denies, hedged wording relays, anything else asserts."""
    if _NEGATION_AR.search(sentence):
        return "denies"
    if _HEDGE_AR.search(sentence):
        return "relays"
    return "asserts"
