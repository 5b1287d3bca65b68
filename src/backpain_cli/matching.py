"""Find causes from what people type: names, typos, lay words, whole questions and descriptions.

A cause's score is the evidence for it found in the query (evidence.py), not the share of the
query explained, mapped to 0 to 100: more when several query words fall in one phrase of the
cause ("waves" and "groin" in one symptom). At or above CONFIDENT a result is a match; from
MIN_SCORE up it is shown as possibly related. Several causes in one query are each scored on
their own evidence. Words that name a condition that is not here ("gout") are evidence for it,
not for the causes here, and the query is told so.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from .elsewhere import (
    as_said,
    conditions_elsewhere,
    mark_elsewhere,
    named_apart,
    offer_linked,
)
from .errors import QueryError
from .evidence import (
    Evidence,
    Pending,
    echo_related,
    find_phrases,
    weigh_pairs,
    weigh_words,
)
from .index import Conditions, Index
from .lexicon import COMPOUNDS
from .limits import CONFIDENT, DEFAULT_LIMIT, MAX_QUERY_CHARS, MIN_SCORE
from .model import Catalogue, Cause
from .name_forms import find_acronyms, find_whole_names
from .scoring import discount_presupposed, evidence_for, score_of
from .tables import Phrase
from .text import (
    PAIN_WORDS,
    SPINAL_LEVEL,
    affirmed_words,
    as_typed,
    content,
    normalize,
    stem,
    words,
)
from .ties import Ranked, closest_first

TELLING = 0.3
"""Words shared by more causes than this idf says ("back", "pain") tell little on their own."""
_CLAIMED = 0.2  # what a word that names another cause still says about this one

_VERTEBRA = stem("vertebra")  # what a spinal level ("L5") names

Confidence = Literal["high", "low"]
MATCHED = (
    "name",
    "id",
    "alias",
    "kind",
    "icd10",
    "related",
    "symptom",
    "definition",
    "risk factor",
    "see_also",
)
"""What `Match.matched` can say, strongest first: the README documents these."""


class Match(NamedTuple):
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


class Matcher:
    """A search over one catalogue; build it once, ask it many queries."""

    def __init__(
        self,
        catalogue: Catalogue,
        conditions: Conditions = frozenset(),
        everyday: Conditions = frozenset(),
    ) -> None:
        """`conditions`: names of conditions in general (catalogue.load_conditions, or that
        function itself to read them only when needed), so that a query naming one that is not
        here is told so, and no medical word is read as a typo of another; `everyday`: everyday
        words (catalogue.everyday_words, or that function), never read as typos either."""
        self.catalogue = catalogue
        self.causes = catalogue.causes
        self.index = Index(catalogue, conditions, everyday=everyday)
        self._last: tuple[tuple[str, ...], list[tuple[int, int]]] = ((), [])  # for _elsewhere

    def not_here(self, query: str, read: bool = False) -> list[str]:
        """The conditions a query names that are none of the catalogue's causes, as typed
        ("HIV"), or with `read` as the everyday phrases read them ("weakened immune system",
        which is what the warning signs compare).

        See elsewhere.conditions_elsewhere for what counts as here.
        """
        typed = affirmed_words(query)
        spans = [typed[start:end] for start, end in self._elsewhere(typed)]
        if not spans:
            return []
        typed_as = _AS_TYPED if read else {**_AS_TYPED, **as_typed(query)}
        return [as_said(span, typed_as) for span in spans]

    def _elsewhere(self, typed: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where the query's words name conditions that are not here: (start, end) spans.

        Worked out once a query: `search` needs them, and so does `not_here` after it.
        """
        if self._last[0] != typed or not typed:
            self._last = (typed, conditions_elsewhere(self.index, typed))
        return self._last[1]

    def search(
        self,
        query: str,
        limit: int | None = DEFAULT_LIMIT,
        category: str | None = None,
        min_score: float = MIN_SCORE,
    ) -> list[Match]:
        """Causes that match the query, best first; ties keep catalogue order."""
        check_query(query)
        typed = affirmed_words(query)  # "no sciatica" asks about none
        literal = " ".join(typed)
        # a spinal level ("L5", "T11") names a vertebra, whichever it is
        stems = [_VERTEBRA if SPINAL_LEVEL.fullmatch(s) else s for s in map(stem, typed)]
        evidence: dict[int, Evidence] = {}
        pending: Pending = {}

        def of(cause: int) -> Evidence:
            if (found := evidence.get(cause)) is None:
                found = evidence[cause] = Evidence()
                if (word := pending.pop(cause, None)) is not None:
                    found.add_word(*word)  # its one word, now that more is found for it
            return found

        # Of phrases equal to the query, show the one spelled as typed ("disc", not "disk").
        equal = self.index.names.get(" ".join(stems), [])
        for phrase in sorted(equal, key=lambda p: normalize(p.text) != literal):
            of(phrase.cause).offer_phrase(phrase, 100.0)
        find_acronyms(self.index, query, stems, of)  # "Humira for AS"

        spelled = dict(zip(stems, typed, strict=True))
        # "vertebra" typed as a word, not only as a level, is the word ("fractured vertebra L5")
        spelled.update(
            (s, t) for s, t in zip(stems, typed, strict=True) if s == _VERTEBRA == stem(t)
        )
        # the words that name a condition that is not here are evidence for it, not for ours,
        # but for the causes whose cards name it, possibly
        spans = self._elsewhere(typed)
        elsewhere = {stems[i] for start, end in spans for i in range(start, end)}
        linked = offer_linked(self.index, typed, stems, spans, of)
        query_words = [word for word in content(stems) if word not in elsewhere]
        # a number alone names nothing ("80" is no waist of 80 cm): a word with no evidence
        similar = {
            word: {} if word.isdigit() else self.index.similar(word, spelled[word])
            for word in query_words
        }
        needed = evidence_for(min_score)
        penalties = weigh_words(self.index, similar, spelled, of, pending, needed, evidence)
        weigh_pairs(self.index, [s for s in stems if s not in elsewhere], spelled, of)
        # a level names a vertebra, but no name whole: "a slipped disc at L4-L5" is no slipped
        # vertebra
        levels = {w for w, t in spelled.items() if SPINAL_LEVEL.fullmatch(t)}
        echoed = find_phrases(
            self.index,
            {w: found for w, found in similar.items() if w not in levels},
            {w: t for w, t in spelled.items() if w not in levels},
            of,
            typed,
        )
        if any(found and 1.0 not in found.values() for found in similar.values()) or any(
            not found and word not in self.index.medical_words for word, found in similar.items()
        ):
            # some word may be a typo: compare the whole query with whole names
            find_whole_names(self.index, " ".join(spelled[word] for word in query_words), of)

        echo_related(evidence.values(), *echoed)
        mark_elsewhere(self.index, evidence, stems)  # "a pop in my knee": possibly related

        # the words that name one cause are evidence for it, and much less for the others:
        # "kidney stone pain" is not a question about a kidney infection
        owners: dict[str, set[int]] = {}
        for cause_index, found in evidence.items():
            for word in found.named:
                owners.setdefault(word, set()).add(cause_index)
        if owners:
            for cause_index, found in evidence.items():
                for word in found.words.keys() & owners.keys():
                    if cause_index not in owners[word]:
                        found.words[word] *= _CLAIMED

        ranked: list[Ranked] = []
        for cause_index, found in evidence.items():
            against = sum(p for word, p in penalties.items() if word not in found.words)
            if (
                not found.together
                and found.phrase_score < min_score
                and sum(found.words.values()) - against < needed
            ):
                continue  # one word and no name: below the floor, as _score would find
            score, shown = score_of(self.index, found, against)
            if score >= min_score:
                ranked.append((score, cause_index, shown, found))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        if category is not None:
            ranked = [r for r in ranked if self.causes[r[1]].category == category]
        # "aching, sore lower back" is no question about a pregnancy
        ranked = discount_presupposed(self.index, self.causes, ranked, limit, stems, min_score)
        ranked = closest_first(self.index, self.causes, ranked, limit, set(stems), literal)
        if any(r[0] < CONFIDENT for r in ranked) and (elsewhere or self.is_too_general(query)):
            # A query of words every cause shares ("my back pain") relates to all of them, and
            # one that names a condition that is not here is more likely about that condition,
            # unless it also names one of ours, or a term related to one, in words of its own
            # ("myelopathy from a staph infection"; not "rheumatoid arthritis in the back")
            ranked = [
                r
                for r in ranked
                if r[0] >= CONFIDENT or r[1] in linked or named_apart(r[3], min_score, elsewhere)
            ]
        # only the causes shown are read (a compiled catalogue reads each from disk)
        kept = ranked if limit is None else ranked[:limit]
        typed_as = {**_AS_TYPED, **as_typed(query)} if kept else _AS_TYPED
        return [self._match(*r, typed_as) for r in kept]

    def _match(
        self,
        score: float,
        cause: int,
        shown: Phrase | int | None,
        found: Evidence,
        typed_as: dict[str, str],
    ) -> Match:
        phrase = self.index.phrases[shown] if isinstance(shown, int) else shown
        confidence: Confidence = "high" if score >= CONFIDENT else "low"
        matched = "symptom" if phrase is None else phrase.field
        text = "" if phrase is None else phrase.text
        # pairs too; as typed: a compound ("every month", not "everymonth"), the words an everyday
        # phrase stands for ("burns when i pee", not "dysuria"), none for a word it put in
        said = (typed_as.get(w, w) for key in found.words for w in key.split())
        used = tuple(dict.fromkeys(w for w in said if w))
        return Match(
            self.causes[cause], score, _FIELD_NAMES.get(matched, matched), text, confidence, used
        )

    # -- one cause by name -----------------------------------------------------------------------

    def exact(self, query: str) -> list[Cause]:
        """Causes whose id, name or alias is the query, ignoring case, accents and punctuation.

        An id names one cause, and a name before another cause's other name: a catalogue whose
        "gout" is an id of one cause and an alias of another still shows the first for "gout".
        """
        phrases = self.index.names.get(" ".join(words(query)), [])
        for field in ("id", "name"):
            if own := [p for p in phrases if p.field == field]:
                phrases = own
                break
        return [self.causes[i] for i in dict.fromkeys(p.cause for p in phrases)]

    def is_too_general(self, query: str) -> bool:
        """Whether the query has only words that fit most causes: "back pain", "what is it"."""
        return all(
            self.index.idf(word, 1.0) < TELLING or word in PAIN_WORDS
            for word in content([stem(w) for w in affirmed_words(query)])
        )


_FIELD_NAMES = {"risk_factor": "risk factor", "see_a_doctor": "when to see a doctor"}
_AS_TYPED = {joined: words_ for words_, joined in COMPOUNDS.items()}  # "heartattack"
