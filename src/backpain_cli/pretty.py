"""Rich output for people at a terminal. Imported only when that is the output.

Tables when they fit the width; otherwise each record as a stacked card (label, then the value
wrapped at word boundaries), so that no name, code or address is ever cut inside a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .render import FIELD_LABELS, View

# Below this many columns a table of three or more columns becomes stacked cards.
_CARD_WIDTH = 72
CARD_SECTIONS = (
    ("definition", "What it is"),
    ("symptoms", "What it can feel like"),
    ("risk_factors", "Who gets it"),
    ("see_a_doctor", "When to see a doctor"),
    ("aliases", "Other names"),
    ("kinds", "Kinds"),
    ("icd10", "ICD-10-CM"),
    ("see_also", "See also"),
    ("related", "Related"),
    ("learn_more", "Learn more"),
)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1; the command layer stops quietly with 0, as in every other format
        raise BrokenPipeError


def console(stderr: bool = False, color: str = "auto") -> Console:
    """A console that follows the terminal, NO_COLOR, FORCE_COLOR and TERM=dumb, or `color`."""
    options: dict[str, Any] = {}
    if color == "never":  # no escape sequences at all, bold and links included
        options["color_system"] = None
    elif color == "always":
        options["force_terminal"] = True
    return _Console(stderr=stderr, highlight=False, emoji=False, markup=False, **options)


@contextmanager
def progress(name: str, steps: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr, one step at a time; it is gone when the work is done."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console(stderr=True), transient=True) as bar:
        task = bar.add_task(name, total=steps)
        done = -1

        def step(text: str) -> None:
            nonlocal done
            done += 1
            bar.update(task, description=f"{text} {name}", completed=done)

        yield step


def _text(value: Any, max_items: int | None = None) -> Text:
    # Text, never markup: catalogue text like "[bold]" is shown as it is.
    if isinstance(value, list):
        shown = value if max_items is None else value[:max_items]
        more = len(value) - len(shown)
        return Text(", ".join(map(str, shown)) + (f" (+{more} more)" if more else ""))
    if isinstance(value, float):
        return Text(f"{value:.0f}")
    return Text("" if value is None else str(value))


def _field(record: dict[str, Any], key: str, max_items: int | None) -> Text:
    """One field of a record; in the text that matched, the query's words that did (why)."""
    text = _text(record[key], max_items)
    if key == "matched_text" and record.get("matched_words"):
        text.highlight_words(record["matched_words"], "bold yellow", case_sensitive=False)
    return text


def print_view(
    out: Console, view: View, max_items: int | None = None, records: Sequence[Any] | None = None
) -> None:
    """One table per group of the view's records, or stacked cards when the width is too small."""
    keys = list(view.labels) or list(view.columns)
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in view.records if records is None else records:
        groups.setdefault(str(record[view.group_by]) if view.group_by else "", []).append(record)
    key_value = keys == ["field", "value"]
    stacked = not key_value and len(keys) > 2 and out.width < _CARD_WIDTH
    for heading, group in groups.items():
        title = Text(heading or view.title, style="bold")
        if key_value and out.width < _CARD_WIDTH:
            # a label, then its value on lines of its own: an address or a path stays whole
            out.print(title)
            for record in group:
                field = str(record["field"])
                out.print(Text(FIELD_LABELS.get(field, field), style="bold cyan"))
                value = _field(record, "value", max_items)
                long_word = any(len(w) > out.width - 2 for w in str(record["value"]).split())
                out.print(value, soft_wrap=long_word)
            continue
        if stacked:
            out.print(title)
            for record in group:
                _print_card(out, view, keys, record, max_items)
            continue
        table = Table(title=title, title_justify="left", show_header=not key_value, expand=False)
        for key in keys:
            style = "bold cyan" if key in ("name", "field") else None
            table.add_column(Text(view.labels.get(key, key)), style=style, overflow="fold")
        for record in group:
            cells = [_field(record, k, max_items) for k in keys]
            if key_value:
                cells[0] = Text(FIELD_LABELS.get(str(record["field"]), str(record["field"])))
            table.add_row(*cells)
        out.print(table)


