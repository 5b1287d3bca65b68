"""Warning signs in a query: the red flags that what someone typed reads like.

A query reads like a sign when most of what it says is in the sign, and what it shares with the
sign is particular to that sign: "back pain after a fall" and "fever" do; "a new mattress" does
not (many signs say "new"), nor "bladder infection" (it names a condition: half of it is not in
any sign); "tingling down my leg" is the sign about one leg (see a doctor soon), not the
emergency of both legs.
"""

from __future__ import annotations

from . import sign_vocabulary as vocabulary
from .matching import Matcher
from .model import WarningSign
from .sign_text import CLAUSES, not_feared, not_over, spelled
from .sign_words import (
    AGE,
    AGE_UNITS,
    AGE_WORD,
    ANEURYSMS,
    AORTIC,
    BACKGROUND,
    BACKS,
    BOTH,
    CANCERS,
    CANNOT,
    CONTEXT,
    CONTRACTION,
    CRAMPS,
    DOWN,
    EARLY,
    ELSEWHERE_ANEURYSMS,
    FEELING,
    FLAGS,
    GENERIC,
    HISTORY,
    KEPT,
    LEGS,
    LIMBS,
    LOOKS,
    NERVE_SIGNS,
    NOT_PLANNED,
    ONE,
    ONSET,
    PAIN,
    PLACES,
    PLANNED,
    PREGNANT,
    RISK,
    SETTING,
    SIDED,
    SIDES,
    UNABLE,
    WAVES,
    WEIGHT,
)
from .tables import BODY_STEMS, NAME_FIELDS
from .text import (
    FILLER,
    PAIN_WORDS,
    affirmed,
    content,
    normalize,
    stem,
    words,
)

COVERAGE = 0.6
"""A query describes a sign when more than half of what it says is in the sign: "back pain after
a fall" does, "seized up when I got out of the car" does not ("car accident")."""
COVERAGE_OWN, OWN, LONG = 0.45, 0.99, 4
"""A query of LONG words or more that shares a word only one sign holds (its particularity at
least OWN) reads like that sign when COVERAGE_OWN of what it says is in it."""
PARTICULAR = 0.7
"""How particular to a sign a shared word must be (1: in this sign only, lower: in more signs):
at least one word the query shares with the sign must be this particular ("fever", "fall",
"both" of "both legs"), never only words many signs share ("new", "leg", "numbness")."""
_UNKNOWN = 0.5
"""What a query word counts that neither the signs nor the catalogue know ("bike"): it is context
more often than a second subject."""


def warning_signs(matcher: Matcher, query: str) -> list[WarningSign]:
    """The red-flag signs a query describes best, and those that a clause of it describes
    ("slipped on ice, and now it hurts to breathe": the first clause is a fall, though the
    breathing is said too; "pain wakes me at night and I have a fever" is two signs), the most
    urgent group first.

    Whole words only (by stem, no typos, no prefixes), so that it speaks up only when the words
    are there: "newborn" is not "new", "fallopian" not "fall".
    """
    query = not_feared(not_over(query))
    found = _signs(matcher, query)
    clauses = [c for c in CLAUSES.split(query) if c.strip()]
    said = set(normalize(query).split())
    if len(clauses) > 1 and not {"back", "unhurt"} <= said:  # "tripped, back totally fine"
        for clause in clauses:
            if not said.issuperset(normalize(clause).split()):
                continue  # the sentence reads it otherwise ("went numb ... fine after a minute")
            found += [s for s in _signs(matcher, clause, query) if s not in found]
    order = {group.id: n for n, group in enumerate(matcher.catalogue.red_flags)}
    return sorted(found, key=lambda found: order[found[0].id])


