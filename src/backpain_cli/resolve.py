"""`show`'s question: which one cause does a name mean?"""

from __future__ import annotations

from typing import NamedTuple

from .limits import MIN_SCORE
from .matching import Matcher, check_query
from .model import Cause
from .text import words


class Resolution(NamedTuple):
    """What a name given to `show` means: one cause, or the causes it might mean."""

    cause: Cause | None
    guessed: bool = False
    suggestions: tuple[Cause, ...] = ()
    kind: bool = False
    """Whether the name is one of the cause's kinds ("compression fracture")."""
    related: bool = False
    """Whether the name is a related term of the suggestions, not a name of theirs: osteopenia
    is related to osteoporosis, not another name for it."""


_SURE = 80.0
_MARGIN = 8.0


def resolve(matcher: Matcher, name: str) -> Resolution:
    """One cause for a name: exact id, name or alias first (even an id of one letter), then a
    single confident fuzzy match."""
    exact = matcher.exact(name)
    if len(exact) == 1:
        typed = words(name)
        return Resolution(exact[0], kind=any(words(k) == typed for k in exact[0].kinds))
    if exact:
        return Resolution(None, suggestions=tuple(exact))
    check_query(name)
    matches = matcher.search(name, limit=None, min_score=MIN_SCORE)
    if not matches:  # a word of a name, too common to search on: "strain", "muscle"
        said = set(words(name))
        named = [c for c in matcher.catalogue.causes if said and said <= set(words(c.name))]
        return Resolution(None, suggestions=tuple(named))
    top = matches[0]
    rivals = [m for m in matches[1:] if top.score - m.score < _MARGIN]
    if top.score >= _SURE and not rivals:
        return Resolution(top.cause, guessed=True)
    suggestions = [top, *rivals] if rivals else matches[:3]
    related = top.matched == "related"
    return Resolution(None, suggestions=tuple(m.cause for m in suggestions), related=related)
