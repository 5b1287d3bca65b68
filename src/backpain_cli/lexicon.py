"""The words people type, read as the words the catalogue uses: data, edited here, not in code.

British spellings and everyday words (SPELLINGS), names of two words read as one (COMPOUNDS),
parts of the body (BODY_PARTS) and the words that say nothing of which cause (FILLER_WORDS); the
everyday phrases are in phrases.py. text.py applies them to the catalogue and to queries alike.
"""

from __future__ import annotations

SPELLINGS = {
    "disc": "disk",
    "discs": "disks",
    "discitis": "diskitis",
    "tumour": "tumor",
    "tumours": "tumors",
    "oestrogen": "estrogen",
    "dysmenorrhoea": "dysmenorrhea",
    "centre": "center",
    "fibre": "fiber",
    "behaviour": "behavior",
    "colour": "color",
    "ageing": "older",  # an aging back is one getting older
    "aging": "older",
    "oedema": "edema",
    "apnoea": "apnea",  # the British "oe" of Greek words: "sleep apnoea"
    "diarrhoea": "diarrhea",
    "dyspnoea": "dyspnea",
    "amenorrhoea": "amenorrhea",
    "gonorrhoea": "gonorrhea",
    "oesophagus": "esophagus",
    "oesophageal": "esophageal",
    "coeliac": "celiac",
    "foetal": "fetal",
    "foetus": "fetus",
    "labour": "labor",
    "pee": "urinate",
    "peeing": "urinating",
    "tummy": "belly",
    "abdomen": "belly",
    "abdominal": "belly",
    "stomach": "belly",
    "generalized": "widespread",  # "generalised pain" is pain all over
    "generalised": "widespread",
    "foggy": "fog",  # a foggy brain, fibro fog
    "cart": "trolley",  # a shopping cart
    "carts": "trolleys",
    "couch": "sofa",
    "couches": "sofas",
    "settee": "sofa",
    "pregnant": "pregnancy",
    "preg": "pregnancy",  # "20 wks preg"
    "preggo": "pregnancy",
    "preggers": "pregnancy",
    "hav": "have",  # text-speak: "hav temp"
    "bk": "back",  # "bk pain"
    "wks": "weeks",
    "vertebral": "vertebra",  # adjectives and forms the stemmer does not join to their word
    "bacterial": "bacteria",
    "infectious": "infection",
    "sacral": "sacrum",
    "arthritic": "arthritis",
    "injure": "injury",  # the stemmer keeps "injur" and "injuri" apart
    "injured": "injury",
    "injures": "injury",
    "injuring": "injury",
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
    "woken": "wake",
    "shrank": "shrink",
    "shrunk": "shrink",
    "built": "build",
    "swam": "swim",
    "swum": "swim",
    "rode": "ride",
    "ridden": "ride",
    "drove": "drive",
    "driven": "drive",
    "wore": "wear",
    "worn": "wear",
    "tore": "tear",
    "torn": "tear",
    "caught": "catch",
    "struck": "strike",
    "slept": "sleep",
    "came": "come",  # "pain that came in waves" is pain that comes in waves
    "went": "go",
    "got": "get",
    "gotten": "get",
    "took": "take",
    "taken": "take",
    "ran": "run",
    "gave": "give",
    "given": "give",
    "kept": "keep",
    "grew": "grow",
    "grown": "grow",
    "held": "hold",
    "stuck": "stick",
    "spun": "spin",
    "shook": "shake",
    "shaken": "shake",
    "lying": "lie",
    "lost": "loss",  # "lost weight", "lost control": the signs say "loss"
    "losing": "loss",  # "losing weight without trying"; not "lose": "need to lose weight" is a plan
    "loses": "loss",
    "peed": "urinated",  # "I peed myself": the past of "pee", which reads as "urinate"
    "feverish": "fever",  # the stemmer keeps "feverish" apart
    "pred": "steroid",  # "on pred for my asthma"
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
    "fevr": "fever",
    "fevor": "fever",
    "bak": "back",
    "nighttime": "night",  # compounds the catalogue writes as one word
    "nightime": "night",
    "lumber": "lumbar",  # the usual misspelling, itself a word, so never read as a typo
    "gym": "sport",  # a back hurt at the gym was hurt in sport
    **dict.fromkeys(
        """football soccer rugby tennis golf golfing basketball hockey cricket volleyball
        baseball softball netball badminton lacrosse skiing snowboarding wrestling boxing karate
        judo cheerleader cheerleaders cheerleading ballet""".split(),
        "sport",
    ),  # the card says sport; the name of one says no more ("hurt my back playing golf")
    "listhesis": "spondylolisthesis",  # radiology's short word: "grade 1 listhesis of L5 on S1"
    "spondy": "spondylolisthesis",  # forum shorthand: "my son has a grade 1 spondy"
    "osteoporotic": "osteoporosis",  # adjectives the stemmer keeps apart from their nouns
    "scoliotic": "scoliosis",
    "fibromyalgic": "fibromyalgia",
    "curvature": "curve",
    "inflamed": "inflammation",
    "renal": "kidney",
    "metastasis": "metastases",  # one or many; a cancer that metastasized has spread
    "metastasized": "spread",
    "metastasised": "spread",
    "hug": "touch",  # a hug that hurts is a light touch that does ("even a hug is agony")
    "hugs": "touch",
    "hugged": "touch",
    "cheerleader": "sport",  # the card says sport
    "cheerleaders": "sport",
    "cheerleading": "sport",
    "cheering": "sport",  # "hurt her back while cheering" (cheerleading)
    "degeneration": "degenerative",  # the stemmer keeps these apart from "degenerative"
    "degenerating": "degenerative",
    "degenerated": "degenerative",
    "degenerate": "degenerative",
    "staphylococcus": "staph",  # the bacterium in full: "a Staphylococcus aureus infection"
    "staphylococcal": "staph",
    "radiate": "spread",  # pain that radiates spreads
    "radiates": "spreads",
    "radiating": "spreading",
    "radiated": "spread",
    "weigh": "weight",  # "I weigh 400 pounds"
    "weighs": "weight",
    "floppy": "weak",  # legs going floppy
    "stomache": "belly",  # the usual misspelling of stomach
    "prednisolone": "steroid",  # the steroid of the UK, as prednisone is of the US
    "prednisone": "steroid",
    "worsening": "worse",  # "steadily worsening every week"
    "tho": "though",
    "worsens": "worse",
    "worsened": "worse",
    "backbone": "spine",
    "shaking": "shivering",  # shaking chills
    "fat": "overweight",  # "I'm so fat": people say it of themselves
    "discomfort": "pain",
    "computer": "desk",  # hunched over a computer is desk work
    "computers": "desk",
    "laptop": "desk",
    "tweak": "strain",  # "tweaked my back": to tweak is to strain slightly
    "tweaked": "strained",
    "slump": "slouch",  # to slump at a desk is to slouch
    "slumped": "slouched",
    "slumping": "slouching",
    "butt": "buttock",
    "glute": "buttock",
    "glutes": "buttocks",
    "gluteal": "buttock",
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
    "searing": "severe",
    "crippling": "severe",
    "debilitating": "severe",
    "horrible": "bad",  # "horrible posture" is bad posture
    "terrible": "bad",
    "awful": "bad",
    "horrendous": "bad",
    "muscular": "muscle",  # "a muscular pain" is in a muscle
    "hear": "heard",  # "I heard a pop", "I hear a pop in my back"
    "hears": "heard",
    "extending": "spreading",  # "back pain extending down into his leg"
    "extends": "spreads",
    "colicky": "colic",
    "nocturnal": "night",  # "nocturnal back pain" is pain at night (not "postural back pain")
    "elderly": "older",
    "senior": "older",
    "seniors": "older",
    # comparatives, which the stemmer keeps apart from their adjective
    "stiffer": "stiff",
    "stiffest": "stiff",
    "weaker": "weak",
    "tighter": "tight",
    "sharper": "sharp",
    "sorer": "sore",
    # irregular plurals
    "feet": "foot",
    "women": "woman",
    "men": "man",
    "children": "child",
}
"""British spellings (besides the "ae" of "leukaemia", which text.stem reads as "e"), everyday
words read as the word the catalogue uses for the same thing ("flank" is the side of the body),
and irregular forms of verbs."""

