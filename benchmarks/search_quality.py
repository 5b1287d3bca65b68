"""Search quality on labelled queries: hit@1, hit@3 and false positives, per set and kind.

python benchmarks/search_quality.py                # the tuning half and the old sets
python benchmarks/search_quality.py --misses       # and every query of those that went wrong
python benchmarks/search_quality.py --check        # the check half too: for reporting, not tuning
python benchmarks/search_quality.py --check --show-check-misses   # and the check half's misses

Sets:
- questions.tsv: real people's questions, split once, before tuning, into a tuning half and a
  check half (see split_questions.py). Tune on "tune" only; "check" is the honest figure.
- questions_tune2.tsv: more real questions in the same form, gathered in round five apart from
  the split (none of its queries or sources is in questions.tsv): all of it is tuning data.
- questions_tune3.tsv: more in the same form, gathered in round six by helpers who neither ran
  the tool nor read its code, apart from both files above; measured once before use, then tuning
  data (half tune3).
- questions_tune4.tsv: more in the same form, gathered in round eight the same way, its negatives
  close neighbours (gallbladder, fibroids, gout, a hamstring); measured once before use, then
  tuning data (half tune4).
- questions_tune5.tsv: more in the same form, gathered in round nine the same way, 3 to 20 words
  (nearer the check half's length); measured once before use, then tuning data (half tune5).
- questions_tune6.tsv: more in the same form, gathered in round ten the same way; held out for
  that round (measured at its start and its end only), then tuning data (half tune6).
- questions_tune7.tsv: more in the same form, gathered in round eleven the same way; held out
  for that round (measured at its start and its end only), then tuning data (half tune7).
- questions_tune8.tsv: more in the same form, gathered in round twelve the same way; measured
  when it came in (at the start of the round and midway), then tuning data (half tune8).
- questions_tune9.tsv: more in the same form, gathered in round thirteen the same way; held out
  for that round (measured at its start and its end only), then tuning data (half tune9).
- questions_tune10.tsv: more in the same form, gathered at the end of round thirteen; held out
  for round fourteen (measured at its start and its end only), then tuning data (half tune10).
- questions_tune11.tsv: more in the same form, gathered at the start of round fourteen; held out
  for that round (measured at its start and its end only), then tuning data (half tune11).
- questions_tune12.tsv: more in the same form, gathered at the start of round fifteen; held out
  for that round (measured at its start and its end only), then tuning data (half tune12).
- questions_tune13.tsv: more in the same form, gathered at the start of round sixteen; held out
  for that round (measured at its start and its end only), then tuning data (half tune13).
- questions_tune14.tsv: more in the same form, gathered midway through round sixteen; measured
  once when it came in, then tuning data (half tune14).
- questions_tune15.tsv: more in the same form, gathered at the end of round sixteen; held out
  for rounds sixteen and seventeen (measured at their starts and ends only), then tuning data
  (half tune15).
- questions_tune16.tsv: more in the same form, gathered at the start of round seventeen with the
  briefs in benchmarks/briefs/; held out for that round, then tuning data (half tune16).
- questions_tune17.tsv: more in the same form, gathered at the start of round eighteen the same
  way; held out for that round, then tuning data (half tune17).
- questions_tune18.tsv: more in the same form, gathered at the start of round nineteen the same
  way; held out (not read by this script): measured as figures only.

Held-out sets are measured with `--held-out FILE...` (figures only, no query printed); an older
build through PYTHONPATH of a worktree of its `src`.
- queries.tsv: the older set of names, aliases, typos and short descriptions (partly written
  while tuning, so it flatters).

hit@1 and hit@3 count results of either tier ("high" and "low" confidence). A false positive is
a negative that gets a confident result; "any" counts a negative that gets anything at all.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from backpain_cli import load_catalogue
from backpain_cli.catalogue import everyday_words, load_conditions
from backpain_cli.errors import QueryError
from backpain_cli.matching import Matcher

HERE = Path(__file__).parent
QUERIES = HERE / "queries.tsv"
QUESTIONS = HERE / "questions.tsv"
QUESTIONS_TUNE2 = HERE / "questions_tune2.tsv"
QUESTIONS_TUNE3 = HERE / "questions_tune3.tsv"
QUESTIONS_TUNE4 = HERE / "questions_tune4.tsv"
QUESTIONS_TUNE5 = HERE / "questions_tune5.tsv"
QUESTIONS_TUNE6 = HERE / "questions_tune6.tsv"
QUESTIONS_TUNE7 = HERE / "questions_tune7.tsv"
QUESTIONS_TUNE8 = HERE / "questions_tune8.tsv"
QUESTIONS_TUNE9 = HERE / "questions_tune9.tsv"
QUESTIONS_TUNE10 = HERE / "questions_tune10.tsv"
QUESTIONS_TUNE11 = HERE / "questions_tune11.tsv"
QUESTIONS_TUNE12 = HERE / "questions_tune12.tsv"
QUESTIONS_TUNE13 = HERE / "questions_tune13.tsv"
QUESTIONS_TUNE14 = HERE / "questions_tune14.tsv"
QUESTIONS_TUNE15 = HERE / "questions_tune15.tsv"
QUESTIONS_TUNE16 = HERE / "questions_tune16.tsv"
QUESTIONS_TUNE17 = HERE / "questions_tune17.tsv"


@dataclass
class Tally:
    queries: int = 0
    hit1: int = 0
    hit3: int = 0
    negatives: int = 0
    false_positives: int = 0
    anything: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("queries", "hit1", "hit3", "negatives", "false_positives", "anything"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    def rate(self, name: str) -> float:
        whole = self.negatives if name in ("false_positives", "anything") else self.queries
        return getattr(self, name) / whole if whole else float("nan")


def labelled(path: Path) -> list[tuple[str, str, frozenset[str]]]:
    """(set and kind, query, right answers) for each line; no answers for a negative.

    queries.tsv lines are `kind, query, ids`; questions.tsv lines are
    `half, kind, query, ids, source`.
    """
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 3:
            kind, query, expected = fields
        else:
            half, _kind, query, expected, _source = fields
            kind = f"questions-{half}"
        answers = frozenset() if expected == "-" else frozenset(expected.split(","))
        rows.append((kind, query, answers))
    return rows


def _results(matcher: Matcher, query: str) -> list[tuple[str, bool]]:
    """(cause id, confident) for the top three results of either tier."""
    try:
        found = matcher.search(query, limit=3)
    except QueryError:
        return []
    return [(m.cause.id, getattr(m, "confidence", "high") == "high") for m in found]


def evaluate(paths: list[Path]) -> dict[str, Tally]:
    """A tally per kind of query, and one for each file's whole set."""
    matcher = Matcher(load_catalogue(), load_conditions(), everyday_words())
    tallies: dict[str, Tally] = defaultdict(Tally)
    for path in paths:
        for kind, query, answers in labelled(path):
            found = _results(matcher, query)
            ids = [cause for cause, _ in found]
            tally = tallies[kind]
            if not answers:
                tally.negatives += 1
                tally.anything += bool(found)
                if any(confident for _, confident in found):
                    tally.false_positives += 1
                if found:
                    tally.misses.append(f"{kind}: {query!r} found {found}")
                continue
            tally.queries += 1
            tally.hit1 += bool(ids) and ids[0] in answers
            tally.hit3 += bool(answers & set(ids))
            if not ids or ids[0] not in answers:
                tally.misses.append(f"{kind}: {query!r} -> {found}, expected {sorted(answers)}")
    return dict(sorted(tallies.items()))


