"""Text into words: Unicode folding, British spellings, word stems, and words that say nothing.

Everything the search compares goes through `words`, the catalogue and the query alike, so that
"Discs", "disc" and "disk" meet as one word. Stems come from the Snowball English stemmer
(PyStemmer), the one Lucene and SQLite's FTS5 users rely on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise

import Stemmer

# --- data: edit these lists, not the code --------------------------------------------------------

SPELLINGS = {
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
    "oedema": "edema",
    "faeces": "feces",
    "foetus": "fetus",
    "labour": "labor",
    "pee": "urinate",
    "peeing": "urinating",
    "tummy": "belly",
    "abdomen": "belly",
    "abdominal": "belly",
    "stomach": "belly",
    "pregnant": "pregnancy",
    "vertebral": "vertebra",  # adjectives and forms the stemmer does not join to their word
    "arthritic": "arthritis",
    "lower": "low",
    "lowest": "low",
    # irregular forms, which no stemmer joins to their verb
    "fell": "fall",
    "fallen": "fall",
    "threw": "throw",
    "thrown": "throw",
    "broke": "break",
    "broken": "break",
    "bent": "bend",
    "felt": "feel",
    "sat": "sit",
    "stood": "stand",
    "woke": "wake",
    "slept": "sleep",
    "lying": "lie",
    "lost": "loss",  # "lost weight", "lost control": the signs say "loss"
    "losing": "loss",  # "losing weight without trying"; not "lose": "need to lose weight" is a plan
    "loses": "loss",
    "peed": "urinated",  # "I peed myself": the past of "pee", which reads as "urinate"
    "feverish": "fever",  # the stemmer keeps "feverish" apart
    "shivery": "shivering",  # and "shivery" from "shivering"
    "bum": "buttock",
    "kid": "child",
    "kids": "child",
    "tb": "tuberculosis",  # "spinal TB"
    "wee": "urinate",  # British for pee
    "pooped": "soiled",  # "pooped my pants"
    "chemo": "cancer",  # chemotherapy is a treatment for cancer
    "chemotherapy": "cancer",
    "crash": "accident",  # "a car crash"
    "temp": "temperature",  # "a high temp"
    # misspellings that are words of the warning signs, which match no typos
    "temprature": "temperature",
    "tempreture": "temperature",
    "feaver": "fever",
    "bak": "back",
    "nighttime": "night",  # compounds the catalogue writes as one word
    "nightime": "night",
    "lumber": "lumbar",  # the usual misspelling, itself a word, so never read as a typo
    "tweak": "strain",  # "tweaked my back": to tweak is to strain slightly
    "tweaked": "strained",
    "slump": "slouch",  # to slump at a desk is to slouch
    "slumped": "slouched",
    "slumping": "slouching",
    "butt": "buttock",
    "glute": "buttock",
    "glutes": "buttocks",
    "prolonged": "long",  # "prolonged sitting" is sitting for a long time
    "tingly": "tingling",
    "menstrual": "period",  # "menstrual cramps": the cards say periods, as NHS pages do
    "menstruation": "period",
    "trimester": "pregnancy",  # only a pregnancy has trimesters
    "tiredness": "tired",  # the stemmer keeps "tiredness" apart from "tired"
    "fatigue": "tired",
    "fatigued": "tired",
    "exhausted": "tired",
    "exhaustion": "tired",
    "female": "woman",
    "females": "women",
    "male": "man",
    "males": "men",
    "mid": "middle",  # "mid back"
    "vagina": "vaginal",
    "nausea": "sick",  # "nausea and vomiting" is "feeling and being sick" in NHS words
    "nauseous": "sick",
    "nauseated": "sick",
    "vomit": "sick",
    "vomiting": "sick",
    "excruciating": "severe",
    "unbearable": "severe",
    "agonising": "severe",
    "agonizing": "severe",
    "agony": "severe",
    "colicky": "colic",
    "elderly": "older",
    "senior": "older",
    "seniors": "older",
    # irregular plurals
    "feet": "foot",
    "women": "woman",
    "men": "man",
    "children": "child",
}
"""British spellings, everyday words read as the word the catalogue uses for the same thing
("flank" is the side of the body), and irregular forms of verbs."""

COMPOUNDS = {
    "hay fever": "hayfever",
    "cabin fever": "cabinfever",
    "heart attack": "heartattack",
    "aortic aneurysm": "aorticaneurysm",
}
"""Names of two words read as one, since one of their words alone means something else: hay
fever is not a fever, a heart rate is no heart attack, a brain aneurysm no aortic one."""

PHRASES = {
    # "slipped on the ice": a fall, not a slipped disc, nor shoes slipped on
    r"slipp?ed(?= on (?!(?:my |a |an |the |some )?(?:shoes?|boots?|socks?|slippers?|coat|jacket|"
    r"dress|gloves?|ring|clothes|jeans|trousers|pants)\b))": "fell",
    r"slipp?ed and (?:fell|fall|fallen)": "fell",
    # a fall down the stairs is a fall: no back that hurts more on stairs
    r"(?:fell|fall|falls|falling|fallen) down (?:the |some |a flight of )?(?:stairs|steps)": "fell",
    r"land(?:ed|ing)?(?= on )": "fell",  # "landed on my back" at the end of a fall
    r"rear\s?ended": "car accident",
    # weight lost, not kidney stones; a stone is 14 lb
    r"(?:lost|losing|lose) (?:a|one|two|three|four|five|\d+)\s?(?:stones?|kgs?|kilos?|kilograms?|"
    r"lbs?|pounds)": "lost weight",
    r"(?:[1-9]|1[01])\s?(?:years?|yrs?)\s?old|(?:[1-9]|1[01])\s?yo": "child",  # "my 6 year old"
    r"(?:son|daughter|boy|girl|kid|child|grandson|granddaughter) (?:is |who is |aged )?"
    r"(?:[1-9]|1[01])(?! ?(?:months?|weeks?|days?|hours?|times?))": "child",  # "my son is 8"
    r"(?:got |been |was )?(?:hit|kicked|punched|struck) (?:in|on) (?:the|my) back": (
        "a blow to the back"
    ),
    r"(?:numb|numbness|tingly|tingling|tingles|no feeling) down there": (
        "numbness in the private parts"  # "tingly down there"
    ),
    r"(?:past|beyond) (?:my |the )?knees?": "below the knee",
    r"at the same time": "together",
    r"(?:fall|falls|falling|fell) asleep": "sleep",  # no fall
    r"night(?= (?:out|shifts?)\b)": "late",  # a night out is no pain at night
    # being unable to pee, or to control the bladder or bowels, in the words people use
    r"(?:peed|pissed|weed|wee d)(?= (?:myself|himself|herself|themselves|my (?:pants|trousers|"
    r"knickers|bed)))": "wet",
    r"(?:pooed|poo d|pooped|shat)(?= (?:myself|himself|herself|themselves|my))": "soiled",
    r"(?:fecal|faecal|bowel) incontinence": "loss of bowel control",
    r"(?:urinary |bladder )?incontinence": "loss of bladder control",
    r"urinary retention|retention of urine": "unable to pee",
    r"(?:havent|hasnt|have not|has not|didnt|did not|not) (?:peed|pee|peeing|weed|wee|weeing|"
    r"wee d|urinated|urinate|urinating)": "unable to pee",
    r"(?:not|no|isnt|hasnt|havent) (?:getting |got |gotten |get |been getting )?(?:any )?"
    r"better": "not improved",  # "not getting any better": the sign's words
    # not having something is having none of it ("I don't have a fever")
    r"(?:dont|do not|didnt|did not|doesnt|does not|havent|have not|hasnt|has not|never) (?:have|"
    r"had|got)": "no",
    # a "no" that says what is there: no feeling is numbness, no control a loss of it
    r"no (?:feeling|sensation)": "numb",
    r"no control": "loss of control",
    r"no strength": "weakness",
    r"(?:(?:havent|hasnt|hadnt) been|not) able to": "unable to",
    r"saddle an(?:a)?esthesia": "saddle numbness",  # the clinicians' name for it
    r"bilateral sciatica|sciatica (?:on|in|down) both sides": "sciatica in both legs",
    r"(?<=legs\W)(?:(?:went|go|goes|gone|going|are|feel|feels) )?dead": "numb",
    r"(?:cant|cannot|couldnt) feel": "numb",  # "can't feel my feet": numbness
    r"(?:give|gives|giving|gave|given) way": "weakness",  # "my legs keep giving way"
    # legs that give out are weak; a back that "gave out" is not about weakness
    r"(?<=legs\W)(?:(?:are|keep|keeps|kept|just) )?(?:give|gives|giving|gave|given) out": (
        "weakness"
    ),
    r"(?:pick|picks|picking|picked) up": "lift",  # "picked up my toddler"
    r"(?:lock|locks|locking|locked) up": "seized up",  # "my back locked up"
}
"""Everyday phrases read as the words the catalogue and its warning signs use (patterns over
normalised text)."""

FILLER_WORDS = """
    a about after again ago all also always am an and any anything are as at be because been
    before being bit but by can cannot cant could did do does doing dont during each even ever
    every for from get gets getting got had has have having he her here him his how i if im in into
    is it its ive just know lot lots may maybe me might mine more most much my never no not of off
    often on or other our ourselves out over please really she should since so some something
    sometimes still than that the their them then there these they thing things think this those
    though to too up us very was we were what whats when where which while who whom why will with
    would you your yours yourself myself without take takes taking took
    anyone anybody someone somebody everyone help helps advice question questions
    best good bad worst better normal common possible likely okay ok high really
    treat treatment treatments cure cures relief relieve remedy remedies exercise exercises
    stretch stretches fix fixes heal healing recover recovery manage
    doctor doctors dr gp physio see seeing tell told say says said
    pillow pillows mattress mattresses chair chairs brace braces belt shoe shoes
    husband wife son daughter mom mum dad mother father child children kid kids boyfriend
    girlfriend friend partner grandma grandmother grandpa grandfather year years old yr yo
    day days week weeks month months today yesterday now lately recently
    anybody else experience experienced anyone thanks
    cause causes caused causing reason reasons explain explained mean means meaning
    wonder wondering worried worry worrying concerned sign signs feel feels feeling felt
    happen happens happening happened together going through properly
