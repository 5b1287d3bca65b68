"""`search`'s answers: one query, or one query per line of a stream, answered as each arrives.

Warning signs come first, then the results (confident ones, then the possibly related), then
notes: a condition that is not here, what a category filter left out, or why nothing was found.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .errors import QueryError
from .limits import MAX_QUERY_CHARS
from .matching import Match, Matcher
from .model import Catalogue, WarningSign, readable
from .output import Output
from .questions import ask
from .render import View, calls_after
from .search_views import batch_item, batch_view, search_view
from .signs import warning_signs
from .text import affirmed_words, is_code, normalize

STREAMED = ("plain", "tsv", "csv", "jsonl", "table")
"""Formats that `search -` writes line by line (a table per query, for a person typing); JSON and
Markdown are one document each, written at the end."""


def warning_lines(warnings: list[WarningSign]) -> list[str]:
    """The warning signs a query reads like, each group's then how to call for help (emergency
    care before the signs to see someone soon about), then where to read more."""
    lines: list[str] = []
    calls = calls_after([group.call for group, _ in warnings])
    for (group, sign), call in zip(warnings, calls, strict=True):
        lines += [f"Warning sign ({group.title.lower()}): {sign}", *([call] if call else [])]
    return [*lines, "See: backpain red-flags"] if lines else []


def search_one(
    out: Output, catalogue: Catalogue, matcher: Matcher, text: str, options: dict[str, Any]
) -> bool:
    """Answer one query; whether a confident match was found."""
    results, warnings, not_here = ask(matcher, text, **options)
    out.warn(warning_lines(warnings))
    said = notes(matcher, text, results, options)
    view = search_view(catalogue, text, results, warnings, not_here, said)
    confident = [m for m in results if m.confidence == "high"]
    if out.format == "table" and results:
        _print_tiers(out, view, results, catalogue.disclaimer)
    elif results or out.format in ("json", "tsv", "csv", "markdown"):  # a document even so
        out.emit(view, catalogue.disclaimer)
    else:
        out.note(catalogue.disclaimer)  # nothing on stdout; the disclaimer still shows
    for line in said:
        out.note(line)
    return bool(confident)


def _print_tiers(out: Output, view: View, results: list[Match], disclaimer: str = "") -> None:
    """A search's table: the confident matches, then the possibly related ones apart."""
    from . import pretty

    confident = sum(1 for m in results if m.confidence == "high")
    with out.table(disclaimer) as console:
        records = list(view.records)
        pretty.print_results(console, view, records[:confident], records[confident:])


def notes(matcher: Matcher, query: str, results: list[Match], options: dict[str, Any]) -> list[str]:
    """What a person should know about a query's answer, beyond the results themselves."""
    lines = [
        f"{name!r} is not one of the causes in this catalogue." for name in matcher.not_here(query)
    ]
    left_out = _left_out(matcher, query, results, options)
    better = [f"The category filter left out better matches: {left_out}"] if left_out else []
    if any(m.confidence == "high" for m in results):
        return [*lines, *better]
    if results:
        lines.append(f"No confident match for {query!r}; the results are only possibly related.")
        return [*lines, *better]
    if lines:
        return lines
    if left_out:
        return [
            f"Nothing in category '{options['category']}' matched {query!r}; "
            f"the category filter left out: {left_out}"
        ]
    if matcher.is_too_general(query):
        denied = list(affirmed_words(query)) != normalize(query).split()
        aside = " once what it rules out ('no ...', 'not ...') is left aside" if denied else ""
        return [
            f"{query!r} fits too many causes here to tell apart{aside}. Say more: what the pain "
            "is like, where it spreads, or a condition's name (backpain list shows them all)."
        ]
    typed = normalize(query)
    # "M4": the start of many of the catalogue's codes (in its index, as search reads them)
    if len(typed) == 2 and any(is_code(w) for w in matcher.index.tables.starting(typed)):
        return [
            f"{query.strip()!r} is too short to look up as an ICD-10-CM code: type at least its "
            "first three characters (M51, M54.3). Every cause's codes: backpain list -f tsv "
            "--fields id,icd10"
        ]
    if is_code(typed):  # "M54.5", "N20"
        return [
            f"No cause here has an ICD-10-CM code that starts with {query.strip()!r}. "
            "See the codes of each cause: backpain list -f tsv --fields id,icd10"
        ]
    return [f"No cause matched {query!r}. Try other words, or see them all: backpain list"]


