"""What is wrong with a catalogue, gathered: each field read as the type it must be, or a problem
noted with its place, so that one run reports them all (validate.py reads the catalogue with it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .model import Link, clean_text

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
URL_PATTERN = re.compile(r"https://[^\s/]+\.[^\s/]+(?:/\S*)?")


class Problems:
    """Collects every problem in a catalogue, so that one run reports them all."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{where}: {message}" if where else message)

    def unknown_keys(self, where: str, table: Mapping[str, Any], known: tuple[str, ...]) -> None:
        for key in table:
            if key not in known:
                from difflib import get_close_matches

                hint = get_close_matches(key, known, n=1, cutoff=0.6)
                allowed = ", ".join(known)
                suffix = f" (did you mean '{hint[0]}'?)" if hint else f" (known keys: {allowed})"
                self.add(where, f"unknown key '{key}'{suffix}")

    def text(self, where: str, table: Mapping[str, Any], key: str, required: bool) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(where, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.add(where, f"'{key}' must be a string, not {_type_name(value)}")
            return ""
        cleaned = clean_text(value)
        if not cleaned:
            self.add(where, f"'{key}' is empty")
        return cleaned

    def texts(
        self, where: str, table: Mapping[str, Any], key: str, fold: bool = True
    ) -> tuple[str, ...]:
        """A list of strings, each once (`fold`: in any case, as names and codes are read)."""
        value = table.get(key, [])
        if not isinstance(value, list):
            self.add(where, f"'{key}' must be a list of strings, not {_type_name(value)}")
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.add(where, f"'{key}[{index}]' must be a string, not {_type_name(item)}")
            elif not (cleaned := clean_text(item)):
                self.add(where, f"'{key}[{index}]' is empty")
            elif (same := str.casefold if fold else str)(cleaned) in {same(i) for i in items}:
                self.add(where, f"'{key}' lists {cleaned!r} twice")
            else:
                items.append(cleaned)
        return tuple(items)

    def urls(self, where: str, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        found = self.texts(where, table, key, fold=False)  # an address's path has a case
        for index, url in enumerate(found):
            self.url(where, f"{key}[{index}]", url)
        return found

    def url(self, where: str, key: str, url: str) -> None:
        if not URL_PATTERN.fullmatch(url):
            self.add(where, f"'{key}' must be an https:// address, not {url!r}")

    def links(self, where: str, table: Mapping[str, Any], key: str) -> tuple[Link, ...]:
        value = table.get(key, [])
        if not isinstance(value, list):
            self.add(where, f"'{key}' must be a list of {{ title, url }} tables")
            return ()
        links = []
        for index, item in enumerate(value):
            label = f"{key}[{index}]"
            if not isinstance(item, dict):
                self.add(
                    where, f"'{label}' must be a {{ title, url }} table, not {_type_name(item)}"
                )
                continue
            self.unknown_keys(f"{where} {label}", item, ("title", "url"))
            link = Link(
                self.text(f"{where} {label}", item, "title", required=True),
                self.text(f"{where} {label}", item, "url", required=True),
            )
            if link.url:
                self.url(where, f"{label}.url", link.url)
            links.append(link)
        return tuple(links)

    def identifier(self, where: str, table: Mapping[str, Any], seen: set[str]) -> str:
        ident = self.text(where, table, "id", required=True)
        if ident and not ID_PATTERN.fullmatch(ident):
            self.add(
                where,
                f"'id' must be words of lowercase ASCII letters and digits joined by hyphens "
                f"(such as 'low-back-pain'), not {ident!r}",
            )
        elif ident and ident in seen:
            self.add(where, f"duplicate id '{ident}'")
        seen.add(ident)
        return ident


def _type_name(value: object) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true/false"}
    names |= {list: "a list", dict: "a table", dt.date: "a date", dt.datetime: "a date-time"}
    return names.get(type(value), type(value).__name__)
