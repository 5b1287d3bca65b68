"""Split the gathered questions once, before any tuning, into a tuning half and a check half.

python benchmarks/split_questions.py RAW.tsv [RAW.tsv ...] > benchmarks/questions.tsv

Each raw line is `kind, query, cause ids (or "-"), source address`. The split is stratified by
the first cause id (negatives are one stratum) and fixed by its seed, so that both halves hold
every cause. It was run once; the halves are not to be reshuffled after tuning has begun.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict

SEED = 20261128


def main(paths: list[str]) -> None:
    strata: dict[str, list[list[str]]] = defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    fields = line.rstrip("\n").split("\t")
                    strata[fields[2].split(",")[0]].append(fields)
    rng = random.Random(SEED)
    print("# half\tkind\tquery\tcause ids (any one is right) or -\tsource")
    for key in sorted(strata):
        rows = strata[key]
        rng.shuffle(rows)
        for number, (kind, query, ids, source) in enumerate(rows):
            half = "tune" if number % 2 == 0 else "check"
            print(f"{half}\t{kind}\t{query}\t{ids}\t{source}")


if __name__ == "__main__":
    main(sys.argv[1:])