def _left_out(matcher: Matcher, query: str, results: list[Match], options: dict[str, Any]) -> str:
    """The causes of other categories that a category filter left out and that match better
    than what it kept ("herniated disk -c other", "M51 -c inflammatory"), named; "" for none."""
    if options.get("category") is None:
        return ""
    best = max((m.score for m in results), default=0.0)
    others = matcher.search(query, limit=3, min_score=options["min_score"])
    return ", ".join(
        f"{m.cause.name} ({m.cause.category})"
        for m in others
        if m.cause.category != options["category"] and m.score > best
    )


def lines_of(stream: TextIO, longest: int = MAX_QUERY_CHARS) -> Iterator[str]:
    """A stream's lines, as they come; one longer than any query may be (it is refused anyway) is
    cut a few characters past that length, and the rest of it is read and dropped: a line of
    megabytes is never held whole, nor echoed back whole in its error row."""
    cut = longest + 2  # a query of the longest length, then "\r\n"
    while line := stream.readline(cut + 1):
        if len(line) > cut and not line.endswith("\n"):
            while (rest := stream.readline(1 << 16)) and not rest.endswith("\n"):
                pass
        yield readable(line)


def search_lines(
    out: Output,
    catalogue: Catalogue,
    matcher: Matcher,
    lines: Iterable[str],
    options: dict[str, Any],
) -> bool:
    """Answer each line as it comes; whether any line found a confident match.

    Data formats write and flush each answer at once, so that `search -` works as a filter and
    with a person typing; on Ctrl-C what was answered stays answered, and the rest is written.
    """
    items: list[dict[str, Any]] = []
    found = False
    header = True
    try:
        for number, line in enumerate(lines, start=1):
            text = line.rstrip("\r\n")  # the line's end is not part of the query
            if number == 1:
                text = text.removeprefix("\ufeff")  # a byte-order mark (Notepad) is not either
            if not text.strip():
                continue
            problem = ""
            try:
                results, warnings, elsewhere = ask(matcher, text, **options)
                said = notes(matcher, text, results, options)
            except QueryError as error:  # not searched, but a warning sign is still said
                out.note(f"Error: line {number}: {error.message}")
                problem = error.message
                results, warnings, elsewhere, said = [], warning_signs(matcher, text), [], []
            out.warn([f"line {number}: {line}" for line in warning_lines(warnings)[:-1]])
            for name in elsewhere:  # the other notes are in the results' rows, or JSON's "notes"
                out.note(f"line {number}: {name!r} is not one of the causes in this catalogue.")
            found = found or any(m.confidence == "high" for m in results)
            item = batch_item(catalogue, text.strip(), results, warnings, problem, elsewhere, said)
            items.append(item)
            if out.format == "table" and results:  # as `search` shows one query: two tiers
                _print_tiers(out, search_view(catalogue, text.strip(), results, warnings), results)
            elif out.format in STREAMED:
                _write_item(out, catalogue, item, header)
                header = False
    finally:
        if out.format == "table":
            out.emit(batch_view(catalogue, []), catalogue.disclaimer)  # the disclaimer, once
        elif out.format in STREAMED:
            if header and out.format in ("tsv", "csv"):  # no line at all: the header still
                with out.stdout():
                    sys.stdout.write(out.text(batch_view(catalogue, [])))
            out.note(catalogue.disclaimer)
        else:
            out.emit(batch_view(catalogue, items), catalogue.disclaimer)
    return found


def _write_item(out: Output, catalogue: Catalogue, item: dict[str, Any], header: bool) -> None:
    if out.format == "table":
        out.emit(batch_view(catalogue, [item]), "")
        return
    text = out.text(batch_view(catalogue, [item]))
    if not header and out.format in ("tsv", "csv"):
        text = text.split("\n", 1)[1]  # the header row was written with the first query
    with out.stdout():
        sys.stdout.write(text)
        sys.stdout.flush()
