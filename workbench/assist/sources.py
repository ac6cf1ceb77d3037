"""Who a claim is attributed to: trimming the phrase that names the actor and telling its kind.

The kind decides the stance (another outlet means a relay), so the rules look at the words a
reporter
uses to name an actor: outlet names and nouns ("the newspaper", "Reuters"), official bodies
("ministry",
"embassy"), anonymity ("a source familiar with the matter"), and personal names with their titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.core.vocabulary import SourceKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KNOWN_OUTLETS = (
    "reuters",
    "associated press",
    "afp",
    "agence france-presse",
    "ap",
    "bloomberg",
    "bbc",
    "cnn",
    "al jazeera",
    "al arabiya",
    "sky news",
    "fox news",
    "nbc",
    "abc news",
    "cbs",
    "npr",
    "axios",
    "politico",
    "xinhua",
    "tass",
    "interfax",
    "ria novosti",
    "irna",
    "anadolu",
    "yonhap",
    "kyodo",
    "dpa",
    "efe",
    "ansa",
    "haaretz",
    "le monde",
    "der spiegel",
    "nyt",
    "wsj",
    "guardian",
)
OUTLET_WORDS = _words(
    """newspaper newspapers paper daily weekly agency wire times post journal chronicle herald
    ledger
    tribune gazette telegraph guardian review observer independent express mirror mail courier
    dispatch bulletin monitor standard sun star record register inquirer examiner globe magazine
    television tv radio channel broadcaster network outlet outlets news press media
    correspondent report reports reporting broadcast documentary investigation"""
)
# Nouns that point back to an outlet already named ("the newspaper said").
OUTLET_ANAPHORA = _words(
    "newspaper paper daily outlet agency broadcaster channel report website publication"
)
OFFICIAL_WORDS = _words(
    """ministry ministries minister government authority authorities embassy consulate police army
    military navy command department office council commission parliament presidency president
    premier administration pentagon kremlin cabinet court prosecutor prosecutors governor mayor
    committee bureau directorate spokesman spokeswoman spokesperson ambassador state agency
    ministers officials official inspectorate regulator customs coastguard guard ministry's
    municipality senate congress legislature palace secretariat"""
)
GROUP_WORDS = _words(
    """brigade brigades militia militias faction factions group groups movement party company
    companies firm corporation union association network networks organisation organization
    forces fighters rebels coalition alliance front
    cooperative co-operative coop bank holdings ltd limited inc plc llc corp gmbh industries
    partners capital energy foods mining shipping fishers farms motors pharma pharmaceuticals
    chemicals logistics trust fund foundation institute university hospital society federation
    club airlines airways financial insurance securities investments ventures enterprises
    solutions technologies labs mills estates properties construction utilities bancorp
    exports imports agrochem systems"""
)
# Company names built on a trade word ("Kestrel Agrochem", "Norvatech") are not people.
_ORG_SUFFIX = re.compile(r"(?:chem|tech|corp|pharm|soft)$", re.IGNORECASE)
PERSON_TITLES = _words(
    """analyst analysts expert experts lawmaker lawmakers mp minister spokesman spokeswoman
    spokesperson president senator governor mayor director chief professor researcher economist
    ambassador commander general colonel lieutenant captain adviser advisor secretary politician
    activist journalist editor writer author lawyer judge leader head chairman chairwoman
    mr mrs ms dr prof gen col lt sgt capt"""
)
ANONYMOUS_WORDS = _words(
    """source sources official officials person people insider insiders diplomat diplomats
    commander commanders member members resident residents witness witnesses aide aides
    officer officers"""
)
ANONYMOUS_MARKERS = re.compile(
    r"anonymity|not\s+(?:authori[sz]ed|permitted|allowed)|asked\s+not\s+to\s+be|unnamed|"
    r"familiar\s+with|close\s+to\s+the|briefed\s+on|with\s+knowledge",
    re.IGNORECASE,
)
PRONOUNS = _words("he she they it we i him her them")
_DETERMINERS = _words(
    "a an one two three four five several some many few various the this that these those"
)
_CAP_WORD = re.compile(r"[A-Z][\w'’\-]*")

AR_OUTLET = re.compile(
    r"صحيفة|جريدة|وكالة|قناة|موقع|تلفزيون|إذاعة|الصحيفة|الوكالة|القناة|نيوز|تايمز"
    r"|رويترز|فرانس\s+برس|أسوشيتد|بي\s+بي\s+سي|الجزيرة|التقرير|مجلة|المجلة"
)
AR_OFFICIAL = re.compile(
    r"وزارة|الوزارة|هيئة|الهيئة|سفارة|السفارة|حكومة|الحكومة|قيادة|القيادة|الجيش"
    r"|الشرطة|رئاسة|مكتب|مجلس|البرلمان|وزير|الوزير|المتحدث\s+باسم|الناطق\s+باسم"
    r"|السلطات|سلطات|مديرية|الرئاسة|الرئيس"
)
AR_ANONYMOUS = re.compile(r"مصدر|مصادر|مسؤول|مسؤولون|مسؤولين|قائد|قائداً|قائدا|عضو|شاهد|شهود")
AR_PERSON = re.compile(
    r"^(?:ال)?(?:محلل|خبير|نائب|وزير|سفير|الدكتور|د\.|المحلل|الخبير|النائب"
    r"|الناشط|الباحث|الكاتب|المتحدث)\S*\s+\S+"
)
AR_GROUP = re.compile(r"ألوية|فصائل|فصيل|ميليشيا|جماعة|حركة|حزب|شركة|كتائب")


def normalise(name: str) -> str:
    """A name reduced for comparison: lower case, no articles, possessives or punctuation."""
    text = name.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = [w for w in text.split() if w not in ("the", "a", "an", "ال")]
    return " ".join(words)


def same_actor(a: str | None, b: str | None) -> bool:
    """True when one name's words are all in the other ("the Chronicle" / "The Northern
    Chronicle")."""
    if not a or not b:
        return False
    wa, wb = set(normalise(a).split()), set(normalise(b).split())
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa


