"""The search index of a catalogue: its phrases, the causes that hold each word, what a word says.

Every field that says what a cause is or who gets it is indexed (not `see_a_doctor`, which is
advice), each with a weight for how directly it names the cause: a name, another name or a code
most, then a symptom, the definition, the risk factors and see-also titles. How much a
word says comes from the catalogue itself, as an inverse document frequency over causes: a word
only one cause holds ("scoliosis") says everything, one that every cause holds ("pain") nothing.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property
from itertools import islice
from typing import NamedTuple

from .model import Catalogue, Cause
from .text import CODE, FILLER, normalize_many, stem

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
NAME_FIELDS = ("name", "id", "alias", "icd10")
DESCRIBING = frozenset(("name", "id", "alias", "icd10", "symptom", "definition"))
"""The fields that say what a cause is; how many causes share a word is counted in these only,
since risk factors and see-also name other conditions ("a slipped disc" under sciatica)."""

# How far a query word may be from a catalogue word: none for short words, where one edit turns
# one word into another ("work", "worn"), then one edit, then two for long medical words.
_MAX_EDITS = ((4, 0), (7, 1))
_LONG_WORD_EDITS = 2
_PREFIX_MIN = 4
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")


Conditions = frozenset[str] | Callable[[], frozenset[str]]
"""Condition names, or a function that reads them when they are first needed."""


class Phrase(NamedTuple):
    cause: int  # its index in the catalogue
    field: str  # a key of FIELD_WEIGHTS
    text: str  # as the catalogue has it
    stems: tuple[str, ...]


def _descriptions(index: int, cause: Cause) -> list[tuple[int, str, str]]:
    """A cause's texts other than its names: what it feels like, what it is, who gets it."""
    entries = [(index, "symptom", text) for text in cause.symptoms]
    entries += [(index, "definition", text) for text in _SENTENCE.split(cause.definition)]
    entries += [(index, "risk_factor", text) for text in cause.risk_factors]
    entries += [(index, "see_also", text) for text in cause.see_also]
    return entries


def phrases(entries: list[tuple[int, str, str]]) -> list[Phrase]:
    """Normalise and stem many (cause, field, text) entries at once."""
    normalized = normalize_many([text for _, _, text in entries])
    stems = {word: stem(word) for word in set(" ".join(normalized).split())}
    return [
        Phrase(cause, field, text, tuple(map(stems.__getitem__, line.split())))
        for (cause, field, text), line in zip(entries, normalized, strict=True)
    ]


