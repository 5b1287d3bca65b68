"""What a query says about each cause: the evidence that matching.py turns into scores.

- one of a cause's names or other names found whole in the query, anywhere, even with a typo, is
  strong evidence on its own ("best pillow for sciatica");
- every other query word adds what it says about the cause: how rare the word is among the
  causes (index.py), times how directly the field that holds it names the cause;
- two neighbouring query words found side by side in a description ("hurts all over") add what
  the pair says beyond its words;
- a word the catalogue holds for other causes only counts against a cause; a word the catalogue
  does not know at all costs little.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable, Sequence

from .index import FIELD_WEIGHTS, Index
from .limits import CONFIDENT
from .tables import FIELDS, NAMED, WHOLE_CODES, Phrase
from .text import GLUE, QUALIFIERS, SPINAL_LEVEL, pairs

_AGAINST = 0.2  # a word that belongs to other causes only, times its idf to this power:
_AGAINST_POWER = 2.0  # a word most causes share ("hurt") says little against any of them
_UNKNOWN = 0.15  # a word the catalogue does not know
_PAIR = 0.8  # two query words side by side in a description, times the pair's rarity
# A name found whole scores 100 times its similarity, in full when its words say at least this
# much together (their idf summed), less in proportion when they say less: a name made only of
# words most causes share ("postural back pain" without "postural") is weak evidence.
_PHRASE_FLOOR = 0.35
_UNSAID = 0.1  # a name found whole loses up to this share for the query's words it lacks
RELATED = 0.75
"""A related term found whole scores this share of a name: possibly related, never confident."""
_QUALIFIER = 0.3
"""A qualifier (text.QUALIFIERS) that this many causes share is one a query may leave out."""
_SPREAD = 6
"""How many other words may stand among the words of a name found whole ("my disc is herniated")."""


class Evidence:
    """What one query says about one cause."""

    __slots__ = (
        "ceiling",
        "elsewhere",
        "fields",
        "named",
        "phrase",
        "phrase_score",
        "support",
        "together",
        "words",
    )

    def __init__(self) -> None:
        self.support: dict[int, float] = {}  # phrase number -> evidence it holds
        self.together: dict[int, set[str]] = {}  # phrase number -> the query's words it holds
        self.fields: dict[int, int] = {}  # phrase number -> its field (a FIELDS number)
        self.words: dict[str, float] = {}  # query word -> its evidence
        self.phrase: Phrase | None = None
        self.phrase_score = 0.0
        self.named: set[str] = set()
        """The query's words that make up a name of this cause found whole, confidently."""
        self.ceiling: float | None = None
        """The most this cause may score: a query made of its related terms, and nothing more,
        is about a related condition, however its card echoes the words."""
        self.elsewhere = 1.0
        """The share of its score a cause keeps: less than all when the query is about another
        part of the body, of which this cause says nothing, and names no name of it
        (elsewhere.mark_elsewhere)."""

    def add_word(self, typed: str, value: float, number: int) -> None:
        """A query word's evidence, found in the phrase with this number."""
        self.words[typed] = value
        self.support[number] = self.support.get(number, 0.0) + value

    def said(self) -> set[str]:
        """The query words (as typed) that are evidence for this cause."""
        return {word for key, value in self.words.items() if value > 0 for word in key.split()}

    def is_named(self) -> bool:
        """Whether the query names this cause: a name, other name or kind found whole, typos
        and all."""
        return bool(self.named) or (self.phrase is not None and self.phrase.field in NAMED)

    def offer_phrase(self, phrase: Phrase, score: float) -> None:
        better = score > self.phrase_score
        if better or (score == self.phrase_score and self.phrase is None):
            self.phrase, self.phrase_score = phrase, score


Of = Callable[[int], Evidence]
"""The evidence for one cause, made on first use."""
Pending = dict[int, tuple[str, float, int]]
"""Causes whose one word cannot lift them to the floor: (word, evidence, phrase number), added
to their evidence only if something else is found for them (a name, a typo of one)."""


