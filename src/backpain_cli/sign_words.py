"""The words the warning signs are read with (signs.py reads a query with them): what says when
or where rather than what, what places a sign without making one, what a weight loss wished for,
a question about one's risk, an age or a pregnancy says. Data, kept apart from the reading.
"""

from __future__ import annotations

import re

from .text import NEGATORS, PAIN_WORDS, stem


def stems(text: str) -> list[str]:
    """The stems of a list of plain words: no text to normalise, no phrases to read (reading
    them would compile their pattern at every import)."""
    return [stem(word) for word in text.split()]


GENERIC = frozenset(
    stems(
        "new start starts starting trouble keep keeps getting comes first time history"
        " syndrome long morning mornings evening afternoon tonight since problem problems issue"
        " issues found find noticed notice discovered touch right stop stops stopping"
        " two three four five six seven few couple several breathe breathing breath breathes"
        " day days daytime way make makes made making last twice knowing realising realizing life"
        " didnt doesnt wasnt isnt arent werent havent hasnt"
    )
)
"""Words that say when or how, not what: "new trouble starting" is about urine, "this morning I
wet myself" about the bladder, "soiled himself twice without knowing" about the bowels, and "my
chest hurts when I breathe" about the chest."""
(UNABLE,) = stems("unable")
CANNOT = frozenset(stems("cant cannot couldnt wont unable difficulty trouble struggle struggling"))
"""Ways of saying "unable to", which search drops as filler but a sign is about: "can't walk",
"trouble walking" and "unable to walk" are one sign."""
KEPT = frozenset(stems("child children unable"))
"""Words that search drops as context ("my kid", "can't") but that a sign is about."""
CONTEXT = frozenset(
    stems(
        "saddle wake wakes waking pregnant pregnancy groin hot sex walk walking stairs parts unable"
        " pee urine one weight lose belly left arm sudden suddenly pressure tight tightness"
        " squeezing spreads spreading neck bleeding bleed bled both"
    )
)
"""Words of the signs that place a sign but never make one alone: "saddle numbness", "wakes me at
night", "pregnant and bleeding" and "numb groin" are signs; "my saddle hurts my back", "back pain
when I wake up", "can pregnancy cause back pain", "pain in my back and groin", "back pain after
hot yoga", "back pain after sex", "my back hurts when I pee", "stomach ache and back pain" and
"pain in my back and arm" are not (the left arm and the jaw are: "pain in my back and left arm"),
nor "pressure in my lower back", "my back feels tight" or "back and neck pain" (a chest that is
tight, or pain that spreads to the neck from the chest, is), nor "both of us have back pain" ("pain
down both legs" is).
"""
SETTING = frozenset(
    stems(
        "work job office shift gym play playing game match training sport sports rugby football"
        " soccer hockey basketball netball baseball cricket tennis golf ski skiing snowboarding"
        " climbing boxing wrestling judo karate"
        # who it happened to: "my grandad tripped over the dog"
        " grandad granddad gran nan nana granny sister brother uncle aunt auntie boy girl"
        " older elderly"
    )
)
"""Where something happened, and to whom, which says nothing of which sign: "fell off a ladder at
work", "got hit in the back playing rugby" (the fall and the blow are the signs), "my elderly
father has osteoporosis and now has back pain" (osteoporosis is)."""
PLANNED = frozenset(
    stems(
        "tip tips help helps advice plan diet dieting program goal want need better purpose"
        " deliberately intentionally"
    )
)
"""Words that make a weight loss something wished for, not a sign: "weight loss tips", "will
losing weight help", "lost weight and my back feels better", "lost weight on purpose" (a
negated one stays a sign: "lost weight without dieting")."""
NOT_PLANNED = NEGATORS | set(stems("not havent hasnt hadnt isnt wasnt arent werent dont didnt"))
"""Words that take back a plan ("not dieting", "I haven't been dieting"), though not a sign
("not improving")."""
WEIGHT = frozenset(stems("weight loss"))
CANCERS = frozenset(
    "lymphoma lymphomas leukaemia leukemia melanoma myeloma sarcoma carcinoma metastasis"
    " metastases metastatic".split()
)
"""Cancers by their own names: "a history of lymphoma" is a history of cancer."""
RISK = frozenset(stems("likely likelihood hereditary genetic inherit inherited risk chance odds"))
HISTORY = frozenset(stems("cancer osteoporosis"))
"""A question about one's risk ("dad had prostate cancer, am I more likely to get back
problems?") tells of no history of one's own."""
BACKGROUND = frozenset(stems("child children age cancer osteoporosis steroid steroids"))
"""Who has the back pain, in the signs about whose new back pain needs a doctor: no sign where
the query says there is no pain ("my 8 year old's school bag is heavy ... she has no pain")."""
PREGNANT = frozenset(stems("pregnant pregnancy weeks"))
WAVES = frozenset(stems("waves minutes mins cramps cramping"))
LIMBS = frozenset(stems("leg legs calf calves foot feet toe toes thigh thighs hamstring muscle"))
CRAMPS = frozenset(stems("cramps cramping"))
EARLY = re.compile(r"\b(?:[1-9]|1\d) ?(?:weeks?|wks?|w)\b|\bearly\b|first trimester", re.IGNORECASE)
(CONTRACTION,) = stems("contractions")
"""Pain that comes in waves, minutes apart, in pregnancy is contractions, and so are cramps, unless
a limb's ("leg cramps at night") or early in the pregnancy (before 20 weeks: "6 weeks pregnant
and cramping" is common)."""
LEGS = {"foot": "leg", "feet": "legs", "toe": "leg", "toes": "leg", "ankle": "leg"}
LEGS |= {"ankles": "legs", "calf": "leg", "calves": "legs", "shin": "leg", "shins": "legs"}
"""The feet are the ends of the legs, the ankles, calves and shins below the knee: "can't feel my
feet" is numbness of both legs, "pain down to my ankle" spreads down a leg; the toes are of one
foot. Only where numbness, tingling or weakness is said ("my foot fell asleep on the
toilet" is no saddle numbness)."""
SIDES = frozenset("left right".split())
SIDED = frozenset("leg legs foot feet knee knees hip hips buttock bum side calf thigh".split())
"""A left or right leg, hip or side is one of two, no left arm (the heart's sign)."""
FLAGS = frozenset("flag flags".split())  # "red flags" are warning signs, no redness
AGE = re.compile(r"([5-9]\d|1[01]\d)[sfm]?")  # "in my 60s", a clinician's "68F"
_UNITS = """day days week weeks month months hour hours minute minutes min mins kg kgs kilo kilos
    lb lbs pound pounds stone stones mile miles km percent degree degrees rep reps time times mg"""
