"""Names found whole in another form than their words: a whole query typed with typos across
word boundaries ("sciatia pain"), or a name in capitals that is also a common word ("AS")."""

from __future__ import annotations

import re
from collections.abc import Container

from .evidence import Of
from .index import Index
from .tables import NAMED
from .text import FILLER, stem

_CAPITALS = re.compile(r"\b[A-Z]{2,5}\b")
_NUMBER = re.compile(r"\d+")
# How many characters of a whole query allow one typo when it is compared with a whole name.
_CHARACTERS_PER_EDIT = 6


def find_whole_names(index: Index, query_key: str, of: Of) -> None:
    """Whole-string similarity to names and other names: typos across word boundaries."""
    edits = len(query_key) // _CHARACTERS_PER_EDIT
    if not edits:
        return
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # a name that differs in length by more than `edits` is more than `edits` away
    names = index.tables.whole_names(len(query_key) - edits, len(query_key) + edits)
    for _, distance, position in process.extract(
        query_key, [n for n, _ in names], scorer=OSA.distance, score_cutoff=edits, limit=None
    ):
        name, number = names[position]
        if _NUMBER.findall(name) != _NUMBER.findall(query_key):
            continue  # a number is no typo of another: "alias 500" is not "alias 1500"
        phrase = index.phrases[number]
        of(phrase.cause).offer_phrase(phrase, 100 * (1 - distance / max(len(query_key), len(name))))


def find_acronyms(index: Index, query: str, stems: Container[str], of: Of) -> None:
    """A name in capitals that is also a word that says nothing ("AS", ankylosing spondylitis's;
    "ME"), written so in a query that is not all in capitals: that name, found whole.

    `stems`: the query's words that are asked about (not denied), stemmed."""
    if query.isupper():
        return
    for token in dict.fromkeys(_CAPITALS.findall(query)):
        word = stem(token.lower())
        if word not in FILLER or word not in stems:
            continue  # any other name is found as a word ("OA")
        for phrase in index.names.get(word, []):
            if phrase.text == token and phrase.field in NAMED:
                found = of(phrase.cause)
                found.offer_phrase(phrase, 100.0)
                found.words.setdefault(token.lower(), 0.0)  # shown in matched_words; no weight
