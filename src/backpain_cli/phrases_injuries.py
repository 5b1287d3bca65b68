"""Everyday phrases for how a back got hurt, read as the words the cards use: data, edited here.

"slipped on the ice" is a fall, "felt something give" the twinge of a strain, "twisted my back"
a sprain, "my phone broke" no broken back. Part of phrases.PHRASES, whose keys are read as
phrases.py says.
"""

from __future__ import annotations

_BONES = (
    r"(?:spine|spinal|vert\w*|bones?|tailbone|coccyx|neck|ribs?|hips?|legs?|arms?|wrists?|ankles?|"
    r"collarbone|pelvis|sacrum|disc|disk|process|l\d|t\d|c\d|s\d)\b"
)
_BODY = r"(?:(?:lower|upper|mid|middle|left|right|low) )?(?:back\b|" + _BONES + ")"
"""The parts of the body a bone of which may break ("broke my back", "a broken hip", "broke the
transverse process of L1"); the back only with "my", "his" or the like before it ("my phone
broke, back hurts" is read without its comma)."""


INJURY_PHRASES = {
    # "slipped on the ice": a fall, not a slipped disc, nor shoes slipped on
    r"slipp?ed(?= on (?!(?:my |a |an |the |some )?(?:shoes?|boots?|socks?|slippers?|coat|jacket|"
    r"dress|gloves?|ring|clothes|jeans|trousers|pants)\b))": "fell",
    r"slipp?ed and (?:fell|fall|fallen)": "fell",
    # a fall down the stairs is a fall: no back that hurts more on stairs
    r"(?:fell|fall|falls|falling|fallen) down(?: (?:the |some |a flight of )?(?:stairs|steps))?": (
        "fell"  # "I fell down" is a fall too, no pain down a leg
    ),
    # "landed (flat) on my back" at the end of a fall
    r"land(?:ed|ing)?(?: (?:flat|hard|heavily|awkwardly|badly|right|straight|square|squarely))?"
    r"(?= on )": "fell",
    # a car crash is a collision, the word the sprain card uses, as well as a crash
    r"rear\s?ended|(?:car|auto|motor vehicle|road traffic|traffic) (?:accident|crash|wreck|"
    r"collision)s?|car wrecks?": "car accident collision",
    # "felt something give in my back": the twinge of a muscle stretched too far
    r"(?:felt|feel|feeling) (?:something|it|a muscle|like something)"
    r"(?=(?: \w+){0,4}? (?:give|gave|go|went|tear|tore|torn|rip|ripped|snap|snapped|happen|"
    r"happened)\b)": "twinge",
    r"(?:felt|feel|heard|hear) (?:a |an )?(?:sudden |sharp |little |big )?(?:snap|tear|rip)\b": (
        "twinge"  # "felt a snap bending over"
    ),
    # "felt a click in my back", "my back clicked": one click as it happened, the same twinge
    # (a back that clicks or cracks on moving is another thing: osteoarthritis' sounds)
    r"(?:felt|feel|heard|hear) (?:like )?(?:a |an )?(?:sudden |sharp |little |big |slight |loud )?"
    r"click\b|"
    r"(?<=back\W)clicked\b": "twinge",
    # "twisted my back", "twisted her lower back": a sprain's own words for it
    r"(?:twisted|twist|twisting) (?:my|his|her|their|your) (?:low |lower "
    r"|upper |mid |middle )?back\b": "ricked my back",
    # "pulled something in my back": a pulled muscle, whatever was pulled
    r"(?:pulled|pull|pulling) something(?= (?:in|out|on) (?:\w+ ){0,2}?back\b)": "pulled a muscle",
    # a broken arm, wrist or ankle is a limb in plaster, no broken back ("broke my ankle, back
    # hurts from the crutches")
    r"(?:broke|broken|fractured|cracked)(?: (?:my|his|her|their|a|an|the|both))? (?:left |right )?"
    r"(?:wrists?|arms?|ankles?|legs?|feet|foot|toes?|fingers?|hands?|elbows?|collarbones?|"
    r"shoulders?|knees?|kneecaps?|nose|jaw|thumbs?|shins?)\b": "a limb in plaster",
    # something else that broke is no broken back ("my phone broke, back hurts", "broke a glass"):
    # a back that broke is said "broke my back", "a broken back", "my back is broken"
    r"(?<!back\W)(?<!spine\W)(?<!back\Wis\W)(?<!back\Wwas\W)(?<!spine\Wis\W)\b(?:broke\b(?! "
    r"(?:my|his|her|their|your|the|a|an|one|two|three|some|several|both) " + _BODY + r"| (?:\w+ )"
    r"{0,4}" + _BONES + r")|broken\b(?! (?:(?:my|his|her|their|your|the|a|an|one|two|three|some|"
    r"several|both) )?" + _BODY + r"| (?:\w+ ){0,4}" + _BONES + "))": "smashed",
    # "something in my back snapped", "my back tore": the same twinge
    r"(?:something|my back|a muscle)(?= (?:\w+ ){0,4}?(?:snapped|tore|ripped)\b)": "twinge",
    # a back that "went out" or "gave out" was thrown out (legs that give out are weak: above)
    r"(?<=back\W)(?:(?:just|suddenly|completely|totally) )?(?:went|goes|go|gone|going|gave|gives|"
    r"give|giving|given) out|(?<=back\W)(?:is|was|s|been) out\b(?! (?:of|there|with|in)\b)": (
        "thrown out"
    ),
    # "put my back out", "did my back in": the same idiom for hurting the back
    r"(?:put|puts|putting|did|done|doing) (?:my|his|her|their|your) (?:low |lower |upper "
    r"|mid |middle )?back (?:out|in)\b(?! (?:place|line|alignment|position)\b)|(?:did|done|doing) "
    r"something (?:to|in) (?:my|his|her|their|your) (?:low |lower |upper |mid |middle )?back": (
        "threw my back out"  # not a back put back in place
    ),
    # slipping in the bath is a fall (a disc that slipped out is not)
    r"slipp?ed(?= (?:in|over|down|off)\b)": "fell",
    r"(?:i|he|she|we|they) slipp?ed(?= (?:while|whilst|when|as)\b)": "fell",  # "I slipped while"
    # a fall long ago is long ago ("had a fall years ago", "a fall in 2019"); a pet's is no fall
    r"(?:fell|had a (?:\w+ )?fall|a (?:\w+ )?fall)(?: \w+){0,4}? (?:(?:years|ages|decades) ago|a "
    r"long time ago|last year|in (?:19|20)\d\d)": "long ago",
    r"(?:dog|cat|puppy|kitten|pet)s? (?:fell|falls|has fallen|had a fall)": "pet mishap",
    # falling backwards, flat, off or out of something, or onto one's bottom, is a fall (not
    # "fell asleep", "fell in love", "fell off the wagon")
    r"(?:fell|fallen|falling|fall|tripped)(?: over| down| back| right| straight)?(?: (?:hard|"
    r"heavily|badly|awkwardly))? (?:backwards?|flat|sideways)\b(?: (?:down|over) (?:the |some |a "
    r"flight of )?(?:stairs|steps))?": "fell",
    r"(?:fell|fallen|falling) (?:off|out of|from) (?:the |a |an |my |his |her |their |our |some )?"
    r"(?:\w+ ){0,2}?(?:bars|frame|swings?|slide|trampoline|bed|chair|table|sofa|couch|bunk|stool|"
    r"horse|pony|bike|bicycle|roof|tree|window|wheelchair|steps?|stage|scooter|skateboard)\b": (
        "fell"
    ),
    r"(?:fell|fallen|falling) (?:onto|on to|on) (?:my|his|her|their) (?:bum|bottom|butt|backside|"
    r"tailbone|coccyx|behind|rear)": "fell",
    r"(?:hard|heavy|bad) landings?": "fell",  # ("an awkward landing" is the sprains card's)
    r"(?:ski|skiing|snowboard|snowboarding|bike|cycling|motorbike|sledging|sledding|riding) "
    r"(?:crash|accident|wipe ?out|spill)": "fell",
    # hit by a vehicle is a collision, one's bike knocked from under one a fall; a horse's kick
    # or a punch in the kidneys a blow
    r"(?:hit|struck|run over|ran over|knocked (?:over|down)) by (?:a |the |an )?(?:car|van|truck|"
    r"lorry|bus|vehicle|motorbike|motorcycle|forklift)|(?:forklift|car|van|truck|lorry|bus) "
    r"(?:hit|struck|ran over|reversed into|knocked (?:over|down)) (?:me|him|her|us)": (
        "car accident collision"
    ),
    r"knocked off (?:my|his|her|their|a) (?:bike|bicycle|motorbike|scooter|horse)": "fell",
    r"(?:kicked|trampled|butted|headbutted) by (?:a |the |an )?(?:horse|pony|cow|bull|goat)|"
    r"(?:got |was |been |being )?(?:punched|kicked|hit|elbowed|kneed|struck) (?:in|on) (?:the|my|"
    r"his|her) (?:kidneys?|ribs|flank)|hit (?:it|my back|my spine|his back|her back)(?: hard)? "
    r"(?:on|against) (?:the|a|an) (?:\w+ )?(?:door ?frame|door|frame|wall|table|corner|edge|"
    r"cupboard|shelf|railing|banister|bannister|counter|desk|beam|post|pole|bar)": (
        "a blow to the back"
    ),
}
