"""Everyday phrases, read as the words the catalogue uses: data, edited here, not in code.

"slipped on the ice" is a fall, "I weigh 400 pounds" is overweight, "tingly down there" is
numbness in the private parts. Each key is a regular expression over normalised text (lower
case, no punctuation; a space stands for one or more); text.py applies them to the catalogue and
to queries alike, and the warning signs read them too (signs.py).
"""

from __future__ import annotations

PHRASES = {
    # numbness that passed as soon as someone stood up is a limb that went to sleep, no sign
    r"(?:numb|tingly|tingling|dead|pins and needles)(?=(?: \w+){0,12} (?:fine after|went away|goes "
    r"away|comes back|came back|as soon as i (?:stand|stood|got up|get up|got out|walked)|after a "
    r"minute|straight away))": "asleep",
    # an injury, a fall or a crash of years ago, healed, is no new injury
    r"(?:car (?:crash|accident)|crash|accident|injury|fall|fell)(?=(?: \w+){0,4} (?:\d+|many|"
    r"several|two|three|four|five|six|ten|twenty) (?:years?|yrs) ago)": "long ago",
    # a relative's fever is someone else's, unless the back pain is theirs too ("his back")
    r"(?:mum|mom|mother|dad|father|sister|brother|husband|wife|partner|son|daughter|friend|"
    r"kids?)s? "
    r"(?:(?:had|has|got|is running|was running|ran) (?:a )?(?:high )?(?:fever|temperature|temp)|"
    r"(?:fell|had a fall|came) off (?:his|her|their) (?:bike|scooter|horse|skateboard))"
    r"(?!.*\b(?:her|his|their) (?:low |upper |mid |middle )?back\b)": "someone else was ill",
    # pain that does not spread down the leg is not the sign of pain spreading down a leg
    r"(?:not|doesnt|does not|isnt|is not|never) (?:going|go|goes|spreading|spread|spreads|"
    r"travell?ing|travels?|radiating|radiates?) (?:down|into) (?:the|my|his|her|either) legs?": (
        "staying put"
    ),
    # "slipped on the ice": a fall, not a slipped disc, nor shoes slipped on
    r"slipp?ed(?= on (?!(?:my |a |an |the |some )?(?:shoes?|boots?|socks?|slippers?|coat|jacket|"
    r"dress|gloves?|ring|clothes|jeans|trousers|pants)\b))": "fell",
    r"slipp?ed and (?:fell|fall|fallen)": "fell",
    # a fall down the stairs is a fall: no back that hurts more on stairs
    r"(?:fell|fall|falls|falling|fallen) down (?:the |some |a flight of )?(?:stairs|steps)": "fell",
    # "landed (flat) on my back" at the end of a fall
    r"land(?:ed|ing)?(?: (?:flat|hard|heavily|awkwardly|badly|right|straight|square|squarely))?"
    r"(?= on )": "fell",
    # a car crash is a collision, the word the sprain card uses, as well as a crash
    r"rear\s?ended|(?:car|auto|motor vehicle|road traffic|traffic) (?:accident|crash|wreck|"
    r"collision)s?|car wrecks?": "car accident collision",
    # weight lost, not kidney stones; a stone is 14 lb
    r"(?:lost|losing|lose) (?:about |around |nearly |almost |over )?(?:a|one|two|three|four|five|"
    r"\d+)\s?(?:stones?|kgs?|kilos?|kilograms?|"
    r"lbs?|pounds)": "lost weight",
    # a body weight that only a very heavy adult has (not a load lifted: "deadlift 300 lbs"); a
    # weight loss wished for by a heavy person
    r"(?:weighs?|weighed|weighing|(?:tip|tips|tipped|tipping) the scales? at) (?:about |around "
    r"|over |nearly |almost )?(?:2[5-9]\d|[3-9]\d\d)(?:\s?(?:lbs?|pounds))?|"
    r"(?:i am|im|i was|been|he is|hes|he was|she is|shes|she was|weighs?|weighed|weighing) "
    r"(?:about |around |over |nearly |almost )?(?:(?:2[5-9]\d|[3-9]\d\d)\s?(?:lbs?|pounds)|"
    r"(?:1[2-9]\d|[2-4]\d\d)\s?(?:kgs?|kilos?|kilograms?))|"
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
    r"(?:numb|numbness|tingly|tingling|tingles|no feeling) down there": (
        "numbness in the private parts"  # "tingly down there"
    ),
    r"(?:past|beyond) (?:my |the )?knees?": "below the knee",
    r"at the same time": "together",
    r"(?:fall|falls|falling|fell) asleep": "sleep",  # no fall
    r"(?:from|out of) (?:my |a |deep )?sleep": "at night",  # "it wakes me from sleep"
    # the season, a workout and the weather are no fall, no chest pain and no fever
    r"fall(?= (?:season|semester|term|weather|leaves|hikes?|hiking|vacation|break)\b)|"
    r"(?:this|last|next) fall": "autumn",
    r"(?:fell|fall|falls|falling|fallen) in love": "loved",
    # falling over again and again is being unsteady, a sign of weak legs, not a fall that hurt
    # the back ("I keep falling over"; the spinal tumour card's "trouble walking, or falling
    # over"); "I fell over on the ice" was a fall
    r"(?:keep |kept |keeps |started )?(?:falling|fall|falls) over\b": "unsteady",
    r"chest(?= (?:workouts?|exercises?|day|press|presses|flys?|flies|training)\b)": "pectoral",
    r"(?:room|outside|outdoor|water|air|bath|shower) temperatures?|temperatures? (?:of|in) "
    r"(?:my|the|our) (?:room|house|home|bedroom|office|car|water|bath|shower)|temperatures? "
    r"(?:drops?|dropping|changes?|changing|outside)": "weather",
    r"(?:fell|fall|falls|falling|fallen) off the wagon": "relapsed",  # nor this
    r"cancer (?:star ?sign|zodiac)|(?:star ?sign|zodiac) (?:is )?cancer": "star sign",
    r"night(?= (?:out|shifts?)\b)": "late",  # a night out is no pain at night
    # being unable to pee, or to control the bladder or bowels, in the words people use
    r"(?:peed|pissed|weed|wee d)(?= (?:myself|himself|herself|themselves|my (?:pants|trousers|"
    r"knickers|bed)))": "wet",
    r"(?:peeing|pissing|weeing)(?= (?:myself|himself|herself|themselves|my (?:pants|trousers|"
    r"knickers|bed)))": "wetting",
    r"(?:pooed|poo d|pooped|shat)(?= (?:myself|himself|herself|themselves|my))": "soiled",
    r"(?:fecal|faecal|bowel) incontinence": "loss of bowel control",
    r"poo(?:ed|p|ped)? in (?:my|his|her) (?:pants|trousers|knickers|underwear)": "soiled",
    # an adult who wets the bed for the first time (a child's bedwetting is no sign)
    r"(?:wet|wets|wetting) (?:the|his|her|my) bed(?=(?: \w+){0,8} (?:never|first time))": (
        "loss of bladder control"
    ),
    r"(?:urinary |bladder )?incontinence": "loss of bladder control",
    r"urinary retention|retention of urine": "unable to pee",
    r"(?:havent|hasnt|have not|has not|didnt|did not|not) (?:peed|pee|peeing|weed|wee|weeing|"
    r"wee d|urinated|urinate|urinating)": "unable to pee",
    r"(?:not|no|isnt|hasnt|havent) (?:getting |got |gotten |get |been getting )?(?:any )?"
    r"better": "not improved",  # "not getting any better": the sign's words
    # never having had back trouble is back pain that is new ("never had back problems until now")
    r"(?:never|not ever) (?:had|have|got|suffered(?: from| with)?)(?: any| a)? "
    r"(?:back|spine|spinal) (?:pain|problems?|issues?|trouble|aches?)"
    r"(?: (?:before|till|until|ever|in my (?:whole )?life))*": "first back pain",
    # a temperature that is normal is no fever
    r"(?:temperature|temp)(?: is| s| was| has been| s been)? (?:normal|fine|ok|okay|good)|"
    r"normal (?:temperature|temp)": "no fever",
    # a pain that does not ease (the sign's words) is not the pain that eases when lying down
    r"(?:has not|hasnt|have not|havent|had not|hadnt) (?:eased|let up|settled)": "not improved",
    r"(?:does not|doesnt|do not|dont|did not|didnt|will not|wont|would not|wouldnt|not|never) "
    r"(?:ease|eases|easing|eased|let up|lets up)": "unrelieved",
    # not having something is having none of it ("I don't have a fever")
    r"(?:dont|do not|didnt|did not|doesnt|does not|havent|have not|hasnt|has not|never) (?:have|"
    r"had|got)": "no",
    # a "no" that says what is there: no feeling is numbness, no control a loss of it
    r"(?:no|lost|losing|lose|loss of|less|reduced|not much) (?:feeling|sensation)"
    r"(?: down there| in (?:my |her |his )?(?:bits|genitals|privates|penis|vagina))? "
    r"(?:during|in|when having|with) sex": "loss of feeling in the genitals during sex",
    r"no (?:feeling|sensation)": "numb",
    r"no control": "loss of control",
    r"no strength": "weakness",
    r"(?:(?:havent|hasnt|hadnt) been|not) able to": "unable to",
    r"saddle an(?:a)?esthesia": "saddle numbness",  # the clinicians' name for it
    r"bilateral sciatica|sciatica (?:on|in|down) both sides": "sciatica in both legs",
    r"(?<=legs\W)(?:(?:went|go|goes|gone|going|are|feel|feels) )?dead": "numb",
    r"pins (?:and|n) needles": "tingling",
    r"(?:cant|cannot|couldnt) feel": "numb",  # "can't feel my feet": numbness
    r"(?:give|gives|giving|gave|given) way": "weakness",  # "my legs keep giving way"
    # legs that give out are weak; a back that "gave out" is not about weakness
    r"(?<=legs\W)(?:(?:are|keep|keeps|kept|just) )?(?:give|gives|giving|gave|given) out": (
        "weakness"
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
    r"(?:im|i am|currently|almost)(?: going on| nearly| about| now)? "
    r"(?:[5-9]|[1-3]\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|now|later|off|before|from))": "pregnant",
    # "at 30 weeks" is a pregnancy's when the pain is in the back or the pelvis: "pain in my pelvis
    # by 32 weeks", "back pain at 35 weeks"
    r"(?:at|by|around|about) (?:2\d|3\d|4[0-2])\s?(?:weeks?|wks?)\b"
    r"(?! (?:into|after|since|post|of|ago|out|in|later|off|before|from))"
    r"(?=.*\b(?:pelvis|pelvic|back|hips?|pubic|groin|tailbone)\b)": "pregnant",
    r"pains? (?:at|by|around|about) (?:2\d|3\d|4[0-2])\s?(?:weeks?|wks?)\b"
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
    # clothes hanging off someone is weight lost; a bump on the spine is a lump there; a knee to
    # the spine is a blow; a lump in a mattress is no lump of the body; an old injury is long ago
    r"(?:clothes|trousers|jeans|pants) (?:are |is )?(?:hanging|falling) off (?:me|him|her)": (
        "lost weight"
    ),
    r"(?:hard |new |small |big )?bump (?:on|in) (?:my |the |his |her )?(?:spine|backbone)": (
        "lump on the spine"
    ),
    r"(?:took|got|had|take) (?:a )?(?:hard |big )?(?:knee|kick|elbow|punch|blow|hit) (?:to|in|on) "
    r"(?:the|my|his|her) (?:back|spine|backbone)": "a blow to the back",
    r"lump (?:in|on) (?:my |the |an |a )?(?:old |new )?(?:mattress|pillow|bed|sofa|couch|chair|"
    r"seat)": "lumpy mattress",
    r"(?:old|past|previous) (?:\w+ )?injur(?:y|ies)|injur(?:y|ies) from (?:years|ages|long) ago": (
        "long ago"
    ),
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
    # "felt something give in my back": the twinge of a muscle stretched too far
    r"(?:felt|feel|feeling) (?:something|it|a muscle|like something)"
    r"(?=(?: \w+){0,4}? (?:give|gave|go|went|tear|tore|torn|rip|ripped|snap|snapped|happen|"
    r"happened)\b)": "twinge",
    # "something in my back snapped", "my back tore": the same twinge
    r"(?:something|my back|a muscle)(?= (?:\w+ ){0,4}?(?:snapped|tore|ripped)\b)": "twinge",
    # a back that "went out" or "gave out" was thrown out (legs that give out are weak: above)
    r"(?<=back\W)(?:(?:just|suddenly|completely|totally) )?(?:went|goes|go|gone|going|gave|gives|"
    r"give|giving|given) out|(?<=back\W)(?:is|was|s|been) out\b(?! (?:of|there|with|in)\b)": (
        "thrown out"
    ),
    # "put my back out", "did my back in": the same idiom for hurting the back
    r"(?:put|puts|putting|did|done|doing) (?:my|his|her|their|your) (?:low |lower |upper "
    r"|mid |middle )?back (?:out|in)\b(?! (?:place|line|alignment|position)\b)": (
        "threw my back out"  # not a back put back in place
    ),
    r"differences? between": "difference",  # of two names: nothing between the legs
    # waters that break are fluid leaking in pregnancy; skin that breaks out is no broken back
    r"(?:my |her )?waters? (?:have |has |had |just )?(?:broke|broken|breaking|went|gone)": (
        "fluid leaking from the vagina"
    ),
    r"(?:broke|break|breaks|breaking|broken) out(?= (?:in|with)\b)": "came out",
    # a temperature that someone is running is a fever
    r"(?:running|run|runs|ran) (?:a |an )?(?:high |slight |bit of a )?(?:temperature|temp|fever)": (
        "a fever"
    ),
    r"immuno\s?suppress(?:ed|ion|ants?|ive (?:drugs|medicines?|medication|meds))|"
    r"immuno\s?compromised|immune\s?suppressed|"
    r"(?:anti ?rejection|transplant) (?:drugs|medicines?|medication|meds|tablets|pills)": (
        "a weakened immune system"
    ),
    r"erectile dysfunction": "unable to get an erection",
    # light bleeding in pregnancy is bleeding
    r"spotting(?: (?:some |a little |a bit of )?blood)?|spotted (?:some )?blood": "bleeding",
    # bleeding into the urine is blood in it, not a bleed of pregnancy or a period
    r"(?:bleeding|bleed|blood) (?:in|into|when i|when you|while) (?:the |my |his |her |your )?"
    r"(?:urine|pee|wee|peeing|urinating|weeing)": "blood in urine",
    # one steroid injection is no long-term use of steroids; what steroids are for is a reason
    r"(?:steroid|cortisone|epidural) (?:injections?|shots?|jabs?)|"
    r"(?:injections?|shots?|jabs?) of (?:steroids?|cortisone)": "a jab",
    r"(?:prednisone|prednisolone|pred|steroids?|dexamethasone|hydrocortisone)(?: \w+){0,3}? for "
    r"(?:my |his |her |the )?"
    r"(?:lungs?|asthma|copd|breathing|chest|arthritis|bowels?|colitis|crohns|skin|eczema|"
    r"psoriasis|lupus|joints?)": "steroids",
    # doubled over is severe pain; a back that curves to one side lately has changed shape
    r"doubled (?:over|up)(?: in pain| with pain)?": "severe pain",
    r"(?:back|spine) (?:seems to |is starting to |has started to |started to )?(?:(?:curve|curving|"
    r"curves|bend|bending|bends|lean|leaning|leans|veers|tilts) (?:to one side|sideways|(?:to "
    r"|towards )?(?:the )?(?:left|right)\b)|(?:goes|going) (?:to |towards )?(?:the )?left\b)": (
        "a changing back shape curving sideways"
    ),
    # a back that looks more hunched than it was has changed shape
    r"(?:more|increasingly) (?:hunched|stooped|curved|crooked)|"
    r"(?:hunched|stooped|curved|crooked) than (?:it|i|he|she) used to": (
        "a change in the shape of the back"
    ),
    # a back or a spine that is swollen has a swelling (swollen ankles or fingers are no sign)
    r"swollen(?=(?: \w+){0,3}? (?:on|in|over|along|of) (?:my |the |his |her )?(?:lower |upper |mid "
    r"|middle )?(?:back|spine|backbone)\b)|(?<=back\W)(?:is |looks )?swollen|"
    r"(?<=spine\W)(?:is |looks )?swollen": "swelling",
    # a lump that is hard or small is a lump
    r"(?:hard|small|big|large|painful|tender|sore|strange|weird|odd|soft|pea sized|swollen) "
    r"(?=(?:lump|bump|swelling)\b)": "",
    # a relative's cancer is someone else's, unless the back pain is theirs too ("her back")
    r"(?:mum|mom|mother|mam|dad|father|sister|brother|aunt|auntie|uncle|nan|nana|gran|granny|"
    r"grandma|grandmother|grandad|granddad|grandpa|grandfather|cousin|family|relative|friend|dog|"
    r"cat|pet|puppy|kitten|horse)s? "
    r"(?:had|has|got|died of|died from|was diagnosed with|battled|beat|survived|fought) "
    r"(?:\w+ )?cancer(?!.*\b(?:her|his|their) (?:low |upper |mid |middle )?back\b)": (
        "someone else"
    ),
    # asking whether a pain is cancer is no history of it
    r"(?:mean|means|be|is|sign of|signs of|symptom of|symptoms of|caused by|due to) (?:i have |ive "
    r"got |its |it is )?(?:a |an )?(?:spinal |spine |bone |back )?cancer"
    r"(?! (?:survivor|patient|treatment|history|free))": "a tumor",
    r"(?:long )?car (?:trips?|rides?|journeys?)|road trips?": "long drive",
    # working from home is working at a desk at home, whatever the desk
    r"(?:work|works|working|worked) (?:from|at) home|wfh|home office": "at a desk",
    # working at a computer is time at a screen, not heavy physical work
    r"(?:work|works|working|worked) (?:on|at|in front of) (?:my |the |a |his |her )?"
    r"(?:computers?|laptops?|pcs?|screens?|desks?)": "at a computer desk",
    # a laptop on a low table or in bed is a laptop hunched over
    r"(?:work|works|working|worked|typing|studying) (?:from|at|on|in) (?:my |the |a )?(?:coffee "
    r"table|kitchen table|dining table|bed|sofa|couch)": "hunched over a laptop",
    # soiling or wetting oneself without feeling it
    r"(?:didnt|did not|couldnt|could not|cant|cannot|can not) (?:even )?(?:feel|notice|tell) "
    r"(?:myself |that i was |i was |i had |it )?(?:poo|pooing|pooed|poop|pooping|shit|shitting)": (
        "loss of bowel control"
    ),
    r"(?:didnt|did not|couldnt|could not|cant|cannot|can not) (?:even )?(?:feel|notice|tell) "
    r"(?:myself |that i was |i was |i had |it )?(?:pee|peeing|peed|wee|weeing|piss|pissing)": (
        "loss of bladder control"
    ),
    # slipping in the bath is a fall (a disc that slipped out is not)
    r"slipp?ed(?= (?:in|over|down|off)\b)": "fell",
    r"(?:i|he|she|we|they) slipp?ed(?= (?:while|whilst|when|as)\b)": "fell",  # "I slipped while"
    r"brittle bones?": "brittle weak bones",  # the everyday name of osteoporosis's bones
    # a foot that drops or drags, toes that cannot be lifted: weakness of that leg
    r"foot drop|drop foot|(?:foot|leg) (?:slaps|slapping|drags|dragging|keeps dragging|was "
    r"dragging|is dragging)|dragging my (?:foot|leg)|"
    r"(?:cant|cannot|can t|unable to) (?:lift|raise) (?:my |the )?(?:toes|foot)": "weak leg",
    # a chest opened up by a stretch, a throbbing head, a chemo nurse, heels hard to walk in, a
    # shy bladder and a cyclist's saddle sore are none of the signs they share words with
    r"open(?:s|ing)? up (?:my |the |your )?chest": "stretch",
    r"throbbing (?:head|headache)|head (?:is )?(?:throbbing|pounding)|pounding (?:head|headache)": (
        "headache"
    ),
    r"chemo(?:therapy)? (?:nurse|ward|unit|department)": "nurse",
    r"(?:trouble|struggling|struggle|difficulty|hard) walking in (?:my |these |new |high )*"
    r"(?:heels|shoes|boots|stilettos|flip flops|sandals)": "sore feet from shoes",
    r"shy bladder|bashful bladder": "paruresis",
    r"saddle ?sores?": "chafing from cycling",
    r"backaches?": "back ache",  # one word for the back and its pain
    r"backpains?": "back pain",
    r"last night": "yesterday",  # a time, not pain at night
    r"(?:cant|can t|cannot|couldnt|can not) get it up": "unable to get an erection",
    r"(?:came|come|comes|coming|fell|thrown|flew) (?:off |from )(?:my |a |the |his |her |our )?"
    r"(?:motor\s?bike|motorcycle|bike|bicycle|horse|scooter|skateboard|quad|ladder|step ?ladder|"
    r"roof|scaffold|scaffolding|tree|wall|trampoline|stool|bunk ?bed|loft|climbing wall)": "fell",
    r"(?:got |was |been |being )?tackled(?: hard| heavily| badly)?": "a blow to the back",
    r"(?:cant|can t|cannot|couldnt) get comf(?:y|ortable)": "pain unrelieved",
    # pain everywhere is pain all over ("my whole body aches", "sore everywhere")
    r"everywhere|(?:my |the |your )?(?:whole|entire) body": "all over the body",
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
    r"helping (?:\w+ ){0,3}move\b": "lifting heavy",
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
    # a low-grade fever is a mild one, no grade of a slip
    r"low ?grade (?:fever|temperature|temp)": "mild fever",
    # screen time is hours at a phone or a computer (poor posture's words)
    r"screen ?time": "hours hunched over a phone or computer",
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
}

PHRASE_HINTS = (
    *("phone", "age", "normal"),
    *("slip", "down", "land", "rear", "los", "old", "yo", "asleep", "night", "pee", "piss"),
    *("wee", "poo", "shat", "incontinence", "retention", "urinat", "able to", "no ", "saddle"),
    *("sciatica", "dead", "feel", "way", "out", "pick", "lock", "have", "had", "got", "better"),
    *("son", "daughter", "boy", "girl", "kid", "child", "hit", "kick", "punch", "struck"),
    *("past", "beyond", "same", "there", "wagon", "sign", "zodiac", "sleep", "fall", "chest"),
    *("pins", "lift", "everywhere", "body", "between", "water", "broke", "break", "run", "ran"),
    *("immun", "erectile", "love", "car ", "road", "backa", "backp", "last n", "get it"),
    *("off ", "tackl", "comf", "lbs", "pound", "kg", "kilo", "weigh", "scale", "back", "wk"),
    *("felt", "expecting", "everything", "jump", "travel", "wander", "migrat", "worn", "cloth"),
    *("trouser", "jeans", "pants", "bump", "injur", "lump", "fever", "took", "elbow"),
    "temperature",
    "straight",
    "need",
    "turn",
    "period",
    "charl",
    "heavy",
    "month",
    "may or",
    "end of",
    *("temp", "ease", "let up", "rejection", "spot", "inject", "shot", "jab", "predniso"),
    *("steroid", "cortiso", "dexameth", "hunch", "stoop", "crook", "curv", "cancer", "swollen"),
    *("sex", "transplant", "brittle", "drop", "slap", "drag", "pred", "throb", "chemo"),
    *("walking in", "shy ", "bashful", "fell", "came", "thrown", "flew", "numb", "tingl", "dead"),
    *(
        "pins",
        "ago",
        "fever",
        "temp",
        "wet",
        "double",
        "curv",
        "bend",
        "lean",
        "off his",
        "off her",
    ),
    *("going", "spread", "radiat", "travel", "put", "gain", "home", "wfh", "blee"),
    *(
        "typing",
        "studying",
        "table",
        "bed",
        "sofa",
        "couch",
        "spine",
        "reach",
        "osteophyt",
        "pregnan",
    ),
    *("snap", "tore", "rip", "blade", "belly", "stomach", "abdom", "tummy", "gut"),
    *("plagued", "depressing", "weight", "gastric", "band", "bariatric", "stapl", "ctom", "etom"),
    *("rib", "degree", "deg ", "neck", "gam", "binge", "crumbl", "harrington", "facet", "hump"),
    *("auto", "motor", "traffic", "ddd", "tender", "hernia", "hand", "better", "improv", "comput"),
    *("laptop", " pc", "screen", "desk", "workout", "work out", "working out", "deliver"),
    *("section", "caesar", "cesar", "birth", "baby", "twins", "little one"),
    "grade",
    "degenerat",
    *("easing", "partum", "natal", "mov", "shift", "helping", "shovel", "garden", "weed"),
    *("lithotrip", "eswl", "laminectom", "xa", "score"),
    "blood",
)
"""Each phrase of PHRASES holds one of these: a text with none needs no look for them (the
pattern takes 2 ms to compile, a tenth of a short command's own time). A phrase is looked for in
a text that holds any hint its pattern spells out, so a word nearly every query holds is written
with one letter in brackets ("[b]ack", "[a]fter") where the phrase also needs a rarer hint
("hump", "hernia"): it then spells out no "back" and is compiled only for the rarer one."""
