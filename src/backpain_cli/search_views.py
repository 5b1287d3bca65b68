"""`search`'s answers as Views: one query's results, or many queries' (`search -`).

The shapes are the stable, documented ones (README, "In pipes and scripts"): fields are added,
never renamed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Catalogue, WarningSign, clean_text
from .render import Record, View
from .views import CAUSE_FIELDS, cause_record, warning_records

if TYPE_CHECKING:
    from .matching import Match

SEARCH_COLUMNS = ("id", "name", "score", "matched", "matched_text", "confidence")
SEARCH_FIELDS = (*CAUSE_FIELDS, "score", "matched", "matched_text", "matched_words", "confidence")
"""The keys of `match_record`, in order: what `--fields` may choose for `search`, even when
nothing is found."""
SEARCH_LABELS = {"name": "Cause", "category_name": "Category", "score": "Score"} | {
    "matched": "Matched",
    "matched_text": "Text",
    "confidence": "Confidence",
}


def search_view(
    catalogue: Catalogue,
    query: str,
    matches: Sequence[Match],
    warnings: Sequence[WarningSign] = (),
    not_here: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> View:
    """A search's answer; `not_here`: the conditions the query names that are not causes here;
    `notes`: what stderr says of the answer (why nothing was found, say)."""
    records = [match_record(catalogue, m) for m in matches]
    return View(
        columns=SEARCH_COLUMNS,
        records=records,
        document={
            "query": query,
            "results": records,
            "warnings": warning_records(warnings),
            "not_here": list(not_here),
            "notes": list(notes),
            "disclaimer": catalogue.disclaimer,
        },
        title=f"Search: {clean_text(query)}",  # never an escape sequence at a terminal
        labels=SEARCH_LABELS,
        fields=SEARCH_FIELDS,
    )


def batch_item(
    catalogue: Catalogue,
    query: str,
    matches: Sequence[Match],
    warnings: Sequence[WarningSign] = (),
    error: str = "",
    not_here: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> Record:
    """One query of `search -` with what `search` says of it alone (results, warnings, the
    conditions it names that are not here, notes): one line of JSON Lines; a query that could
    not be searched (empty, too short, too long) says why in `error`."""
    item = {
        "query": query,
        "results": [match_record(catalogue, m) for m in matches],
        "warnings": warning_records(warnings),
        "not_here": list(not_here),
        "notes": list(notes),
    }
    return item | {"error": error} if error else item


def batch_records(item: Record) -> list[Record]:
    """The rows of one query of `search -`: one per result, or one 'no match' row."""
    if not item["results"]:
        empty = dict.fromkeys([*SEARCH_COLUMNS, *SEARCH_LABELS], "")
        if error := item.get("error"):  # a row a reader can tell from "no match"
            return [{"query": item["query"]} | empty | {"matched": "error", "matched_text": error}]
        return [{"query": item["query"]} | empty | {"matched": "no match", "score": None}]
    return [{"query": item["query"]} | result for result in item["results"]]


def batch_view(catalogue: Catalogue, items: Sequence[Record]) -> View:
    """Many queries (`search -`), each made by `batch_item`."""
    return View(
        columns=("query", *SEARCH_COLUMNS),
        records=[row for item in items for row in batch_records(item)],
        document={"queries": list(items), "disclaimer": catalogue.disclaimer},
        items=items,
        title="Search",
        labels={"query": "Query"} | SEARCH_LABELS,
        fields=("query", *SEARCH_FIELDS),
    )


def match_record(catalogue: Catalogue, match: Match) -> Record:
    """A search result: the cause, its score, what matched and how confident the match is."""
    return cause_record(catalogue, match.cause) | {
        "score": match.score,
        "matched": match.matched,
        "matched_text": match.matched_text,
        "matched_words": list(match.matched_words),
        "confidence": match.confidence,
    }