def weigh_words(
    index: Index,
    similar: dict[str, dict[str, float]],
    spelled: dict[str, str],
    of: Of,
    pending: Pending,
    floor: float = -math.inf,
    known: Container[int] = (),
) -> dict[str, float]:
    """Each query word's evidence for the causes that hold it; returns, for each query word
    (as typed), what it counts against a cause that does not hold it.

    A cause that holds one catalogue word only, whose evidence minus what the other words count
    against it stays under `floor`, goes to `pending` instead: most causes of a big catalogue
    share a common word ("pain"), and none of them can be shown. A cause with evidence already
    (`known`: a name equal to the query) gets its word at once."""
    penalties: dict[str, float] = {}
    held: dict[int, int] = {}  # cause -> how many of the catalogue words found it holds
    found_by: list[tuple[str, dict[int, tuple[float, int]]]] = []
    for word, found in similar.items():
        if not found:
            penalties[spelled[word]] = _UNKNOWN
            continue
        best: dict[int, tuple[float, int]] = {}  # cause -> (evidence, phrase number)
        strongest = 0.0
        for other, similarity in found.items():
            idf = index.idf(other)
            strongest = max(strongest, similarity * idf)
            for cause, (number, _, field, _) in index.holders(other).items():
                held[cause] = held.get(cause, 0) + 1
                value = similarity * idf * FIELD_WEIGHTS[FIELDS[field]]
                if value > best.get(cause, (0.0, 0))[0]:
                    best[cause] = (value, number)
        found_by.append((spelled[word], best))
        penalties[spelled[word]] = _AGAINST * strongest**_AGAINST_POWER
    against_all = sum(penalties.values())
    for typed, best in found_by:
        against = against_all - penalties[typed]  # a cause with this word only
        for cause, (value, number) in best.items():
            if held[cause] == 1 and value - against < floor and cause not in known:
                pending[cause] = (typed, value, number)
            else:
                of(cause).add_word(typed, value, number)
    # the phrases that hold several of the words found, for the causes that hold several: a
    # cause that holds one word is shown by the phrase that holds it most directly (`support`)
    for found in similar.values():
        for other in found:
            for number, cause, field, _ in index.tables.postings(other):
                if held[cause] > 1:
                    ev = of(cause)
                    ev.together.setdefault(number, set()).add(other)
                    ev.fields[number] = field
    return penalties


def weigh_pairs(index: Index, stems: list[str], spelled: dict[str, str], of: Of) -> None:
    """Two neighbouring query words found side by side in a description ("hurts all over",
    "seized up"): evidence beyond what each word says alone, by how rare the pair is."""
    for pair in dict.fromkeys(pairs(stems)):
        postings = index.tables.pair_postings(pair)
        if not postings:
            continue
        rarity = index.rarity(postings)
        best: dict[int, float] = {}
        for posting in postings:
            value = _PAIR * rarity * FIELD_WEIGHTS[FIELDS[posting.field]]
            best[posting.cause] = max(best.get(posting.cause, 0.0), value)
        first, second = pair.split()
        typed = f"{spelled.get(first, first)} {spelled.get(second, second)}"
        for cause, value in best.items():
            of(cause).words[typed] = value


