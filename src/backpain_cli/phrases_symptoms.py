"""Everyday and shorthand phrases for how the urgent signs show, read as the words the signs use:
data, edited here.

"my waterworks have packed up" is a loss of bladder control, "teeth chattering" shivering, "my
leg keeps buckling" a leg giving way, "I'm in labour" contractions, "hx breast ca" a history of
cancer; and what only looks like a sign is read as what it is: a temperature of 37.2 that is
normal, a pain that eases when lying down, numb legs wearing off after an epidural. Part of
phrases.PHRASES, whose keys are read as phrases.py says.
"""

from __future__ import annotations

_WHO = (
    r"(?:friend|mum|mom|mother|mam|dad|father|sister|brother|aunt|auntie|uncle|nan|nana|gran|"
    r"granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|cousin|colleague|"
    r"neighbour|neighbor|husband|wife|partner)s?"
)
_WEIGHT = r"(?:a|one|two|three|four|five|\d+) ?(?:stones?|kgs?|kilos?|kilograms?|lbs?|pounds)"

SYMPTOM_PHRASES = {
    # a fall feared is none yet ("worried she might fall", "scared of falling"; not "I might fall
    # asleep")
    r"(?:(?:scared|afraid|frightened|terrified|fear|fearful|wary) of (?:falling|a fall|falls|"
    r"having a fall)|(?:might|could|may|will|would|shell|hell|theyll|youll|going to|gonna) "
    r"(?:fall|have a fall|take a fall)(?! (?:asleep|pregnant|apart|ill|sick|behind|for)\b)|"
    r"in case (?:i|he|she|they|you|we) (?:falls?|has a fall))": "safety tips",
    # a toddler wetting himself while learning to use the potty has no bladder sign
    r"(?:potty|toilet) ?train(?:ing|ed|s)?(?: \w+){0,6}? (?:wetting|wets|wet|soiling|soils|soiled|"
    r"accidents?)(?: (?:himself|herself|themselves|themself))?|(?:wetting|wets|soiling|soils|"
    r"having accidents)(?: (?:himself|herself|themselves))?(?= (?:\w+ ){0,5}?(?:potty|toilet) ?"
    r"train)": "potty training",
    # a bladder or bowels that have given up have lost their control (not "the bladder infection
    # has gone", which says nothing of control)
    r"(?:bladder|bowels?|waterworks)(?: (?:has|have|is|are|just|completely|totally))* (?:gone|"
    r"packed up|packed in|stopped working|given up|gave up|given out|gave out|failed|not "
    r"working|isnt working|arent working)": "loss of bladder control",
    # legs that do not work, buckle or feel like someone else's are weak or numb
    r"legs (?:dont|wont|do not|will not|wouldnt|arent|are not) (?:work|working)(?: properly| "
    r"right| at all)?": "legs weak",
    r"leg (?:doesnt|wont|does not|will not|wouldnt|isnt|is not) (?:work|working)(?: properly| "
    r"right| at all)?": "leg weak",
    r"(?:keeps? |kept |keep on |is |are )?(?:buckling|buckled|buckles|buckle)": "weakness",
    r"(?:can|could) (?:barely|hardly|not|no longer|only just) (?:lift|raise|move) (?:my|his|her) "
    r"(?:foot|feet|leg|legs|toes)": "weakness",
    # wetting oneself is the loss of control itself; a weak stream is trouble with the flow
    r"(?:wet|wets|wetting|soiled|soiling) (?:myself|himself|herself|themselves|themself)": (
        "loss of bladder control"
    ),
    r"weak (?:urine )?(?:stream|flow)": "trouble with the flow of urine",
    r"(?:can|could) (?:barely|hardly|only just|just about) (?:walk|stand up|stand)": "cant walk",
    r"legs (?:feel|felt) like (?:they|theyre) (?:dont|do not|didnt|did not|arent|are not) "
    r"(?:belong|belonging) to (?:me|him|her)": "legs numb",
    # numb legs from an epidural wearing off, or a numb bum from hours on a hard seat, are not
    # the signs' numbness
    r"numb(?:ness)?(?: \w+){0,3}? (?:wearing|wore|worn) off": "anaesthetic wearing off",
    r"numb (?:bum|bottom|butt|backside|behind)(?= (?:\w+ ){0,4}?(?:sitting|sat|chairs?|seats?|"
    r"bench|bleachers|hours)\b)": "sore from sitting",
    # legs that ache after a hike or a run are tired muscles, stiff legs no sign of both legs
    r"legs?(?: \w+){0,2}? (?:ache|aching|achy|sore|stiff|tired|heavy)(?: \w+){0,3}? (?:after|from) "
    r"(?:a |the |my |that |all (?:the |that )?)?(?:long |big |hard |tough )?(?:hike|hiking|walk|"
    r"walking|run|running|marathon|half marathon|race|workout|gym|leg day|squats|training|cycle|"
    r"cycling|bike ride|ride|match|game|drive|driving)\b": "tired muscles",
    r"legs (?:are |feel |a )?(?:\w+ ){0,2}?stiff both of them|both legs (?:are |feel )?(?:a bit |"
    r"quite |very |so )?stiff": "stiff legs",
    # a fever in other words: hot to the touch, teeth chattering, hot and cold at once
    r"(?:hot|burning|boiling) to (?:the )?touch": "feverish",
    r"teeth (?:are |were |keep |kept )?chattering|chattering teeth": "shivering",
    r"(?:hot|boiling) (?:body |all over )?and (?:cold|freezing|shivery|shivering) at (?:the )?same "
    r"time": "hot and shivery",
    r"(?:very|really|so|extremely) hot and (?:sleepy|drowsy|confused|shaky|clammy)|(?:she|he|shes|"
    r"hes|im|i am|i feel|baby|grandma|grandad|mum|mom|dad)(?: is| was| feels| felt| seems)? "
    r"(?:very|really|so|extremely|burning) hot\b(?! (?:weather|day|today|outside|in here|room|bath|"
    r"shower|water))": "feverish",
    # a temperature said to be normal is no fever ("temp was 37.2 so normal")
    r"(?:temp|temperature)(?: was| is| of| reading)? (?:3[5-7]|3[5-7]\d|9[5-8]|9[5-8]\d)(?:c|f)?"
    r"(?: \w+){0,3}? normal": "no fever",
    # a fever long past, or mistaken, is none now
    r"(?:a |the )?(?:fever|temperature|temp|flu)(?: \w+){0,2}? (?:last (?:month|year)|(?:months|"
    r"years|ages) ago|as a (?:child|kid|baby|teenager))": "an old illness",
    r"(?:thought|think|thinking) (?:i|he|she) (?:had|have|might have|was running) (?:a )?(?:fever|"
    r"temperature|temp)(?= (?:\w+ ){0,3}?(?:but|turned out|turns out)\b)|(?:dont|do not|didnt) "
    r"think (?:i|he|she) (?:have|has|had|got) (?:a |any )?(?:fever|temperature|temp)": "no fever",
    # pregnancy: blood when wiping, pink discharge, waters trickling, labour
    r"(?:blood|bleeding|spotting|bled)(?: \w+){0,2}? when (?:i|she|you) (?:wipe|wiped|wipes|"
    r"wiping)": "bleeding",
    r"(?:pink|brown|bloody|red) discharge": "bleeding",
    r"waters? (?:are |is |keeps? |has been |have been )?(?:trickling|leaking|dripping|gushing|"
    r"coming out)|leaking (?:water|fluid|liquid) (?:from )?down there": (
        "fluid leaking from the vagina"
    ),
    r"(?:im|i am|she is|shes|wife is|gone|going|went|think im|might be|could be|may be) (?:in|"
    r"into) (?:early |active )?labou?r": "pregnant with contractions",
    r"(?:[4-9]|[1-3]\d|4[0-2])wks?": "weeks",  # "pregnant 28wks"
    # a history of cancer in other words: "used to have", the clinician's "hx ... ca"
    r"used to have(?= (?:\w+ ){0,2}?(?:cancer|lymphoma|leukaemia|leukemia|melanoma|myeloma|"
    r"sarcoma|carcinoma|tumou?rs?)\b)": "had",
    r"hx(?: of)?(?= )": "history of",
    r"(?:breast|lung|bowel|prostate|colon|colorectal|kidney|skin|ovarian|thyroid|bladder) ca\b": (
        "cancer"
    ),
    r"lbp": "low back pain",
    # someone else's cauda equina is no sign of one's own
    _WHO + r" (?:had|has|got|was diagnosed with) (?:cauda equina(?: syndrome)?|ces)\b": (
        "someone else"
    ),
    # a chest that feels heavy or sat on is chest pressure; falling on the ice is "going flying"
    r"chest (?:feels |is |felt |was |feeling )?(?:heavy|tight|crushed)|(?:heaviness|crushing|"
    r"squeezing) (?:in|on) (?:my|her|his|the) chest|(?:someone|something|an elephant) (?:is )?"
    r"(?:sitting|standing) on (?:my|her|his) chest": "chest pressure",
    r"went flying(?= (?:on|off|over|down|across|into)\b)": "fell",
    # a lump on a pet, in a mattress, a car accident seen, a doctor asking about cancer: no sign
    r"(?:dog|cat|horse|pet|puppy|kitten)s?(?: \w+){0,3}? (?:lump|lumps|bump|bumps|swelling)": (
        "pet health"
    ),
    r"(?:mattress|pillow|bed|sofa|couch|chair|seat|cushion)(?: \w+){0,2}? (?:has|with|got) "
    r"(?:a |an )?(?:big |hard |small )?(?:lump|lumps|bump|bumps)": "lumpy mattress",
    r"(?:saw|seen|witnessed|passed|drove past|watching|watched) (?:a |an |the )?(?:\w+ )?(?:car )?"
    r"(?:accident|crash|collision|pile ?up)": "a scene",
    r"(?:asked|ask|asking|asks) (?:me )?(?:if|whether) (?:i|id|ive|i had|i have)(?: \w+){0,3}? "
    r"cancer": "a screening question",
    # a back more bent than before, a hump getting worse, a back that looks curved lately has
    # changed shape
    r"(?:back|spine) (?:is |has |has got |seems )?(?:more )?(?:bent|curved|hunched|stooped|"
    r"rounded) (?:more )?(?:than (?:before|it was|it used to be|ever|last year)|lately|recently)|"
    r"(?:hunchback|hunch|hump|stoop|curve|curvature)(?: is| has)? (?:getting|got|gotten|becoming|"
    r"become) (?:worse|bigger|more (?:noticeable|obvious|pronounced))|(?:back|spine) (?:looks|"
    r"seems|is looking|has become|has gone|is getting|looks a bit) (?:\w+ )?(?:curved|crooked|bent|"
    r"hunched|stooped|twisted)": ("a change in the shape of the back"),
    r"(?:lost|dropped) (?:my |his |her )?appetite and (?:about |nearly |over )?" + _WEIGHT: (
        "lost weight"
    ),
    # a pain that eases when lying down is getting better, not one that does not ease; a pain
    # worse in the morning is a morning one, not one at night; nothing new is no new pain
    r"(?:eases?|eased|easing|better|improves?|improving|goes away|settles?|relieved)(?: \w+){0,2}?"
    r" (?:when|if|once|after|as soon as) (?:i|he|she|you) (?:lie|lay|lying|laying) down": (
        "getting better"
    ),
    r"worse (?:in|first thing in) the mornings?": "worst in the morning",
    # worse lying down is worse lying in bed (the sacroiliitis card's words), not the pain that
    # eases lying down flat
    r"worse (?:when|while|if|after) (?:i |you )?(?:lie|lay|lying|laying)(?: down)?": (
        "worse lying in bed"
    ),
    r"nothing (?:new|has changed|changed)": "unchanged",
}
