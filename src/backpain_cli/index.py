"""The search index of a catalogue: its phrases, the causes that hold each word, what a word says.

Every field that says what a cause is or who gets it is indexed (not `see_a_doctor`, which is
advice), each with a weight for how directly it names the cause: a name, another name or a code
most, then a symptom, the definition, the risk factors and see-also titles. How much a
word says comes from the catalogue itself, as an inverse document frequency over causes: a word
only one cause holds ("scoliosis") says everything, one that every cause holds ("pain") nothing.

The index reads its tables from a `Tables`: built in memory from a catalogue (`MemoryTables`,
below), or read from a compiled catalogue (store.py), which holds the same tables on disk.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from itertools import islice
from typing import NamedTuple, Protocol

from .model import Catalogue, Cause
from .text import CODE, FILLER, GLUE, normalize_many, pairs, stem

FIELD_WEIGHTS = {
    "name": 1.0,
    "id": 1.0,
    "alias": 1.0,
    "icd10": 1.0,
    "symptom": 0.8,
    "definition": 0.4,
    "risk_factor": 0.45,
    "see_also": 0.45,
}
"""How directly a field names its cause. (`see_a_doctor` is advice, not description: unindexed.)"""
FIELDS = tuple(FIELD_WEIGHTS)
"""The fields by number, as postings store them."""
NAME_FIELDS = ("name", "id", "alias", "icd10")
DESCRIBING = frozenset(("name", "id", "alias", "icd10", "symptom", "definition"))
"""The fields that say what a cause is; how many causes share a word is counted in these only,
since risk factors and see-also name other conditions ("a slipped disc" under sciatica)."""
_NAME_CODES = frozenset(FIELDS.index(f) for f in NAME_FIELDS)
_OWN_NAME_CODES = frozenset(FIELDS.index(f) for f in ("name", "id"))
_DESCRIBING_CODES = frozenset(FIELDS.index(f) for f in DESCRIBING)

# How far a query word may be from a catalogue word: none for short words, where one edit turns
# one word into another ("work", "worn"), then one edit, then two for long medical words.
_MAX_EDITS = ((4, 0), (7, 1))
_LONG_WORD_EDITS = 2
_PREFIX_MIN = 4
_GARBLED_MIN, _GARBLED_RATIO = 10, 80.0
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")


Conditions = frozenset[str] | Callable[[], frozenset[str]]
"""Condition names, or a function that reads them when they are first needed."""


class Phrase(NamedTuple):
    cause: int  # its index in the catalogue
    field: str  # a key of FIELD_WEIGHTS
    text: str  # as the catalogue has it
    stems: tuple[str, ...]


class Posting(NamedTuple):
    """One phrase that holds a word: its number, its cause, and its field (a FIELDS number)."""

    phrase: int
    cause: int
    field: int


class Tables(Protocol):
    """What the index reads: the same in memory and in a compiled catalogue."""

    @property
    def count(self) -> int:
        """How many causes."""

    @property
    def phrases(self) -> Sequence[Phrase]:
        """Every phrase by number: names, other names and codes first, then descriptions."""

    @property
    def names(self) -> Mapping[str, list[Phrase]]:
        """Names, other names, ids and codes by their stems joined with spaces."""

    def postings(self, word: str) -> Sequence[Posting]:
        """The phrases that hold a word (a stem), in phrase order; none for an unknown word."""

    def phrases_at(self, numbers: list[int]) -> list[Phrase]:
        """The phrases with these numbers, in that order (read together where that is faster)."""

    def pair_postings(self, pair: str) -> Sequence[Posting]:
        """The phrases that hold two words side by side (text.pairs: "all over")."""

    def holding(self, word: str) -> int:
        """How many causes hold a word, for its idf (see `holding` below); 0: none."""

    def starting(self, prefix: str) -> list[str]:
        """The catalogue's words that start with `prefix`, in order."""

    def vocabulary(self) -> Sequence[str]:
        """Every word of the catalogue, sorted."""

    def whole_names(self, shortest: int, longest: int) -> Sequence[tuple[str, int]]:
        """Names and other names as their normalised words (filler dropped), with the number
        of their phrase, of a length within these bounds: for typos across word boundaries."""


def _descriptions(index: int, cause: Cause) -> list[tuple[int, str, str]]:
    """A cause's texts other than its names: what it feels like, what it is, who gets it."""
    entries = [(index, "symptom", text) for text in cause.symptoms]
    entries += [(index, "definition", text) for text in _SENTENCE.split(cause.definition)]
    entries += [(index, "risk_factor", text) for text in cause.risk_factors]
    entries += [(index, "see_also", text) for text in cause.see_also]
    return entries


def phrases(
    entries: list[tuple[int, str, str]], normalized: list[str] | None = None
) -> list[Phrase]:
    """Normalise and stem many (cause, field, text) entries at once."""
    if normalized is None:
        normalized = normalize_many([text for _, _, text in entries])
    stems = {word: stem(word) for word in set(" ".join(normalized).split())}
    return [
        Phrase(cause, field, text, tuple(map(stems.__getitem__, line.split())))
        for (cause, field, text), line in zip(entries, normalized, strict=True)
    ]


