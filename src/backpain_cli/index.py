"""What each word of a catalogue says about its causes: the search's weights and word lookups.

Every field that says what a cause is or who gets it is searched (tables.py), each with a weight
for how directly it names the cause: a name, another name or a code most, then a symptom, the
definition, the risk factors and see-also titles. How much a word says comes from the catalogue
itself, as an inverse document frequency over causes: a word only one cause holds ("scoliosis")
says everything, one that every cause holds ("pain") nothing. The index reads the tables of a
compiled catalogue (store.py), or builds them in memory.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cached_property

from .lexicon import KIND_WORDS
from .model import Catalogue
from .tables import (
    BODY_STEMS,
    DESCRIBING_CODES,
    FIELDS,
    NAME_CODES,
    NAMED,
    MemoryTables,
    Phrase,
    Posting,
    Tables,
    holding,
)
from .text import GLUE, is_code, stem

FIELD_WEIGHTS = {
    "name": 1.0,
    "id": 1.0,
    "alias": 1.0,
    "icd10": 1.0,
    "symptom": 0.8,
    "definition": 0.4,
    "risk_factor": 0.45,
    "see_also": 0.45,
    "related": 0.5,  # points to the cause, but is another condition or a loose term
    "kind": 1.0,
}
"""How directly a field names its cause. (`see_a_doctor` is advice, not description: unindexed.)"""
assert tuple(FIELD_WEIGHTS) == FIELDS  # every searched field has its weight

# How far a query word may be from a catalogue word: none for short words, where one edit turns
# one word into another ("work", "worn"), then one edit, then two for long medical words.
_MAX_EDITS = ((4, 0), (7, 1))
_LONG_WORD_EDITS = 2
_PREFIX_MIN = 5
_STEM_PREFIX_MIN = 8  # a stem this long may be the start of a catalogue word
_TYPO_CHOICES = 2  # catalogue words one edit away that a short word may be a typo of
_FIRST_LETTER_MIN = 7
"""A typed word shorter than this is a typo only of words that start with its first letter:
people seldom get the first letter wrong, and a short everyday word that differs there is most
likely a word of its own ("couch" is not "touch", "ladder" not "bladder", "flight" not "light")."""
_VARIANT_MIN = 5  # letters two forms of a word share at least ("hernia", "herniated")
_GARBLED_MIN, _GARBLED_RATIO = 10, 80.0
_NAME_TYPO_MIN = 6  # a typed word this long may be two edits from a word of a name
_KIND_STEMS = frozenset(stem(word) for word in KIND_WORDS)
Conditions = Collection[str] | Callable[[], Collection[str]]
"""Condition names, or a function that reads them when they are first needed."""


class Index:
    """What a query needs to know about a catalogue's words, worked out only for its words."""

    def __init__(
        self,
        catalogue: Catalogue,
        conditions: Conditions = frozenset(),
        tables: Tables | None = None,
        everyday: Conditions = frozenset(),
    ) -> None:
        self.catalogue = catalogue
        self._everyday = everyday
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
    def conditions(self) -> Collection[str]:
        """Condition names in general, as stemmed words: see catalogue.load_conditions."""
        found = self._conditions
        return found() if callable(found) else found

    @cached_property
    def everyday(self) -> Collection[str]:
        """Everyday words, as typed: see catalogue.everyday_words."""
        found = self._everyday
        return found() if callable(found) else found

    @cached_property
    def medical_words(self) -> frozenset[str]:
        """Conditions named in one word ("spondylolysis"): real words, never read as typos of
        others. A word that is only part of a name ("migrans" of "erythema migrans") may be,
        since a typo can land on it ("migrane" for "migraine")."""
        return frozenset(name for name in self.conditions if " " not in name)

    def other_parts(self, stems: Iterable[str]) -> frozenset[str]:
        """The parts of the body a query names, when it names none of the catalogue's region
        ("my feet burn at night", not "back pain down to my feet"); none in a catalogue with no
        region (tables.region: the parts half its causes name; elsewhere.mark_elsewhere)."""
        parts = BODY_STEMS.intersection(stems)
        region = self.tables.region
        if not region or parts & region:
            return frozenset()
        return frozenset(parts)

    def is_elsewhere(self, parts: frozenset[str]) -> bool:
        """Whether these parts of the body (other_parts) are all parts that at most a tenth of
        the causes name: "a pop in my knee" asks about the knee ("pain down my leg into the
        calf" does not: many causes name the leg)."""
        rare = self.tables.count / 10
        return bool(parts) and all(self.tables.holding(word) <= rare for word in parts)

    def knows(self, word: str) -> bool:
        return bool(self.tables.postings(word))

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
        return bool(self._held_by_all(words, _describing_cause))

    def phrases_holding(self, words: Iterable[str]) -> list[int]:
        """The numbers of the phrases that hold all these words (stems), in order."""
        return sorted(self._held_by_all(words, lambda posting: posting.phrase))

    def _held_by_all(self, words: Iterable[str], key: Callable[[Posting], int | None]) -> set[int]:
        """What `key` makes of the postings of each word (a cause, a phrase; None: left out),
        kept where every word has it; none for no words."""
        common: set[int] | None = None
        for word in words:
            found = {k for p in self.tables.postings(word) if (k := key(p)) is not None}
            common = found if common is None else common & found
            if not common:
                return set()
        return common or set()

    def name_numbers(self, word: str) -> list[int]:
        """The numbers of the name, other-name and code phrases that hold a word."""
        return [p.phrase for p in self.tables.postings(word) if p.field in NAME_CODES]

    def is_name_within(self, words: frozenset[str]) -> bool:
        """Whether a name or other name holds all these words, or is made of some of them only
        and its cause knows the others (words without "of", "the"...): whether they are, or
        hold, one of the causes' names."""
        numbers = dict.fromkeys(n for word in words for n in self.name_numbers(word))
        for phrase in self.tables.phrases_at(list(numbers)):
            if phrase.field not in NAMED:
                continue
            name = frozenset(w for w in phrase.stems if w not in GLUE)
            if words <= name:
                return True
            # a name held with words its cause knows is ours ("lumbar disc herniation"), or with
            # words that only say which kind ("juvenile scoliosis"); with another word, another
            # condition of that name ("ankle sprain", "neck strain")
            if name <= words and all(
                w in _KIND_STEMS or phrase.cause in self.holders(w) for w in words - name
            ):
                return True
        return False

    def is_name_variant(self, words: Iterable[str], query: set[str]) -> bool:
        """Whether these words, with the rest of the query, make one of the causes' names with a
        word in another form: one is the start of the other ("hernia disc" for "herniated disk",
        "ankylosis spondylitis"), the name's other words all in the query."""
        variants = {
            other: word
            for word in words
            if len(word) >= _VARIANT_MIN
            for other in self.tables.starting(word[:_VARIANT_MIN])
            if other != word and (other.startswith(word) or word.startswith(other))
        }
        numbers = dict.fromkeys(n for other in variants for n in self.name_numbers(other))
        for phrase in self.tables.phrases_at(list(numbers)):
            named = [w for w in phrase.stems if w not in GLUE]
            if phrase.field in NAMED and all(w in query or w in variants for w in named):
                return True
        return False

    def similar(self, word: str, typed: str) -> dict[str, float]:
        """Catalogue words close to a query word (a stem), each with a similarity from 0 to 1.

        A word the catalogue has is taken as it is, never as a typo of another ("weight" is not
        "height"), and so is a word of a condition name ("spondylolysis" is not "spondylosis")
        and an everyday word ("couch" is not "cough").
        One it lacks may have typos, as many as the typed word's length allows (two, in a word
        of a name whose first three letters it has: "sprane"), or be the start of a longer
        catalogue word ("spondy"); a code matches the codes it begins.
        """
        if is_code(word):
            # in catalogue order, so that "M51" shows a cause's first M51 code, its main one
            codes = sorted(
                (w for w in self.tables.starting(word) if is_code(w)),
                key=lambda w: min((p.phrase for p in self.tables.postings(w)), default=0),
            )
            return {w: 1.0 if w == word else 0.95 for w in codes}
        if self.knows(word):
            return {word: 1.0}
        found: dict[str, float] = {}
        # as many edits as the shorter of the word and its stem allows: "years" is "year", no
        # typo of "wear"
        edits = _max_edits(min(word, typed, key=len))
        if edits and word not in self.medical_words and typed not in self.everyday:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            vocabulary = self.tables.vocabulary()
            near = process.extract(
                word, vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=None
            )
            if len(typed) < _FIRST_LETTER_MIN:
                near = [n for n in near if n[0][:1] == word[:1]]
            # a short word one edit from several catalogue words is most likely a real word of
            # its own ("right": "bright", "light", "night", "tight"), not a typo of any of them
            if edits > 1 or len(near) <= _TYPO_CHOICES:
                for other, distance, _ in near:
                    found[other] = 1 - distance / max(len(word), len(other), 1) / 2
            if not near and edits == 1 and len(typed) >= _NAME_TYPO_MIN:
                # a word of a name may be misspelled twice ("sprane", "pregant"), if its start is
                # right: names are what people try hardest to spell
                for other in self.tables.starting(word[:3]):
                    distance = OSA.distance(word, other, score_cutoff=2)
                    if distance <= 2 and self.name_numbers(other):
                        found[other] = 1 - distance / max(len(word), len(other), 1) / 2
            if len(word) >= _GARBLED_MIN:
                # a long word may be garbled beyond a few edits ("spondolylotheis"): one that
                # shares most of its letters in order is likely meant, though less surely
                from rapidfuzz import fuzz

                for other, ratio, _ in process.extract(
                    word, vocabulary, scorer=fuzz.ratio, score_cutoff=_GARBLED_RATIO, limit=None
                ):
                    found.setdefault(other, ratio / 100)
        # the typed word may be the start of a longer one ("spondy"), and so may its stem when
        # a misspelt ending made the stemmer cut it short ("spondylodicitis": "spondylod")
        starts = {typed, word} if len(word) >= _STEM_PREFIX_MIN else {typed}
        for start in (s for s in starts if len(s) >= _PREFIX_MIN):
            for other in self.tables.starting(start):
                # the start of a word is weaker than a typo: never a confident match on its own
                found[other] = max(found.get(other, 0.0), 0.7 + 0.1 * len(start) / len(other))
        return found


def _max_edits(typed: str) -> int:
    for length, edits in _MAX_EDITS:
        if len(typed) <= length:
            return edits
    return _LONG_WORD_EDITS


def _describing_cause(posting: Posting) -> int | None:
    """The cause of a posting in a describing field (its names, symptoms, definition)."""
    return posting.cause if posting.field in DESCRIBING_CODES else None
