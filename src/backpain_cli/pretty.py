"""Rich output for people at a terminal. Imported only when that is the output.

Tables when they fit the width with every word whole; otherwise each record as a stacked card
(labels, and the values wrapped at word boundaries beside or under them), so that no name, code
or address is ever cut inside a word.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from .render import FIELD_LABELS, View
from .text import any_form

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
    if os.environ.get("COLUMNS", "x").strip("0") == "":  # COLUMNS=0: rich would print nothing
        import shutil

        options["width"] = shutil.get_terminal_size().columns or 80  # the terminal's, or 80
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
    if isinstance(value, float):  # a score, rounded down: 83.9, held under 84, never reads 84
        return Text(str(math.floor(value)))
    return Text("" if value is None else str(value))


def _field(record: dict[str, Any], key: str, max_items: int | None) -> Text:
    """One field of a record; in the text that matched, the query's words that did (why)."""
    text = _text(record[key], max_items)
    if key == "matched_text" and record.get("matched_words"):
        text.highlight_regex(any_form(tuple(record["matched_words"])), "bold yellow")
    return text


def print_view(
    out: Console, view: View, max_items: int | None = None, records: Sequence[Any] | None = None
) -> None:
    """One table per group of the view's records; stacked cards when the width is small, or
    when a table could not fit a word of it whole."""
    keys = list(view.labels) or list(view.columns)
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in view.records if records is None else records:
        groups.setdefault(str(record[view.group_by]) if view.group_by else "", []).append(record)
    key_value = keys == ["field", "value"]
    tables = [_table(view, keys, group, max_items) for group in groups.values()]
    narrow = (key_value or len(keys) > 2) and out.width < _CARD_WIDTH
    stacked = narrow or not all(_fit(out, table) for table in tables)
    for number, ((heading, group), table) in enumerate(zip(groups.items(), tables, strict=True)):
        if number:
            out.print()  # a blank line before each further group's heading
        _print_wrapped(out, Text(heading or view.title, style="bold"))
        if not stacked:
            out.print(table)
            continue
        for record in group:
            if key_value:  # a label, then its value on lines of its own: an address stays whole
                field = str(record["field"])
                _print_wrapped(out, Text(FIELD_LABELS.get(field, field), style="bold cyan"))
                _print_wrapped(out, _field(record, "value", max_items))
            else:
                _print_card(out, view, keys, record, max_items)


def _table(
    view: View, keys: list[str], group: list[dict[str, Any]], max_items: int | None
) -> Table:
    key_value = keys == ["field", "value"]
    table = Table(show_header=not key_value, expand=False)
    for key in keys:
        style = "bold cyan" if key in ("name", "field") else None
        table.add_column(Text(view.labels.get(key, key)), style=style, overflow="fold")
    for record in group:
        cells = [_field(record, k, max_items) for k in keys]
        if key_value:
            cells[0] = Text(FIELD_LABELS.get(str(record["field"]), str(record["field"])))
        table.add_row(*cells)
    return table


def _fit(out: Console, table: Table) -> bool:
    """Whether the table fits the width with every column as wide as its longest word; if it
    does, the widest columns are narrowed to fit (rich would narrow them all, cutting words)."""
    wide = out.options.update_width(1 << 16)  # rich measures nothing wider than the terminal
    ranges = []
    for column in table.columns:
        cells = [Measurement.get(out, wide, cell) for cell in (column.header, *column.cells)]
        ranges.append((max(m.minimum for m in cells), max(m.maximum for m in cells)))
    longest = sum(most for _, most in ranges)
    room = out.width - (Measurement.get(out, wide, table).maximum - longest)  # less borders
    if longest <= room:
        return True
    if sum(least for least, _ in ranges) > room:
        return False
    cap = max(most for _, most in ranges)
    while sum(max(least, min(most, cap)) for least, most in ranges) > room:
        cap -= 1
    widths = [max(least, min(most, cap)) for least, most in ranges]
    widths[widths.index(cap)] += room - sum(widths)  # what is left, to the first of the widest
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return True


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
            _print_wrapped(out, Text(value.plain, style="bold cyan"))
        else:
            rows.append((f"{view.labels.get(key, key)}:", value))
    widest = max((len(label) for label, _ in rows), default=0)
    room = out.width - widest - 1
    if room < max([_NARROWEST, *(_longest_word(value) for _, value in rows)]):
        # a value would not fit beside the labels without cutting a word: each under its own
        for label, value in rows:
            _print_wrapped(out, Text(label, style="dim"))
            _print_wrapped(out, value)
        return
    for label, value in rows:  # values wrap under themselves, not under their label
        _print_wrapped(out, value, Text(label.ljust(widest + 1), style="dim"))


