"""Per query, on the tuning sets only: what search answers, to compare two builds query by query.

    python benchmarks/per_query.py > before.tsv            # one line per tuning query
    python benchmarks/per_query.py --totals before.tsv     # pooled hit@1, hit@3, false +, any
    python benchmarks/per_query.py --compare before.tsv after.tsv   # the queries that moved

Reads the tuning half of questions.tsv, every tuning set named in search_quality.py and the older
set; never the check half, never a held-out set (those are measured as figures only). An older
build is read through PYTHONPATH of a worktree of its `src`. Prints; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import search_quality as quality

from backpain_cli import load_catalogue
from backpain_cli.catalogue import everyday_words, load_conditions
from backpain_cli.errors import QueryError
from backpain_cli.matching import Matcher


def tuning_sets() -> list[Path]:
    numbered = [getattr(quality, f"QUESTIONS_TUNE{n}", None) for n in range(2, 100)]
    return [quality.QUESTIONS, *(p for p in numbered if p is not None), quality.QUERIES]


def snapshot() -> None:
    """Each tuning query: set, query, right answers ("-" for none), and the top three found
    (id:tier:score)."""
    matcher = Matcher(load_catalogue(), load_conditions(), everyday_words())
    for path in tuning_sets():
        for kind, query, answers in quality.labelled(path):
            if kind == "questions-check":
                continue
            try:
                found = matcher.search(query, limit=3)
            except QueryError:
                found = []
            shown = ",".join(f"{m.cause.id}:{m.confidence[0]}:{m.score:.0f}" for m in found)
            print(f"{kind}\t{query}\t{','.join(sorted(answers)) or '-'}\t{shown}")


def _read(path: str) -> dict[tuple[str, str], list[str]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {(row[0], row[1]): row for row in (line.split("\t") for line in lines)}


def totals(path: str) -> None:
    hit1 = hit3 = questions = negatives = confident = anything = 0
    for _kind, _query, expected, shown in _read(path).values():
        found = [item.split(":") for item in shown.split(",") if item]
        if expected == "-":
            negatives += 1
            anything += bool(found)
            confident += any(tier == "h" for _, tier, _ in found)
            continue
        answers, ids = set(expected.split(",")), [cause for cause, _, _ in found]
        questions += 1
        hit1 += bool(ids) and ids[0] in answers
        hit3 += bool(answers & set(ids))
    print(f"questions {questions}: hit@1 {hit1}, hit@3 {hit3}; negatives {negatives}: ", end="")
    print(f"confident false + {confident}, anything {anything}")


def compare(before: str, after: str) -> None:
    old, new = _read(before), _read(after)
    for key, row in old.items():
        if key in new and new[key][3] != row[3]:
            print(f"{row[0]}\t{row[1]!r}\texpected {row[2]}")
            print(f"  before {row[3]}\n  after  {new[key][3]}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--totals"]:
        totals(sys.argv[2])
    elif sys.argv[1:2] == ["--compare"]:
        compare(sys.argv[2], sys.argv[3])
    else:
        snapshot()
