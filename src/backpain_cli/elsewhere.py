"""Conditions a query names that are not in the catalogue ("gout", "kidney cyst"), and parts of
the body other than the catalogue's ("a pop in my knee").

A condition's words are evidence for it, not for the causes here: matching.py leaves them out of
the search and says so, and signs.py reads them as one thing ("breast cancer" is a cancer). A
query about another part of the body relates to the causes at most possibly.
"""

from __future__ import annotations

from collections.abc import Sequence

from .evidence import RELATED, Evidence, Of
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


def as_said(span: Sequence[str], typed_as: dict[str, str]) -> str:
    """A condition's words as typed, each phrase once, without a word of one again: "unable get
    erection" was typed "cant get it up"."""
    said = list(dict.fromkeys(typed_as.get(word, word) for word in span))
    phrases = {w for s in said if " " in s for w in s.split()}
    return " ".join(s for s in said if " " in s or s not in phrases)


def offer_linked(
    index: Index,
    typed: Sequence[str],
    stems: Sequence[str],
    spans: Sequence[tuple[int, int]],
    of: Of,
) -> set[int]:
    """The cause whose card, alone of all, names a condition of several words that the query
    names and that is not here, all in one phrase ("cancer elsewhere, often the prostate,
    breast, lung or kidney"), when the query asks about the catalogue's region too ("can breast
    cancer cause back pain"): it is offered that phrase as possibly related, as a related term
    found whole is. A question about the condition alone ("lung cancer warning signs") is about
    it, not the causes here; a condition that several cards name is a general risk, which says
    no one of them (rheumatoid arthritis, for osteoarthritis and fibromyalgia); a name of one
    word may share its stem with another ("prostatitis", "prostate")."""
    if not spans or not index.tables.region.intersection(stems):
        return set()
    linked: set[int] = set()
    for start, end in spans:
        named = [i for i in range(start, end) if stems[i] not in GLUE]
        if len({stems[i] for i in named}) < 2:
            continue
        phrases = index.tables.phrases_at(index.phrases_holding(stems[i] for i in named))
        if len({phrase.cause for phrase in phrases}) == 1:
            linked.add(phrases[0].cause)
            found = of(phrases[0].cause)
            found.offer_phrase(phrases[0], 100.0 * RELATED)
            for i in named:  # shown in matched_words; no weight of their own
                found.words.setdefault(typed[i], 0.0)
    return linked


PART_SHARE = 0.8
"""What a cause keeps of its score when a query is about a part of the body many causes name
but this one says nothing of ("my feet burn at night" is not about sleep apnoea's "night"):
never confident, and in the same order."""
WHOLE_SHARE = 0.45
"""What a cause keeps when a query is about parts of the body that few causes name, and
nothing of the catalogue's region ("a pop in my knee", "stiff hands every morning"): shown,
as possibly related, only where it would have been all but certain (93 or more, with the floor
at 42). Half, or the floor's share of the confident cutoff, answered 15 more negatives of the
tuning sets (numb hands at night, a stiff neck, chest pain on breathing) and no more questions."""


def mark_elsewhere(index: Index, evidence: dict[int, Evidence], stems: Sequence[str]) -> None:
    """Causes that a query about another part of the body relates to at most possibly, unless
    it names them: all of them when the parts are ones few causes name ("a pop in my knee"),
    and only the strongest of those; otherwise those that say nothing of the parts themselves."""
    parts = index.other_parts(stems)
    if not parts:
        return
    whole = index.is_elsewhere(parts)
    for found in evidence.values():
        if not found.named and (whole or not _said_of(index, found, parts)):
            found.elsewhere = WHOLE_SHARE if whole else PART_SHARE


def _said_of(index: Index, found: Evidence, parts: frozenset[str]) -> bool:
    """Whether a cause's evidence speaks of these parts: in a phrase that is about them, not
    about the region ("back pain that may spread to the feet" says where the pain goes, not
    where it is), or, with no phrase that holds several query words, in a word of its own."""
    numbers = [n for n, held in found.together.items() if held & parts]
    if not numbers:
        return any(stem(word) in parts for key in found.words for word in key.split())
    region = index.tables.region
    return not all(region.intersection(p.stems) for p in index.tables.phrases_at(numbers))


def named_apart(found: Evidence, min_score: float, elsewhere: set[str]) -> bool:
    """Whether a name or related term of a cause is found whole, in none of the words that name
    a condition that is not here."""
    phrase = found.phrase
    return (
        phrase is not None
        and found.phrase_score >= min_score
        and not elsewhere.intersection(phrase.stems)
    )
