"""Find causes from what people type: names, typos, lay words, whole questions and descriptions.

A cause's score is the evidence for it found in the query, not the share of the query explained:
- one of its names or other names found whole in the query, anywhere, even with a typo, is
  strong evidence on its own ("best pillow for sciatica");
- every other query word adds what it says about the cause: how rare the word is among the
  causes (see index.py), times how directly the field that holds it names the cause;
- a word the catalogue holds for other causes only counts against it; a word the catalogue
  does not know at all costs little.
Evidence maps to a score from 0 to 100. At or above CONFIDENT a result is a match; from
MIN_SCORE up it is shown as possibly related. Several causes in one query are each scored on
their own evidence.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .errors import QueryError
from .index import FIELD_WEIGHTS, Conditions, Index
from .limits import CONFIDENT, DEFAULT_LIMIT, MAX_QUERY_CHARS, MIN_SCORE
from .model import Catalogue, Cause
from .tables import DESCRIBING, FIELDS, NAME_FIELDS, Phrase
from .text import (
    FILLER,
    GLUE,
    QUALIFIERS,
    SPINAL_LEVEL,
    condition_key,
    content,
    normalize,
    pairs,
    stem,
    words,
)

# Evidence to score: score = 100 * (1 - exp(-evidence / _SCALE)).
_SCALE = 0.9
_AGAINST = 0.3  # a word that belongs to other causes only, times its idf to this power:
_AGAINST_POWER = 2.0  # a word most causes share ("hurt") says little against any of them
_TOGETHER = 1.2  # more for each further query word found in the same phrase as another
_UNKNOWN = 0.15  # a word the catalogue does not know
_PAIR = 0.8  # two query words side by side in a description, times the pair's rarity
# A name found whole scores 100 times its similarity, in full when its words say at least this
# much together (their idf summed), less in proportion when they say less: a name made only of
# words most causes share ("postural back pain" without "postural") is weak evidence.
_PHRASE_FLOOR = 0.35
_UNSAID = 0.1  # a name found whole loses up to this share for the query's words it lacks
_QUALIFIER = 0.3
"""A qualifier (text.QUALIFIERS) that this many causes share is one a query may leave out."""
# How many characters of a whole query allow one typo when it is compared with a whole name.
_CHARACTERS_PER_EDIT = 6
TELLING = 0.3
"""Words shared by more causes than this idf says ("back", "pain") tell little on their own."""
_LONGEST_NAME = 4  # words in the longest condition name looked for

Confidence = Literal["high", "low"]
MATCHED = ("name", "id", "alias", "icd10", "symptom", "definition", "risk factor", "see_also")
"""What `Match.matched` can say, strongest first: the README documents these."""


@dataclass(frozen=True, slots=True)
class Match:
    """One cause found by a search, with its score (0-100) and what matched."""

    cause: Cause
    score: float
    matched: str
    matched_text: str
    confidence: Confidence = "high"
    matched_words: tuple[str, ...] = ()
    """The query's words that were the evidence, as typed (normalised)."""


