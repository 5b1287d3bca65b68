"""Find causes from what people type: typos, lay words, synonyms, words from a definition.

Text is normalised (Unicode, case, accents, punctuation, British spellings, plurals) into words.
Filler words ("what", "my", "back", "pain", ...) are dropped, since every cause here is a cause of
back pain. Each remaining query word is matched against the catalogue's vocabulary with rapidfuzz
(edit distance, with typos allowed by word length, and prefixes), then an inverted index leads from
the matched words to the names, aliases and definitions that hold them. A cause scores by how much
of the query one of its names or aliases explains (and how much of that name the query covers),
by how well the whole query matches a name, or, weighted lower, by how much of the query its
definition and aliases explain together.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from operator import mul
from typing import NamedTuple

from .errors import QueryError
from .model import Catalogue, Cause, RedFlags

DEFAULT_LIMIT = 5
MAX_QUERY_CHARS = 1000
MIN_SCORE = 70.0
"""Below this a cause is not a result; calibrated on benchmarks/queries.tsv."""

# How far a query word may be from a catalogue word: none for short words, where one edit turns
# one word into another ("work", "worn"), then one edit, then two for long medical words.
_MAX_EDITS = ((4, 0), (7, 1))
_LONG_WORD_EDITS = 2
_PREFIX_MIN = 4
# Endings that make a longer form of a word ("weakness", "curvature"): a word that is not in the
# catalogue may be a catalogue word plus one of these, and one that is may be read as its forms.
_SUFFIXES = frozenset(
    "s es ed ing ness ful ly ity ion ation ment al ic ical y er ive ure ature ous".split()
)
# A definition explains a cause less directly than one of its names.
_DEFINITION_WEIGHT = 0.85
_COMBINED_WEIGHT = 0.9
# A query word found nowhere in the catalogue still counts against the match, but less than one
# that was found elsewhere: "my grandmother's sciatica" is about sciatica.
_UNKNOWN_WORD_WEIGHT = 0.3
# How many characters of a whole query allow one typo when it is compared with a whole name.
_CHARACTERS_PER_EDIT = 6
# A query describes a warning sign when this share of its words is in the sign.
_SIGN_COVERAGE = 0.6

# "L5", "S1", "T12": where in the spine, which says nothing about the cause.
_SPINAL_LEVEL = re.compile(r"[ctls][1-9][0-2]?")
_JOINERS = re.compile(r"[.'\u2019`]")  # "S.I." is "SI", "Bechterew's" one word
_NON_WORD = re.compile(r"[^\w\n]+|_+")
# The combining diacritical marks of Latin, Greek and Cyrillic: "á" is "a" once decomposed.
# (A pattern string, compiled by `re` on first use: most text is ASCII and never needs it.)
_COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_SPELLINGS = {
    "disc": "disk",
    "discs": "disks",
    "discitis": "diskitis",
    "tumour": "tumor",
    "tumours": "tumors",
    "oestrogen": "estrogen",
    "dysmenorrhoea": "dysmenorrhea",
    "haemorrhage": "hemorrhage",
    "anaemia": "anemia",
    "paediatric": "pediatric",
    "orthopaedic": "orthopedic",
    "centre": "center",
    "fibre": "fiber",
    "behaviour": "behavior",
    "colour": "color",
    "ageing": "aging",
}
_STOP_WORDS = """
    a about after again all also always am an and any anything are as at barely be because been
    before being bit but by can cannot cant cause caused causes causing could did do does doing dont
    during each even every hardly quite still wont
    feel feeling feels for from get gets getting got had has have having he her here him his how
    i if im in into is it its ive just kind know like lot lots may maybe me might mine more most
    much my never no not of off often on one or other our out over please really she should since
    so some something sometimes than that the their them then there these they thing things think
    this those though time times to too type up usually very was we were what whats when where
    which while who why will with without would you your
"""
# Every cause here is a cause of back pain: these words say nothing about which one.
_DOMAIN_WORDS = """
    back backs backache backaches pain pains painful ache aches aching hurt hurts hurting sore
    symptom symptoms problem problems condition conditions issue issues lower down lumbar
