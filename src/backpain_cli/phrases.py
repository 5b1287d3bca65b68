"""Everyday phrases, read as the words the catalogue uses: data, edited in phrases_signs.py (the
words around the warning signs), phrases_symptoms.py (how the urgent signs show, in everyday
words and shorthand), phrases_negation.py (what "no", "not" and "can't" say around them),
phrases_injuries.py (how a back got hurt) and phrases_causes.py (the cards' words for the
causes).

"slipped on the ice" is a fall, "I weigh 400 pounds" is overweight, "tingly down there" is
numbness in the private parts. Each key is a regular expression over normalised text (lower
case, no punctuation; a space stands for one or more); text.py applies them to the catalogue and
to queries alike, and the warning signs read them too (signs.py).
"""

from __future__ import annotations

from .phrases_causes import CAUSE_PHRASES
from .phrases_injuries import INJURY_PHRASES
from .phrases_negation import NEGATION_PHRASES
from .phrases_signs import SIGN_PHRASES
from .phrases_symptoms import SYMPTOM_PHRASES

PHRASES = {
    **SIGN_PHRASES,
    **SYMPTOM_PHRASES,
    **NEGATION_PHRASES,
    **INJURY_PHRASES,
    **CAUSE_PHRASES,
}
"""All of them, as one pattern: where two phrases match at the same place, the one listed first
wins, the signs' before the negations', the injuries' and the causes'."""

PHRASE_HINTS = (
    *("phone", "age", "normal", "accid", "crash", "bled", "burn", "sting", "painful", "slip"),
    *("down", "land", "rear", "los", "old", "yo", "night", "pee", "piss", "wee", "poo", "shat"),
    *("incontinence", "retention", "urinat", "able to", "no ", "saddle", "sciatica", "dead"),
    *("feel", "way", "out", "pick", "lock", "have", "had", "got", "better", "son", "daughter"),
    *("boy", "girl", "kid", "child", "hit", "kick", "punch", "struck", "past", "same", "there"),
    *("sign", "zodiac", "sleep", "fall", "chest", "pins", "lift", "everywhere", "body", "water"),
    *("break", "run", "ran", "immun", "erectile", "love", "car ", "road", "last n", "get it"),
    *("off ", "tackl", "comf", "lbs", "pound", "kg", "kilo", "weigh", "scale", "back", "wk"),
    *("felt", "expecting", "everything", "jump", "travel", "wander", "migrat", "worn", "cloth"),
    *("trouser", "jeans", "pants", "bump", "injur", "lump", "fever", "elbow", "straight", "need"),
    *("turn", "period", "charl", "month", "may or", "end of", "temp", "ease", "let up"),
    *("rejection", "spot", "inject", "jab", "steroid", "cortiso", "hunch", "stoop", "curv"),
    *("cancer", "swollen", "sex", "brittle", "drop", "slap", "drag", "pred", "throb", "chemo"),
    *("shy ", "bashful", "fell", "came", "thrown", "flew", "numb", "tingl", "ago", "wet", "double"),
    *("bend", "lean", "going", "spread", "radiat", "put", "gain", "home", "wfh", "blee", "typing"),
    *("studying", "table", "bed", "sofa", "couch", "spine", "reach", "osteophyt", "pregnan"),
    *("snap", "tore", "rip", "blade", "belly", "stomach", "abdom", "tummy", "gut", "plagued"),
    *("depressing", "gastric", "band", "bariatric", "stapl", "ctom", "etom", "rib", "degree"),
    *("deg ", "neck", "gam", "binge", "crumbl", "harrington", "facet", "hump", "auto", "motor"),
    *("traffic", "ddd", "tender", "hernia", "hand", "improv", "laptop", " pc", "screen", "desk"),
    *("deliver", "section", "caesar", "cesar", "birth", "baby", "twins", "little one", "grade"),
    *("degenerat", "easing", "partum", "natal", "mov", "shift", "helping", "shovel", "garden"),
    *("eswl", "xa", "score", "tall", "office", "frequen", "constant", "free", "hiv", "somethin"),
    *("sit", "sat", "blood", "head to", "knife", "knives", "dagger", "fire", "fog", "tumbl"),
    *("below", "yesterday", "control", "click", "twist", "pull", "fine", "ok", "alright"),
    *("bladder", "bowel", "fanny", "willy", "privates", "nether", "crotch", "heartbeat"),
    *("heart beat", "pulse", "dog", "incontinent", "knickers", "pad", "liner", "tightening"),
    *("rigor", "boiling", "jelly", "coming on", "w0d", "w1d", "w2d", "w3d", "w4d", "w5d", "w6d"),
    *("0s", "sixties", "seventies", "eighties", "nineties", "blue", "nowhere", "nothing", "strain"),
    *("struggl", "push", "hard", "rest", "prevent", "avoid", "used to", "potty", "barely"),
    *("only just", "worst", "touch", "buckl", "labo", "chatter", "discharge", "weak", "wipe"),
    *("trickl", "leaking", "belong", "bent", "hx", "lbp", "worse", "breast", "prostate", "lung"),
    *("colon", "cauda", "flu", "thought", "think", "pet", "knocked", "ski", "snowboard", "sled"),
    *("riding", "bars", "frame", "flat", "onto", "on to", "hot", "wore", "wear", "kitten", "puppy"),
    *("hike", "hiking", "walk", "marathon", "race", "gym", "squat", "training", "cycl", "ride"),
    *("match", "drive", "stiff", "work", "carr", "raise", "stream", "flow", "heav", "crush"),
    *("squeez", "standing on", "flying", "horse", "cat", "saw", "seen", "witness", "passed"),
    *("watch", "ask"),
)
"""Each phrase of PHRASES holds one of these: a text with none needs no look for them (the
pattern takes 2 ms to compile, a tenth of a short command's own time). A phrase is looked for in
a text that holds any hint its pattern spells out, so a word nearly every query holds is written
with one letter in brackets ("[b]ack", "[a]fter") where the phrase also needs a rarer hint
("hump", "hernia"): it then spells out no "back" and is compiled only for the rarer one."""
