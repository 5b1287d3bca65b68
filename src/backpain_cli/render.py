"""Machine and document output: plain, TSV, CSV, JSON, JSON Lines and Markdown (stdlib only).

Each command builds a View, the same data seen as records (rows for plain, TSV and CSV, lines for
JSON Lines), one JSON document, and Markdown tables. `render` turns a view into text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Catalogue, Cause, clean_text

if TYPE_CHECKING:
    from .matching import Match

DATA_FORMATS = ("plain", "tsv", "csv", "jsonl")
"""Formats whose stdout is data only: the disclaimer goes to stderr."""

Record = dict[str, Any]

FIELD_LABELS = {
    "id": "Id",
    "name": "Name",
    "category": "Category id",
    "category_name": "Category",
    "definition": "What it is",
    "aliases": "Also called",
    "icd10": "ICD-10-CM",
    "see_also": "See also",
    "source": "Source",
    "version": "Version",
    "title": "Catalogue",
    "url": "Address",
    "reviewed": "Reviewed",
    "path": "File",
    "causes": "Causes",
    "disclaimer": "Disclaimer",
}
"""How people read the fields of `show` and `about` in tables and Markdown."""


@dataclass(frozen=True, slots=True)
class View:
    """One command's answer, ready for any format."""

    columns: tuple[str, ...]
    """The record keys written by plain, TSV and CSV, in order."""
    records: Sequence[Record]
    document: Record
    """The JSON document; it carries the disclaimer."""
    items: Sequence[Record] | None = None
    """What JSON Lines writes, one per line, when it differs from the records."""
    title: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    """Markdown column headings by key; the columns shown in Markdown."""
    group_by: str | None = None
    """Markdown writes one table for each value of this key."""