KIND_WORDS = frozenset(
    """
juvenile adolescent adult infantile childhood congenital idiopathic degenerative acute chronic
mild moderate severe early late recurrent progressive twin twins multiple
""".split()
)
"""Words that say which kind or stage of a condition, not what it is or where: "juvenile
idiopathic scoliosis" is a scoliosis and a twin pregnancy a pregnancy, though no card says
"juvenile" or "twin"; "ankle sprain" is not a sprain of the back."""

COMPOUNDS = {
    "hay fever": "hayfever",
    "cabin fever": "cabinfever",
    "heart attack": "heartattack",
    "aortic aneurysm": "aorticaneurysm",
    "every month": "everymonth",
    "night sweats": "nightsweats",
    "morning sickness": "morningsickness",
}
"""Names of two words read as one, since one of their words alone means something else: hay
fever is not a fever, a heart rate is no heart attack, a brain aneurysm no aortic one; and pain
that comes back every month keeps to a monthly cycle, though a month alone says nothing (filler),
and a "cycle" may be a bike's or a menstrual one (phrases.py reads "each month", "monthly"
so); night sweats are no sweating a lot in the heat, and morning sickness no morning
stiffness."""

BODY_PARTS = frozenset(
    """
back spine neck head face jaw teeth tooth eye eyes ear ears throat chest breast breasts rib ribs
shoulder shoulders arm arms elbow elbows wrist wrists hand hands finger fingers thumb thumbs hip
hips pelvis buttock buttocks leg legs thigh thighs knee knees calf calves shin shins ankle ankles
foot feet heel heels toe toes sternum breastbone collarbone knuckle knuckles metatarsal
metatarsals tibia fibula femur humerus clavicle scaphoid
""".split()
)
"""Parts of the body, as people name them: a query that names some but none of those most of the
catalogue's causes name is about somewhere else, and is answered only by what is said of those
parts; by nothing at all when the catalogue's causes rarely name them (elsewhere.mark_elsewhere)."""

