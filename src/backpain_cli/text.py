"""Text into words: Unicode folding, British spellings, word stems, and words that say nothing.

Everything the search compares goes through `words`, the catalogue and the query alike, so that
"Discs", "disc" and "disk" meet as one word. Stems come from the Snowball English stemmer
(PyStemmer), the one Lucene and SQLite's FTS5 users rely on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import pairwise

import Stemmer

from .lexicon import COMPOUNDS, FILLER_WORDS, SPELLINGS
from .phrases import PHRASE_HINTS, PHRASES

# --- normalising ---------------------------------------------------------------------------------

# "S.I." is "SI", "M51.26" one code, "back...again" two words: a "." between two word characters
# goes (written with the "." first, which the regex engine finds fast); then "Bechterew's" is one
# word: quotes go
_JOINING_DOT = re.compile(r"\.(?<=\w\.)(?=\w)")
_NON_WORD = re.compile(r"[^\w\n]+|_+")
_NON_PREFIX = re.compile(r"\bnon[-\u2010\u2011](?=[^\W\d_])")
""""non-" joins its word, as it is also written: "non-radiographic" is "nonradiographic"."""
# The combining diacritical marks of Latin, Greek and Cyrillic: "á" is "a" once decomposed.
_COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_STEMMER = Stemmer.Stemmer("english")
# "L5", "S1", "T12": where in the spine, which says nothing about the cause. Only the real levels
# (C1-C8, T1-T12, L1-L5, S1-S5): "S32" and "C72" are the starts of codes.
SPINAL_LEVEL = re.compile(r"c[1-8]|t(?:1[0-2]|[1-9])|l[1-5]|s[1-5]")
CODE = re.compile(r"[a-z][0-9][0-9a-z]{1,5}")
"""A normalised ICD-10-CM code or the start of one: "m51", "m5126" (from "M51.26")."""


def is_code(word: str) -> bool:
    """Whether a normalised word is an ICD-10-CM code or the start of one."""
    return CODE.fullmatch(word) is not None


_COMPOUND = re.compile(r"\b(?:" + "|".join(k.replace(" ", r" +") for k in COMPOUNDS) + r")\b")


_PHRASE_KEYS = list(PHRASES)


@cache
def _hinted(hint: str) -> frozenset[int]:
    """The phrases whose pattern spells out this hint (worked out for the hints a text holds
    only: for all of them at once, a millisecond of every command's start)."""
    return frozenset(i for i, key in enumerate(_PHRASE_KEYS) if hint in key)


@cache
def _unhinted(hints: tuple[str, ...]) -> frozenset[int]:
    """The phrases that spell out none of these hints: always looked for."""
    return frozenset(i for i, key in enumerate(_PHRASE_KEYS) if not any(h in key for h in hints))


def _phrases(held: Iterable[str] | None = None) -> tuple[re.Pattern[str], list[str]] | None:
    """The everyday phrases a text that holds these hints may hold (all of them for None) as one
    pattern, each in a group of its own, and what each group reads as; None when it can hold
    none. Only those whose hints the text holds are compiled: the whole pattern takes 6 ms to
    compile, a tenth of a short command's time."""
    held = PHRASE_HINTS if held is None else held
    chosen = _unhinted(PHRASE_HINTS).union(*(_hinted(hint) for hint in held))
    return _pattern(tuple(sorted(chosen))) if chosen else None


_SPACES = re.compile(r" (?![?*+{])")


@cache
def _pattern(chosen: tuple[int, ...]) -> tuple[re.Pattern[str], list[str]]:
    # a space stands for one or more, an optional one (" ?") for none or one
    groups = "|".join(f"({_SPACES.sub(' +', _PHRASE_KEYS[i])})" for i in chosen)
    return re.compile(rf"\b(?:{groups})\b"), [PHRASES[_PHRASE_KEYS[i]] for i in chosen]


def normalize(text: str) -> str:
    """Fold Unicode compatibility forms, case, accents and punctuation; collapse spaces."""
    return normalize_many([text])[0]


def normalize_many(texts: list[str], phrases: bool = True) -> list[str]:
    """`normalize` for many texts: each distinct text once, in one pass over their joined text
    (fast for big catalogues, whose names come back as definitions and other names). Without
    `phrases`, the everyday phrases are left as they are."""
    distinct = list(dict.fromkeys(texts))
    joined = unicodedata.normalize("NFKC", "\n".join(t.replace("\n", " ") for t in distinct))
    joined = joined.casefold()
    if not joined.isascii():
        joined = re.sub(_COMBINING, "", unicodedata.normalize("NFKD", joined))
    joined = _JOINING_DOT.sub("", joined).replace("'", "").replace("\u2019", "").replace("`", "")
    joined = _NON_WORD.sub(" ", _NON_PREFIX.sub("non", joined))
    joined = _COMPOUND.sub(lambda m: COMPOUNDS[" ".join(m.group().split())], joined)
    lines = joined.split("\n")
    held = tuple(h for h in PHRASE_HINTS if h in joined) if phrases else ()
    if held and (found := _phrases(held)):
        # each text on its own, and only a text with a hint: most hold none (a text's hints are
        # among those the texts together hold, and a pattern of those few compiles quickly)
        pattern, read = found
        hinted = _hints(held).search
        lines = [
            pattern.sub(lambda m: read[(m.lastindex or 1) - 1], line) if hinted(line) else line
            for line in lines
        ]
    done = dict(zip(distinct, [" ".join(line.split()) for line in lines], strict=True))
    return [done[text] for text in texts]


def as_typed(text: str) -> dict[str, str]:
    """The words the everyday phrases put into a text, each with the words typed in their place
    ("dysuria": "burns when i pee"). A word the text holds as typed is none of them."""
    line = normalize_many([text], phrases=False)[0]
    held = tuple(h for h in PHRASE_HINTS if h in line)
    if not held or (found := _phrases(held)) is None:
        return {}
    pattern, read = found
    typed = set(line.split())
    return {
        word: match.group()
        for match in pattern.finditer(line)
        for word in read[(match.lastindex or 1) - 1].split()
        if word not in typed
    }


@cache
def _hints(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, hints)))


