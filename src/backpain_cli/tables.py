"""A catalogue's tables for search: every phrase of every cause, and the inverted indexes.

The phrases are the causes' names, other names and codes (numbered first), then the texts that
describe them: symptoms, definition sentences, risk factors, see-also titles, related terms. A
posting says which phrase holds a word, for which cause, in which field. `MemoryTables` builds
the tables from a catalogue, each on first use; store.py keeps the same tables in a compiled
catalogue, and index.py reads them through the `Tables` protocol, whichever they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cached_property
from itertools import islice, repeat
from typing import NamedTuple, Protocol

from .lexicon import BODY_PARTS
from .model import Cause
from .text import FILLER, GLUE, QUALIFIERS, SPINAL_LEVEL, normalize_many, pairs, stem

FIELDS = (
    "name",
    "id",
    "alias",
    "icd10",
    "symptom",
    "definition",
    "risk_factor",
    "see_also",
    "related",
    "kind",
)
"""The fields that are searched, by number, as postings store them. (`see_a_doctor` is advice,
not description: it is not searched.)"""
NAME_FIELDS = ("name", "id", "alias", "icd10", "kind")
WHOLE_FIELDS = (*NAME_FIELDS, "related")
"""The fields whose phrases a query is searched for whole: names, and related terms."""
DESCRIBING = frozenset((*NAME_FIELDS, "symptom", "definition", "related"))
"""The fields that say what a cause is; how many causes share a word is counted in these only,
since risk factors and see-also name other conditions ("a slipped disc" under sciatica)."""
NAME_CODES = frozenset(FIELDS.index(f) for f in NAME_FIELDS)
WHOLE_CODES = frozenset(FIELDS.index(f) for f in WHOLE_FIELDS)
DESCRIBING_CODES = frozenset(FIELDS.index(f) for f in DESCRIBING)
_CODES = {field: code for code, field in enumerate(FIELDS)}
NAMED = ("name", "alias", "kind")
"""The fields that name a cause in words (not an id or a code)."""
SKIPPED = GLUE | QUALIFIERS
_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")


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
    needs: int = 0
    """For a name or related term: how many of its indexed words a query must hold to name it
    whole (all but GLUE, spinal levels and QUALIFIERS), so that search can pass over the names a
    query cannot hold without reading them."""


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

    @property
    def region(self) -> frozenset[str]:
        """The parts of the body (stems) that at least half the causes name: see `region`."""

    def vocabulary(self) -> Sequence[str]:
        """The catalogue's words that a typo may be meant for, sorted: all but those with a
        digit (codes and numbers, which are matched by their start, never as typos)."""

    def whole_names(self, shortest: int, longest: int) -> Sequence[tuple[str, int]]:
        """Names and other names as their normalised words (filler dropped), with the number
        of their phrase, of a length within these bounds: for typos across word boundaries."""


def _descriptions(index: int, cause: Cause) -> list[tuple[int, str, str]]:
    """A cause's texts other than its names: what it feels like, what it is, who gets it."""
    entries = [(index, "symptom", text) for text in cause.symptoms]
    entries += [(index, "definition", text) for text in _SENTENCE.split(cause.definition)]
    entries += [(index, "risk_factor", text) for text in cause.risk_factors]
    entries += [(index, "see_also", text) for text in cause.see_also]
    entries += [(index, "related", text) for text in cause.related]
    return entries


BODY_STEMS = frozenset(stem(word) for word in BODY_PARTS)


def region(tables: Tables) -> frozenset[str]:
    """The parts of the body that at least half the causes name: the catalogue's region ("back"
    for the bundled one); none for a catalogue of the whole body, such as the ICD-10-CM."""
    half = max(tables.count / 2, 1)
    return frozenset(word for word in BODY_STEMS if tables.holding(word) >= half)


def holding(postings: Sequence[Posting]) -> int:
    """How many causes hold a word in the fields that say what a cause is; if none does, in
    any field (a word found only among risk factors counts where it is found)."""
    describing = len({cause for _, cause, field, _ in postings if field in DESCRIBING_CODES})
    return describing or len({cause for _, cause, _, _ in postings})


