"""What a query says before it is read against the warning signs (signs.py): its clauses, a
sign it says is over ("had a fever last week but it's gone"), and a typo of a word an urgent
sign turns on ("numbnes").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .sign_words import CANCERS, VITAL, stems
from .text import FILLER, normalize_many, stem, words

if TYPE_CHECKING:
    from .matching import Matcher

CLAUSES = re.compile(r"[,;.!?]+|\b(?:and|but|then|now|since|with)\b", re.IGNORECASE)
_OVER = (
    r"(?:\b(?:it\W?s|has|have|had|is|was|were|all|long|now|since)\s+gone|\bgone(?:\s+away)?)"
    r"\s*$|\b(?:went|gone|goes|go|going)\s+away\b|\ball\s+(?:better|clear|fine)\b|\b(?:came|come|"
    r"was|were|is|are)\s+(?:back\s+)?(?:all\s+)?clear\b|\bcleared\b|\bresolved\b|\b(?:he|she|"
    r"they)\W?(?:s|is|are|re|was|were|seems?)\s+(?:totally\s+|completely\s+)?(?:fine|ok|okay|"
    r"alright)(?:\s+now)?\s*$"
)
"""Words that say a sign is over: "had a fever last week but it's gone", "the numbness went away",
"the scan was all clear", "my grandad had a fall but he's fine now" (not "it won't go away", nor
legs that have "gone numb"; "I'm fine" may go on "but my back hurts")."""
_ABOUT = frozenset(
    stems("thats scan scans test tests result results mri xray totally completely fully mostly")
)
_LOST = frozenset(stems("bladder bowel bowels waterworks"))
_CANCER = frozenset(stems(" ".join(["cancer", *CANCERS])))  # by stem, as words() gives them
_OVER_HINTS = ("gone", "away", "clear", "resolved", "fine", "ok", "alright", "better")
"""One of these is in every query _OVER reads: the others need not compile it."""
_STILL = (
    r"(?:(?:\bnot|n\W?t|\bnever|\bno)\s+(?:\w+\s+)?|\b(?:says?|said|claims?|claimed|insists?|"
    r"insisted|reckons?|thinks?)\s+)$"
)
_FEARED = (
    r"\b(?:(?:scared|afraid|frightened|terrified|fearful|wary) of|(?:worried|worrying|anxious|"
    r"paranoid|panicking|panicked|nervous|concerned|reading|read|heard|hearing|learning|learnt|"
    r"learned|googled|googling|researching|researched) (?:about|up on|of)|(?:looked|looking) up|"
    r"(?:is|could|can|might|would) (?:it|this|that)(?: be)?)"
    r"(?: (?:having|getting|developing|a|an|the))* (?:cauda equina(?: syndrome)?|ces|osteoporosis|"
    r"heart attacks?|aortic aneurysms?|aneurysms?)\b"
)
"""A condition a sign names, said as a fear or as something read about ("scared of cauda equina
after reading about it online", "worried about osteoporosis"): no sign of it ("worried I have
cauda equina" stays one, and so does whatever else the query says)."""


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def not_over(query: str) -> str:
    """The query without a sign it says is over: "had a fever last week but it's gone, back
    still sore" and "the numbness went away, back still sore" say "back still sore". A cancer
    stays: a history of it is the sign, however long ago it went."""
    lowered = query.casefold()
    if not any(hint in lowered for hint in _OVER_HINTS):
        return query
    pieces = _compiled(f"({CLAUSES.pattern})").split(query)
    kept: list[int] = []  # the clauses kept, by their place among the pieces
    for n in range(0, len(pieces), 2):
        part = pieces[n]
        over = _compiled(_OVER).search(part)
        if over is None or _compiled(_STILL).search(part[: over.start()]):
            kept.append(n)
            continue
        # "it's gone", "the scan was clear": the clause before says what is over
        told = [w for w in words(part[: over.start()]) if w not in FILLER and w not in _ABOUT]
        if _LOST.intersection(told):
            kept.append(n)  # "bladder gone": its control is lost, not a sign over
            continue
        dropped = [n] if told or not kept else [kept[-1], n]
        if _CANCER.intersection(w for i in dropped for w in words(pieces[i])):
            kept.append(n)
        elif not told and kept:
            kept.pop()
    if len(kept) * 2 >= len(pieces):
        return query
    return " ".join(p for i, p in enumerate(pieces) if i % 2 or i in kept)  # "but, now" apart


def not_feared(query: str) -> str:
    """The query without a condition it fears or read about ("scared of cauda equina")."""
    if not any(hint in query.casefold() for hint in ("cauda", "ces", "osteo", "heart", "aneur")):
        return query
    return _compiled(_FEARED).sub(" ", query)


def spelled(matcher: Matcher, query: str) -> str:
    """The query with a typo of a word an urgent sign turns on read as that word ("numbnes
    between my legs"): one edit in a word of six to eight letters, two in a longer one, in a
    word that neither the catalogue, the everyday words nor the names of conditions know."""
    typed = normalize_many([query], phrases=False)[0].split()
    index = matcher.index
    unknown = [
        w
        for w in typed
        if len(w) >= 6
        and w not in VITAL
        and not index.knows(stem(w))
        and w not in index.everyday
        and w not in index.medical_words
    ]
    if not unknown:
        return query
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    fixed = {}
    for word in unknown:
        edits = 1 if len(word) <= 8 else 2
        found = process.extractOne(word, VITAL, scorer=Levenshtein.distance, score_cutoff=edits)
        if found is not None:
            fixed[word] = found[0]
    return " ".join(fixed.get(w, w) for w in typed) if fixed else query
