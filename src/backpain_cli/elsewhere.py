"""Conditions a query names that are not in the catalogue ("gout", "kidney cyst").

Their words are evidence for them, not for the causes here: matching.py leaves them out of the
search and says so, and signs.py reads them as one thing ("breast cancer" is a cancer).
"""

from __future__ import annotations

from collections.abc import Sequence

from .index import Index
from .text import FILLER, GLUE, condition_key, stem

LONGEST_NAME = 4
"""Words in the longest condition name looked for."""


def conditions_elsewhere(index: Index, typed: Sequence[str]) -> list[tuple[int, int]]:
    """Where a query's words (normalised, in order) name conditions that are not here: sorted
    (start, end) spans. The longest name wins ("rheumatoid arthritis", not "arthritis"); a name
    is here when one cause is described with all its words ("low back pain"), when it is one of
    the causes' names, or part of one, or holds one, or is one with a word in another form
    ("hernia disc")."""
    stems = [stem(word) for word in typed]
    conditions = index.conditions
    # names are compared as sets of words, without "of" and "the": "kidney cyst" is "cyst of
    # kidney"
    kept = [i for i, s in enumerate(stems) if s not in GLUE]
    found: list[tuple[int, int]] = []
    used: set[int] = set()
    for size in range(min(LONGEST_NAME, len(kept)), 0, -1):
        for start in range(len(kept) - size + 1):
            positions = kept[start : start + size]
            words = {stems[i] for i in positions}
            if used.intersection(positions) or condition_key(words) not in conditions:
                continue
            used.update(positions)
            if words <= FILLER or index.described_together(words):
                continue  # named in words one cause is described with: "low back pain"
            if index.is_name_within(frozenset(words)):
                continue
            if index.is_name_variant(words, set(stems)):
                continue  # "hernia disc": a name of ours with a word in another form
            found.append((positions[0], positions[-1] + 1))
    return sorted(found)
