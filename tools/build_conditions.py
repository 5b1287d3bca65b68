"""Build src/backpain_cli/data/conditions.txt: names of conditions, to tell people what is not here.

python tools/build_conditions.py            # rewrite the file (needs simple-icd-10-cm, wordfreq)
python tools/build_conditions.py --check    # exit 1 if the file is not what this script makes

The names come from the ICD-10-CM release that `simple-icd-10-cm` ships: the descriptions and
inclusion terms of the chapters of diseases (A00-Q99; not symptoms, injuries or external causes),
each cut to its head ("Gout, unspecified" -> "gout") when that is four words or fewer, plus the
single words of those texts that name a disease by their ending ("endocarditis", "lymphoma")
unless the stemmer makes one of them a common word too ("hospitalism" is "hospital"), plus
LAY_NAMES, everyday names the classification does not use. Each line holds one name as the
search sees it: normalised and stemmed words (backpain_cli.text.words), without "of" and "the",
each once and in order (backpain_cli.text.condition_key), so that word order does not matter.

`search` says "'gout' is not one of the causes in this catalogue" when a query names one of these
and none of the catalogue's own causes holds that name; the catalogue's own names always win.
"""

from __future__ import annotations

import re
from pathlib import Path

from datafile import write_or_check

from backpain_cli.lexicon import SPELLINGS
from backpain_cli.text import condition_key, words

OUT = Path(__file__).parents[1] / "src" / "backpain_cli" / "data" / "conditions.txt"
CHAPTERS = re.compile(r"[A-Q]")  # A00-Q99: infections to congenital conditions
MAX_WORDS = 4
DISEASE_ENDINGS = (
    "itis",
    "osis",
    "oma",
    "omas",
    "emia",
    "aemia",
    "algia",
    "pathy",
    "plasia",
    "trophy",
    "iasis",
    "ectasis",
    "cele",
    "rrhea",
    "rrhoea",
    "penia",
    "megaly",
    "sclerosis",
    "ism",
)
EVERYDAY_TOP, EVERYDAY_ZIPF = 40_000, 3.4
"""The common words (wordfreq's) that a disease word of one word must not share a stem with."""
QUALIFIERS = {"other", "unspecified", "acute", "chronic", "subacute", "and", "specified"}
SIDES = {"left", "right", "unspecified", "bilateral", "site", "region", "encounter", "sequela"}
"""A head with one of these is a variant of a shorter one ("stiffness of left hip")."""
NOT_NAMES = """
    absent alcohol attack blood calm cardiac contact deletion disease duplication effusion
    excess female male fusion grey hand implant individual infant infantile infection injury
    instability irregular isomerism mechanical membrane mosaic nonmosaic newborn pain pin
    pres presence rectal scar sedation thoracic thyroid tonsil uterus ureter vomiting
    diagnosis organism apathy taco drunkenness cluttering prematurity transgender
    amelia mis ist ffa felon obliterated endocrine adrenal retinal aden atypical
"""
"""Words that head some texts ("Female infertility, ...", "Pain, unspecified") but name no
condition on their own: a query with "females" or "hand" is not about a condition elsewhere;
words that end like a disease but are none ("diagnosis", "organism"); and names whose stem is
an everyday word's ("drunkenness" is "drunken", "prematurity" "premature", "TACO" "tacos");
who someone is, not what they have ("transgender"); and names, abbreviations and adjectives
that an everyday text holds for other reasons ("Amelia", "mis", "felon", "adrenal")."""
LAY_NAMES = """
    shingles; gallstones; gallbladder stones; gallbladder attack; ibs; flu; covid; common cold;
    heartburn; acid reflux; hernia; hiatal hernia; migraine; ear infection; sinus infection;
    chest infection; tooth abscess; frozen shoulder; tennis elbow; plantar fasciitis;
    carpal tunnel; restless legs; hay fever; stomach ulcer; stomach bug; food poisoning;
    lupus; psoriasis; diabetes; high blood pressure; heart attack; stroke; asthma; anemia;
    thyroid problems; underactive thyroid; overactive thyroid; multiple sclerosis; ms;
    parkinsons; dementia; depression; anxiety; long covid; lyme disease; glandular fever; mono;
    bladder infection; cystitis; yeast infection; thrush; ovarian cyst; fibroids; menopause;
    prostate cancer; breast cancer; lung cancer; bowel cancer; colon cancer; skin cancer;
    runner's knee; bursitis; hip bursitis; torn meniscus; rotator cuff; whiplash; concussion;
    spinal stenosis; stenosis; cauda equina syndrome; cervical spondylosis; neck pain;
    sprained ankle; ankle sprain; sprained wrist; wrist sprain; sprained knee; knee sprain;
    sprained thumb; pulled hamstring; hamstring strain; calf strain; pulled calf; groin strain;
    neck strain; shin splints; costochondritis; pancreatitis; appendicitis; prostatitis
"""
"""Everyday names, and conditions of the spine that are not among the bundled causes."""


def _head(text: str) -> str:
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)|\bNOS\b", " ", text)
    head = text.split(",")[0].split(" with ")[0].split(" without ")[0].split(" due to ")[0]
    kept = head.lower().split()
    while kept and kept[0] in QUALIFIERS:
        kept.pop(0)
    return " ".join(kept)


def _everyday_stems() -> set[str]:
    """The stems of common English words that do not end like a disease: a disease word that
    shares one ("hospitalism" and "hospital", "enteritis" and "enter" to the stemmer) would make
    every query with the common word name a condition that is not here."""
    from wordfreq import top_n_list, zipf_frequency

    return {
        condition_key(words(word))
        for word in top_n_list("en", EVERYDAY_TOP)
        if word.isalpha()
        and not word.endswith(DISEASE_ENDINGS)
        and word not in SPELLINGS  # "tb" is read as "tuberculosis" on purpose
        and zipf_frequency(word, "en") >= EVERYDAY_ZIPF
    }


def names() -> list[str]:
    import simple_icd_10_cm as icd

    found: set[str] = set()
    by_ending: set[str] = set()
    for code in icd.get_all_codes(with_dots=True):
        if not CHAPTERS.match(code) or icd.is_chapter_or_block(code):
            continue
        for text in [icd.get_description(code), *icd.get_inclusion_term(code)]:
            head = _head(text)
            if head and len(head.split()) <= MAX_WORDS and not SIDES & set(head.split()):
                one_word = " " not in head and head.endswith(DISEASE_ENDINGS)
                (by_ending if one_word else found).add(condition_key(words(head)))
            for word in re.findall(r"[A-Za-z]+", text):
                if len(word) > 5 and word.lower().endswith(DISEASE_ENDINGS):
                    by_ending.add(condition_key(words(word)))
    found |= by_ending - _everyday_stems()
    for name in LAY_NAMES.replace("\n", " ").split(";"):
        if name.strip():
            found.add(condition_key(words(name)))
    found.discard("")
    return sorted(found - {condition_key(words(word)) for word in NOT_NAMES.split()})


def main() -> None:
    write_or_check(OUT, names(), "build_conditions.py", "names")


if __name__ == "__main__":
    main()