"""
MATCH_FIELDS = ("name", "id", "alias", "icd10", "definition")

Offer = Callable[["_Phrase", float], None]
"""Records a candidate score for the cause of a phrase."""


@dataclass(frozen=True, slots=True)
class Match:
    """One cause found by a search, with its score (0-100) and what matched."""

    cause: Cause
    score: float
    matched: str
    matched_text: str


def normalize(text: str) -> str:
    """Fold Unicode compatibility forms, case, accents and punctuation; collapse spaces."""
    return normalize_many([text])[0]


def normalize_many(texts: list[str]) -> list[str]:
    """`normalize` for many texts in one pass over their joined text: fast for big catalogues."""
    joined = unicodedata.normalize("NFKC", "\n".join(t.replace("\n", " ") for t in texts))
    joined = joined.casefold()
    if not joined.isascii():
        joined = re.sub(_COMBINING, "", unicodedata.normalize("NFKD", joined))
    joined = _NON_WORD.sub(" ", _JOINERS.sub("", joined))
    return [" ".join(line.split()) for line in joined.split("\n")]


def _stem(word: str) -> str:
    """One spelling and one form of a word: British to American, plurals and -ing, -ed endings."""
    word = _SPELLINGS.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        return _undouble(word[:-3])
    if len(word) > 5 and word.endswith("ed"):
        return _undouble(word[:-2])
    return word


def _undouble(stem: str) -> str:
    """'sitt' (from sitting) is 'sit'; 'swell' and 'bleed' stay as they are."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsz":
        return stem[:-1]
    return stem


STOP_WORDS = frozenset(_stem(word) for word in _STOP_WORDS.split())
FILLER = STOP_WORDS | frozenset(_stem(word) for word in _DOMAIN_WORDS.split())
"""Words that carry no meaning in a query, stemmed as the words they are compared with."""


def words(text: str) -> list[str]:
    """The normalised, stemmed words of a text, filler included."""
    return [_stem(w) for w in normalize(text).split()]


def meaningful(tokens: Iterable[str]) -> list[str]:
    """The words that carry meaning, each once, in order."""
    return list(
        dict.fromkeys(t for t in tokens if t not in FILLER and not _SPINAL_LEVEL.fullmatch(t))
    )