FILLER_WORDS = """
    a about after again ago all also always am an and any anything are as at be because been
    before being bit but by can cannot cant could did do does doing dont during each even ever
    every for from get gets getting got had has have having he her here him his how i if im in into
    is it its ive just know lot lots may maybe me might mine more most much my never no not of off
    often on onto or other our ourselves out over please really she should since so some something
    sometimes still than that the their them then there these they thing things think this those
    though to too up us very was we were what whats when where which while who whom why will with
    would you your yours yourself myself without take takes taking took few couple
    anyone anybody someone somebody everyone help helps advice question questions
    best good bad worst better normal common possible likely okay ok high really
    treat treatment treatments cure cures relief relieve remedy remedies exercise exercises
    stretch stretches fix fixes heal healing recover recovery manage
    doctor doctors dr gp physio see seeing tell told say says said
    pillow pillows mattress mattresses chair chairs brace braces belt shoe shoes
    husband wife son daughter mom mum dad mother father child children kid kids boyfriend
    girlfriend friend partner grandma grandmother grandpa grandfather year years old yr yo
    day days week weeks month months today yesterday now lately recently went fine barely
    monday tuesday wednesday thursday friday saturday sunday weekend mon tue tues wed thur thurs fri
    hi hello hey dear yes yeah due problem problems issue issues factor factors role
    develop develops developed developing
    medication medications medicine medicines meds especially including little
    stop stops stopped stopping within past show shows showed showing shown end ends ended
    related relate relates
    anybody else experience experienced anyone thanks
    cause causes caused causing reason reasons explain explained mean means meaning
    wonder wondering worried worry worrying concerned sign signs feel feels feeling felt
    happen happens happening happened together going through properly look looks looking looked
    once syndrome people start starts started starting began begin begun health mid middle
    shes hes theyve theyre youre weve grand
"""
"""Question and context words: they say nothing about which cause a query is about.

Words that many causes share ("back", "pain", "leg") are not listed: their weight comes from
the catalogue itself, from how many causes hold them.
"""
