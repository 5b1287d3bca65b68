"""Warning signs in a query: the red flags that what someone typed reads like."""

from __future__ import annotations

from .matching import TELLING, Matcher
from .model import RedFlags
from .text import content, words

COVERAGE = 0.5
"""A query describes a sign when at least this share of its telling words are words of the sign."""


def warning_signs(matcher: Matcher, query: str) -> list[tuple[RedFlags, str]]:
    """The red-flag signs a query describes: most of its telling words are words of the sign.

    Whole words only (by stem, no typos, no prefixes), so that it speaks up only when the words
    are there: "newborn" is not "new", "fallopian" not "fall".
    """
    idf = matcher.index.idf
    telling = [w for w in content(words(query)) if len(w) > 2 and idf.get(w, 1.0) >= TELLING]
    found = []
    for group in matcher.catalogue.red_flags:
        for sign in group.signs:
            sign_words = set(words(sign))
            covered = sum(1 for w in telling if w in sign_words)
            if telling and covered / len(telling) >= COVERAGE:
                found.append((group, sign))
    return found