def check_query(query: str) -> str:
    """The normalised query, or QueryError if it is too short or too long to mean anything."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query is too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,}): "
            "use a few words, or one query per line with 'search -'"
        )
    norm = normalize(query)
    if sum(ch.isalnum() for ch in norm) < 2:
        shown = query.strip()[:40] or "(empty)"
        raise QueryError(
            f"query {shown!r} is too short: type at least 2 letters or digits, "
            "such as a condition or what the pain feels like"
        )
    return norm


def is_too_general(query: str) -> bool:
    """Whether the query has only words that fit every cause, like "back pain" or "what is it"."""
    return not meaningful(words(query))


def _max_edits(word: str) -> int:
    for length, edits in _MAX_EDITS:
        if len(word) <= length:
            return edits
    return _LONG_WORD_EDITS


def _prefix_similarity(short: str, long: str) -> float:
    """From 80 to 95 as the shorter word covers more of the longer one that it begins."""
    return 80 + 15 * len(short) / len(long)


class _Phrase(NamedTuple):
    cause: int  # its index in the catalogue
    field: str  # one of MATCH_FIELDS
    text: str  # as the catalogue has it
    words: tuple[str, ...]  # normalised and stemmed


def _phrases(entries: list[tuple[int, str, str]]) -> list[_Phrase]:
    """Normalise and stem many (cause, field, text) entries at once."""
    normalized = normalize_many([text for _, _, text in entries])
    stems = {word: _stem(word) for word in set(" ".join(normalized).split())}
    return [
        _Phrase(cause, field, text, tuple(map(stems.__getitem__, line.split())))
        for (cause, field, text), line in zip(entries, normalized, strict=True)
    ]


class Matcher:
    """A search index over one catalogue; build it once, ask it many queries.

    The index is built on first use, and only as far as needed: names alone for an exact lookup.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.causes = catalogue.causes

    @cached_property
    def _names(self) -> list[_Phrase]:
        """Every name, id, alias and code: the phrases a query can equal."""
        entries = []
        for index, cause in enumerate(self.causes):
            entries.append((index, "name", cause.name))
            entries.append((index, "id", cause.id))
            entries.extend((index, "alias", alias) for alias in cause.aliases)
            entries.extend((index, "icd10", code) for code in cause.icd10)
        return _phrases(entries)

    @cached_property
    def _exact(self) -> dict[str, list[_Phrase]]:
        exact: dict[str, list[_Phrase]] = {}
        for phrase in self._names:
            exact.setdefault(" ".join(phrase.words), []).append(phrase)
        return exact

    @cached_property
    def _all(self) -> list[_Phrase]:
        """The names, then the definitions: everything a query word can be found in."""
        entries = [
            (index, "definition", cause.definition) for index, cause in enumerate(self.causes)
        ]
        return self._names + _phrases(entries)

    @cached_property
    def _postings(self) -> dict[str, list[int]]:
        """Each meaningful word, and the numbers of the phrases that hold it."""
        postings: dict[str, list[int]] = {}
        for number, phrase in enumerate(self._all):
            for word in dict.fromkeys(phrase.words):
                if word not in FILLER:
                    postings.setdefault(word, []).append(number)
        return postings

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted(self._postings)

    @cached_property
    def _whole_names(self) -> list[str]:
        """Names and aliases as strings of meaningful words, for whole-string similarity."""
        return [
            " ".join([w for w in p.words if w not in FILLER])
            if p.field in ("name", "alias")
            else ""
            for p in self._names
        ]

    # -- word level ------------------------------------------------------------------------------

    def _similar_words(self, word: str) -> dict[str, float]:
        """Catalogue words close to a query word, each with a similarity from 0 to 100.

        A word the catalogue has is taken as it is, or in a longer form ("weak" for weakness),
        but not as a typo of another word ("weight" is not "height"). A word it lacks may have
        typos, as many as its length allows; may be the start of a catalogue word ("spondy");
        or a longer form of one ("stiffness" for stiff). Forms score less than the word itself.
        """
        known = word in self._postings
        found = {word: 100.0} if known else {}
        if not known and (edits := _max_edits(word)):
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            for other, distance, _ in process.extract(
                word, self._vocabulary, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                found[other] = 100.0 * (1 - distance / max(len(word), len(other)))
        if len(word) < _PREFIX_MIN:
            return found
        start = bisect_left(self._vocabulary, word)
        for other in islice(self._vocabulary, start + known, None):
            if not other.startswith(word):
                break
            if not known or other[len(word) :] in _SUFFIXES:
                found[other] = max(found.get(other, 0.0), _prefix_similarity(word, other))
        if not known:
            for end in range(_PREFIX_MIN, len(word)):
                if (prefix := word[:end]) in self._postings and word[end:] in _SUFFIXES:
                    found[prefix] = max(found.get(prefix, 0.0), _prefix_similarity(prefix, word))
        return found

    # -- query level -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int | None = DEFAULT_LIMIT,
        category: str | None = None,
        min_score: float = MIN_SCORE,
    ) -> list[Match]:
        """Causes that match the query, best first; ties keep catalogue order."""
        literal = check_query(query)
        tokens = [_stem(word) for word in literal.split()]
        key = " ".join(tokens)
        best: dict[int, tuple[float, _Phrase]] = {}  # cause index -> (score, what matched)

        def offer(phrase: _Phrase, score: float) -> None:
            if phrase.cause not in best or score > best[phrase.cause][0]:
                best[phrase.cause] = (score, phrase)

        # Of phrases equal to the query, show the one spelled as typed ("disc", not "disk").
        for phrase in sorted(self._exact.get(key, []), key=lambda p: normalize(p.text) != literal):
            offer(phrase, 100.0)

        query_words = meaningful(tokens)
        if query_words:
            self._score_words(query_words, set(tokens), offer)
            # Whole-string similarity is for typos; a query of catalogue words has none.
            if not all(word in self._postings for word in query_words):
                self._score_whole(" ".join(query_words), offer)

        matches = []
        for cause_index, (score, phrase) in best.items():
            cause = self.causes[cause_index]
            if score < min_score or (category is not None and cause.category != category):
                continue
            matches.append((cause_index, Match(cause, round(score, 1), phrase.field, phrase.text)))
        matches.sort(key=lambda item: (-item[1].score, item[0]))
        ranked = [match for _, match in matches]
        return ranked if limit is None else ranked[:limit]

    def _score_words(self, query_words: list[str], typed: set[str], offer: Offer) -> None:
        """Score every phrase that shares a word (or a near word) with the query."""
        similar = [self._similar_words(word) for word in query_words]
        weights = [1.0 if found else _UNKNOWN_WORD_WEIGHT for found in similar]
        total = sum(weights)
        found_anywhere = typed.union(*similar)

        def coverage(row: list[float]) -> float:
            return float(sum(map(mul, weights, row))) / total

        # phrase number -> the best similarity of each query word within that phrase
        hits: dict[int, list[float]] = {}
        for position, found in enumerate(similar):
            for other, similarity in found.items():
                for number in self._postings[other]:
                    row = hits.setdefault(number, [0.0] * len(query_words))
                    row[position] = max(row[position], similarity)

        phrases = self._all
        # cause -> the best similarity of each query word anywhere in the cause, and the phrase
        # that explains most of the query
        merged: dict[int, tuple[list[float], int]] = {}
        for number, row in hits.items():
            phrase = phrases[number]
            if phrase.field == "definition":
                weight = _DEFINITION_WEIGHT
                offer(phrase, coverage(row) * weight)
            else:
                # A query that covers the whole name beats one that covers part of it: "broken
                # arm" is not "broken back", though "back" alone says nothing.
                weight = 1.0
                content = set(phrase.words) - STOP_WORDS
                share = len(content & found_anywhere) / max(len(content), 1)
                offer(phrase, coverage(row) * (0.8 + 0.2 * share))
            best_row, explaining = merged.setdefault(phrase.cause, ([0.0] * len(row), number))
            for position, similarity in enumerate(row):
                best_row[position] = max(best_row[position], similarity * weight)
            if (sum(row), -number) > (sum(hits[explaining]), -explaining):
                merged[phrase.cause] = (best_row, number)
        if len(query_words) > 1:
            # several words may be explained by different names, aliases and the definition
            for best_row, explaining in merged.values():
                offer(phrases[explaining], coverage(best_row) * _COMBINED_WEIGHT)

    def _score_whole(self, query_key: str, offer: Offer) -> None:
        """Whole-string similarity to names and aliases: typos across word boundaries."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # Edits, not shared letters, one for every 6 characters: "kidneystones" is one edit from
        # "kidney stones" and "pore posture" two from "poor posture", while "ear infection" is
        # three from "renal infection".
        edits = len(query_key) // _CHARACTERS_PER_EDIT
        if not edits:
            return
        for name, distance, position in process.extract(
            query_key, self._whole_names, scorer=OSA.distance, score_cutoff=edits, limit=None
        ):
            offer(self._names[position], 100 * (1 - distance / max(len(query_key), len(name))))

    # -- one cause by name -----------------------------------------------------------------------

    def exact(self, query: str) -> list[Cause]:
        """Causes whose id, name or alias is the query, ignoring case, accents and punctuation."""
        phrases = self._exact.get(" ".join(words(query)), [])
        return [self.causes[i] for i in dict.fromkeys(p.cause for p in phrases)]


def search(
    catalogue: Catalogue,
    query: str,
    limit: int | None = DEFAULT_LIMIT,
    category: str | None = None,
    min_score: float = MIN_SCORE,
) -> list[Match]:
    """Causes in the catalogue that match the query, best first."""
    return Matcher(catalogue).search(query, limit=limit, category=category, min_score=min_score)


def warning_signs(catalogue: Catalogue, query: str) -> list[tuple[RedFlags, str]]:
    """The red-flag signs a query describes: most of its words are in the sign, or begin one.

    Deliberately strict (no typos), so that it speaks up only when the words are there.
    """
    query_words = [w for w in meaningful(words(query)) if len(w) > 2]
    found = []
    for group in catalogue.red_flags:
        for sign in group.signs:
            sign_words = set(meaningful(words(sign)))
            covered = sum(
                1
                for q in query_words
                if any(w.startswith(q) or q.startswith(w) for w in sign_words)
            )
            if query_words and covered / len(query_words) >= _SIGN_COVERAGE:
                found.append((group, sign))
    return found


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name given to `show` means: one cause, or the causes it might mean."""

    cause: Cause | None
    guessed: bool = False
    suggestions: tuple[Cause, ...] = ()


CONFIDENT = 80.0
MARGIN = 8.0


def resolve(matcher: Matcher, name: str) -> Resolution:
    """One cause for a name: exact id, name or alias first, then a single confident fuzzy match."""
    check_query(name)
    exact = matcher.exact(name)
    if len(exact) == 1:
        return Resolution(exact[0])
    matches = matcher.search(name, limit=None, min_score=50.0)
    if exact:
        return Resolution(None, suggestions=tuple(exact))
    if not matches:
        return Resolution(None)
    top = matches[0]
    rivals = [m for m in matches[1:] if top.score - m.score < MARGIN]
    if top.score >= CONFIDENT and not rivals:
        return Resolution(top.cause, guessed=True)
    close = [top, *rivals]
    suggestions = close if len(close) > 3 else matches[:3]
    return Resolution(None, suggestions=tuple(m.cause for m in suggestions))