def is_arabic(text: str) -> bool:
    return bool(re.search(r"[\u0600-\u06FF]", text))


def classify(phrase: str) -> SourceKind:
    """The kind of actor a source phrase names."""
    if is_arabic(phrase):
        return _classify_arabic(phrase)
    words = [w.strip(",.;:'\"“”’()").lower() for w in phrase.split()]
    words = [w[:-2] if w.endswith("'s") or w.endswith("’s") else w for w in words]
    lowered = " " + " ".join(words) + " "
    head = _head_noun(words)
    if re.search(r"\bspokes(?:man|woman|person)\s+(?:for|of)\b", lowered) and not _person_name(
        phrase
    ):
        return SourceKind.OFFICIAL
    if ANONYMOUS_MARKERS.search(phrase):
        return SourceKind.ANONYMOUS
    if _person_name(phrase):
        return SourceKind.PERSON
    if any(f" {name} " in lowered for name in KNOWN_OUTLETS) or head in OUTLET_WORDS:
        return SourceKind.OUTLET
    if head in OFFICIAL_WORDS and not (words and words[0] in _DETERMINERS - {"the"}):
        return SourceKind.OFFICIAL
    if head in GROUP_WORDS:
        return SourceKind.OTHER
    if head in ANONYMOUS_WORDS or head in OFFICIAL_WORDS:
        return SourceKind.ANONYMOUS
    if any(w in OFFICIAL_WORDS for w in words):
        return SourceKind.OFFICIAL
    if any(w in OUTLET_WORDS for w in words) and _CAP_WORD.search(phrase):
        return SourceKind.OUTLET
    return SourceKind.OTHER


def _head_noun(words: list[str]) -> str:
    """The last word before a prepositional tail ("spokesman for the army" -> "spokesman")."""
    head_words: list[str] = []
    for word in words:
        if word in (
            "of",
            "for",
            "at",
            "in",
            "from",
            "on",
            "with",
            "who",
            "which",
            "that",
            "close",
            "by",
        ):
            break
        head_words.append(word)
    return head_words[-1] if head_words else (words[-1] if words else "")


def _person_name(phrase: str) -> str | None:
    """The personal name in a phrase: two or more capitalised words that name no body or outlet."""
    tokens = phrase.replace(",", " , ").split()
    run: list[str] = []
    best: list[str] = []
    for token in [*tokens, ","]:
        bare = token.strip(".;:'\"“”()’")
        lower = bare.lower().removesuffix("'s").removesuffix("’s")
        capital = bool(_CAP_WORD.fullmatch(bare)) or bool(
            re.fullmatch(
                r"(?:al|el|bin|ibn|van|von|de|"
                r"al-\w+)",
                bare,
            )
        )
        blocked = (
            lower in OFFICIAL_WORDS
            or lower in OUTLET_WORDS
            or lower in GROUP_WORDS
            or lower in _DETERMINERS
            or lower in PERSON_TITLES
            or lower in PRONOUNS
        )
        if capital and not blocked and not bare.endswith("'s") and not bare.endswith("’s"):
            run.append(bare)
            continue
        if capital and lower in PERSON_TITLES:
            run = []
            continue
        if (
            len(run) >= 2
            and not _looks_like_place_or_body(run, lower)
            and not any(_ORG_SUFFIX.search(w) and len(w) > 5 for w in run)
        ):
            best = run
        run = []
    return " ".join(best) if best else None


def _looks_like_place_or_body(run: list[str], following: str) -> bool:
    # "Tel Safra crossing", "Joint Operations Command", "Astros II launchers": a capitalised run
    # followed
    # by a body or thing noun is a name of that thing, not of a person.
    return (
        following in OFFICIAL_WORDS
        or following in GROUP_WORDS
        or following in OUTLET_WORDS
        or (
            following.isalpha()
            and following.islower()
            and following not in ("said", "told", "says")
            and following in _THING_NOUNS
        )
    )