class MemoryTables:
    """The tables of a catalogue, built in memory, each on first use."""

    def __init__(self, causes: Sequence[Cause]) -> None:
        self.causes = causes
        self.count = len(causes)
        self._normalized: dict[str, str] = {}  # each text once: a name is often a definition
        self._stemmed: dict[str, tuple[str, ...]] = {}

    def _phrases(self, entries: list[tuple[int, str, str]]) -> list[Phrase]:
        """Normalise and stem many (cause, field, text) entries at once."""
        normalized, stemmed = self._normalized, self._stemmed
        fresh = [text for _, _, text in entries if text not in normalized]
        fresh = list(dict.fromkeys(fresh))
        normalized.update(zip(fresh, normalize_many(fresh), strict=True))
        lines = [normalized[text] for _, _, text in entries]
        new = set(lines).difference(stemmed)
        stemmed.update((line, tuple(map(stem, line.split()))) for line in new)
        # tuple.__new__ makes each Phrase without the Python call of Phrase(...): a big
        # catalogue has hundreds of thousands
        fields = ((*entry, stemmed[line]) for entry, line in zip(entries, lines, strict=True))
        return list(map(tuple.__new__, repeat(Phrase), fields))

    @cached_property
    def name_phrases(self) -> list[Phrase]:
        """Every id, name, other name and code, in catalogue order: all that `show` needs."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.append((index, "name", cause.name))
            entries.append((index, "id", cause.id))
            entries.extend((index, "alias", alias) for alias in cause.aliases)
            entries.extend((index, "kind", kind) for kind in cause.kinds)
            entries.extend((index, "icd10", code) for code in cause.icd10)
        return self._phrases(entries)

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
        return self.name_phrases + self._phrases(entries)

    @cached_property
    def occurrences(self) -> dict[str, list[Posting]]:
        """Each word, and every phrase that holds it: the one inverted index."""
        occurrences: defaultdict[str, list[Posting]] = defaultdict(list)
        needed: dict[str, bool] = {}  # whether a word counts in `needs`, by word
        for number, (cause, field, _, stems) in enumerate(self.phrases):
            indexed = [w for w in dict.fromkeys(stems) if w not in FILLER]
            needs = 0
            if field in WHOLE_FIELDS:
                for w in indexed:
                    if (counts := needed.get(w)) is None:
                        counts = needed[w] = w not in SKIPPED and not SPINAL_LEVEL.fullmatch(w)
                    needs += counts
            posting = tuple.__new__(Posting, (number, cause, _CODES[field], needs))
            for word in indexed:
                occurrences[word].append(posting)
        return dict(occurrences)

    def postings(self, word: str) -> list[Posting]:
        return self.occurrences.get(word, [])

    def holding(self, word: str) -> int:
        return holding(self.occurrences.get(word, []))

    @cached_property
    def region(self) -> frozenset[str]:
        return region(self)

    @cached_property
    def pair_occurrences(self) -> dict[str, list[Posting]]:
        """Each two neighbouring words, and every description phrase that holds them."""
        occurrences: defaultdict[str, list[Posting]] = defaultdict(list)
        start = len(self.name_phrases)  # a name is found whole, by _find_phrases
        for number, (cause, field, _, stems) in enumerate(self.phrases[start:], start):
            posting = Posting(number, cause, _CODES[field])
            for pair in dict.fromkeys(pairs(stems)):
                occurrences[pair].append(posting)
        return dict(occurrences)

    def pair_postings(self, pair: str) -> list[Posting]:
        return self.pair_occurrences.get(pair, [])

    def phrases_at(self, numbers: list[int]) -> list[Phrase]:
        return [self.phrases[n] for n in numbers]

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted(self.occurrences)

    @cached_property
    def _words(self) -> list[str]:
        return [w for w in self._vocabulary if not any(ch in "0123456789" for ch in w)]

    def vocabulary(self) -> list[str]:
        return self._words

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
        found = []
        for number, (_, field, text, stems) in enumerate(self.name_phrases):
            if field in NAMED:  # the words of the text whose stems are not filler
                kept = zip(self._normalized[text].split(), stems, strict=True)
                found.append((" ".join(w for w, s in kept if s not in FILLER), number))
        return found

    def whole_names(self, shortest: int = 0, longest: int = 1 << 30) -> list[tuple[str, int]]:
        return [(key, n) for key, n in self._whole_names if shortest <= len(key) <= longest]
