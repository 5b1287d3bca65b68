"""Search quality on the labelled queries in queries.tsv: hit@1, hit@3 and false positives.

python benchmarks/search_quality.py            # the figures, overall and per kind
python benchmarks/search_quality.py --misses   # and every query that went wrong
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from backpain_cli import load_catalogue
from backpain_cli.errors import QueryError
from backpain_cli.matching import Matcher

QUERIES = Path(__file__).with_name("queries.tsv")


@dataclass
class Tally:
    queries: int = 0
    hit1: int = 0
    hit3: int = 0
    negatives: int = 0
    false_positives: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.queries += other.queries
        self.hit1 += other.hit1
        self.hit3 += other.hit3
        self.negatives += other.negatives
        self.false_positives += other.false_positives
        self.misses += other.misses

    @property
    def hit1_rate(self) -> float:
        return self.hit1 / self.queries if self.queries else 1.0

    @property
    def hit3_rate(self) -> float:
        return self.hit3 / self.queries if self.queries else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.negatives if self.negatives else 0.0


def labelled(path: Path = QUERIES) -> list[tuple[str, str, frozenset[str]]]:
    """(kind, query, right answers) for each line; no answers for a negative."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, query, expected = line.split("\t")
        answers = frozenset() if expected == "-" else frozenset(expected.split(","))
        rows.append((kind, query, answers))
    return rows


def evaluate(path: Path = QUERIES) -> dict[str, Tally]:
    """A tally per kind of query, and one for all of them under 'all'."""
    matcher = Matcher(load_catalogue())
    tallies: dict[str, Tally] = defaultdict(Tally)
    for kind, query, answers in labelled(path):
        try:
            found = [m.cause.id for m in matcher.search(query, limit=3)]
        except QueryError:
            found = []
        tally = tallies[kind]
        if not answers:
            tally.negatives += 1
            if found:
                tally.false_positives += 1
                tally.misses.append(f"{kind}: {query!r} found {found}")
            continue
        tally.queries += 1
        tally.hit1 += bool(found) and found[0] in answers
        tally.hit3 += bool(answers & set(found))
        if not found or found[0] not in answers:
            tally.misses.append(f"{kind}: {query!r} -> {found}, expected {sorted(answers)}")
    overall = Tally()
    for tally in tallies.values():
        overall.add(tally)
    return {**tallies, "all": overall}


def main() -> None:
    tallies = evaluate()
    print(f"{'kind':<12}{'queries':>8}{'hit@1':>8}{'hit@3':>8}{'negatives':>11}{'false +':>9}")
    for kind, t in tallies.items():
        print(
            f"{kind:<12}{t.queries:>8}{t.hit1_rate:>8.3f}{t.hit3_rate:>8.3f}"
            f"{t.negatives:>11}{t.false_positive_rate:>9.3f}"
        )
    if "--misses" in sys.argv:
        print("\n".join(["", *tallies["all"].misses]))


if __name__ == "__main__":
    main()