# The British "ae" of Greek and Latin words, between consonants: "leukaemia", "haematuria",
# "anaesthesia", "caesarean" are spelled with "e" in American English (not "vertebrae": at the end).
_BRITISH_AE = re.compile(r"(?<=[bcdfghklmnprstvz])ae(?=[bcdfghklmnprstvz])")


@cache
def stem(word: str) -> str:
    """One form of a normalised word: American spelling, then its Snowball stem."""
    word = SPELLINGS.get(word, word)
    if is_code(word):
        return word  # a code is not English: "m54" must not lose a letter
    if "ae" in word:
        word = _BRITISH_AE.sub("e", word)
    return str(_STEMMER.stemWord(word))


def words(text: str) -> list[str]:
    """The stems of a text's words, in order, filler included."""
    return [stem(w) for w in normalize(text).split()]


FILLER = frozenset(stem(w) for w in FILLER_WORDS.split())
"""The stems of the filler words."""
GLUE = frozenset(stem(w) for w in "a an the of in on at to for from by with and or my your".split())
"""Words a name can do without: "slipped a disc" is "slipped disc". Others ("all over") count."""


PAIN_WORDS = frozenset(
    stem(w) for w in "pain pains painful hurt hurts hurting ache aches aching sore".split()
)
"""Words for the pain itself: every cause here is a cause of back pain, so alone they say
nothing of which ("my back hurts" is as general as "back pain")."""
QUALIFIERS = frozenset(
    stem(w) for w in "unspecified other specified nos unknown region site".split()
)
"""Words of a classification's names that say which variant, not what ("Low back pain,
unspecified", "Other low back pain"): a query that names the rest has named it."""
PARTICLES = frozenset(stem(w) for w in "all over up out down off".split())
"""Filler words that change the meaning of the word beside them: "seized up", "all over"."""


def pairs(stems: Sequence[str]) -> list[str]:
    """Each two neighbouring words, without "the", "of", "my"...: "hurt all", "all over".

    Together they say what the words alone cannot ("hurts all over", "seized up", "threw my
    back out"), whatever small words stand between them; question words ("when I") never
    make a pair. A verb and its particle pair across one word too: "threw my back out" holds
    "throw out", as "thrown out back" does."""
    kept = [s for s in stems if s not in GLUE]
    found = [
        f"{a} {b}"
        for a, b in pairwise(kept)
        if (a not in FILLER or a in PARTICLES) and (b not in FILLER or b in PARTICLES)
    ]
    found += [
        f"{a} {c}"
        for a, b, c in zip(kept, kept[1:], kept[2:], strict=False)
        if c in PARTICLES and a not in FILLER and b not in FILLER
    ]
    return found


NEGATORS = frozenset(f(w) for w in "no without never nor".split() for f in (str, stem))
"""Words that take back what follows them: "no fever", "I don't have sciatica" (phrases.PHRASES
reads "don't have" as "no")."""
CLAUSE = frozenset(f(w) for w in "and but so because though although".split() for f in (str, stem))
"""Words that end what a negator takes back: "no fever but pain down my leg" ("or" does not:
"no fever or chills")."""
NEGATED = 3
"""How many words after a negator it takes back (filler words too, uncounted), in its clause.
Other negations describe what is there ("not improving", "doesn't go away"): they stay."""
_CLAUSE = re.compile(r"([^,;:.!?()]*)([,;:.!?()]*)")
"""A clause and the marks that end it."""
_ASKING_NOT = frozenset("isnt arent wasnt werent".split())
"""A question that opens with one of these asks about what follows: "isn't fibromyalgia just made
up?" is about fibromyalgia ("it isn't sciatica" denies it)."""


