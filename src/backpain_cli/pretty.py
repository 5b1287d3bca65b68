"""Rich tables for people at a terminal. Imported only when that is the output."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .render import FIELD_LABELS, View


def console(stderr: bool = False) -> Console:
    """A console that follows the terminal, NO_COLOR, FORCE_COLOR and TERM=dumb."""
    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def _cell(value: Any, max_items: int | None) -> Text:
    # Text, never markup: catalogue text like "[bold]" is shown as it is.
    if isinstance(value, list):
        shown = value if max_items is None else value[:max_items]
        more = len(value) - len(shown)
        return Text(", ".join(map(str, shown)) + (f" (+{more} more)" if more else ""))
    if isinstance(value, float):
        return Text(f"{value:.0f}")
    return Text("" if value is None else str(value))


def print_view(out: Console, view: View, max_items: int | None = None) -> None:
    """One table per group of the view's records, with the view's Markdown column labels."""
    keys = list(view.labels) or list(view.columns)
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in view.records:
        groups.setdefault(str(record[view.group_by]) if view.group_by else "", []).append(record)
    key_value = keys == ["field", "value"]
    for heading, records in groups.items():
        table = Table(
            title=Text(heading or view.title, style="bold"),
            title_justify="left",
            show_header=not key_value,
            expand=False,
        )
        for key in keys:
            style = "bold cyan" if key in ("name", "field") else None
            table.add_column(Text(view.labels.get(key, key)), style=style, overflow="fold")
        for record in records:
            cells = [_cell(record[k], max_items) for k in keys]
            if key_value:
                cells[0] = Text(FIELD_LABELS.get(str(record["field"]), str(record["field"])))
            table.add_row(*cells)
        out.print(table)


def print_note(out: Console, text: str) -> None:
    """The disclaimer or another closing note, set apart from the data."""
    out.print(Text(text, style="italic"))
