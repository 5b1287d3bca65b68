"""A query's whole answer, as `backpain search` gives it: for the command line and for Python.

The matches (matching.py), held below the confident cutoff when the query reads like a sign of
the most urgent group (the warning is the answer then), the warning signs it reads like
(signs.py), and the conditions it names that are not causes here.
"""

from __future__ import annotations

from typing import NamedTuple

from .catalogue import condition_names, everyday_words
from .errors import QueryError
from .limits import CONFIDENT, DEFAULT_LIMIT, MIN_SCORE
from .matching import Match, Matcher
from .model import Catalogue, WarningSign
from .signs import warning_signs
from .tables import NAME_FIELDS


class Answer(NamedTuple):
    """What `backpain search` says of one query."""

    results: list[Match]
    """Best first; confident ones ("high") before the possibly related ("low")."""
    warnings: list[WarningSign]
    """The warning signs the query reads like, the most urgent group first."""
    not_here: list[str]
    """The conditions the query names that are none of the catalogue's causes, as typed."""


def matcher(catalogue: Catalogue) -> Matcher:
    """A search over the catalogue that knows conditions in general and everyday words (read
    only when a query needs them), as the command line's does; build it once for many queries."""
    return Matcher(catalogue, condition_names, everyday_words)


def ask(
    asked: Matcher,
    query: str,
    limit: int | None = DEFAULT_LIMIT,
    category: str | None = None,
    min_score: float = MIN_SCORE,
) -> Answer:
    """The whole answer to one query. `category`: an id, a name or the start of either.

    Raises QueryError for a query that cannot be searched (empty, too short, too long) and for
    a limit, category or score that is not one (the command line refuses the same)."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise QueryError(f"limit must be a whole number of at least 1, not {limit!r}")
    if not 0 <= min_score <= 100:  # NaN fails too
        raise QueryError(f"min_score must be from 0 to 100, not {min_score!r}")
    chosen = None
    if category is not None:
        try:
            chosen = asked.catalogue.find_category(category).id
        except LookupError as error:
            raise QueryError(str(error)) from None
    results = asked.search(query, limit=limit, category=chosen, min_score=min_score)
    warnings = warning_signs(asked, query)
    return Answer(heeding(asked.catalogue, results, warnings), warnings, asked.not_here(query))


def search(
    catalogue: Catalogue,
    query: str,
    limit: int | None = DEFAULT_LIMIT,
    category: str | None = None,
    min_score: float = MIN_SCORE,
) -> list[Match]:
    """Causes in the catalogue that match the query, best first, as `backpain search` finds
    them. For many queries, or for the warning signs too, use `ask(matcher(catalogue), ...)`."""
    return ask(matcher(catalogue), query, limit, category, min_score).results


def heeding(catalogue: Catalogue, results: list[Match], warnings: list[WarningSign]) -> list[Match]:
    """The results of a query that reads like a sign of the most urgent group: the warning is the
    answer, and a cause it merely describes is possibly related, never a confident match (a
    throbbing belly and sudden back pain are no muscle strain to be sure of); a cause it names
    stays as it is."""
    urgent = catalogue.red_flags[:1]
    if not any(group in urgent for group, _ in warnings):
        return results
    below = round(CONFIDENT - 0.1, 1)  # the score keeps its meaning: under CONFIDENT, possible
    return [
        m
        if m.matched in NAME_FIELDS or m.confidence == "low"
        else m._replace(confidence="low", score=min(m.score, below))
        for m in results
    ]
