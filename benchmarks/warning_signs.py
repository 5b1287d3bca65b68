"""Warning signs on real-worded queries: how many that should warn do, and how many near misses
do too. Prints figures; asserts nothing (tests/test_matching.py holds the cases).

python benchmarks/warning_signs.py            # the figures
python benchmarks/warning_signs.py --misses   # and every query that went wrong

Four lists (should_warn, query, source address): tests/data/warning_queries.tsv, phrasings
from public questions and posts, gathered while the signs were reworded;
tests/data/warning_queries_trial.tsv, written by a tester trying the tool as a frightened person
would (source "-"), then used to choose word lists; tests/data/warning_queries_trial2.tsv, 60
fresh questions from a second tester (19 of its 30 signs warned and none of its 30 ordinary
questions did before they were used to choose word lists); and
tests/data/warning_queries_trial3.tsv, the queries a third tester's report names (at e7280be, 4 of
its 39 signs warned and 6 of its 15 ordinary questions did); and
tests/data/warning_queries_trial4.tsv, 100 queries a fourth tester wrote without seeing the code or
the lists (at 530cab0, 37 of its 50 signs warned and 2 of its 50 ordinary questions did); and
tests/data/warning_queries_trial5.tsv, the queries a fifth tester's report names (at 0df9e34, 5 of
its 11 signs warned and 2 of its 6 ordinary questions did; and two of the five that warned named
only a lesser sign beside a fever); and tests/data/warning_queries_trial6.tsv, 80 queries a sixth
tester wrote without seeing the code, the lists or the README (at 8decc8b, before any use: 28 of
its 40 signs warned and 3 of its 40 ordinary questions did); and
tests/data/warning_queries_trial7.tsv, 80 more written the same way by a seventh tester (at
179b2a0, before any use: 32 of its 40 signs warned and 6 of its 40 ordinary questions did); and
tests/data/warning_queries_trial8.tsv, 80 more by an eighth (at d474275, before any use: 33 of
40 and 8 of 40); and tests/data/warning_queries_trial9.tsv, 80 by a ninth (carers, parents,
run-on messages, a sign said in passing; at d157bd4, before any use: 36 of 40 and 10 of 40); and
tests/data/warning_queries_trial10.tsv, the queries a tenth tester's report names (a relative's
fever, a child's fall, "fell down", "tripped", signs said with "don't have", a pulsating belly;
at e67d218: 2 of its 23 signs warned, and 2 of its 6 ordinary questions did); and
tests/data/warning_queries_trial11.tsv, 94 queries an eleventh tester wrote from the README alone
(falls said with when or where, slang, signs said to be over, bladders said to be fine; at
c98d0d3: 33 of its 70 signs warned, and 13 of its 24 ordinary questions did); and
tests/data/warning_queries_trial12.tsv, 80 queries a twelfth tester wrote blind, from the signs'
list alone (brief: benchmarks/briefs/warning_queries_blind.md; at c98d0d3, before any use: 31 of
its 40 signs warned and 7 of its 40 ordinary questions did; at fbee29d, after the eleventh
trial's changes, 31 and 8); and tests/data/warning_queries_trial13.tsv, 80 more a thirteenth
tester wrote blind the same way (round nineteen; at eb3c7ba, before any use: 36 of its 40 signs
warned and 8 of its 40 ordinary questions did); and tests/data/warning_queries_trial14.tsv, the
291 queries of a twelfth new-user trial (round nineteen; brief benchmarks/briefs/new_user_trial.md;
the tester added variants of each miss to find where it stops, so it is no fair sample; at
eb3c7ba, in its run, 95 of its 169 signs warned and 28 of its 122 ordinary questions did; at
9d7df38, 96 and 28); and tests/data/warning_queries_trial15.tsv, 80 more written blind by a
fourteenth tester midway through round nineteen (before any use: at eb3c7ba 33 of its 40 signs
warned and 11 of its 40 ordinary questions did; at b9debb2, after this round's first changes, 33
and 10: those did not carry to it). All sixteen flatter now: they are regression checks and
lists of what is still missed, not held-out measures.
"""

from __future__ import annotations

import sys
from pathlib import Path

from backpain_cli import load_catalogue
from backpain_cli.catalogue import everyday_words, load_conditions
from backpain_cli.matching import Matcher
from backpain_cli.signs import warning_signs

DATA = Path(__file__).parents[1] / "tests" / "data"
LISTS = tuple(
    DATA / name
    for name in (
        "warning_queries.tsv",
        "warning_queries_trial.tsv",
        "warning_queries_trial2.tsv",
        "warning_queries_trial3.tsv",
        "warning_queries_trial4.tsv",
        "warning_queries_trial5.tsv",
        "warning_queries_trial6.tsv",
        "warning_queries_trial7.tsv",
        "warning_queries_trial8.tsv",
        "warning_queries_trial9.tsv",
        "warning_queries_trial10.tsv",
        "warning_queries_trial11.tsv",
        "warning_queries_trial12.tsv",
        "warning_queries_trial13.tsv",
        "warning_queries_trial14.tsv",
        "warning_queries_trial15.tsv",
    )
)


def main() -> None:
    matcher = Matcher(load_catalogue(), load_conditions(), everyday_words())
    for path in LISTS:
        evaluate(matcher, path)


def evaluate(matcher: Matcher, path: Path) -> None:
    found = alarms = warn = near = 0
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        should, query, _source = line.split("\t")
        warned = bool(warning_signs(matcher, query))
        if should == "yes":
            warn += 1
            found += warned
        else:
            near += 1
            alarms += warned
        if warned != (should == "yes"):
            wrong.append(f"{'missed' if should == 'yes' else 'false alarm'}: {query}")
    print(f"{path.name}: should warn {found}/{warn} warned; near misses {alarms}/{near} warned")
    if "--misses" in sys.argv:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