def check_query(query: str) -> str:
    """The normalised query, or QueryError if it is empty, too short or too long."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query is too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,}): "
            "use a few words, or one query per line with 'search -'"
        )
    norm = normalize(query)
    if not query.strip():
        raise QueryError("the query is empty: type a condition, or what the pain feels like")
    if sum(ch.isalnum() for ch in norm) < 2:
        raise QueryError(
            f"query {query.strip()[:40]!r} is too short: type at least 2 letters or digits, "
            "such as a condition or what the pain feels like"
        )
    return norm


class _Evidence:
    """What one query says about one cause."""

    __slots__ = ("fields", "phrase", "phrase_score", "support", "together", "words")

    def __init__(self) -> None:
        self.support: dict[int, float] = {}  # phrase number -> evidence it holds
        self.together: dict[int, set[str]] = {}  # phrase number -> the query's words it holds
        self.fields: dict[int, int] = {}  # phrase number -> its field (a FIELDS number)
        self.words: dict[str, float] = {}  # query word -> its evidence
        self.phrase: Phrase | None = None
        self.phrase_score = 0.0

    def offer_phrase(self, phrase: Phrase, score: float) -> None:
        better = score > self.phrase_score
        if better or (score == self.phrase_score and self.phrase is None):
            self.phrase, self.phrase_score = phrase, score


_Of = Callable[[int], _Evidence]
"""The evidence for one cause, made on first use."""
_Ranked = tuple[float, int, Phrase | int | None, _Evidence]
"""A cause found: its score, its index, the phrase (or its number) that shows it, its evidence."""


class Matcher:
    """A search over one catalogue; build it once, ask it many queries."""

    def __init__(self, catalogue: Catalogue, conditions: Conditions = frozenset()) -> None:
        """`conditions`: names of conditions in general (catalogue.load_conditions, or that
        function itself to read them only when needed), so that a query naming one that is not
        here is told so, and no medical word is read as a typo of another."""
        self.catalogue = catalogue
        self.causes = catalogue.causes
        self.index = Index(catalogue, conditions)
        self._last: tuple[list[str], list[tuple[int, int]]] = ([], [])  # for _elsewhere

    def not_here(self, query: str) -> list[str]:
        """The conditions a query names that are none of the catalogue's causes, as typed.

        The longest name wins ("rheumatoid arthritis", not "arthritis"); a name that is one of
        the causes' names or other names, or part of one, or holds one, is here.
        """
        typed = normalize(query).split()
        return [" ".join(typed[start:end]) for start, end in self._elsewhere(typed)]

    def _elsewhere(self, typed: list[str]) -> list[tuple[int, int]]:
        """Where the query's words name conditions that are not here: (start, end) spans.

        Worked out once a query: `search` needs them, and so does `not_here` after it.
        """
        if self._last[0] != typed or not typed:
            self._last = (typed, self._find_elsewhere(typed))
        return self._last[1]

    def _find_elsewhere(self, typed: list[str]) -> list[tuple[int, int]]:
        stems = [stem(word) for word in typed]
        conditions = self.index.conditions
        # names are compared as sets of words, without "of" and "the": "kidney cyst" is "cyst
        # of kidney"
        kept = [i for i, s in enumerate(stems) if s not in GLUE]
        found: list[tuple[int, int]] = []
        used: set[int] = set()
        for size in range(min(_LONGEST_NAME, len(kept)), 0, -1):
            for start in range(len(kept) - size + 1):
                positions = kept[start : start + size]
                words_ = {stems[i] for i in positions}
                if used.intersection(positions) or condition_key(words_) not in conditions:
                    continue
                used.update(positions)
                if words_ <= FILLER or self.index.described_together(words_):
                    continue  # named in words one cause is described with: "low back pain"
                if self.index.is_name_within(frozenset(words_)):
                    continue
                found.append((positions[0], positions[-1] + 1))
        return sorted(found)

    def search(
        self,
        query: str,
        limit: int | None = DEFAULT_LIMIT,
        category: str | None = None,
        min_score: float = MIN_SCORE,
    ) -> list[Match]:
        """Causes that match the query, best first; ties keep catalogue order."""
        literal = check_query(query)
        typed = literal.split()
        stems = [stem(word) for word in typed]
        evidence: dict[int, _Evidence] = {}

        def of(cause: int) -> _Evidence:
            return evidence.setdefault(cause, _Evidence())

        # Of phrases equal to the query, show the one spelled as typed ("disc", not "disk").
        equal = self.index.names.get(" ".join(stems), [])
        for phrase in sorted(equal, key=lambda p: normalize(p.text) != literal):
            of(phrase.cause).offer_phrase(phrase, 100.0)

        spelled = dict(zip(stems, typed, strict=True))
        # the words that name a condition that is not here are evidence for it, not for ours
        elsewhere = {stems[i] for start, end in self._elsewhere(typed) for i in range(start, end)}
        query_words = [word for word in content(stems) if word not in elsewhere]
        similar = {word: self.index.similar(word, spelled[word]) for word in query_words}
        penalties = self._weigh_words(similar, spelled, of)
        self._weigh_pairs([s for s in stems if s not in elsewhere], spelled, of)
        self._find_phrases(similar, spelled, of)
        if any(found and 1.0 not in found.values() for found in similar.values()) or any(
            not found and word not in self.index.medical_words for word, found in similar.items()
        ):
            # some word may be a typo: compare the whole query with whole names
            self._whole(" ".join(spelled[word] for word in query_words), of)

        ranked: list[_Ranked] = []
        for cause_index, found in evidence.items():
            against = sum(p for word, p in penalties.items() if word not in found.words)
            score, shown = self._score(found, against)
            if score >= min_score:
                ranked.append((score, cause_index, shown, found))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        if category is not None:
            ranked = [r for r in ranked if self.causes[r[1]].category == category]
        ranked = self._closest_first(ranked, limit, set(stems))
        if any(r[0] < CONFIDENT for r in ranked) and (elsewhere or self.is_too_general(query)):
            # A query of words every cause shares ("my back pain") relates to all of them, and
            # one that names a condition that is not here is more likely about that condition.
            ranked = [r for r in ranked if r[0] >= CONFIDENT]
        # only the causes shown are read (a compiled catalogue reads each from disk)
        return [self._match(*r) for r in (ranked if limit is None else ranked[:limit])]

    def _closest_first(
        self, ranked: list[_Ranked], limit: int | None, query: set[str]
    ) -> list[_Ranked]:
        """Ties between names broken by the name that shows the match: the more of the query's
        words it holds ("low back pain" before "back pain"), then the fewer it has beyond them
        ("Pyelonephritis" before "Salmonella pyelonephritis"); other ties keep catalogue order
        (the bundled one lists the common causes first). Only the ties that reach the results
        are looked at (a compiled catalogue reads their phrases)."""
        if not ranked:
            return ranked
        edge = ranked[min(len(ranked), limit or len(ranked)) - 1][0]
        tied = [r for r in ranked if r[0] >= edge]
        numbers = [r[2] for r in tied if isinstance(r[2], int)]
        read = dict(zip(numbers, self.index.tables.phrases_at(numbers), strict=True))

        def closeness(shown: Phrase | int | None) -> tuple[int, int]:
            phrase = read[shown] if isinstance(shown, int) else shown
            if phrase is None or phrase.field not in NAME_FIELDS:
                return (0, 1 << 30)
            named = [w for w in phrase.stems if w not in GLUE]
            held = sum(1 for w in named if w in query)
            return (-held, len(named) - held)

        tied.sort(key=lambda r: (-r[0], closeness(r[2]), r[1]))
        return tied + ranked[len(tied) :]

    def _weigh_words(
        self, similar: dict[str, dict[str, float]], spelled: dict[str, str], of: _Of
    ) -> dict[str, float]:
        """Each query word's evidence for the causes that hold it; returns, for each query word
        (as typed), what it counts against a cause that does not hold it."""
        index = self.index
        penalties: dict[str, float] = {}
        for word, found in similar.items():
            if not found:
                penalties[spelled[word]] = _UNKNOWN
                continue
            best: dict[int, tuple[float, int]] = {}  # cause -> (evidence, phrase number)
            strongest = 0.0
            for other, similarity in found.items():
                idf = index.idf(other)
                strongest = max(strongest, similarity * idf)
                for cause, (number, _, field) in index.holders(other).items():
                    value = similarity * idf * FIELD_WEIGHTS[FIELDS[field]]
                    if value > best.get(cause, (0.0, 0))[0]:
                        best[cause] = (value, number)
            for cause, (value, number) in best.items():
                ev = of(cause)
                ev.words[spelled[word]] = value
                ev.support[number] = ev.support.get(number, 0.0) + value
            for other in found:
                for number, cause, field in index.tables.postings(other):
                    ev = of(cause)
                    ev.together.setdefault(number, set()).add(other)
                    ev.fields[number] = field
            penalties[spelled[word]] = _AGAINST * strongest**_AGAINST_POWER
        return penalties

    def _weigh_pairs(self, stems: list[str], spelled: dict[str, str], of: _Of) -> None:
        """Two neighbouring query words found side by side in a description ("hurts all over",
        "seized up"): evidence beyond what each word says alone, by how rare the pair is."""
        index = self.index
        for pair in dict.fromkeys(pairs(stems)):
            postings = index.tables.pair_postings(pair)
            if not postings:
                continue
            rarity = index.rarity(postings)
            best: dict[int, float] = {}
            for posting in postings:
                value = _PAIR * rarity * FIELD_WEIGHTS[FIELDS[posting.field]]
                best[posting.cause] = max(best.get(posting.cause, 0.0), value)
            first, second = pair.split()
            typed = f"{spelled.get(first, first)} {spelled.get(second, second)}"
            for cause, value in best.items():
                of(cause).words[typed] = value

    def _find_phrases(
        self, similar: dict[str, dict[str, float]], spelled: dict[str, str], of: _Of
    ) -> None:
        """Names and other names whose every word is in the query, whatever words surround them."""
        index = self.index
        near: dict[str, tuple[float, str]] = {}  # catalogue word -> (similarity, query word)
        for word, found in similar.items():
            for other, similarity in found.items():
                if similarity > near.get(other, (0.0, ""))[0]:
                    near[other] = (similarity, spelled[word])
        candidates = list(near)
        for word, typed in spelled.items():  # "all over" in "aching all over" is in no index
            near.setdefault(word, (1.0, typed))
        # what each query word says (its best match's idf): a name that holds more of it is
        # the closer answer ("low back pain" over "back pain"), a little
        says = {
            spelled[word]: max((s * index.idf(o) for o, s in found.items()), default=0.0)
            for word, found in similar.items()
        }
        told = sum(says.values())
        numbers = dict.fromkeys(n for other in candidates for n in index.name_numbers(other))
        for phrase in index.tables.phrases_at(list(numbers)):
            named = [w for w in phrase.stems if w not in GLUE and not SPINAL_LEVEL.fullmatch(w)]
            needed = [w for w in named if w in near]
            # a query may leave out the words that only qualify a name ("Low back pain,
            # unspecified"), when the catalogue holds them for most causes
            if not needed or any(
                w not in QUALIFIERS or index.idf(w) >= _QUALIFIER for w in named if w not in near
            ):
                continue
            mass = sum(index.idf(w) for w in needed)
            strength = min(1.0, mass / _PHRASE_FLOOR)
            similarity = min(near[w][0] for w in needed)
            held = sum(says.get(typed, 0.0) for typed in {near[w][1] for w in needed})
            unsaid = 1 - min(1.0, held / told) if told else 0.0
            ev = of(phrase.cause)
            ev.offer_phrase(phrase, 100.0 * similarity * strength * (1 - _UNSAID * unsaid))
            for w in needed:
                ev.words.setdefault(near[w][1], 0.0)

    def _whole(self, query_key: str, of: _Of) -> None:
        """Whole-string similarity to names and other names: typos across word boundaries."""
        edits = len(query_key) // _CHARACTERS_PER_EDIT
        if not edits:
            return
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # a name that differs in length by more than `edits` is more than `edits` away
        names = self.index.tables.whole_names(len(query_key) - edits, len(query_key) + edits)
        for _, distance, position in process.extract(
            query_key, [n for n, _ in names], scorer=OSA.distance, score_cutoff=edits, limit=None
        ):
            name, number = names[position]
            phrase = self.index.phrases[number]
            of(phrase.cause).offer_phrase(
                phrase, 100 * (1 - distance / max(len(query_key), len(name)))
            )

    def _score(self, found: _Evidence, against: float) -> tuple[float, Phrase | int | None]:
        """A cause's score from its evidence, and the phrase (or its number) that best shows it."""
        total = sum(found.words.values()) - against
        # the phrase that holds most of the query's words: several words of one symptom
        # ("waves" and "groin") say more together than apart
        number = max(
            found.together,
            key=lambda n: (len(found.together[n]), found.support.get(n, 0.0), -n),
            default=None,
        )
        field = None if number is None else FIELDS[found.fields[number]]
        if number is not None and len(found.together[number]) > 1 and field in DESCRIBING:
            # what the further words say, beyond the most telling one
            said = sorted(self.index.idf(word) for word in found.together[number])[:-1]
            total += _TOGETHER * FIELD_WEIGHTS[FIELDS[found.fields[number]]] * sum(said)
        elif found.support:
            number = max(found.support, key=lambda n: (found.support[n], -n))
        word_score = 100 * (1 - math.exp(-total / _SCALE)) if total > 0 else 0.0
        if found.phrase is not None and found.phrase_score >= word_score:
            return round(min(100.0, found.phrase_score), 1), found.phrase
        shown = number if number is not None else found.phrase
        return round(max(0.0, min(100.0, word_score)), 1), shown

    def _match(
        self, score: float, cause: int, shown: Phrase | int | None, found: _Evidence
    ) -> Match:
        phrase = self.index.phrases[shown] if isinstance(shown, int) else shown
        confidence: Confidence = "high" if score >= CONFIDENT else "low"
        matched = "symptom" if phrase is None else phrase.field
        text = "" if phrase is None else phrase.text
        used = tuple(dict.fromkeys(w for key in found.words for w in key.split()))  # pairs too
        return Match(
            self.causes[cause], score, _FIELD_NAMES.get(matched, matched), text, confidence, used
        )

    # -- one cause by name -----------------------------------------------------------------------

    def exact(self, query: str) -> list[Cause]:
        """Causes whose id, name or alias is the query, ignoring case, accents and punctuation."""
        phrases = self.index.names.get(" ".join(words(query)), [])
        return [self.causes[i] for i in dict.fromkeys(p.cause for p in phrases)]

    def is_too_general(self, query: str) -> bool:
        """Whether the query has only words that fit most causes: "back pain", "what is it"."""
        return all(self.index.idf(word, 1.0) < TELLING for word in content(words(query)))


_FIELD_NAMES = {"risk_factor": "risk factor", "see_a_doctor": "when to see a doctor"}


def search(
    catalogue: Catalogue,
    query: str,
    limit: int | None = DEFAULT_LIMIT,
    category: str | None = None,
    min_score: float = MIN_SCORE,
) -> list[Match]:
    """Causes in the catalogue that match the query, best first."""
    return Matcher(catalogue).search(query, limit=limit, category=category, min_score=min_score)
