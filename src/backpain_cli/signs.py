"""Warning signs in a query: the red flags that what someone typed reads like."""

from __future__ import annotations

from .matching import TELLING, Matcher
from .model import RedFlags
from .text import content, words

PAIN = frozenset(words("pain pains painful hurt hurts hurting ache aches aching sore"))
"""Words for the pain itself: every sign is about back pain, so they say nothing of which."""
COVERAGE = 0.6
"""A query describes a sign when more than half of its telling words are words of the sign: "back
pain after a fall" does, "seized up when I got out of the car" does not ("car accident")."""


def warning_signs(matcher: Matcher, query: str) -> list[tuple[RedFlags, str]]:
    """The red-flag signs a query describes best: most of its telling words are the sign's words.

    Whole words only (by stem, no typos, no prefixes), so that it speaks up only when the words
    are there: "newborn" is not "new", "fallopian" not "fall". Words of the causes' names
    count for nothing here: "does pregnancy cause sciatica" is a question, not a warning sign.
    """
    idf = matcher.index.idf
    named = matcher.index.names_a_cause  # "pregnancy" says which cause, not that it is urgent
    telling = [
        w
        for w in content(words(query))
        if len(w) > 2 and idf(w, 1.0) >= TELLING and not named(w) and w not in PAIN
    ]
    if not telling:
        return []
    scored = []
    for group in matcher.catalogue.red_flags:
        for sign in group.signs:
            sign_words = set(words(sign))
            share = sum(1 for w in telling if w in sign_words) / len(telling)
            if share >= COVERAGE:
                scored.append((share, group, sign))
    best = max((share for share, _, _ in scored), default=0.0)
    return [(group, sign) for share, group, sign in scored if share == best]
