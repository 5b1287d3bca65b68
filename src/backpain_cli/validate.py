"""Validation: parsed TOML in, a Catalogue out, or every problem found, each with its place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .errors import CatalogueError
from .model import Catalogue, Category, Cause, RedFlags
from .problems import Problems

# A letter, a digit (or the "A" of the 2025 release's "QA0.0101"), a digit or letter ("M1A"), then
# up to four more: every code of the release the tests use, and no word ("XYZ", "ABC.DEF").
ICD10_PATTERN = re.compile(r"[A-Z][0-9A][0-9A-Z](?:\.[0-9A-Z]{1,4})?")

CATALOGUE_KEYS = ("title", "source", "url", "reviewed", "disclaimer")
TOP_LEVEL_KEYS = ("catalogue", "categories", "causes", "red_flags")
CATEGORY_KEYS = ("id", "name")
CAUSE_KEYS = (
    "id",
    "name",
    "category",
    "definition",
    "aliases",
    "kinds",
    "icd10",
    "see_also",
    "related",
    "symptoms",
    "risk_factors",
    "see_a_doctor",
    "learn_more",
    "references",
)
RED_FLAG_KEYS = ("id", "title", "signs", "call", "references")
MAX_PROBLEMS = 50


def _entries(
    problems: Problems, data: Mapping[str, Any], key: str, required: bool
) -> list[tuple[str, Mapping[str, Any]]]:
    """The tables of an array of tables, each with a label naming it in problem reports."""
    value = data.get(key)
    if value is None:
        if required:
            problems.add("", f"'{key}' is missing: add at least one [[{key}]] table")
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.add("", f"'{key}' must be an array of tables ([[{key}]])")
        return []
    if required and not value:
        problems.add("", f"'{key}' is empty: add at least one [[{key}]] table")
    labelled = []
    for index, table in enumerate(value):
        ident = table.get("id")
        label = f"{key}[{index}]" + (f" ({ident})" if isinstance(ident, str) and ident else "")
        labelled.append((label, table))
    return labelled


def build_catalogue(
    data: Mapping[str, Any], path: str = "", defaults: Mapping[str, Any] | None = None
) -> Catalogue:
    """Validate parsed TOML and build the catalogue, or raise CatalogueError listing every problem.

    `defaults` supplies the disclaimer and red flags that a user's catalogue leaves out.
    """
    problems = Problems()
    problems.unknown_keys("", data, TOP_LEVEL_KEYS)
    defaults = defaults or {}

    meta = data.get("catalogue", {})
    if not isinstance(meta, dict):
        problems.add("", "'catalogue' must be a table ([catalogue])")
        meta = {}
    problems.unknown_keys("catalogue", meta, CATALOGUE_KEYS)
    info = {
        key: problems.text("catalogue", meta, key, required=False)
        for key in ("title", "source", "url", "disclaimer")
    }
    info["disclaimer"] = info["disclaimer"] or defaults.get("catalogue", {}).get("disclaimer", "")
    if info["url"]:
        problems.url("catalogue", "url", info["url"])
    reviewed = meta.get("reviewed")
    if isinstance(reviewed, dt.datetime):
        reviewed = reviewed.date()
    if reviewed is not None and not isinstance(reviewed, dt.date):
        problems.add("catalogue", f"'reviewed' must be a date like 2024-10-01, not {reviewed!r}")
        reviewed = None

    categories: list[Category] = []
    seen: set[str] = set()
    for where, table in _entries(problems, data, "categories", required=True):
        problems.unknown_keys(where, table, CATEGORY_KEYS)
        ident = problems.identifier(where, table, seen)
        categories.append(Category(ident, problems.text(where, table, "name", required=True)))
    category_ids = {c.id for c in categories}

    causes: list[Cause] = []
    seen = set()
    for where, table in _entries(problems, data, "causes", required=True):
        problems.unknown_keys(where, table, CAUSE_KEYS)
        cause = _cause(problems, where, table, seen)
        if cause.category and category_ids and cause.category not in category_ids:
            known = ", ".join(sorted(category_ids))
            problems.add(where, f"category '{cause.category}' is not defined (known: {known})")
        causes.append(cause)

    names: dict[str, str] = {}
    for index, cause in enumerate(causes):  # `show NAME` must find one cause
        if cause.name and (other := names.setdefault(cause.name.casefold(), cause.id)) != cause.id:
            where = f"causes[{index}] ({cause.id})"
            problems.add(where, f"name {cause.name!r} is also the name of '{other}'")

    red_flags: list[RedFlags] = []
    seen = set()
    if data.get("red_flags") == []:  # none at all would silence every warning sign
        problems.add(
            "",
            "'red_flags' is empty: leave it out to use the bundled warning signs, or add at least "
            "one [[red_flags]] table",
        )
    flag_data = data if "red_flags" in data else defaults
    for where, table in _entries(problems, flag_data, "red_flags", required=False):
        problems.unknown_keys(where, table, RED_FLAG_KEYS)
        group = RedFlags(
            problems.identifier(where, table, seen),
            problems.text(where, table, "title", required=True),
            problems.texts(where, table, "signs"),
            problems.text(where, table, "call", required=False),
            problems.urls(where, table, "references"),
        )
        if not group.signs and isinstance(table.get("signs", []), list):
            problems.add(where, "'signs' must list at least one warning sign")
        red_flags.append(group)

    if problems.lines:
        count = len(problems.lines)
        shown = problems.lines[:MAX_PROBLEMS]
        if count > MAX_PROBLEMS:
            shown.append(f"... and {count - MAX_PROBLEMS} more")
        noun = "problem" if count == 1 else "problems"
        name = path or "catalogue"
        raise CatalogueError(
            f"invalid catalogue {name} ({count} {noun}; nothing was loaded):",
            [f"  {name}: {line}" for line in shown],
        )
    return Catalogue(
        title=info["title"],
        source=info["source"],
        url=info["url"],
        reviewed=reviewed,
        disclaimer=info["disclaimer"],
        categories=tuple(categories),
        causes=tuple(causes),
        red_flags=tuple(red_flags),
        path=path,
    )


def _cause(problems: Problems, where: str, table: Mapping[str, Any], seen: set[str]) -> Cause:
    def text(key: str) -> str:
        return problems.text(where, table, key, required=True)

    ident = problems.identifier(where, table, seen)
    cause = Cause(
        id=ident,
        name=text("name"),
        category=text("category"),
        definition=text("definition"),
        aliases=problems.texts(where, table, "aliases"),
        kinds=problems.texts(where, table, "kinds"),
        icd10=problems.texts(where, table, "icd10"),
        see_also=problems.texts(where, table, "see_also"),
        related=problems.texts(where, table, "related"),
        symptoms=problems.texts(where, table, "symptoms"),
        risk_factors=problems.texts(where, table, "risk_factors"),
        see_a_doctor=problems.texts(where, table, "see_a_doctor"),
        learn_more=problems.links(where, table, "learn_more"),
        references=problems.urls(where, table, "references"),
    )
    for code in cause.icd10:
        if not ICD10_PATTERN.fullmatch(code):
            problems.add(
                where, f"'icd10' code {code!r} is not shaped like an ICD-10-CM code{_hint(code)}"
            )
    return cause


def _hint(code: str) -> str:
    """How a code that is not shaped like one may be meant: in capitals, with its dot."""
    meant = code.strip().upper()
    if len(meant) > 3 and "." not in meant:
        meant = f"{meant[:3]}.{meant[3:]}"
    if meant != code and ICD10_PATTERN.fullmatch(meant):
        return f": write it {meant!r} (capitals, a dot after the third character)"
    return " (a letter, two characters, then a dot and up to four more, such as 'M54.50')"