class Index:
    """Built once per catalogue, on first use, and only as far as a question needs."""

    def __init__(self, catalogue: Catalogue, conditions: Conditions = frozenset()) -> None:
        self.catalogue = catalogue
        self.causes = catalogue.causes
        self._conditions = conditions
        self._holders: dict[str, dict[int, int]] = {}
        self._idf: dict[str, float] = {}

    @cached_property
    def conditions(self) -> frozenset[str]:
        """Condition names in general, as stemmed words: see catalogue.load_conditions."""
        found = self._conditions
        return found if isinstance(found, frozenset) else found()

    @cached_property
    def medical_words(self) -> frozenset[str]:
        """Every word of a condition name: real words, never read as typos of others."""
        return frozenset(word for name in self.conditions for word in name.split())

    @cached_property
    def name_phrases(self) -> list[Phrase]:
        """Every id, name, other name and code, in catalogue order: all that `show` needs."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.append((index, "name", cause.name))
            entries.append((index, "id", cause.id))
            entries.extend((index, "alias", alias) for alias in cause.aliases)
            entries.extend((index, "icd10", code) for code in cause.icd10)
        return phrases(entries)

    @cached_property
    def names(self) -> dict[str, list[Phrase]]:
        """The names, other names and codes by their words: what a query can equal."""
        exact: dict[str, list[Phrase]] = {}
        for phrase in self.name_phrases:
            exact.setdefault(" ".join(phrase.stems), []).append(phrase)
        return exact

    @cached_property
    def phrases(self) -> list[Phrase]:
        """Every text of every cause: the names first (made once), then the rest."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.extend(_descriptions(index, cause))
        return self.name_phrases + phrases(entries)

    @cached_property
    def occurrences(self) -> dict[str, list[int]]:
        """Each word, and the numbers of every phrase that holds it: the one inverted index.

        What a word says, and which causes hold it, is worked out from here only for the words a
        query has (`holders`, `idf`), never for the whole vocabulary.
        """
        occurrences: dict[str, list[int]] = {}
        for number, phrase in enumerate(self.phrases):
            for word in dict.fromkeys(phrase.stems):
                if word not in FILLER:
                    occurrences.setdefault(word, []).append(number)
        return occurrences

    def holders(self, word: str) -> dict[int, int]:
        """The causes that hold a word, and for each the phrase that names it most directly."""
        if (found := self._holders.get(word)) is None:
            found = {}
            phrases = self.phrases
            for number in self.occurrences.get(word, ()):
                cause = phrases[number].cause
                held = found.get(cause)
                field = phrases[number].field
                if held is None or FIELD_WEIGHTS[field] > FIELD_WEIGHTS[phrases[held].field]:
                    found[cause] = number
            self._holders[word] = found
        return found

    def idf(self, word: str, unknown: float = 0.0) -> float:
        """How much a word says about which cause, from 1 (one cause) down towards 0 (all).

        Only the fields that say what a cause is count ("a slipped disc" among sciatica's risk
        factors does not make "disc" a word of sciatica's); a word the catalogue lacks: `unknown`.
        """
        if word not in self.occurrences:
            return unknown
        if (found := self._idf.get(word)) is None:
            phrases = self.phrases
            describing = sum(
                1 for n in self.holders(word).values() if phrases[n].field in DESCRIBING
            )
            total = len(self.causes)
            found = math.log((total + 1) / max(describing, 1)) / math.log(total + 1)
            self._idf[word] = found
        return found

    def describes(self, word: str) -> bool:
        """Whether a word says what some cause is (a name, symptom or definition holds it)."""
        phrases = self.phrases
        return any(phrases[n].field in DESCRIBING for n in self.holders(word).values())

    def name_numbers(self, word: str) -> list[int]:
        """The numbers of the name, other-name and code phrases that hold a word."""
        phrases = self.phrases
        return [n for n in self.occurrences.get(word, ()) if phrases[n].field in NAME_FIELDS]

    def in_names(self, word: str) -> bool:
        return bool(self.name_numbers(word))

    @cached_property
    def cause_names(self) -> frozenset[str]:
        """The words of the causes' own names and ids ("pregnancy", "kidney", "stone")."""
        return frozenset(
            word
            for group in self.names.values()
            for phrase in group
            if phrase.field in ("name", "id")
            for word in phrase.stems
        )

    @cached_property
    def name_sets(self) -> list[frozenset[str]]:
        """The words of each name and other name (without "of", "the"...), as sets."""
        from .text import GLUE

        return [
            frozenset(w for w in phrase.stems if w not in GLUE)
            for group in self.names.values()
            for phrase in group
            if phrase.field in ("name", "alias")
        ]

    @cached_property
    def vocabulary(self) -> list[str]:
        return sorted(self.occurrences)

    @cached_property
    def whole_names(self) -> list[tuple[str, Phrase]]:
        """Names and other names as their normalised words, for typos across word boundaries."""
        named = [p for group in self.names.values() for p in group if p.field in ("name", "alias")]
        texts = normalize_many([phrase.text for phrase in named])
        return [
            (" ".join(w for w in text.split() if stem(w) not in FILLER), phrase)
            for text, phrase in zip(texts, named, strict=True)
        ]

    def similar(self, word: str, typed: str) -> dict[str, float]:
        """Catalogue words close to a query word (a stem), each with a similarity from 0 to 1.

        A word the catalogue has is taken as it is, never as a typo of another ("weight" is not
        "height"), and so is a word of a condition name ("spondylolysis" is not "spondylosis").
        One it lacks may have typos, as many as the typed word's length allows, or be
        the start of a longer catalogue word ("spondy"); a code matches the codes it begins.
        """
        if CODE.fullmatch(word) and any(ch.isdigit() for ch in word[1:3]):
            return {
                w: 1.0 if w == word else 0.95 for w in self._starting(word, 0) if CODE.fullmatch(w)
            }
        if word in self.occurrences:
            return {word: 1.0}
        found: dict[str, float] = {}
        if (edits := _max_edits(typed)) and word not in self.medical_words:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            for other, distance, _ in process.extract(
                word, self.vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                found[other] = 1 - distance / max(len(word), len(other), 1) / 2
        if len(typed) >= _PREFIX_MIN:
            for other in self._starting(typed, 0):
                # the start of a word is weaker than a typo: never a confident match on its own
                found[other] = max(found.get(other, 0.0), 0.7 + 0.1 * len(typed) / len(other))
        return found

    def _starting(self, prefix: str, skip: int) -> list[str]:
        vocabulary = self.vocabulary
        start = bisect_left(vocabulary, prefix)
        out = []
        for other in islice(vocabulary, start + skip, None):
            if not other.startswith(prefix):
                break
            out.append(other)
        return out


def _max_edits(typed: str) -> int:
    for length, edits in _MAX_EDITS:
        if len(typed) <= length:
            return edits
    return _LONG_WORD_EDITS