"""
"""Question and context words: they say nothing about which cause a query is about.

Words that many causes share ("back", "pain", "leg") are not listed: their weight comes from
the catalogue itself, from how many causes hold them.
"""

# --- normalising ---------------------------------------------------------------------------------

# "S.I." is "SI", "Bechterew's" one word, "M51.26" one code; "back...again" two words
_JOINERS = re.compile(r"(?<=\w)\.(?=\w)|['\u2019`]")
_NON_WORD = re.compile(r"[^\w\n]+|_+")
# The combining diacritical marks of Latin, Greek and Cyrillic: "á" is "a" once decomposed.
_COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_STEMMER = Stemmer.Stemmer("english")
# "L5", "S1", "T12": where in the spine, which says nothing about the cause. Only the real levels
# (C1-C8, T1-T12, L1-L5, S1-S5): "S32" and "C72" are the starts of codes.
SPINAL_LEVEL = re.compile(r"c[1-8]|t(?:1[0-2]|[1-9])|l[1-5]|s[1-5]")
CODE = re.compile(r"[a-z][0-9][0-9a-z]{1,5}")
_COMPOUND = re.compile(r"\b(?:" + "|".join(k.replace(" ", r" +") for k in COMPOUNDS) + r")\b")
PHRASE_HINTS = (
    *("slip", "down", "land", "rear", "los", "old", "yo", "asleep", "night", "pee", "piss"),
    *("wee", "poo", "shat", "incontinence", "retention", "urinat", "able to", "no ", "saddle"),
    *("sciatica", "dead", "feel", "way", "out", "pick", "lock", "have", "had", "got", "better"),
    *("son", "daughter", "boy", "girl", "kid", "child", "hit", "kick", "punch", "struck"),
    *("past", "beyond", "same", "there"),
)
"""Each phrase of PHRASES holds one of these: a text with none needs no look for them (the
pattern takes 2 ms to compile, a tenth of a short command's own time)."""


@cache
def _phrases() -> tuple[re.Pattern[str], list[str]]:
    """PHRASES as one pattern, each in a group of its own, and what each group reads as."""
    groups = "|".join(f"({k.replace(' ', ' +')})" for k in PHRASES)
    return re.compile(rf"\b(?:{groups})\b"), list(PHRASES.values())


"""A normalised ICD-10-CM code or the start of one: "m51", "m5126" (from "M51.26")."""


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
    joined = _COMPOUND.sub(lambda m: COMPOUNDS[" ".join(m.group().split())], joined)
    if any(hint in joined for hint in PHRASE_HINTS):
        pattern, read = _phrases()
        joined = pattern.sub(lambda m: read[(m.lastindex or 1) - 1], joined)
    return [" ".join(line.split()) for line in joined.split("\n")]


@cache
def stem(word: str) -> str:
    """One form of a normalised word: American spelling, then its Snowball stem."""
    word = SPELLINGS.get(word, word)
    if CODE.fullmatch(word) and any(ch.isdigit() for ch in word[1:3]):
        return word  # a code is not English: "m54" must not lose a letter
    return str(_STEMMER.stemWord(word))


def words(text: str) -> list[str]:
    """The stems of a text's words, in order, filler included."""
    return [stem(w) for w in normalize(text).split()]


FILLER = frozenset(stem(w) for w in FILLER_WORDS.split())
"""The stems of the filler words."""
GLUE = frozenset(stem(w) for w in "a an the of in on at to for from by with and or my your".split())
"""Words a name can do without: "slipped a disc" is "slipped disc". Others ("all over") count."""


PAIN_WORDS = frozenset(
    stem(w) for w in "pain pains painful hurt hurts hurting ache aches aching sore".split()
)
"""Words for the pain itself: every cause here is a cause of back pain, so alone they say
nothing of which ("my back hurts" is as general as "back pain")."""
QUALIFIERS = frozenset(
    stem(w) for w in "unspecified other specified nos unknown region site".split()
)
"""Words of a classification's names that say which variant, not what ("Low back pain,
unspecified", "Other low back pain"): a query that names the rest has named it."""
PARTICLES = frozenset(stem(w) for w in "all over up out down off".split())
"""Filler words that change the meaning of the word beside them: "seized up", "all over"."""


def pairs(stems: Sequence[str]) -> list[str]:
    """Each two neighbouring words, without "the", "of", "my"...: "hurt all", "all over".

    Together they say what the words alone cannot ("hurts all over", "seized up", "threw my
    back out"), whatever small words stand between them; question words ("when I") never
    make a pair. A verb and its particle pair across one word too: "threw my back out" holds
    "throw out", as "thrown out back" does."""
    kept = [s for s in stems if s not in GLUE]
    found = [
        f"{a} {b}"
        for a, b in pairwise(kept)
        if (a not in FILLER or a in PARTICLES) and (b not in FILLER or b in PARTICLES)
    ]
    found += [
        f"{a} {c}"
        for a, b, c in zip(kept, kept[1:], kept[2:], strict=False)
        if c in PARTICLES and a not in FILLER and b not in FILLER
    ]
    return found


def condition_key(stems: Iterable[str]) -> str:
    """A condition's name as the list of conditions holds it: its words other than "of", "the",
    each once, in order ("cyst of kidney" and "kidney cyst" are "cyst kidney")."""
    return " ".join(sorted({s for s in stems if s not in GLUE}))


def content(stems: list[str]) -> list[str]:
    """The stems that can say something about a cause, each once, in order."""
    return list(
        dict.fromkeys(s for s in stems if s not in FILLER and not SPINAL_LEVEL.fullmatch(s))
    )