def _signs(matcher: Matcher, query: str, whole: str = "") -> list[WarningSign]:
    """The signs `query` describes best; `whole`: the sentence it is a clause of, if any."""
    groups = matcher.catalogue.red_flags
    typed = ["cancer" if w in CANCERS else w for w in normalize(spelled(matcher, query)).split()]
    # an aneurysm said beside back pain is the aorta's, unless it is the brain's
    typed = [
        AORTIC if w in ANEURYSMS and typed[max(0, i - 1)] not in ELSEWHERE_ANEURYSMS else w
        for i, w in enumerate(typed)
    ]
    # "my left leg gave way" is about a leg, not the left arm of the heart's sign; "red flags"
    # are warning signs, no redness
    after = [*typed[1:], ""]
    typed = [
        w
        for i, w in enumerate(typed)
        if (w not in SIDES or after[i] not in SIDED) and (w != "red" or after[i] not in FLAGS)
    ]
    said_stems = [stem(w) for w in typed]
    if NERVE_SIGNS.intersection(said_stems) or DOWN in said_stems:  # numb feet, down to the foot
        # pain shooting down to the foot spreads down the leg (search keeps "shooting": a symptom)
        typed = [LEGS.get(w, w) for w in typed]
        typed = ["spreading" if w == "shooting" and DOWN in said_stems else w for w in typed]
        said_stems = [stem(w) for w in typed]
    stems = [UNABLE if w in CANNOT else w for w in affirmed(said_stems)]
    told = [w for w in content(stems) if len(w) > 2 and w not in PAIN and w not in GENERIC]
    told = list(dict.fromkeys(told + [w for w in stems if w in KEPT]))  # each word once
    told = [w for w in told if w not in SETTING]
    if not groups:
        return []
    kept = matcher.catalogue.sign_words  # read when the catalogue was compiled, if it was
    if kept is not None:
        vocabulary.remember(kept.each)
    maybe = vocabulary.maybe(groups) if kept is None else kept.maybe
    # a cause the query names is what the pain is, not how it shows: "sciatica with fever" is
    # a fever ("I have osteoporosis" stays: the signs name it)
    named_cause = _cause_words(matcher, said_stems)
    told = [w for w in told if w not in named_cause or w in maybe]
    # what the whole sentence says of a clause: "dad had prostate cancer, am I more likely..."
    whole_stems = [stem(w) for w in normalize(whole).split()] if whole else []
    context = set(stems).union(affirmed(whole_stems))
    if _planned(whole_stems or stems):
        told = [w for w in told if w not in WEIGHT]
    if RISK.intersection(context):  # "am I more likely to get it": a question, no history
        asked = {w for n in matcher.not_here(whole or query, read=True) for w in words(n)} | HISTORY
        told = [w for w in told if w not in asked]
    waves = [
        w
        for i, w in enumerate(said_stems)
        if w in WAVES and not (w in CRAMPS and _of_a_limb(said_stems, i))
    ]
    if EARLY.search(f"{query} {whole}"):  # cramps early in a pregnancy are common
        waves = [w for w in waves if w not in CRAMPS]
    if (pregnant := PREGNANT.intersection(context)) and waves:
        # pains in waves, minutes apart, in pregnancy (said in this clause or another)
        told = [w for w in told if w not in WAVES and not w.isdigit()]
        told += [CONTRACTION, *(pregnant - set(told))]
    said_all = whole_stems or said_stems
    if PAIN_WORDS.intersection(said_all) and not PAIN_WORDS.intersection(affirmed(said_all)):
        told = [w for w in told if w not in BACKGROUND]  # "she has no pain"
    told = [w for w in told if w != AGE_WORD]  # "normal for my age (40)?" is no age of 50
    if _aged(typed) and ONSET.intersection(said_stems):
        told.append(AGE_WORD)
    if NERVE_SIGNS.intersection(stems) and ("legs" in typed or "leg" in typed):
        told.append(BOTH if "legs" in typed else ONE)  # numb "legs" are both, a "leg" one
    if not maybe.intersection(told):
        return []  # no word a sign may hold: the signs' phrases need not be read
    particular = vocabulary.particular(groups)
    known = matcher.index.knows

    def weight(word: str) -> float:
        # a word of the signs or of the catalogue is what the query is about ("infection")
        return 1.0 if word in particular or known(word) else _UNKNOWN

    # "can't" places a sign ("can't pee") but is not a subject of its own
    said = sum(weight(w) for w in told if w != UNABLE) or 1.0
    elsewhere = _pain_elsewhere(said_stems)
    other_parts = matcher.index.other_parts(said_stems)  # "my face", "my ankles", no back
    numb = bool(NERVE_SIGNS.intersection(stems) or FEELING in stems)  # "loss of feeling"
    # a condition named whole is one thing, of the kind its last word says: "breast cancer" is a
    # cancer, all of it; "chest infection" is an infection, not chest pain, and "irritable bowel
    # syndrome" says nothing of bowel control; one a sign names ("cauda equina") is that sign's
    named = [words(name) for name in matcher.not_here(query, read=True)]
    parts = BODY_STEMS.intersection(told)
    scored = []
    for group in groups:
        for sign in group.signs:
            sign_words = vocabulary.words_of(sign)
            kinds = [n for n in named if n[-1] in sign_words or _names(n, sign_words)]
            others = [n for n in named if n not in kinds]
            held = sign_words.union(*kinds).difference(*others)
            shared = [w for w in told if w in held]
            # who it is ("my child") is the subject of a sign about a child, and context for the
            # others: "my child fell and hurt their back" is a fall
            subject = sum(weight(w) for w in told if w in KEPT and w != UNABLE and w not in held)
            share = sum(weight(w) for w in shared) / max(said - subject, 1.0)
            # in a long sentence, a word that only this sign holds ("fever", "chest") may stand
            # among more words that say nothing of signs ("all night", "at the same time")
            own = len(told) >= LONG and any(
                particular.get(w, 0.0) >= OWN and w not in CONTEXT for w in shared
            )
            if share < (COVERAGE_OWN if own else COVERAGE) or all(
                particular.get(w, 0.0) < PARTICULAR for w in shared
            ):
                continue
            if set(shared) <= CONTEXT and (len(set(shared)) < 2 or parts - held):
                # one word that only places a sign: "my saddle", "can't sleep"; or words that
                # place it on a part of the body it does not name: "spreading to my left hip"
                continue
            if set(shared) <= vocabulary.conditions(sign):
                continue  # "I have osteoporosis" is no fall: "if your bones are weak ..."
            if set(shared) <= PLACES and not numb:
                continue  # "pain from my buttock down my leg" is no numbness there
            if elsewhere and len(shared) == 1 and not vocabulary.words_of(sign) & PAIN_WORDS:
                continue  # "pain in my buttock" is not "numbness around the buttocks"
            if other_parts and set(shared) <= LOOKS:
                continue  # "my face is red" is no redness on the back
            scored.append((share, group, sign))
    best = max((share for share, _, _ in scored), default=0.0)
    return [(group, sign) for share, group, sign in scored if share == best]