_THING_NOUNS = _words(
    "crossing border port city province region launcher launchers missile missiles system systems "
    "river airport base deal agreement accord"
)


def _classify_arabic(phrase: str) -> SourceKind:
    if AR_PERSON.search(phrase):
        return SourceKind.PERSON
    if re.search(r"المتحدث\s+باسم|الناطق\s+باسم", phrase):
        return SourceKind.OFFICIAL
    if AR_OUTLET.search(phrase):
        return SourceKind.OUTLET
    if AR_ANONYMOUS.search(phrase.split()[0] if phrase.split() else ""):
        return SourceKind.ANONYMOUS
    if AR_OFFICIAL.search(phrase):
        return SourceKind.OFFICIAL
    if AR_GROUP.search(phrase):
        return SourceKind.OTHER
    if AR_ANONYMOUS.search(phrase):
        return SourceKind.ANONYMOUS
    return SourceKind.OTHER


@dataclass
class ActorMemory:
    """Actors named so far in an article, to resolve "the newspaper", "the ministry", "she"."""

    actors: list[tuple[str, SourceKind]] = field(default_factory=list)
    # who spoke in the sentence just read: "she" or "he" right after it is that speaker, even a
    # body (translated prose keeps the Arabic gender of "the embassy")
    speaker: tuple[str, SourceKind] | None = None

    def remember(self, phrase: str, kind: SourceKind) -> None:
        self.actors.append((phrase, kind))

    def notice(self, sentence: str) -> None:
        """Record outlets and bodies named in passing, so a later "the newspaper said" finds
        them."""
        for match in re.finditer(
            r"(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}?(?:[A-Z][\w'’\-]*)", sentence
        ):
            phrase = match.group().strip()
            words = [w.lower().removesuffix("'s").removesuffix("’s") for w in phrase.split()]
            known = any(name in " ".join(words) for name in KNOWN_OUTLETS if len(name) > 3)
            if known or (words and (words[-1] in OUTLET_WORDS or words[-1] in OFFICIAL_WORDS)):
                kind = classify(phrase)
                if kind in (SourceKind.OUTLET, SourceKind.OFFICIAL):
                    self.actors.append((phrase, kind))
        if is_arabic(sentence):
            for match in re.finditer(r"(?:صحيفة|وكالة|قناة|موقع)\s+\S+(?:\s+\S+)?", sentence):
                self.actors.append((match.group().strip('،."«»'), SourceKind.OUTLET))

    def resolve(self, phrase: str) -> tuple[str, SourceKind] | None:
        """The earlier actor a pronoun or a definite noun ("the authority") points back to."""
        words = normalise(phrase).split()
        if not words:
            return None
        if is_arabic(phrase):
            if re.fullmatch(r"(?:ال)?(?:صحيفة|الصحيفة|الوكالة|التقرير|الجريدة)", phrase.strip()):
                return self._latest(lambda name, kind: kind is SourceKind.OUTLET)
            return None
        if len(phrase.split()) == 1 and phrase.strip()[:1].isupper() and words[0] not in PRONOUNS:
            surname = words[0]
            return self._latest(
                lambda name, kind: (
                    kind is SourceKind.PERSON and normalise(name).split()[-1] == surname
                )
            )
        if len(words) == 1 and words[0] in PRONOUNS:
            if words[0] in ("he", "she"):
                if self.speaker is not None and self.speaker[1] is not SourceKind.OUTLET:
                    return self.speaker
                # an unnamed official or source is "he" as often as a named person is
                return self._latest(
                    lambda name, kind: kind in (SourceKind.PERSON, SourceKind.ANONYMOUS)
                )
            return self._latest(lambda name, kind: kind is not SourceKind.PERSON)
        if " ".join(words) in ("one of them", "both of them", "one of two"):
            return self._latest(lambda name, kind: kind is not SourceKind.OUTLET)
        if not phrase.lower().lstrip().startswith("the ") and not phrase.lower().startswith("its "):
            return None
        head = words[-1]
        if re.search(r"\w['’]s\b", phrase):
            return None
        if head in OUTLET_ANAPHORA or (len(words) <= 3 and head in ("daily", "newspaper", "paper")):
            return self._latest(lambda name, kind: kind is SourceKind.OUTLET)
        if head in OFFICIAL_WORDS and len(words) <= 2:
            return self._latest(
                lambda name, kind: kind is SourceKind.OFFICIAL and head in normalise(name).split()
            )
        return None

    def _latest(self, wanted) -> tuple[str, SourceKind] | None:
        for name, kind in reversed(self.actors):
            if wanted(name, kind) and normalise(name) not in ("report", "newspaper", "paper"):
                return name, kind
        return None