def holding(postings: Sequence[Posting]) -> int:
    """How many causes hold a word in the fields that say what a cause is; if none does, in
    any field (a word found only among risk factors counts where it is found)."""
    describing = len({p.cause for p in postings if p.field in _DESCRIBING_CODES})
    return describing or len({p.cause for p in postings})


class MemoryTables:
    """The tables of a catalogue, built in memory, each on first use."""

    def __init__(self, causes: Sequence[Cause]) -> None:
        self.causes = causes
        self.count = len(causes)

    @cached_property
    def name_phrases(self) -> list[Phrase]:
        """Every id, name, other name and code, in catalogue order: all that `show` needs."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.append((index, "name", cause.name))
            entries.append((index, "id", cause.id))
            entries.extend((index, "alias", alias) for alias in cause.aliases)
            entries.extend((index, "icd10", code) for code in cause.icd10)
        self._normalized_names = normalize_many([text for _, _, text in entries])
        return phrases(entries, self._normalized_names)

    @cached_property
    def names(self) -> dict[str, list[Phrase]]:
        exact: dict[str, list[Phrase]] = {}
        for phrase in self.name_phrases:
            exact.setdefault(" ".join(phrase.stems), []).append(phrase)
        return exact

    @cached_property
    def phrases(self) -> list[Phrase]:
        entries = []
        for index, cause in enumerate(self.causes):
            entries.extend(_descriptions(index, cause))
        return self.name_phrases + phrases(entries)

    @cached_property
    def occurrences(self) -> dict[str, list[Posting]]:
        """Each word, and every phrase that holds it: the one inverted index."""
        occurrences: dict[str, list[Posting]] = {}
        for number, phrase in enumerate(self.phrases):
            posting = Posting(number, phrase.cause, FIELDS.index(phrase.field))
            for word in dict.fromkeys(phrase.stems):
                if word not in FILLER:
                    occurrences.setdefault(word, []).append(posting)
        return occurrences

    def postings(self, word: str) -> list[Posting]:
        return self.occurrences.get(word, [])

    def holding(self, word: str) -> int:
        return holding(self.occurrences.get(word, []))

    @cached_property
    def pair_occurrences(self) -> dict[str, list[Posting]]:
        """Each two neighbouring words, and every description phrase that holds them."""
        occurrences: dict[str, list[Posting]] = {}
        for number, phrase in enumerate(self.phrases):
            if phrase.field in NAME_FIELDS:
                continue  # a name is found whole, by _find_phrases
            posting = Posting(number, phrase.cause, FIELDS.index(phrase.field))
            for pair in dict.fromkeys(pairs(phrase.stems)):
                occurrences.setdefault(pair, []).append(posting)
        return occurrences

    def pair_postings(self, pair: str) -> list[Posting]:
        return self.pair_occurrences.get(pair, [])

    def phrases_at(self, numbers: list[int]) -> list[Phrase]:
        return [self.phrases[n] for n in numbers]

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted(self.occurrences)

    def vocabulary(self) -> list[str]:
        return self._vocabulary

    def starting(self, prefix: str) -> list[str]:
        vocabulary = self._vocabulary
        start = bisect_left(vocabulary, prefix)
        out = []
        for other in islice(vocabulary, start, None):
            if not other.startswith(prefix):
                break
            out.append(other)
        return out

    @cached_property
    def _whole_names(self) -> list[tuple[str, int]]:
        return [
            (" ".join(w for w in text.split() if stem(w) not in FILLER), number)
            for number, (phrase, text) in enumerate(
                zip(self.name_phrases, self._normalized_names, strict=True)
            )
            if phrase.field in ("name", "alias")
        ]

    def whole_names(self, shortest: int = 0, longest: int = 1 << 30) -> list[tuple[str, int]]:
        return [(key, n) for key, n in self._whole_names if shortest <= len(key) <= longest]


class Index:
    """What a query needs to know about a catalogue's words, worked out only for its words."""

    def __init__(
        self,
        catalogue: Catalogue,
        conditions: Conditions = frozenset(),
        tables: Tables | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.tables: Tables = tables or catalogue.tables or MemoryTables(catalogue.causes)
        self._conditions = conditions
        self._holders: dict[str, dict[int, Posting]] = {}
        self._idf: dict[str, float] = {}

    @property
    def phrases(self) -> Sequence[Phrase]:
        return self.tables.phrases

    @property
    def names(self) -> Mapping[str, list[Phrase]]:
        return self.tables.names

    @cached_property
    def conditions(self) -> frozenset[str]:
        """Condition names in general, as stemmed words: see catalogue.load_conditions."""
        found = self._conditions
        return found if isinstance(found, frozenset) else found()

    @cached_property
    def medical_words(self) -> frozenset[str]:
        """Every word of a condition name: real words, never read as typos of others."""
        return frozenset(word for name in self.conditions for word in name.split())

    def knows(self, word: str) -> bool:
        return bool(self.tables.postings(word))

    def phrase_numbers(self, word: str) -> list[int]:
        """The numbers of every phrase that holds a word."""
        return [posting.phrase for posting in self.tables.postings(word)]

    def holders(self, word: str) -> dict[int, Posting]:
        """The causes that hold a word, and for each the phrase that names it most directly."""
        if (found := self._holders.get(word)) is None:
            found = {}
            best: dict[int, float] = {}
            for posting in self.tables.postings(word):
                weight = FIELD_WEIGHTS[FIELDS[posting.field]]
                if weight > best.get(posting.cause, -1.0):
                    found[posting.cause], best[posting.cause] = posting, weight
            self._holders[word] = found
        return found

    def idf(self, word: str, unknown: float = 0.0) -> float:
        """How much a word says about which cause, from 1 (one cause) down towards 0 (all).

        Only the fields that say what a cause is count ("a slipped disc" among sciatica's risk
        factors does not make "disc" a word of sciatica's); a word found in the other fields
        only ("put", "bent") counts where it is found; a word the catalogue lacks: `unknown`.
        """
        if (found := self._idf.get(word)) is None:
            holding = self.tables.holding(word)
            if not holding:
                return unknown
            found = self._idf[word] = self._rarity(holding)
        return found

    def rarity(self, postings: Sequence[Posting]) -> float:
        """idf's measure, for any list of postings: of a word, or of two words side by side."""
        return self._rarity(holding(postings))

    def _rarity(self, holding: int) -> float:
        total = self.tables.count
        return math.log((total + 1) / holding) / math.log(total + 1)

    def described_together(self, words: Iterable[str]) -> bool:
        """Whether one cause is described with all these words (its names, symptoms or
        definition hold each of them)."""
        common: set[int] | None = None
        for word in words:
            causes = {p.cause for p in self.tables.postings(word) if p.field in _DESCRIBING_CODES}
            common = causes if common is None else common & causes
            if not common:
                return False
        return common is not None

    def name_numbers(self, word: str) -> list[int]:
        """The numbers of the name, other-name and code phrases that hold a word."""
        return [p.phrase for p in self.tables.postings(word) if p.field in _NAME_CODES]

    def in_names(self, word: str) -> bool:
        return any(p.field in _NAME_CODES for p in self.tables.postings(word))

    def names_a_cause(self, word: str) -> bool:
        """Whether a word is a word of a cause's own name or id ("pregnancy", "kidney")."""
        return any(p.field in _OWN_NAME_CODES for p in self.tables.postings(word))

    def is_name_within(self, words: frozenset[str]) -> bool:
        """Whether a name or other name holds all these words, or is made of some of them only
        (words without "of", "the"...): whether they are, or hold, one of the causes' names."""
        numbers = dict.fromkeys(n for word in words for n in self.name_numbers(word))
        for phrase in self.tables.phrases_at(list(numbers)):
            if phrase.field not in ("name", "alias"):
                continue
            name = frozenset(w for w in phrase.stems if w not in GLUE)
            if words <= name or name <= words:
                return True
        return False

    def similar(self, word: str, typed: str) -> dict[str, float]:
        """Catalogue words close to a query word (a stem), each with a similarity from 0 to 1.

        A word the catalogue has is taken as it is, never as a typo of another ("weight" is not
        "height"), and so is a word of a condition name ("spondylolysis" is not "spondylosis").
        One it lacks may have typos, as many as the typed word's length allows, or be
        the start of a longer catalogue word ("spondy"); a code matches the codes it begins.
        """
        if CODE.fullmatch(word) and any(ch.isdigit() for ch in word[1:3]):
            return {
                w: 1.0 if w == word else 0.95
                for w in self.tables.starting(word)
                if CODE.fullmatch(w)
            }
        if self.knows(word):
            return {word: 1.0}
        found: dict[str, float] = {}
        if (edits := _max_edits(typed)) and word not in self.medical_words:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            vocabulary = self.tables.vocabulary()
            for other, distance, _ in process.extract(
                word, vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                found[other] = 1 - distance / max(len(word), len(other), 1) / 2
            if len(word) >= _GARBLED_MIN:
                # a long word may be garbled beyond a few edits ("spondolylotheis"): one that
                # shares most of its letters in order is likely meant, though less surely
                from rapidfuzz import fuzz

                for other, ratio, _ in process.extract(
                    word, vocabulary, scorer=fuzz.ratio, score_cutoff=_GARBLED_RATIO, limit=None
                ):
                    found.setdefault(other, ratio / 100)
        if len(typed) >= _PREFIX_MIN:
            for other in self.tables.starting(typed):
                # the start of a word is weaker than a typo: never a confident match on its own
                found[other] = max(found.get(other, 0.0), 0.7 + 0.1 * len(typed) / len(other))
        return found


def _max_edits(typed: str) -> int:
    for length, edits in _MAX_EDITS:
        if len(typed) <= length:
            return edits
    return _LONG_WORD_EDITS