def render(view: View, fmt: str, ascii_only: bool = False) -> str:
    """The view as text in one of the machine or document formats."""
    if fmt in ("json", "jsonl"):
        import json

        if fmt == "json":
            return json.dumps(view.document, indent=2, ensure_ascii=ascii_only) + "\n"
        items = view.records if view.items is None else view.items
        return "".join(json.dumps(item, ensure_ascii=ascii_only) + "\n" for item in items)
    if fmt == "markdown":
        return _markdown(view)
    rows = [[_cell(record[key]) for key in view.columns] for record in view.records]
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(view.columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "tsv":
        rows.insert(0, list(view.columns))
    if fmt in ("plain", "tsv"):
        return "".join("\t".join(row) + "\n" for row in rows)
    raise ValueError(f"unknown format {fmt!r}")


def _cell(value: Any) -> str:
    """One field as a single line: lists joined with '; ', and no tab or newline left."""
    if isinstance(value, list):
        return "; ".join(clean_text(str(v)) for v in value)
    if isinstance(value, float):
        return f"{value:.1f}"
    return clean_text(str(value)) if value is not None else ""


def _markdown(view: View) -> str:
    out: list[str] = [f"# {_md(view.title)}\n"] if view.title else []
    keys = list(view.labels) or list(view.columns)
    groups: dict[str, list[Record]] = {}
    for record in view.records:
        groups.setdefault(str(record[view.group_by]) if view.group_by else "", []).append(record)
    for heading, records in groups.items():
        if heading:
            out.append(f"## {_md(heading)}\n")
        out.append("| " + " | ".join(_md(view.labels.get(k, k)) for k in keys) + " |")
        out.append("|" + "---|" * len(keys))
        for record in records:
            cells = [_cell(record[k]) for k in keys]
            if keys == ["field", "value"]:
                cells[0] = FIELD_LABELS.get(cells[0], cells[0])
            out.append("| " + " | ".join(map(_md, cells)) + " |")
        out.append("")
    disclaimer = view.document.get("disclaimer")
    if disclaimer:
        out.append(f"> {_md(disclaimer)}\n")
    return "\n".join(out)


def _md(text: str) -> str:
    """Text that Markdown shows literally inside a table cell."""
    for char in "\\|*_`[]<>#":
        text = text.replace(char, "\\" + char)
    return text


# --- records ------------------------------------------------------------------------------------


def cause_record(catalogue: Catalogue, cause: Cause) -> Record:
    """A cause as JSON: the stable shape documented in the README."""
    category = catalogue.category(cause.category)
    return {
        "id": cause.id,
        "name": cause.name,
        "category": cause.category,
        "category_name": category.name if category else cause.category,
        "definition": cause.definition,
        "aliases": list(cause.aliases),
        "icd10": list(cause.icd10),
        "see_also": list(cause.see_also),
    }


def match_record(catalogue: Catalogue, match: Match) -> Record:
    """A search result: the cause, its score and what matched."""
    return cause_record(catalogue, match.cause) | {
        "score": match.score,
        "matched": match.matched,
        "matched_text": match.matched_text,
    }


def catalogue_record(catalogue: Catalogue) -> Record:
    return {
        "title": catalogue.title,
        "source": catalogue.source,
        "url": catalogue.url,
        "reviewed": catalogue.reviewed.isoformat() if catalogue.reviewed else None,
        "path": catalogue.path,
        "causes": len(catalogue.causes),
    }


_CAUSE_LABELS = {"name": "Cause", "definition": "What it is", "aliases": "Also called"}


def list_view(catalogue: Catalogue, causes: Iterable[Cause]) -> View:
    records = [cause_record(catalogue, cause) for cause in causes]
    category_ids = dict.fromkeys(r["category"] for r in records)
    return View(
        columns=("id", "name", "category", "definition"),
        records=records,
        document={
            "catalogue": catalogue_record(catalogue),
            "categories": [
                {"id": c.id, "name": c.name} for c in catalogue.categories if c.id in category_ids
            ],
            "causes": records,
            "disclaimer": catalogue.disclaimer,
        },
        title=catalogue.title,
        labels=_CAUSE_LABELS,
        group_by="category_name",
    )


SHOW_FIELDS = (
    "id",
    "name",
    "category",
    "category_name",
    "definition",
    "aliases",
    "icd10",
    "see_also",
)


def show_view(catalogue: Catalogue, cause: Cause) -> View:
    record = cause_record(catalogue, cause)
    source = " ".join(p for p in (catalogue.source, catalogue.url) if p)
    rows = [{"field": key, "value": record[key]} for key in SHOW_FIELDS]
    rows.append({"field": "source", "value": source})
    return View(
        columns=("field", "value"),
        records=rows,
        document={"cause": record, "disclaimer": catalogue.disclaimer},
        items=[record],
        title=cause.name,
        labels={"field": "Field", "value": "Value"},
    )


def not_found_view(catalogue: Catalogue, name: str, suggestions: Sequence[Cause]) -> View:
    """`show` found no cause: for JSON, the causes the name might mean."""
    records = [cause_record(catalogue, cause) for cause in suggestions]
    return View(
        columns=("id", "name"),
        records=records,
        document={
            "query": name,
            "cause": None,
            "suggestions": records,
            "disclaimer": catalogue.disclaimer,
        },
    )


def search_view(catalogue: Catalogue, query: str, matches: Sequence[Match]) -> View:
    records = [match_record(catalogue, m) for m in matches]
    return View(
        columns=("id", "name", "score", "matched", "matched_text"),
        records=records,
        document={"query": query, "results": records, "disclaimer": catalogue.disclaimer},
        title=f"Search: {query}",
        labels={"name": "Cause", "category_name": "Category", "score": "Score"}
        | {"matched": "Matched", "matched_text": "Text"},
    )


def batch_view(catalogue: Catalogue, answers: Sequence[tuple[str, Sequence[Match]]]) -> View:
    """Many queries (`search -`): records carry their query; JSON Lines has one line per query."""
    records = [
        {"query": query} | match_record(catalogue, m) for query, matches in answers for m in matches
    ]
    queries = [
        {"query": query, "results": [match_record(catalogue, m) for m in matches]}
        for query, matches in answers
    ]
    return View(
        columns=("query", "id", "name", "score", "matched", "matched_text"),
        records=records,
        document={"queries": queries, "disclaimer": catalogue.disclaimer},
        items=queries,
        title="Search",
        labels={"query": "Query", "name": "Cause", "score": "Score", "matched_text": "Matched"},
    )


def categories_view(catalogue: Catalogue) -> View:
    records = [
        {"id": c.id, "name": c.name, "count": len(catalogue.causes_in(c.id))}
        for c in catalogue.categories
    ]
    return View(
        columns=("id", "name", "count"),
        records=records,
        document={"categories": records, "disclaimer": catalogue.disclaimer},
        title="Categories",
        labels={"id": "Id", "name": "Category", "count": "Causes"},
    )


def about_view(catalogue: Catalogue, version: str) -> View:
    info = {"version": version} | catalogue_record(catalogue)
    info["disclaimer"] = catalogue.disclaimer
    return View(
        columns=("field", "value"),
        records=[{"field": k, "value": v} for k, v in info.items()],
        document=info,
        items=[info],
        title="backpain",
        labels={"field": "Field", "value": "Value"},
    )


def red_flags_view(catalogue: Catalogue) -> View:
    records = [
        {"group": group.id, "title": group.title, "sign": sign}
        for group in catalogue.red_flags
        for sign in group.signs
    ]
    groups = [
        {"id": group.id, "title": group.title, "signs": list(group.signs)}
        for group in catalogue.red_flags
    ]
    return View(
        columns=("group", "title", "sign"),
        records=records,
        document={"red_flags": groups, "disclaimer": catalogue.disclaimer},
        title="Signs that back pain needs prompt care",
        labels={"sign": "Sign"},
        group_by="title",
    )
