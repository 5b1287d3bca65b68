"""Ties between causes found by a search, broken so that the closest name comes first.

Ties are common: two causes that share the phrase a query names score alike ("spondylolysis",
a related term of two causes), and so do the many causes of a big catalogue that share a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from .evidence import Evidence
from .index import Index
from .model import Cause
from .tables import NAME_FIELDS, Phrase
from .text import GLUE, normalize

Ranked = tuple[float, int, Phrase | int | None, Evidence]
"""A cause found: its score, its index, the phrase (or its number) that shows it, its evidence."""

_SPELLED_LIKE = 70.0  # how alike (rapidfuzz's ratio) a query and a name break a tie
_SPELLED_LIKE_READ = 20  # the most tied causes whose names are read to break a tie


def closest_first(
    index: Index,
    causes: Sequence[Cause],
    ranked: list[Ranked],
    limit: int | None,
    query: set[str],
    literal: str = "",
) -> list[Ranked]:
    """Ties between names broken by the name that shows the match: the more of the query's
    words (`query`, stems) it holds ("low back pain" before "back pain"), then the fewer it has
    beyond them ("Pyelonephritis" before "Salmonella pyelonephritis"); then by the cause whose
    name is spelled most like the query (`literal`: "spondylolysis", a related term of two
    causes, is Spondylolisthesis's before Spinal fractures'); other ties keep catalogue order
    (the bundled one lists the common causes first). Only the ties that reach the results are
    looked at (a compiled catalogue reads their phrases)."""
    if not ranked:
        return ranked
    edge = ranked[min(len(ranked), limit or len(ranked)) - 1][0]
    tied = [r for r in ranked if r[0] >= edge]
    numbers = [r[2] for r in tied if isinstance(r[2], int)]
    read = dict(zip(numbers, index.tables.phrases_at(numbers), strict=True))

    def closeness(shown: Phrase | int | None) -> tuple[int, int]:
        phrase = read[shown] if isinstance(shown, int) else shown
        if phrase is None or phrase.field not in NAME_FIELDS:
            return (0, 1 << 30)
        named = [w for w in phrase.stems if w not in GLUE]
        held = sum(1 for w in named if w in query)
        return (-held, len(named) - held)

    keys = {r[1]: (-r[0], closeness(r[2]), 0.0) for r in tied}
    # ties remain: read the names, of a few (a big catalogue's hundreds of causes that tie on
    # common words keep catalogue order, unread)
    if literal and len(set(keys.values())) < len(keys) <= _SPELLED_LIKE_READ:
        from rapidfuzz import fuzz

        for cause, (score, close, _) in keys.items():
            ratio = fuzz.ratio(literal, normalize(causes[cause].name))
            keys[cause] = (score, close, -ratio if ratio >= _SPELLED_LIKE else 0.0)
    tied.sort(key=lambda r: (*keys[r[1]], r[1]))
    return tied + ranked[len(tied) :]