def _of_a_limb(stems: list[str], at: int) -> bool:
    """Whether the cramp at `at` is a limb's ("leg cramps at night", "cramp in my calf"), no
    contraction of a pregnancy."""
    return bool(LIMBS.intersection(stems[max(0, at - 1) : at] + stems[at + 1 : at + 4]))


def _planned(stems: list[str]) -> bool:
    """Whether a weight loss is wished for ("weight loss tips", "will losing weight help"): a
    word of plans, not negated ("I'm not dieting" is no plan)."""
    return any(
        word in PLANNED and NOT_PLANNED.isdisjoint(stems[max(0, i - 2) : i])
        for i, word in enumerate(stems)
    )


def _cause_words(matcher: Matcher, stems: list[str]) -> set[str]:
    """The words of the query that make up a name of one of the catalogue's causes."""
    found: set[str] = set()
    for size in range(1, 5):
        for start in range(len(stems) - size + 1):
            span = stems[start : start + size]
            phrases = matcher.index.names.get(" ".join(span), ())
            if any(p.field in NAME_FIELDS for p in phrases):
                found.update(span)
    return found


def _aged(typed: list[str]) -> bool:
    """Whether the query gives an age of 50 or more: a number not followed by a unit."""
    return any(
        AGE.fullmatch(word) and (i + 1 == len(typed) or typed[i + 1] not in AGE_UNITS)
        for i, word in enumerate(typed)
    )


def _pain_elsewhere(stems: list[str]) -> bool:
    """Whether the query speaks of pain somewhere other than the back ("pain in my buttock",
    "my hip hurts"): a word for pain with no "back" or "spine" next to it (small words and words
    that say when aside: "my back started hurting", "a lump on my spine that's sore")."""
    kept = [s for s in stems if (s not in FILLER and s not in GENERIC) or s in PAIN_WORDS]
    for i, word in enumerate(kept):
        if word in PAIN_WORDS and not BACKS.intersection(kept[max(0, i - 1) : i + 2]):
            return True
    return False


def _names(condition: list[str], sign_words: frozenset[str]) -> bool:
    """Whether a sign names this condition: all its words but the generic ones are the sign's."""
    return all(w in sign_words for w in condition if w not in GENERIC)
