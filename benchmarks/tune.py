"""Calibrate the search's weights and cutoffs on the TUNING half of questions.tsv, on
questions_tune2.tsv to questions_tune17.tsv (and the old set), never on the
check half. Prints the best settings found; copying them into matching.py and index.py is a
decision for a person.

python benchmarks/tune.py            # a grid over the weights; for each, the best two cutoffs
python benchmarks/tune.py --current  # the weights as they are: the best two cutoffs

For every setting it searches once with no cutoff, then chooses the confident cutoff and the
floor: the pair that answers most tuning questions right first while confident false
positives stay at or under 5% and negatives that get anything at all at or under 20%, on the
tuning half with tune2 and on the old set alike. tune3's and later ones' negatives are harder
neighbours (half of them get something at today's cutoffs): their right answers count towards
the goal, their negatives are printed, not held to the limits.
"""

from __future__ import annotations

import itertools
import sys
from multiprocessing import Pool
from pathlib import Path

from backpain_cli import evidence, load_catalogue, matching, scoring
from backpain_cli import index as index_module
from backpain_cli.catalogue import everyday_words, load_conditions
from backpain_cli.errors import QueryError

sys.path.insert(0, str(Path(__file__).parent))
from search_quality import (
    QUERIES,
    QUESTIONS,
    QUESTIONS_TUNE2,
    QUESTIONS_TUNE3,
    QUESTIONS_TUNE4,
    QUESTIONS_TUNE5,
    QUESTIONS_TUNE6,
    QUESTIONS_TUNE7,
    QUESTIONS_TUNE8,
    QUESTIONS_TUNE9,
    QUESTIONS_TUNE10,
    QUESTIONS_TUNE11,
    QUESTIONS_TUNE12,
    QUESTIONS_TUNE13,
    QUESTIONS_TUNE14,
    QUESTIONS_TUNE15,
    QUESTIONS_TUNE16,
    QUESTIONS_TUNE17,
    labelled,
)

GRID = {
    "_SCALE": [0.75, 0.9, 1.05],
    "_AGAINST": [0.2, 0.3],
    "_AGAINST_POWER": [2.0],
    "_UNKNOWN": [0.05, 0.1, 0.15],
    "_TOGETHER": [0.8, 1.2],
    "_PAIR": [0.5, 0.8],
    "symptom": [0.6, 0.8],
    "definition": [0.4],
}
"""The last grid run, after word pairs came in. (Earlier runs, one of 864 settings, chose the
values held fixed here.)"""
CUTOFFS = [float(c) for c in range(50, 91, 2)]
FLOORS = [float(f) for f in range(20, 61, 2)]
MAX_FP, MAX_ANY = 0.05, 0.20


def rows() -> list[tuple[str, str, frozenset[str]]]:
    tuning = [r for r in labelled(QUESTIONS) if r[0] == "questions-tune"]
    return (
        tuning
        + labelled(QUESTIONS_TUNE2)
        + labelled(QUESTIONS_TUNE3)
        + labelled(QUESTIONS_TUNE4)
        + labelled(QUESTIONS_TUNE5)
        + labelled(QUESTIONS_TUNE6)
        + labelled(QUESTIONS_TUNE7)
        + labelled(QUESTIONS_TUNE8)
        + labelled(QUESTIONS_TUNE9)
        + labelled(QUESTIONS_TUNE10)
        + labelled(QUESTIONS_TUNE11)
        + labelled(QUESTIONS_TUNE12)
        + labelled(QUESTIONS_TUNE13)
        + labelled(QUESTIONS_TUNE14)
        + labelled(QUESTIONS_TUNE15)
        + labelled(QUESTIONS_TUNE16)
        + labelled(QUESTIONS_TUNE17)
        + labelled(QUERIES)
    )


def run(setting: dict[str, float]) -> tuple[float, dict[str, float], tuple[float, float]] | None:
    for name, value in setting.items():
        if name in index_module.FIELD_WEIGHTS:
            index_module.FIELD_WEIGHTS[name] = value
        else:
            holders = [m for m in (evidence, scoring, matching) if hasattr(m, name)]
            assert holders, name
            setattr(holders[0], name, value)
    vars(matching)["CONFIDENT"] = 0.0  # every result is "high" here: tiers are chosen below
    matcher = matching.Matcher(load_catalogue(), load_conditions(), everyday_words())
    answers = []
    for kind, query, expected in rows():
        try:
            found = [(m.cause.id, m.score) for m in matcher.search(query, limit=None, min_score=1)]
        except QueryError:
            found = []
        answers.append((kind, expected, found, bool(found) and bool(matcher.not_here(query))))
    best = None
    for cutoff, floor in itertools.product(CUTOFFS, FLOORS):
        if floor > cutoff:
            continue
        tally: dict[str, list[int]] = {}
        for kind, expected, found, not_here in answers:
            group = "tune3" if kind.startswith("questions-tune") else "old"  # tune3 and later
            group = "tune" if kind in ("questions-tune", "questions-tune2") else group
            shown = [(c, s) for c, s in found if s >= (cutoff if not_here else floor)]
            t = tally.setdefault(group, [0, 0, 0, 0, 0, 0])
            if expected:
                t[0] += 1
                t[1] += bool(shown) and shown[0][0] in expected
                t[2] += bool(expected & {c for c, _ in shown[:3]})
            else:
                t[3] += 1
                t[4] += any(s >= cutoff for _, s in shown)
                t[5] += bool(shown)
        ok = all(
            t[4] / t[3] <= MAX_FP and t[5] / t[3] <= MAX_ANY
            for group, t in tally.items()
            if group != "tune3"
        )
        if not ok:
            continue
        tune, old, tune3 = tally["tune"], tally["old"], tally["tune3"]
        goal = (tune[1] + tune3[1] + tune[2] + tune3[2]) / (tune[0] + tune3[0])
        goal += 0.5 * old[1] / old[0]
        if best is None or goal > best[0]:
            figures = {
                "tune hit@1": tune[1] / tune[0],
                "tune hit@3": tune[2] / tune[0],
                "tune fp": tune[4] / tune[3],
                "tune any": tune[5] / tune[3],
                "tune3 hit@1": tune3[1] / tune3[0],
                "tune3 hit@3": tune3[2] / tune3[0],
                "tune3 fp": tune3[4] / tune3[3],
                "tune3 any": tune3[5] / tune3[3],
                "old hit@1": old[1] / old[0],
                "old fp": old[4] / old[3],
            }
            best = (goal, figures, (cutoff, floor))
    return None if best is None else (best[0], best[1] | setting, best[2])


def main() -> None:
    names = list(GRID)
    settings = [
        dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())
    ]
    if "--current" in sys.argv:
        settings = [{}]  # the weights as they are: only the two cutoffs are chosen
    with Pool(2) as pool:
        results = [r for r in pool.map(run, settings) if r is not None]
    results.sort(key=lambda r: -r[0])
    for goal, figures, (cutoff, floor) in results[:10]:
        shown = ", ".join(f"{k}={v:.3g}" for k, v in figures.items())
        print(f"{goal:.3f}  CONFIDENT={cutoff:.0f} MIN_SCORE={floor:.0f}  {shown}")


if __name__ == "__main__":
    main()
