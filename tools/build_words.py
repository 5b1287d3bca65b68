"""Build src/backpain_cli/data/words.txt: everyday English words, which search never reads as typos.

python tools/build_words.py            # rewrite the file (needs: pip install wordfreq)
python tools/build_words.py --check    # exit 1 if the file is not what this script makes

The words are the most frequent English words that `wordfreq` knows (TOP of them), those of
MIN_LETTERS or more plain letters (a shorter word is never read as a typo), sorted, one a line.
A query word that is one of them is a word of its own, not a typo of a catalogue word one or two
letters away: "couch" is not "cough", "ladder" not "bladder", "flight" not "light". A word the
catalogue itself holds is read as it is whatever this list says.
"""

from __future__ import annotations

import re
from pathlib import Path

from datafile import write_or_check
from wordfreq import top_n_list

OUT = Path(__file__).parents[1] / "src" / "backpain_cli" / "data" / "words.txt"
TOP = 40_000
MIN_LETTERS = 5
PLAIN = re.compile(rf"[a-z]{{{MIN_LETTERS},}}")


def everyday_words() -> list[str]:
    return sorted({word for word in top_n_list("en", TOP) if PLAIN.fullmatch(word)})


def main() -> None:
    write_or_check(OUT, everyday_words(), "build_words.py", "words")


if __name__ == "__main__":
    main()