_NARROWEST = 12
"""Columns a card's values need beside their labels; in a narrower terminal they go below."""


def _print_card(
    out: Console, view: View, keys: list[str], record: dict[str, Any], max_items: int | None
) -> None:
    out.print()
    rows = []
    for key in keys:
        value = _field(record, key, max_items)
        if not value.plain:
            continue
        if key == "name":
            out.print(Text(value.plain, style="bold cyan"))
        else:
            rows.append((f"{view.labels.get(key, key)}:", value))
    widest = max((len(label) for label, _ in rows), default=0)
    if out.width - widest - 1 < _NARROWEST:  # no room beside the labels: each value under its own
        for label, value in rows:
            out.print(Text(label, style="dim"))
            out.print(value)
        return
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()  # values wrap under themselves, not under their label
    for label, value in rows:
        grid.add_row(label, value)
    out.print(grid)


def print_card(out: Console, record: dict[str, Any], source: str, url: str) -> None:
    """One cause as a reference card: its sections in reading order, empty ones left out."""
    out.print(Text(record["name"], style="bold cyan"), Text(f"  {record['category_name']}"))
    for key, label in CARD_SECTIONS:
        value = record[key]
        if key == "see_also":  # the source's own page on the cause is this card
            value = [v for v in value if v.casefold() != record["name"].casefold()]
        if not value:
            continue
        out.print()
        out.print(Text(label, style="bold"))
        if key == "definition":
            out.print(Text(value))
        elif key == "learn_more":
            for link in value:
                out.print(_bullets([link["title"]]))  # a long title wraps under itself
                out.print(_link(link["url"]), soft_wrap=True)
        elif key in ("aliases", "kinds", "icd10", "see_also", "related"):
            out.print(Text(", ".join(value)))
        else:
            out.print(_bullets(value))
    out.print()
    out.print(Text("Source", style="bold"))
    out.print(Text(source))
    if url:
        out.print(_link(url), soft_wrap=True)


def _bullets(items: Sequence[str]) -> Table:
    """A list whose lines wrap under their own text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for item in items:
        grid.add_row("-", Text(item))
    return grid


def _link(url: str) -> Text:
    """An address on its own line, whole (print it with soft_wrap: never cut or broken by rich),
    and clickable where the terminal supports links (OSC 8)."""
    return Text(url, style=f"link {url}")


def print_results(out: Console, view: View, confident: list[Any], possible: list[Any]) -> None:
    """Search results: the matches, then the possibly related ones in a quieter section (the
    sections say each result's confidence: no column for it)."""
    view = view._replace(labels={k: v for k, v in view.labels.items() if k != "confidence"})
    if confident:
        print_view(out, view, records=confident)
    if possible:  # a table of its own, titled once: "Search: ... (possibly related, ...)"
        title = "Possibly related (a weaker match)"
        title = title if confident else f"{view.title} (possibly related, a weaker match)"
        print_view(out, view._replace(title=title), records=possible)


def print_warnings(out: Console, lines: Sequence[str]) -> None:
    """Warning signs: first, bold, and red unless colour is off; wrapped to the width."""
    for line in lines:
        out.print(Text(line, style="bold red"))


def print_red_flags(out: Console, groups: Sequence[Any]) -> None:
    """Each group of warning signs: its title, how to call for help, and its signs."""
    for group in groups:
        urgent = group.id == "emergency"
        out.print(Text(group.title, style="bold red" if urgent else "bold"))
        if group.call:
            out.print(Text(group.call, style="bold"))
        out.print(_bullets(group.signs))
        out.print()


def print_note(out: Console, text: str) -> None:
    """The disclaimer or another closing note, set apart from the data."""
    out.print(Text(text, style="italic"))
