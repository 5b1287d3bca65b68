"""Everyday phrases, read as the words the cards use for the causes: data, edited here.

"slipped on the ice" is a fall, "I weigh 400 pounds" is overweight, "text neck" is a neck hunched
over a phone, "a DEXA scan" the bone density test for osteoporosis. Part of phrases.PHRASES, whose
keys are read as phrases.py says.
"""

from __future__ import annotations

CAUSE_PHRASES = {
    # weight lost or dropped, not kidney stones; a stone is 14 lb
    r"(?:lost|losing|lose|dropped|dropping|shed|shedding) (?:about |around |nearly |almost |over )?"
    r"(?:a|one|two|three|four|five|\d+)\s?(?:stones?|kgs?|kilos?|kilograms?|lbs?|pounds)": (
        "lost weight"
    ),
    # a body weight that only a very heavy adult has (not a load lifted: "deadlift 300 lbs"; 18
    # stone is about 114 kg, no kidney stones: "I weigh 25 stone"); a
    # weight loss wished for by a heavy person
    r"(?:weighs?|weighed|weighing|(?:tip|tips|tipped|tipping) the scales? at) (?:about |around "
    r"|over |nearly |almost )?(?:2[5-9]\d|[3-9]\d\d)(?:\s?(?:lbs?|pounds))?|"
    r"(?:i am|im|i was|been|he is|hes|he was|she is|shes|she was|weighs?|weighed|weighing) "
    r"(?:about |around |over |nearly |almost )?(?:(?:2[5-9]\d|[3-9]\d\d)\s?(?:lbs?|pounds)|"
    r"(?:1[2-9]\d|[2-4]\d\d)\s?(?:kgs?|kilos?|kilograms?)|(?:1[89]|[2-5]\d)\s?(?:stones?|st))|"
    r"(?:to|until i|before i|must|gotta|should) lose (?:about |around |over |at least )?"
    r"(?:[3-9]\d|[1-2]\d\d)(?:\s?(?:lbs?|pounds|kgs?|kilos?|kilograms?|stones?))?": "overweight",
    # weight put on is weight gained ("put on a lot of weight"), not a load put on the back
    r"(?:gained|gain|gains|gaining|(?:put|puts|putting) on) (?:about |around |nearly "
    r"|almost |over )?(?:a|one|two|three|four|five|\d+)\s?(?:stones?|kgs?|kilos?|kilograms?|lbs?|"
    r"pounds)": "gained weight",
    r"(?:put|puts|putting) on(?= (?:\w+ ){0,5}?(?:weight|pounds|lbs|kilos|kgs|"
    r"stones?)\b)": "gained",
    # a person who is too heavy, or whose back hurts because of their weight, is overweight (not
    # "a heavy box", "because of the weight of the baby")
    r"(?:im|i am|i was|i m|being|he is|she is|hes|shes) (?:this|so|too|very|really|way too) heavy|"
    r"(?:because of|due to) (?:my|his|her|this|all this|all my|their) (?:extra |excess )?"
    r"weight": "overweight",
    r"(?:[1-9]|1[01])\s?(?:years?|yrs?)\s?old|(?:[1-9]|1[01])\s?yo": "child",  # "my 6 year old"
    r"(?:son|daughter|boy|girl|kid|child|grandson|granddaughter) (?:is |who is |aged )?"
    r"(?:[1-9]|1[01])(?! ?(?:months?|weeks?|days?|hours?|times?))": "child",  # "my son is 8"
    r"(?:got |been |was )?(?:\w+ly )?(?:hit|kicked|punched|struck) (?:in|on) (?:the|my) "
    r"(?:(?:lower|upper|mid|middle|left|right|side|of|my|the|small|part|area) ){0,5}"
    r"(?:back|spine)": (
        "a blow to the back"  # "kicked in my lower left side of my back"
    ),
    # someone reaching down or over for something makes an awkward reach (pain reaching down to
    # the foot is no movement)
    r"(?:i|he|she|we|they|was|were|when|while|after) (?:reach|reached|reaching) (?:down|over|up|"
    r"across|out)\b": "awkward reach",
    # "picked up my toddler", "bent over to pick something up"
    r"(?:pick|picks|picking|picked)(?: (?:something|it|them|him|her|things?|stuff|my \w+|the "
    r"\w+|a \w+))? up\b": "lift",
    # weeks of a pregnancy: "I'm 34 weeks", "I'm going on 32 weeks" (not "3 weeks into physio",
    # "6 weeks out"; "at 18 weeks" alone is as often a question about a pregnancy, not about pain)
    r"(?:(?:im|i am|currently|almost)(?: going on| coming on| nearly| about| now)?|coming on|going "
    r"on) (?:[5-9]|[1-3]\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|now|later|off|before|from))": "pregnant",
    # "11w4d", "32w 5d": weeks and days, the way a pregnancy is counted
    r"(?:[4-9]|[1-3]\d|4[0-2])(?:w0d|w1d|w2d|w3d|w4d|w5d|w6d)\b": "pregnant",
    # "at 30 weeks" is a pregnancy's when the pain is in the back or the pelvis: "pain in my pelvis
    # by 32 weeks", "back pain at 35 weeks"
    r"(?:at|by|around|about) (?:2\d|3\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|later|off|before|from))"
    r"(?=.*\b(?:pelvis|pelvic|back|hips?|pubic|groin|tailbone)\b)": "pregnant",
    r"pains? (?:at |by |from )?(?:at|by|around|about) (?:2\d|3\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|later|off|before|from))": "pain pregnant",
    # whether something is normal at so many weeks ("is it normal at 11 weeks"): a pregnancy's
    # way of counting
    r"(?:is it|is this|is that|its|it is) normal (?:at|by) "
    r"(?:[4-9]|[1-3]\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|later|off|before|from))": "pregnant",
    # "I'm expecting" is pregnant; "what to expect", "expecting it to ease" are not
    r"(?:im|i am|were|we are|she is|shes|wife is|girlfriend is|partner is|currently|while) "
    r"expecting(?! (?:to|it|that|this|them|him|her|the|results?|more|much|a lot)\b)": "pregnant",
    # joints, disks and bones worn out are worn down, not a person worn out (tired)
    r"worn(?:\s?out| down| away)"
    r"(?= (?:joints?|disks?|discs?|spine|bones?|cartilage|vertebrae)\b)": "worn down",
    # a pregnant belly is a bump, no "abdominal pregnancy" (a pregnancy outside the womb)
    r"pregnan(?:t|cy) (?:belly|bump|tummy|stomach|abdomen)": "pregnancy bump",
    # plagued by pain is troubled by it (no plague); pain that is depressing gets someone down
    r"plagued (?:by|with)": "troubled by",
    r"depressing": "upsetting",
    # an osteophyte is the radiologist's bone spur
    r"osteophytes?|osteophytic": "bone spurs",
    # a big belly is weight carried around the belly (not a big stomach ache)
    r"(?:(?:large|big|fat|huge|round|heavy) (?:belly|stomach|abdomen|tummy|gut)|(?:beer|pot) "
    r"(?:belly|gut)|belly fat|(?:belly|stomach|tummy|gut) (?:is|has got|has gotten|got|gets|is "
    r"getting) (?:so |much |a lot |way )?(?:bigger|fatter))"
    r"(?! (?:ache|aches|pain|pains|cramps?|bug|upset)\b)": "belly fat",
    # between the shoulder blades is the upper back: where it hurts, not a shoulder blade that
    # sticks out (scoliosis)
    r"between (?:my |the |your |his |her |both )?shoulder\s?blades?": "in the upper back",
    r"shoulder\s?blades? (?:pain|ache|aches|aching)|(?:pain|ache|aching) (?:in|under|around|near|"
    r"by|behind) (?:my |the |your |his |her )?(?:right |left )?shoulder\s?blades?": (
        "upper back pain"
    ),
    # the middle of the back, not the centre of a disk
    r"(?:center|centre|middle) (?:part |area |section )?of (?:my |the |his |her )?back": "mid back",
    # sitting wrong is sitting slouched (poor posture's words)
    r"(?:sitting|sit|sat|sits) (?:wrong|wrongly|incorrectly|funny|badly|awkwardly|improperly)": (
        "sitting slouching"
    ),
    r"(?:long )?car (?:trips?|rides?|journeys?)|road trips?": "long drive",
    # working from home is working at a desk at home, whatever the desk
    r"(?:work|works|working|worked) (?:from|at) home|wfh|home office": "at a desk",
    # working at a computer is time at a screen, not heavy physical work
    r"(?:work|works|working|worked) (?:on|at|in front of) (?:my |the |a |his |her )?"
    r"(?:computers?|laptops?|pcs?|screens?|desks?)": "at a computer desk",
    # a laptop on a low table or in bed is a laptop hunched over
    r"(?:work|works|working|worked|typing|studying) (?:from|at|on|in) (?:my |the |a )?(?:coffee "
    r"table|kitchen table|dining table|bed|sofa|couch)": "hunched over a laptop",
    # brittle bones are the everyday name of osteoporosis (the warning sign names osteoporosis)
    r"brittle bones?": "osteoporosis",
    # pain everywhere is pain all over ("my whole body aches", "sore everywhere")
    r"everywhere|(?:my |the |your )?(?:whole|entire) body|from head to (?:toe|toes|foot|feet)": (
        "all over the body"
    ),
    # how a pain feels, in the words people use: "like a knife" stabs, "on fire" burns
    r"(?:go|goes|going|went|gone) under the knife": "surgery",  # not a stabbing pain
    r"knife|knives|dagger": "stabbing",
    r"(?:feels?|felt|feeling|been|is|was|are|were|like) on fire": "burning",
    # "brain fog" is fibromyalgia's fibro fog in everyday words (University Hospitals Bristol NHS)
    r"brain\s?fog(?:gy|ged)?": "fibro fog",
    # "everything hurts"; a pain that moves "from body part to body part", "around my body"
    r"everything (?:hurts?|hurting|aches?|aching|is sore|was sore)": "all over the body hurts",
    r"(?:jumps?|jumping|moves?|moving|travels?|travell?ing|wanders?|wandering|migrates?|migrating)"
    r" (?:around (?:my |the |his |her |your )body|from (?:one )?(?:body part|part of (?:my |the "
    r"|his |her |your )?body|joint|place|spot) to (?:another|the next|body part|joint|place|"
    r"spot))": "all over the body",
    r"(?:lift|lifts|lifting|lifted) weights|weight\s?lifting|dead\s?lifts?|dead\s?lifting": (
        "heavy lifting"  # lifting weights in a gym: not body weight
    ),
    r"(?:lock|locks|locking|locked) up": "seized up",  # "my back locked up"
    # bones that crumble are brittle; a Harrington rod straightens a scoliosis curve; an
    # enlarged facet joint is the radiologist's word for its arthritis
    r"(?:bones?|spine|vertebrae) (?:is |are )?crumbling|crumbling (?:bones?|spine|vertebrae)": (
        "brittle weak bones"
    ),
    r"harrington rods?": "rods for scoliosis",
    # a hernia of the back is a herniated disc in many people's words ("lumbar hernia" is how
    # it is said in Spanish, Italian, Russian...), not a hernia of the belly or groin
    r"(?:lumbar|spinal|[s]pine|disc|disk|vertebral|intervertebral|l\d ?s?\d?) hernias?|"
    r"hernias? (?:in|of|on) (?:my |the |his |her |a )?(?:lower |low )?"
    r"(?:[b]ack|[s]pine|disc|disk|lumbar|vertebrae?)": "herniated disk",
    # a pain that gets better with exercise loosens up with movement (filler alone: "exercises
    # for sciatica")
    r"(?:gets? |[g]ot |is |was |[f]eels? )?(?:better|improves?|improved|improving|eases?|eased|"
    r"easing) (?:a lot |a bit |somewhat )?(?:with|[a]fter|by|when i|once i|as i) (?:get )?(?:some "
    r"|a bit of |regular |gentle )?(?:exercise|exercising|exercises|[m]oving|[m]ovement|"
    r"[m]oving around|activity|"
    r"being active|a walk|walking|walk|stretching|stretches)": "loosening up with movement",
    # the weeks after a baby is born, in the words of the pregnancy card (not in the names of
    # other conditions of those weeks: postnatal depression)
    r"(?:post ?partum|post ?natal(?:ly)?)(?! (?:depression|psychosis|ha?emorrhage|[b]leeding|"
    r"thyroiditis|pre ?eclampsia|eclampsia|cardiom[y]opathy|anxiety|blues)\b)|"
    r"[a]fter (?:the |my )?(?:delivery|[c]hildbirth|c ?section|caesarean|cesarean)|[a]fter "
    r"(?:having|delivering|giving birth to) (?:my |the |a |our )?(?:baby|son|daughter|twins|"
    r"little one)|[a]fter giving birth": "after the birth",
    # what people were doing when a back muscle went, in the words of the strain card: moving
    # furniture or house is heavy lifting, shovelling is lifting and bending,
    # gardening is bending over, a workout is sport
    r"(?:move|moves|moved|moving|shift|shifted|shifting) (?:some |heavy |the |a |my |our )?"
    r"(?:furniture|[s]ofa|[c]ouch|fridge|wardrobe|dresser|piano|boxes|house|[h]ome|flat|apartment)|"
    r"helping (?:\w+ ){0,3}move\b|(?:lift|lifts|lifting|lifted|carry|carries|carrying|carried) "
    r"(?:a |an |the |some |my |our |his |her |heavy |big |large |full )*(?:boxes|box|crates?|"
    r"bags?|suitcases?|sacks?|buckets?|shopping|groceries|logs|bricks|tyres?|tires?|luggage)\b": (
        "lifting heavy"  # "lifting a box", "carrying the shopping"
    ),
    r"shovel(?:l?ing|l?ed|s)?": "lifting and bending",
    r"gardening|weeding": "bending over",
    r"work ?outs?|working out": "sport",
    # "do I need ..." and "need to take ..." ask what to do, as "should" does; a need to pee
    # stays a need
    r"(?:do|does|did|will|would|should|might) (?:i|you|we|he|she|they|it) (?:really |still |even )?"
    r"needs?|needs? to (?:take|have|get|see|know|be)": "should",
    # "I may or may not have endometriosis" is unsure, no denial
    r"may or may not (?:have|be)": "may have",
    # pain that comes back each month comes back every month, one word (lexicon.COMPOUNDS)
    r"(?:each|once a|once every) month|month after month|monthly": "everymonth",
    # a charley horse is a muscle cramp, a sudden tightening of a muscle that will not let go
    # (Mayo Clinic, "Muscle cramp": mayoclinic.com/health/muscle-cramp/DS00311)
    r"charl(?:ey|ie|y) ?horses?": "muscle spasm",
    # a period of rest is no monthly period: "long periods of inactivity" are a long time resting
    r"(?:long )?periods? of (?:inactivity|rest|resting)": "a long time resting",
    # burning or stinging when peeing, or a pee that hurts, is one thing, dysuria, not a burning
    # pain: "burning pain in my back and side" is no kidney infection's "first burning when
    # peeing"
    r"(?:burn(?:s|ing)?|sting(?:s|ing)?|hurts?|hurting|pain(?:ful)?)(?: or (?:burn(?:s|ing)?|"
    r"sting(?:s|ing)?|pain))?(?: sensation| feeling)? (?:when|while|as|after|to) (?:i |you |she |"
    r"he |we |they )?(?:pee|pees|peeing|wee|weeing|urinate|urinates|urinating|pass urine|"
    r"passing urine)|(?:peeing|urinating|urination|pee|wee|urine) (?:that )?(?:burns?|burning|"
    r"stings?|stinging|hurts?)|(?:burning|stinging|painful) (?:urination|peeing|pee|wee)": (
        "dysuria"
    ),
    # long periods of time are a long time, no monthly period ("sitting for long periods")
    r"(?:long|longer|extended|prolonged|lengthy) periods?(?: of time)?|"
    r"(?:for|over) (?:a |some |any )?periods? of time": "a long time",
    # "by the end of the night" is late in a day on one's feet, no pain at night
    r"(?:by|at|towards?|until|near) (?:the )?end of (?:the |my |a )?(?:day|night|evening|shift)": (
        "later on"
    ),
    # "it turns out" tells what was found, as "so" does, not a turn of the back
    r"(?:it )?(?:turns|turned) out": "so",
    # a back that will not stand up straight after a strain is hard to straighten up (MedlinePlus,
    # "Low back pain - acute", on the strain and sprain cards)
    r"(?:stand|stands|standing|stood) (?:up )?straight|straighten(?:ing)? (?:up|to standing|(?:my "
    r"|his |her |the )?(?:[b]ack|waist))": "straighten up",
    # the right-hand side is the right side, no hand
    r"right ?hand sides?": "right side",
    r"left ?hand sides?": "left side",
    # degenerative disc disease, and degenerative changes in the spine, are osteoarthritis of the
    # spine (Mayo Clinic Health Information, "Degenerative changes in the spine: Is this
    # arthritis?", syndicated at stclair.org/services/mayo-clinic-health-information/article/
    # ABT-20328126); DDD is its abbreviation. (A degenerative scoliosis stays a scoliosis.)
    r"ddd|degenerative dis[ck] dis[e]ase|(?:degenerative|degenerating|degenerated) (?:(?:lumbar|"
    r"spinal|[s]pine) )?(?:dis[ck]s?|[s]pine|changes in (?:my |the |his |her )?(?:lumbar |low |"
    r"lower )?(?:[s]pine|[b]ack))|(?:dis[ck]|[s]pine|spinal|lumbar) degeneration|degeneration "
    r"(?:of|in) (?:my |the |his |her )?(?:dis[ck]s?|[s]pine|lumbar [s]pine|lower [b]ack|[b]ack)|"
    r"(?:dis[ck]s?|[s]pine) (?:is |are )?degenerating": "spinal osteoarthritis",
    # fibromyalgia's "tender points" are the card's tender spots
    r"tender points?": "tender spots",
    # a dowager's hump is the stoop of an older person's back (osteoporosis's words); a hump at
    # the top of the back is a rounded, hunched upper back
    r"(?:dowagers?|widows?) hump": "stooped hunched back in an older person",
    r"hump (?:on|in|at) (?:my|his|her|the|their) "
    r"(?:upper |top of (?:my |his |her |the )?)?[b]ack": "hunched rounded upper back",
    # screen time is hours at a phone or a computer (poor posture's words)
    r"screen ?time|screens": "hours hunched over a phone or computer",
    # pain that goes down a leg spreads down it (no kidney stone's pain that "comes and goes")
    r"(?:goes|go|going|went) down(?= (?:my|his|her|your|the|to|into|past|both|one|each)\b)": (
        "spreads down"
    ),
    # slippage is what a vertebra does in spondylolisthesis ("a grade II, 25% slippage")
    r"(?:vertebral |forward )?slippage": "slipped vertebra",
    # peeing often: the kidney cards' "needing to pee often" ("frequent urination")
    r"(?:frequent|frequently|constant|constantly|increased) (?:urination|urinating|peeing|weeing|"
    r"need to (?:pee|urinate|wee))|(?:urinating|peeing|weeing|pee|wee|urinate) (?:a lot|all the "
    r"time|more often|frequently|constantly|every (?:hour|\d+ (?:minutes|mins)))": (
        "needing to pee often"
    ),
    # an office is a desk's place; a day there is a day at a desk
    r"(?:at|in) (?:the|an|my|his|her|your) office(?! chairs?)|office (?:jobs?|work|workers?)|desk "
    r"jobs?": "at a desk",
    r"facet (?:joint )?(?:hypertrophy|hypertrophic changes|degeneration)": "facet arthropathy",
    # weight that someone would lose, or wonders whether losing it would help, is weight they
    # carry ("will losing weight help my back"), not the weight loss that is a warning sign;
    # surgery to lose weight is for obesity
    r"(?:will|would|does|do|did|can|could|should|might|if (?:i|you|we|he|she)|to|help me|helps?"
    r" you) (?:\w+ )?(?:lose|losing|lost|shed|shedding|drop|dropping) (?:some |the |my |your |a "
    r"bit of |a little |a lot of |a few |extra |excess |the extra |belly |body )?(?:weight|pounds|"
    r"lbs|fat|kilos|kgs)|weight ?loss(?= (?:\w+ ){0,2}?(?:help|helps|fix|fixes|reduce|reduces|"
    r"improve|improves|relieve|relieves|ease|eases|cure|cures|surgery|operation|op)\b)|"
    r"gastric (?:bypass|sleeve|band)|lap ?band|bariatric surgery|stomach stapling|"
    # weight someone lost, and with it the back pain: weight they had carried
    r"(?:when|after|since|once) (?:i|he|she|we|they) (?:lost|shed|dropped) (?:some |the |a lot of "
    r"|a bit of |the extra |extra |excess )?(?:weight|pounds|lbs|kilos|kgs)": "overweight",
    # a diskectomy takes out the damaged part of a herniated disk (Mayo Clinic, "Diskectomy":
    # mayoclinic.org/tests-procedures/diskectomy/basics/definition/prc-20013864)
    r"(?:micro ?)?dis[ck]e?c?tom(?:y|ies)": "herniated disk surgery",
    # treatments and tests that name what they are for: shock wave lithotripsy breaks up kidney
    # stones (Mayo Clinic, mayo.edu/research/departments-divisions/department-urology/kidney-
    # stones); a laminectomy eases pressure from bone spurs of arthritis (Mayo Clinic,
    # mcmapp.mayoclinic.org/sharing/Content/procedures?id=PRC-20394519); a DEXA scan and its
    # T-score are the bone density test for osteoporosis (Mayo Clinic Health Letter, "I've never
    # had a fracture. Do I need a bone density test?", the osteoporosis card's mayo-letter)
    r"(?:shock ?wave )?lithotripsy|eswl": "kidney stones treatment",
    r"laminectom(?:y|ies)": "surgery for spinal stenosis",
    r"d ?e?xa (?:bone )?(?:scans?|tests?|results?)|d ?e?xa|t ?scores?": (
        "bone density test for osteoporosis"
    ),
    # the ribs that stand out on one side of a twisted spine; a curve measured in degrees
    r"rib (?:hump|humps|prominence)": "ribs stick out on one side",
    r"\d+ ?(?:degrees?|deg) (?:curve|curves|curvature|scoliosis)|(?:curve|curvature) of \d+ ?"
    r"degrees?": "spine curves sideways",
    # a neck bent over a phone, hours of games or television: time hunched over a screen (a
    # gaming chair is a chair)
    r"(?:text|tech) neck": "neck hunched over a phone",
    r"(?:video |computer |pc |console |online )?gam(?:ing|ers?)(?! chairs?\b)|"
    r"(?:playing |play |plays )?(?:video|computer) games|"
    r"binge ?(?:watch|watches|watching|watched)": "computer",
    r"(?:cell|cellular|mobile|smart) ?phones?": "phone",  # a cell phone is no cell of the body
    # pain that shot down a leg is shooting pain (not a shot, a jab; a fever that shot up rose)
    r"shot(?= (?:straight |right )?(?:down|through|into|across|along)\b)": "shooting",
    # "as we age" is getting older (not an age in years)
    r"(?:as|when|while) (?:we|you|i|they|people|one|he|she|women|men|our \w+) (?:age|ages)\b": (
        "getting older"
    ),
    # a decade of later life is older age ("back pain in your 70s", "in my late sixties"), and
    # still an age (the warning sign of back pain new after about 50)
    **{
        rf"in (?:my|your|his|her|their|our|the) (?:late |early |mid )?(?:{n}0s|{word})\b": (
            f"older age {n}0s"
        )
        for n, word in ((6, "sixties"), (7, "seventies"), (8, "eighties"), (9, "nineties"))
    },
}
