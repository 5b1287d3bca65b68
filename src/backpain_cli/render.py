"""Machine and document output: plain, TSV, CSV, JSON, JSON Lines and Markdown (stdlib only).

Each command builds a View (views.py), the same data seen as records (rows for plain, TSV and CSV,
lines for JSON Lines), one JSON document, and Markdown tables. `render` turns a view into text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from .model import clean_text

DATA_FORMATS = ("plain", "tsv", "csv", "jsonl")
"""Formats whose stdout is data only: the disclaimer goes to stderr."""

Record = dict[str, Any]

FIELD_LABELS = {
    "id": "Id",
    "name": "Name",
    "category": "Category id",
    "category_name": "Category",
    "definition": "What it is",
    "symptoms": "What it can feel like",
    "risk_factors": "Who gets it",
    "see_a_doctor": "When to see a doctor",
    "aliases": "Other names",
    "kinds": "Kinds",
    "icd10": "ICD-10-CM",
    "see_also": "See also",
    "related": "Related",
    "learn_more": "Learn more",
    "references": "References",
    "source": "Source",
    "version": "Version",
    "title": "Catalogue",
    "url": "Address",
    "reviewed": "Reviewed",
    "path": "File",
    "causes": "Causes",
    "disclaimer": "Disclaimer",
    "cache": "Cache",
}
"""How people read the fields of `show` and `about` in tables and Markdown."""


class View(NamedTuple):
    """One command's answer, ready for any format."""

    columns: tuple[str, ...]
    """The record keys written by plain, TSV and CSV, in order."""
    records: Sequence[Record]
    document: Record
    """The JSON document; it carries the disclaimer."""
    items: Sequence[Record] | None = None
    """What JSON Lines writes, one per line, when it differs from the records."""
    title: str = ""
    labels: Mapping[str, str] = MappingProxyType({})
    """Markdown column headings by key; the columns shown in Markdown."""
    group_by: str | None = None
    """Markdown writes one table for each value of this key."""
    fields: tuple[str, ...] = ()
    """Every key a record of this answer may have, whatever records it holds: what `--fields`
    may choose (none given: the keys the records have)."""


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
    return "".join("\t".join(row) + "\n" for row in rows)  # plain and tsv


def _cell(value: Any) -> str:
    """One field as a single line: lists joined with '; ', and no tab or newline left."""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict) and "url" in value:  # a link
        return clean_text(f"{value.get('title', '')} <{value['url']}>")
    if isinstance(value, float):
        return f"{value:.1f}"
    return clean_text(str(value)) if value is not None else ""


def calls_after(calls: Sequence[str]) -> list[str]:
    """For warning signs in order, each with its group's call for help (or none): the call to
    show after each sign, after the last sign of its group and once ("" elsewhere), so that whom
    to call for emergency care comes before the signs to see someone soon about."""
    shown: set[str] = set()
    after = []
    for number, call in enumerate(calls):
        last = number + 1 == len(calls) or calls[number + 1] != call
        show = bool(call) and last and call not in shown
        after.append(call if show else "")
        if show:
            shown.add(call)
    return after


def _markdown(view: View) -> str:
    out: list[str] = [f"# {_md(view.title)}\n"] if view.title else []
    warnings = [(w, "") for w in view.document.get("warnings", [])]
    for item in view.document.get("queries", []):  # `search -`: each query's own
        warnings += [(w, item["query"]) for w in item["warnings"]]
    calls = calls_after([warning.get("call", "") for warning, _ in warnings])
    for (warning, query), call in zip(warnings, calls, strict=True):  # first, as at a terminal
        title, sign = _md(warning["title"].lower()), _md(warning["sign"])
        which = f" for {_md(repr(query))}" if query else ""
        out.append(f"> **Warning sign ({title}){which}:** {sign}\n")
        if call:
            out.append(f"> **{_md(call)}**\n")
    if not view.records and "results" in view.document:
        out.append("No cause matched.\n")
    keys = list(view.labels) or list(view.columns)
    groups: dict[str, list[Record]] = {}
    for record in view.records:
        groups.setdefault(str(record[view.group_by]) if view.group_by else "", []).append(record)
    for heading, records in groups.items():
        shown = keys
        if heading:
            out.append(f"## {_md(heading)}\n")
            # what every row of a group shares ("whom to call") is said once, under its heading
            same = [
                k for k in keys if len(records) > 1 and len({_cell(r[k]) for r in records}) == 1
            ]
            for key in same:
                if value := _md_cell(records[0][key]):
                    out.append(f"**{_md(view.labels.get(key, key))}:** {value}\n")
            shown = [k for k in keys if k not in same] or keys
        out.append("| " + " | ".join(_md(view.labels.get(k, k)) for k in shown) + " |")
        out.append("|" + "---|" * len(shown))
        for record in records:
            cells = [_md_cell(record[k]) for k in shown]
            if shown == ["field", "value"]:
                if not cells[1]:
                    continue  # a card's empty field ("Kinds"), as at a terminal
                field = str(record["field"])
                cells[0] = _md(FIELD_LABELS.get(field, field))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    disclaimer = view.document.get("disclaimer") or view.document.get("note")
    if disclaimer:
        out.append(f"> {_md(disclaimer)}\n")
    return "\n".join(out)


def _md_cell(value: Any) -> str:
    """One field in a Markdown table: its text escaped, its addresses links."""
    if isinstance(value, list):
        return "; ".join(_md_cell(v) for v in value)
    if isinstance(value, dict) and "url" in value:  # a link: its title, then its address
        title = _md(clean_text(value.get("title", "")))
        return f"{title} {_address(clean_text(value['url']))}".strip()
    return _address(_cell(value))


_URL = re.compile(r"https?://[^\s<>|]+")


def _address(text: str) -> str:
    """An address as a Markdown autolink (inside which nothing is read as Markdown or HTML: no
    space, '<' or '>' can end it early, and no '|' the table cell), a field of its own or the
    last word of one (a source: 'Mayo Clinic, "Back pain: Causes" https://...'); any other text
    escaped."""
    if _URL.fullmatch(text):
        return f"<{text}>"
    head, _, last = text.rpartition(" ")
    if head and _URL.fullmatch(last):
        return f"{_md(head)} <{last}>"
    return _md(text)


def _md(text: str) -> str:
    """Text that Markdown shows literally inside a table cell."""
    for char in "\\|*_`[]<>#":
        text = text.replace(char, "\\" + char)
    return text