AGE_UNITS = frozenset(_UNITS.split())
ONSET = frozenset(stems("first never before start started starting began begun new"))
(AGE_WORD,) = stems("age")
"""An age of 50 or more ("I'm 62", "in my 60s", "after 55") with words that say the pain is new
("first time", "never had back pain before") is the sign of back pain starting after about 50;
"lifted 60 kg" or "for 60 days" is no age."""
(BOTH,) = stems("both")
(ONE,) = stems("one")
NERVE_SIGNS = frozenset(stems("numb numbness weak weakness tingling tingle tingly"))
"""What a sign about one leg or both is made of, besides pain: "my legs are numb" is about both
legs, "tingling down my leg" about one ("my legs ache" after a run is neither)."""
PLACES = frozenset(
    stems(
        "buttock buttocks bum leg legs thigh thighs inner groin genitals private parts passage"
        " between knee knees toilet loo wipe wiping"
    )
)
"""Where the numbness or the spreading of a sign is: said alone, with no numbness, they are where
a pain is ("knee pain", "my knee hurts" are no pain spreading down a leg below the knee)."""
LOOKS = frozenset(stems("red redness reddish swelling swollen swell swells lump lumps bump shape"))
"""How a place looks: a sign of the back only on the back ("my face is red", "swelling in my
ankles" are no lump, swelling or redness on the back)."""
BACK, LOW, FEELING, DOWN = stems("back low feeling down")
BACKS = frozenset(stems("back spine spinal"))
PAIN = (
    PAIN_WORDS
    | {BACK, LOW}
    | frozenset(
        stems(
            "spine spinal kidney kidneys severe killing terrible awful horrible sharp throw bruised"
            " bruise bruising dysuria"
        )
    )
)
"""Words for the pain itself and how bad it is ("my back is agony", "killing me"), and the
(lower) back, the spine or the kidneys, which are where people feel back pain: every sign is
about back pain, so they say nothing of which; nor does a back "thrown out" ("since my back
went out I can't get an erection" is about the erection) or bruised, nor a pee that burns (a
kidney's pain: "pee burns and I have a temp" is about the temperature)."""

VITAL = tuple(
    """incontinence incontinent numbness numb tingling tingly bladder bowel bowels urine urinate
    peeing fever feverish temperature chills shivering shivery weakness paralysed paralyzed
    saddle genitals groin retention""".split()
)
"""The words the most urgent signs turn on, as typed: a typo of one ("numbnes", "incontinance")
is read as the word, as a name of a cause is (signs.spelled); no other word is guessed at."""
ANEURYSMS = frozenset("aneurysm aneurysms".split())
ELSEWHERE_ANEURYSMS = frozenset("brain cerebral head knee popliteal".split())
AORTIC = "aorticaneurysm"  # lexicon.COMPOUNDS' one word for "aortic aneurysm"
"""An aneurysm named in a query about back pain is the aorta's (the sign of a burst one), unless
the word before says it is another's ("a brain aneurysm")."""
