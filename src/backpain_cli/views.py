"""Each command's answer as a View: the same data as records, one JSON document, and labels.

The shapes here are the stable, documented ones (README, "In pipes and scripts"): fields are
added, never renamed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .model import Catalogue, Cause, WarningSign
from .render import Record, View

FIELD_FORMATS = ("plain", "tsv", "csv", "jsonl")
"""The formats whose columns `--fields` chooses."""


def select(view: View, fields: Sequence[str]) -> View:
    """The view with only these fields, in this order, for the record formats (`--fields`).

    Raises LookupError naming the fields there are when one is not among them.
    """
    key_value = view.columns == ("field", "value")
    known = [r["field"] for r in view.records] if key_value else list(view.fields or _keys(view))
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise LookupError(f"unknown field '{unknown[0]}'; the fields here: {', '.join(known)}")
    if key_value:
        rows = {r["field"]: r for r in view.records}
        records: list[Record] = [rows[f] for f in fields]
        return view._replace(records=records, items=[{f: rows[f]["value"] for f in fields}])
    records = [{f: record.get(f, "") for f in fields} for record in view.records]
    return view._replace(columns=tuple(fields), records=records, items=None)


def _keys(view: View) -> list[str]:
    keys = dict.fromkeys(view.columns)
    for record in view.records:
        keys.update(dict.fromkeys(record))
    return list(keys)


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
        "kinds": list(cause.kinds),
        "icd10": list(cause.icd10),
        "see_also": list(cause.see_also),
        "related": list(cause.related),
        "symptoms": list(cause.symptoms),
        "risk_factors": list(cause.risk_factors),
        "see_a_doctor": list(cause.see_a_doctor),
        "learn_more": [{"title": link.title, "url": link.url} for link in cause.learn_more],
        "references": list(cause.references),
    }


def warning_records(warnings: Sequence[WarningSign]) -> list[Record]:
    """The warning signs a query reads like, each with how to call for help ("" if its group
    says nothing of it), so that a document or a program passes that on too."""
    return [
        {"group": group.id, "title": group.title, "sign": sign, "call": group.call}
        for group, sign in warnings
    ]


def catalogue_record(catalogue: Catalogue) -> Record:
    return {
        "title": catalogue.title,
        "source": catalogue.source,
        "url": catalogue.url,
        "reviewed": catalogue.reviewed.isoformat() if catalogue.reviewed else None,
        "path": catalogue.path,
        "causes": len(catalogue.causes),
    }


_CAUSE_LABELS = {"name": "Cause", "definition": "What it is", "aliases": "Other names"}


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


def show_view(catalogue: Catalogue, cause: Cause, warnings: Sequence[WarningSign] = ()) -> View:
    """One line a field, in the record's own order, then the source (the terminal card has an
    order of its own, in pretty.py)."""
    record = cause_record(catalogue, cause)
    source = " ".join(p for p in (catalogue.source, catalogue.url) if p)
    rows = [{"field": key, "value": value} for key, value in record.items()]
    rows.append({"field": "source", "value": source})
    return View(
        columns=("field", "value"),
        records=rows,
        document={
            "cause": record,
            "warnings": warning_records(warnings),
            "disclaimer": catalogue.disclaimer,
        },
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
            "warnings": [],
            "disclaimer": catalogue.disclaimer,
        },
    )


CAUSE_FIELDS = (
    *("id", "name", "category", "category_name", "definition", "aliases", "kinds", "icd10"),
    *("see_also", "related", "symptoms", "risk_factors", "see_a_doctor", "learn_more"),
    "references",
)
"""The keys of `cause_record`, in order."""


def categories_view(catalogue: Catalogue) -> View:
    counts = Counter(cause.category for cause in catalogue.causes)  # one pass, not one a category
    records = [{"id": c.id, "name": c.name, "count": counts[c.id]} for c in catalogue.categories]
    return View(
        columns=("id", "name", "count"),
        records=records,
        document={"categories": records, "disclaimer": catalogue.disclaimer},
        title="Categories",
        labels={"id": "Id", "name": "Category", "count": "Causes"},
    )


def about_view(catalogue: Catalogue, version: str, cache_folder: str = "") -> View:
    info = {"version": version} | catalogue_record(catalogue)
    if cache_folder:
        info["cache"] = f"{cache_folder} ({catalogue.cache or 'off'})"
    info["disclaimer"] = catalogue.disclaimer
    return View(
        columns=("field", "value"),
        records=[{"field": k, "value": v} for k, v in info.items()],
        document=info,
        items=[info],
        title="backpain",
        labels={"field": "Field", "value": "Value"},
    )


RED_FLAGS_NOTE = (
    "These signs are a guide, not a complete list, and not a diagnosis. If you are worried about "
    "back pain, or it is getting worse, contact a doctor or other health care professional."
)


def red_flags_view(catalogue: Catalogue) -> View:
    records = [
        {"group": group.id, "title": group.title, "sign": sign, "call": group.call}
        for group in catalogue.red_flags
        for sign in group.signs
    ]  # whom to call goes with every sign: a pipe keeps it
    groups = [
        {
            "id": group.id,
            "title": group.title,
            "call": group.call,
            "signs": list(group.signs),
            "references": list(group.references),
        }
        for group in catalogue.red_flags
    ]
    return View(
        columns=("group", "title", "sign", "call"),
        records=records,
        document={"red_flags": groups, "note": RED_FLAGS_NOTE},
        title="Signs that back pain needs prompt care",
        labels={"sign": "Sign", "call": "Whom to call"},
        group_by="title",
    )