def _longest_word(text: Text) -> int:
    return max(map(cell_len, text.plain.split()), default=0)


def _print_wrapped(out: Console, text: Text, head: Text | None = None) -> None:
    """`head`, then `text` wrapped at spaces to the width, its next lines under itself.

    Never a word cut (rich would end it in "…" or fold it): a word longer than the room gets a
    line of its own, whole, which a terminal folds at its edge and a pager or file keeps whole.
    """
    indent = head.cell_len if head is not None else 0
    plain, width = text.plain, out.width - indent
    breaks: list[int] = []
    start = 0
    for word in re.finditer(r"\S+", plain):
        if word.start() > start and cell_len(plain[start : word.end()]) > width:
            breaks.append(word.start())
            start = word.start()
    for number, line in enumerate(text.divide(breaks)):
        line.rstrip()
        first = head if head is not None and number == 0 else Text(" " * indent)
        out.print(Text.assemble(first, line), soft_wrap=True)


def print_card(out: Console, record: dict[str, Any], source: str, url: str) -> None:
    """One cause as a reference card: its sections in reading order, empty ones left out."""
    name = Text(record["name"], style="bold cyan")
    _print_wrapped(out, Text.assemble(name, "   ", record["category_name"]))
    for key, label in CARD_SECTIONS:
        value = record[key]
        if key == "see_also":  # the source's own page on the cause is this card
            value = [v for v in value if v.casefold() != record["name"].casefold()]
        if not value:
            continue
        out.print()
        _print_wrapped(out, Text(label, style="bold"))
        if key == "definition":
            _print_wrapped(out, Text(value))
        elif key == "learn_more":
            for link in value:
                _print_bullets(out, [link["title"]])
                out.print(_link(link["url"]), soft_wrap=True)
        elif key in ("aliases", "kinds", "icd10", "see_also", "related"):
            _print_wrapped(out, Text(", ".join(value)))
        else:
            _print_bullets(out, value)
    if not (source or url):  # a user's catalogue may name no source: no empty section
        return
    out.print()
    _print_wrapped(out, Text("Source", style="bold"))
    if source:
        _print_wrapped(out, Text(source))
    if url:
        out.print(_link(url), soft_wrap=True)


def _print_bullets(out: Console, items: Sequence[str]) -> None:
    """A list whose lines wrap under their own text, not under the bullet (unless a word would
    not fit there: then from the left edge)."""
    for item in items:
        text = Text(item)
        if _longest_word(text) <= out.width - 2:
            _print_wrapped(out, text, Text("- "))
        else:
            _print_wrapped(out, Text.assemble("- ", text))


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
        if confident:
            out.print()  # apart from the last card or table above
        title = "Possibly related (a weaker match)"
        title = title if confident else f"{view.title} (possibly related, a weaker match)"
        print_view(out, view._replace(title=title), records=possible)


def print_warnings(out: Console, lines: Sequence[str]) -> None:
    """Warning signs: first, bold, and red unless colour is off; wrapped to the width."""
    for line in lines:
        _print_wrapped(out, Text(line, style="bold red"))


def print_red_flags(out: Console, groups: Sequence[Any]) -> None:
    """Each group of warning signs: its title, how to call for help, and its signs."""
    for n, group in enumerate(groups):
        if n:
            out.print()  # a blank line between groups
        urgent = group.id == "emergency"
        _print_wrapped(out, Text(group.title, style="bold red" if urgent else "bold"))
        if group.call:
            _print_wrapped(out, Text(group.call, style="bold"))
        _print_bullets(out, group.signs)


def print_note(out: Console, text: str) -> None:
    """The disclaimer or another closing note, set apart from the data by a blank line."""
    out.print()
    _print_wrapped(out, Text(text, style="italic"))