def held_out(paths: list[Path]) -> None:
    """Figures only, never a query, for sets kept out of tuning (tune18 now): to measure them
    at the start and the end of a round without reading them."""
    for kind, t in evaluate(paths).items():
        print(
            f"{kind:<18}{t.queries:>8}{t.rate('hit1'):>8.3f}{t.rate('hit3'):>8.3f}"
            f"{t.negatives:>11}{t.rate('false_positives'):>9.3f}{t.rate('anything'):>7.3f}"
        )


def main() -> None:
    if "--held-out" in sys.argv:  # python benchmarks/search_quality.py --held-out FILE...
        held_out([Path(a) for a in sys.argv[sys.argv.index("--held-out") + 1 :]])
        return
    paths = [
        p
        for p in (
            *(QUESTIONS, QUESTIONS_TUNE2, QUESTIONS_TUNE3, QUESTIONS_TUNE4, QUESTIONS_TUNE5),
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
            QUERIES,
        )
        if p.exists()
    ]
    tallies = evaluate(paths)
    if "--check" not in sys.argv:
        tallies.pop("questions-check", None)
    old = Tally()
    for kind, tally in tallies.items():
        if not kind.startswith("questions-"):
            old.add(tally)
    tallies["old set, all"] = old
    print(
        f"{'set / kind':<18}{'queries':>8}{'hit@1':>8}{'hit@3':>8}{'negatives':>11}"
        f"{'false +':>9}{'any':>7}"
    )
    for kind, t in tallies.items():
        print(
            f"{kind:<18}{t.queries:>8}{t.rate('hit1'):>8.3f}{t.rate('hit3'):>8.3f}"
            f"{t.negatives:>11}{t.rate('false_positives'):>9.3f}{t.rate('anything'):>7.3f}"
        )
    if "--misses" in sys.argv or "--show-check-misses" in sys.argv:
        for kind, tally in tallies.items():
            if kind == "old set, all" or (
                kind == "questions-check" and "--show-check-misses" not in sys.argv
            ):
                continue
            print("\n".join(["", *tally.misses]))


if __name__ == "__main__":
    main()