def find_phrases(
    index: Index,
    similar: dict[str, dict[str, float]],
    spelled: dict[str, str],
    of: Of,
    typed: Sequence[str] = (),
) -> tuple[set[str], float]:
    """Names, other names and related terms whose every word is in the query, whatever words
    surround them, but near one another: "too much weight" is not in "the weight of the sheet
    was too much" (`typed`: the query's words in order; none, no check).

    Returns the words of the related terms that were all a cause's evidence, and the best
    score of those terms (see `echo_related`)."""
    where: dict[str, list[int]] = {}
    for position, word in enumerate(typed):
        where.setdefault(word, []).append(position)
    near: dict[str, tuple[float, str]] = {}  # catalogue word -> (similarity, query word)
    for word, found in similar.items():
        for other, similarity in found.items():
            if similarity > near.get(other, (0.0, ""))[0]:
                near[other] = (similarity, spelled[word])
    candidates = set(near)
    for word, typed in spelled.items():  # "all over" in "aching all over" is in no index
        near.setdefault(word, (1.0, typed))
    # what each query word says (its best match's idf): a name that holds more of it is
    # the closer answer ("low back pain" over "back pain"), a little
    says = {
        spelled[word]: max((s * index.idf(o) for o, s in found.items()), default=0.0)
        for word, found in similar.items()
    }
    told = sum(says.values())
    # only the names whose indexed words the query may all hold are read: a name found whole
    # needs each of them (`Posting.needs` says how many, leaving out qualifiers)
    holds: dict[int, int] = {}  # name phrase -> how many of its words the query holds
    needs: dict[int, int] = {}
    numbers: dict[int, None] = {}  # the names that hold a catalogue word like a query word
    for word in near:  # the catalogue's words first (`candidates`), then the query's own
        for posting in index.tables.postings(word):
            if posting.field in WHOLE_CODES:
                holds[posting.phrase] = holds.get(posting.phrase, 0) + 1
                needs[posting.phrase] = posting.needs
                if word in candidates:
                    numbers.setdefault(posting.phrase)
    possible = [n for n in numbers if holds[n] >= needs[n]]
    related: dict[int, tuple[set[str], float]] = {}  # cause -> what its related terms hold, best
    for phrase in index.tables.phrases_at(possible):
        named = [w for w in phrase.stems if w not in GLUE and not SPINAL_LEVEL.fullmatch(w)]
        needed = [w for w in named if w in near]
        # a query may leave out the words that only qualify a name ("Low back pain,
        # unspecified"), when the catalogue holds them for most causes
        if not needed or any(
            w not in QUALIFIERS or index.idf(w) >= _QUALIFIER for w in named if w not in near
        ):
            continue
        if where and not _near_one_another([where[near[w][1]] for w in needed], len(named)):
            continue
        mass = sum(index.idf(w) for w in needed)
        strength = min(1.0, mass / _PHRASE_FLOOR)
        similarity = min(near[w][0] for w in needed)
        held = sum(says.get(typed, 0.0) for typed in {near[w][1] for w in needed})
        unsaid = 1 - min(1.0, held / told) if told else 0.0
        ev = of(phrase.cause)
        weight = RELATED if phrase.field == "related" else 1.0
        score = 100.0 * weight * similarity * strength * (1 - _UNSAID * unsaid)
        ev.offer_phrase(phrase, score)
        if phrase.field == "related":
            held_words, best = related.get(phrase.cause, (set(), 0.0))
            related[phrase.cause] = (held_words | {near[w][1] for w in needed}, max(best, score))
        elif score >= CONFIDENT:
            ev.named.update(near[w][1] for w in needed)
        for w in needed:
            ev.words.setdefault(near[w][1], 0.0)
    # a query that says nothing of a cause but its related terms ("UTI", "she only had a
    # bladder infection") is about the related condition, however its card echoes the words:
    # possibly related, no more
    echoed: set[str] = set()
    ceiling = 0.0
    for cause, (held_words, best) in related.items():
        ev = of(cause)
        if ev.said() <= held_words:
            ev.ceiling = max(ev.ceiling or 0.0, best)
            echoed |= held_words
            ceiling = max(ceiling, best)
    return echoed, ceiling


def echo_related(evidence: Iterable[Evidence], echoed: set[str], ceiling: float) -> None:
    """A cause whose only evidence is the words of another cause's related term, found whole,
    echoes that term ("What is a urinary tract infection?" is no question about the bone
    infection that one can lead to): possibly related at most, as the other is."""
    if not echoed:
        return
    for found in evidence:
        if found.ceiling is None and (said := found.said()) and said <= echoed:
            found.ceiling = ceiling


def _near_one_another(positions: list[list[int]], length: int) -> bool:
    """Whether one place of each word falls within a name's length and _SPREAD more words."""
    if len(positions) < 2:
        return True
    widest = length + _SPREAD
    return any(
        all(any(start <= p < start + widest for p in places) for places in positions)
        for start in {p for places in positions for p in places}
    )
