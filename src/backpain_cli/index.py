"""The search index of a catalogue: its phrases, the causes that hold each word, what a word says.

Every text field of a cause is indexed, each with a weight for how directly it names the cause:
a name or another name most, then a code, a symptom, the definition, the risk factors. How much a
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
    "symptom": 0.6,
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


def _entries(index: int, cause: Cause) -> list[tuple[int, str, str]]:
    entries = [(index, "name", cause.name), (index, "id", cause.id)]
    entries += [(index, "alias", alias) for alias in cause.aliases]
    entries += [(index, "icd10", code) for code in cause.icd10]
    entries += [(index, "symptom", text) for text in cause.symptoms]
    entries += [(index, "definition", text) for text in _SENTENCE.split(cause.definition)]
    entries += [(index, "risk_factor", text) for text in cause.risk_factors]
    entries += [(index, "see_also", text) for text in cause.see_also]
    return entries


def phrases(entries: list[tuple[int, str, str]]) -> list[Phrase]:
    """Normalise and stem many (cause, field, text) entries at once."""
    normalized = normalize_many([text for _, _, text in entries])
    return [
        Phrase(cause, field, text, tuple(stem(word) for word in line.split()))
        for (cause, field, text), line in zip(entries, normalized, strict=True)
    ]


class Index:
    """Built once per catalogue, on first use, and only as far as a question needs."""

    def __init__(self, catalogue: Catalogue, conditions: Conditions = frozenset()) -> None:
        self.catalogue = catalogue
        self.causes = catalogue.causes
        self._conditions = conditions

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
    def names(self) -> dict[str, list[Phrase]]:
        """Every id, name, other name and code, by its words: what a query can equal."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.append((index, "name", cause.name))
            entries.append((index, "id", cause.id))
            entries.extend((index, "alias", alias) for alias in cause.aliases)
            entries.extend((index, "icd10", code) for code in cause.icd10)
        exact: dict[str, list[Phrase]] = {}
        for phrase in phrases(entries):
            exact.setdefault(" ".join(phrase.stems), []).append(phrase)
        return exact

    @cached_property
    def phrases(self) -> list[Phrase]:
        """Every text of every cause, in catalogue order."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.extend(_entries(index, cause))
        return phrases(entries)

    @cached_property
    def postings(self) -> dict[str, dict[int, int]]:
        """Each word, the causes that hold it, and for each the phrase that holds it best."""
        postings: dict[str, dict[int, int]] = {}
        for number, phrase in enumerate(self.phrases):
            weight = FIELD_WEIGHTS[phrase.field]
            for word in phrase.stems:
                if word in FILLER:
                    continue
                holders = postings.setdefault(word, {})
                held = holders.get(phrase.cause)
                if held is None or weight > FIELD_WEIGHTS[self.phrases[held].field]:
                    holders[phrase.cause] = number
        return postings

    @cached_property
    def occurrences(self) -> dict[str, list[int]]:
        """Each word, and the numbers of every phrase that holds it."""
        occurrences: dict[str, list[int]] = {}
        for number, phrase in enumerate(self.phrases):
            for word in dict.fromkeys(phrase.stems):
                if word not in FILLER:
                    occurrences.setdefault(word, []).append(number)
        return occurrences

    @cached_property
    def name_postings(self) -> dict[str, list[int]]:
        """Each word, and the numbers of the name, other-name and code phrases that hold it."""
        postings: dict[str, list[int]] = {}
        for number, phrase in enumerate(self.phrases):
            if phrase.field in NAME_FIELDS:
                for word in dict.fromkeys(phrase.stems):
                    postings.setdefault(word, []).append(number)
        return postings

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
    def described(self) -> frozenset[str]:
        """The words that say what a cause is (names, symptoms, definitions), not who gets it."""
        return frozenset(
            word
            for word, held in self.postings.items()
            if any(self.phrases[n].field in DESCRIBING for n in held.values())
        )

    @cached_property
    def vocabulary(self) -> list[str]:
        return sorted(self.postings)

    @cached_property
    def idf(self) -> dict[str, float]:
        """How much each word says about which cause, from 1 (one cause) down towards 0 (all)."""
        total = len(self.causes)
        scale = math.log(total + 1)
        phrases = self.phrases
        idf = {}
        for word, held in self.postings.items():
            describing = sum(1 for n in held.values() if phrases[n].field in DESCRIBING)
            idf[word] = math.log((total + 1) / max(describing, 1)) / scale
        return idf

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
        postings = self.postings
        if CODE.fullmatch(word) and any(ch.isdigit() for ch in word[1:3]):
            return {
                w: 1.0 if w == word else 0.95 for w in self._starting(word, 0) if CODE.fullmatch(w)
            }
        if word in postings:
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
                found[other] = max(found.get(other, 0.0), 0.8 + 0.15 * len(typed) / len(other))
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