def affirmed(words: Sequence[str], negators: frozenset[str] = NEGATORS) -> list[str]:
    """The words (or stems), without those a negator takes back ("no fever but ...": "but ...")."""
    kept: list[str] = []
    taken = 0
    asking = False  # "how do I know it's not cancer?" asks about cancer
    for position, word in enumerate(words):
        asking = asking or (word in _KNOWING and "how" in words[max(0, position - 4) : position])
        denies = word in negators and not asking
        # "I can no longer control my bladder" tells a sign; "I am no longer pregnant" denies
        unable = (
            position > 0
            and words[position - 1] in _ABLE
            and words[position + 1 :][:1] == ["longer"]
        )
        if denies and not unable and not _not_negating(words[position + 1 : position + 3]):
            taken = NEGATED
        elif word in CLAUSE:
            taken = 0
            asking = False  # "how do I know it is sciatica but I do not have a fever" denies
            kept.append(word)
        elif taken:
            taken -= stem(word) not in FILLER  # "no fever or chills", "without any fever"
        else:
            kept.append(word)
    return kept


DENIALS = NEGATORS | {"not", "isnt", "wasnt", "arent", "werent"}
"""What a search takes back: "not" too ("I'm not pregnant", "it isn't sciatica"). The warning
signs keep what "not" says, as it often describes a sign ("not going away")."""
_NOT_NEGATING = frozenset(
    "only just sure even certain improved to too that it this one matter".split()
)
"""Words that make a negator no denial: "not only", "not sure if it is sciatica", "not improved"
(how "not getting better" reads: a sign, not a denial), "what not to do for sciatica", "not too
bad", "not that bad", the question "isn't it sciatica?", "no one tells you about pregnancy" and
"no matter how I sit"."""

_ABLE = frozenset("can could".split())
_THOUGHT = frozenset(
    f(w)
    for w in """thought think knew know realised realized realise realize expected expect imagined
    believed noticed hear heard guessed suspected considered dreamt dreamed paid""".split()
    for f in (str, stem)
)
"""Words that make a negator, just before them or after "really" or the like, no denial of
what follows: "I never really thought about my posture" asks about posture, "I did not hear the
word endometriosis until I was 19" tells of it."""
_KNOWING = frozenset(f(w) for w in "know tell sure".split() for f in (str, stem))
"""After "how" ("how do I know", "how can you tell", "how to be sure"), a question: a negator
after it asks rather than denies."""
_HEDGES = frozenset(
    f(w) for w in "really even ever actually truly once".split() for f in (str, stem)
)


def _not_negating(following: Sequence[str]) -> bool:
    """Whether the words after a negator make it no denial (_NOT_NEGATING, _THOUGHT)."""
    first, second = (*following, "", "")[:2]
    return first in _NOT_NEGATING or first in _THOUGHT or (first in _HEDGES and second in _THOUGHT)


@lru_cache(maxsize=32)
def affirmed_words(text: str) -> tuple[str, ...]:
    """A text's normalised words without those a denial takes back, clause by clause: "not
    pregnant, no sciatica, just back pain" says "just back pain". Kept for the last few texts:
    a search, its notes and its conditions elsewhere all read the query this way."""
    typed = normalize(text).split()
    if DENIALS.isdisjoint(typed):
        return tuple(typed)
    kept: list[str] = []
    for part in _CLAUSE.finditer(text):
        said = normalize(part[1]).split()
        asks = said[:1] and said[0] in _ASKING_NOT and "?" in part[2]
        kept += said if asks else affirmed(said, DENIALS)
    return tuple(kept)


def condition_key(stems: Iterable[str]) -> str:
    """A condition's name as the list of conditions holds it: its words other than "of", "the",
    each once, in order ("cyst of kidney" and "kidney cyst" are "cyst kidney")."""
    return " ".join(sorted({s for s in stems if s not in GLUE}))


def content(stems: list[str]) -> list[str]:
    """The stems that can say something about a cause, each once, in order."""
    return list(
        dict.fromkeys(s for s in stems if s not in FILLER and not SPINAL_LEVEL.fullmatch(s))
    )


@cache
def any_form(typed: tuple[str, ...]) -> str:
    """A pattern for these words in a text, each a whole word in any of its forms: "leg" finds
    "legs" whole, "lifting" finds "lift" (what the word and its stem share, at least three
    letters, then the rest of the word); a shorter word only as itself."""
    forms = []
    for word in typed:
        shared = next(
            (word[:n] for n in range(len(word), 0, -1) if stem(word).startswith(word[:n])), ""
        )
        forms.append(re.escape(shared) + r"\w*" if len(shared) >= 3 else re.escape(word) + r"\b")
    return r"(?i)\b(?:" + "|".join(forms) + ")"
