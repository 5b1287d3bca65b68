"""A cause's score from the evidence for it (evidence.py): 0 to 100, how confident the match is.

The evidence is summed, with more for several query words found in one phrase of the card, and
turned into a score that rises fast at first and then slowly towards 100: score = 100 * (1 -
exp(-evidence / _SCALE)). A name or related term found whole scores on its own (evidence.py),
and the higher of the two is the cause's score.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from .elsewhere import PART_SHARE
from .evidence import Evidence
from .index import FIELD_WEIGHTS, Index
from .model import Cause
from .tables import DESCRIBING, FIELDS, NAMED, Phrase
from .text import GLUE, normalize_many, stem
from .ties import Ranked

# Evidence to score: score = 100 * (1 - exp(-evidence / _SCALE)).
_SCALE = 0.9
_TOGETHER = 1.2  # more for each further query word found in the same phrase as another
_TOGETHER_FIELDS = DESCRIBING - {"related"}  # a related term is scored when found whole
_NAMING = (*NAMED, "related")  # the fields whose phrases name a cause, or a term related to it


def score_of(index: Index, found: Evidence, against: float) -> tuple[float, Phrase | int | None]:
    """A cause's score from its evidence, and the phrase (or its number) that best shows it."""
    total = sum(found.words.values()) - against
    # the phrase that holds most of the query's words: several words of one symptom
    # ("waves" and "groin") say more together than apart
    number = max(
        found.together,
        key=lambda n: (len(found.together[n]), found.support.get(n, 0.0), -n),
        default=None,
    )
    field = None if number is None else FIELDS[found.fields[number]]
    if number is not None and len(found.together[number]) > 1:
        if field in _TOGETHER_FIELDS:
            # what the further words say, beyond the most telling one
            said = sorted(index.idf(word) for word in found.together[number])[:-1]
            total += _TOGETHER * FIELD_WEIGHTS[field] * sum(said)
    elif found.support:
        number = max(found.support, key=lambda n: (found.support[n], -n))
    word_score = 100 * (1 - math.exp(-total / _SCALE)) if total > 0 else 0.0
    if found.ceiling is not None:  # the query is one of its related terms: no more
        word_score = min(word_score, found.ceiling)
    word_score *= found.elsewhere  # a query about another part of the body (elsewhere.py)
    if found.phrase is not None and found.phrase_score >= word_score:
        return round(min(100.0, found.phrase_score), 1), found.phrase
    shown = number if number is not None else found.phrase
    return round(max(0.0, min(100.0, word_score)), 1), shown


def evidence_for(score: float) -> float:
    """The least evidence that may round to this score (see Matcher._score); none for 0."""
    share = (score - 0.05) / 100
    if share <= 0:
        return -math.inf
    return math.inf if share >= 1 else -_SCALE * math.log(1 - share)


def presupposed(index: Index, found: Evidence, name: str, stems: Collection[str]) -> bool:
    """Whether the descriptions that hold the query's words all name the cause itself ("an
    aching back while pregnant") while the query holds no word of its name. Such a description
    tells what the cause is like, not how to tell it is there: a query that does not name the
    cause is possibly related to it at most. (Its names and related terms found in part do not
    count either way.)"""
    own = {stem(word) for word in normalize_many([name], phrases=False)[0].split()} - GLUE
    if not own.isdisjoint(stems):
        return False
    # the phrase that holds most of the query first: most causes' does not name them
    numbers = sorted(
        found.together.keys() | found.support.keys(),
        key=lambda n: (-len(found.together.get(n, ())), n),
    )
    described = False
    for part in (numbers[:1], numbers[1:]):
        for phrase in index.tables.phrases_at(part):
            if phrase.field in _NAMING:
                continue
            if not own <= set(phrase.stems):
                return False
            described = True
    return described


def discount_presupposed(
    index: Index,
    causes: Sequence[Cause],
    ranked: list[Ranked],
    limit: int | None,
    stems: Collection[str],
    min_score: float,
) -> list[Ranked]:
    """Ranked causes (best first), with a fifth off the score of each that a query does not
    name but `presupposed` (elsewhere.PART_SHARE, as for a part of the body a cause says nothing
    of: never confident), looked at only among those that would be shown:
    in a big catalogue most causes never are, and each look reads its name."""
    looked: set[int] = set()
    while fresh := [r for r in ranked[:limit] if r[1] not in looked]:
        lowered: dict[int, float] = {}
        for score, cause, _, found in fresh:
            looked.add(cause)
            if not found.is_named() and presupposed(index, found, causes[cause].name, stems):
                lowered[cause] = round(score * PART_SHARE, 1)
        if lowered:
            rescored = [(lowered.get(c, s), c, shown, f) for s, c, shown, f in ranked]
            ranked = sorted((r for r in rescored if r[0] >= min_score), key=lambda r: (-r[0], r[1]))
    return ranked
