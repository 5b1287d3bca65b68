"""The words of the warning signs: each sign's words by stem, how particular each word is to one
sign, and every word a sign may hold once the everyday phrases are read (for a compiled catalogue
to keep, store.py). signs.py reads a query against them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache

from .model import RedFlags, SignWords
from .phrases import PHRASES
from .sign_words import GENERIC
from .text import affirmed, normalize_many, stem, words

_BRACKETS = re.compile(r"\([^)]*\)")  # what a sign says in brackets points elsewhere
_IF = re.compile(r"\bif\b([^,;:.]*)", re.IGNORECASE)  # when a sign applies


@cache
def conditions(sign: str) -> frozenset[str]:
    """The words of a sign's "if" clauses: they say when the sign applies, and never make it
    alone ("if your bones are weak from osteoporosis, even a minor fall counts")."""
    return frozenset(w for clause in _IF.findall(sign) for w in words(clause))


_SIGN_WORDS: dict[str, frozenset[str]] = {}


def remember(each: Mapping[str, frozenset[str]]) -> None:
    """The signs' words as a compiled catalogue kept them: none need be read again."""
    _SIGN_WORDS.update(each)


def words_of(sign: str) -> frozenset[str]:
    """A sign's words, without what it says in brackets: "(in both legs, ...: get emergency
    care)" points to another sign, and "(osteoporosis)" explains a word."""
    if (found := _SIGN_WORDS.get(sign)) is None:
        _read_signs((sign,))
        found = _SIGN_WORDS[sign]
    return found


def _read_signs(signs: tuple[str, ...]) -> None:
    """The words of many signs, normalised in one batch (one pattern of phrases for them all)."""
    if not signs:
        return
    texts = normalize_many([_BRACKETS.sub(" ", sign) for sign in signs])
    for sign, text in zip(signs, texts, strict=True):
        stems = [stem(word) for word in text.split()]
        _SIGN_WORDS[sign] = frozenset(affirmed(stems)) - GENERIC


def kept(groups: tuple[RedFlags, ...]) -> SignWords:
    """The signs' words, for a compiled catalogue to keep (store.py)."""
    signs = tuple(dict.fromkeys(sign for group in groups for sign in group.signs))
    _read_signs(tuple(sign for sign in signs if sign not in _SIGN_WORDS))  # in one batch
    return SignWords({sign: _SIGN_WORDS[sign] for sign in signs}, maybe(groups))


@cache
def maybe(groups: tuple[RedFlags, ...]) -> frozenset[str]:
    """Every word a sign may hold once its phrases are read: its own words, and the words the
    phrases read as (reading them compiles their pattern; most queries share no word with any
    sign, and are answered without it)."""
    texts = [_BRACKETS.sub(" ", sign) for group in groups for sign in group.signs]
    texts += list(PHRASES.values())
    return frozenset(stem(w) for text in normalize_many(texts, phrases=False) for w in text.split())


def particular(groups: tuple[RedFlags, ...]) -> dict[str, float]:
    """How particular each word of the signs is to one of them: an idf over the signs."""
    return _rarity(tuple(sign for group in groups for sign in group.signs))


@cache
def _rarity(signs: tuple[str, ...]) -> dict[str, float]:
    _read_signs(tuple(sign for sign in signs if sign not in _SIGN_WORDS))
    holding: dict[str, int] = {}
    for sign in signs:
        for word in words_of(sign):
            holding[word] = holding.get(word, 0) + 1
    total = len(signs) + 1
    return {w: math.log(total / n) / math.log(total) for w, n in holding.items()}
