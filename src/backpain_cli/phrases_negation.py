"""Everyday phrases for what "no", "not" and "can't" say around the warning signs, read as the
signs' words: data, edited here.

"I don't have a fever" and "my temp is normal" have no fever; "no feeling down there" and "can't
feel my feet" are numbness, "no control" a loss of it. Part of phrases.PHRASES, whose keys are
read as phrases.py says.
"""

from __future__ import annotations

NEGATION_PHRASES = {
    # a temperature that is normal is no fever
    r"(?:temperature|temp)(?: is| s| was| has been| s been)? (?:normal|fine|ok|okay|good)|"
    r"normal (?:temperature|temp)": "no fever",
    # a pain that does not ease (the sign's words) is not the pain that eases when lying down
    r"(?:has not|hasnt|have not|havent|had not|hadnt) (?:eased|let up|settled)": "not improved",
    r"(?:does not|doesnt|do not|dont|did not|didnt|will not|wont|would not|wouldnt|not|never) "
    r"(?:ease|eases|easing|eased|let up|lets up)": "unrelieved",
    # what a doctor ruled out is not there ("they ruled out a slipped disc")
    r"rul(?:ed|es|ing) out": "no",
    # no feeling and no control said with "don't have" are what is there: numbness, a loss of
    # control ("I don't have any feeling in my groin", "I haven't got control of my bladder")
    r"(?:dont|do not|doesnt|does not|didnt|did not|havent|have not|hasnt|has not|hadnt|had not|"
    r"cant|cannot) (?:have |has |got |feel )?(?:any )?(?:feeling|sensation)(?! (?:that|like|as if|"
    r"about)\b)": "numb",
    r"(?:dont|do not|doesnt|does not|havent|have not|hasnt|has not|cant|cannot) (?:have |has |"
    r"got )?(?:any )?control": "loss of control",
    # not having something is having none of it ("I don't have a fever")
    r"(?:dont|do not|didnt|did not|doesnt|does not|havent|have not|hasnt|has not|never) (?:have|"
    r"had|got)": "no",
    # a sign said not to be there is none ("my legs are not numb", "I didn't fall", "I'm not
    # bleeding"); "not" before other words describes what is there ("not getting better", "not
    # peeing"): it stays
    r"(?:not|isnt|arent|wasnt|werent|didnt|did not|havent|have not|hasnt|has not|hadnt|had not)"
    r"(?: been| got| had)?(?= (?:numb|weak|tingly|tingling|bleeding|bled|feverish|running a "
    r"(?:fever|temperature|temp)|fall|fallen|fell|falling|in an? (?:accident|crash|fall)|injured|"
    r"losing weight|lost (?:any )?weight|swollen)\b)": "no",
    # a "no" that says what is there: no feeling is numbness, no control a loss of it
    r"(?:no|lost|losing|lose|loss of|less|reduced|not much) (?:feeling|sensation)"
    r"(?: down there| in (?:my |her |his )?(?:bits|genitals|privates|penis|vagina))? "
    r"(?:during|in|when having|with) sex": "loss of feeling in the genitals during sex",
    r"no (?:feeling|sensation)": "numb",
    r"no control": "loss of control",
    r"no strength": "weakness",
    r"(?:(?:havent|hasnt|hadnt|have not|has not|had not) been|not|not been|no longer) able to": (
        "unable to"
    ),
    r"saddle an(?:a)?esthesia": "saddle numbness",  # the clinicians' name for it
    r"bilateral sciatica|sciatica (?:on |in |down )?both sides": "sciatica in both legs",
    r"(?<=legs\W)(?:(?:went|go|goes|gone|going|are|feel|feels) )?dead": "numb",
    r"pins (?:and|n) needles": "tingling",
    r"(?:cant|cannot|couldnt|(?:can|could) no longer) (?:really |properly |quite |even )?feel": (
        "numb"  # "can't feel my feet", "couldn't really feel it when I wiped"
    ),
    r"(?:give|gives|giving|gave|given) way": "weakness",  # "my legs keep giving way"
    # legs that give out are weak; a back that "gave out" is not about weakness
    r"(?<=legs\W)(?:(?:are|keep|keeps|kept|just) )?(?:give|gives|giving|gave|given) out": (
        "weakness"
    ),
}
