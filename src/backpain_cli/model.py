"""The catalogue as typed, immutable objects (validate.py builds them from parsed TOML)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .tables import Tables


# The records are NamedTuples (immutable, compared by value, a fifth of a dataclass's cost to
# create at start-up); the catalogue, with its methods and lookups, is a dataclass.


class Category(NamedTuple):
    id: str
    name: str


class Link(NamedTuple):
    """A page for readers: its title and its https:// address."""

    title: str
    url: str


class Cause(NamedTuple):
    id: str
    name: str
    category: str
    definition: str
    aliases: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    """Kinds of the cause: each is the cause, named more narrowly ("compression fracture")."""
    icd10: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    """Related conditions and terms that point to the cause but are not other names for it
    ("bulging disk", "pinched nerve" for a herniated disk)."""
    symptoms: tuple[str, ...] = ()
    """What it can feel like, in a patient's words."""
    risk_factors: tuple[str, ...] = ()
    """Who tends to get it, and what raises the risk."""
    see_a_doctor: tuple[str, ...] = ()
    """When it needs care, and how soon."""
    learn_more: tuple[Link, ...] = ()
    references: tuple[str, ...] = ()
    """The addresses that the card's facts were checked against."""


class RedFlags(NamedTuple):
    """A group of warning signs that share one level of urgency."""

    id: str
    title: str
    signs: tuple[str, ...]
    call: str = ""
    """How to get help, such as the emergency numbers to call."""
    references: tuple[str, ...] = ()


WarningSign = tuple[RedFlags, str]
"""A warning sign a query reads like: its group, and the sign."""


class SignWords(NamedTuple):
    """The red-flag signs' words as signs.py reads them, kept by a compiled catalogue (store.py):
    reading them compiles the phrases' pattern, several ms of a query such as "sciatica"."""

    each: Mapping[str, frozenset[str]]
    """Each sign's words, by its text."""
    maybe: frozenset[str]
    """Every word a sign may hold."""


@dataclass(frozen=True, slots=True)
class Catalogue:
    title: str
    source: str
    url: str
    reviewed: dt.date | None
    disclaimer: str
    categories: tuple[Category, ...]
    causes: Sequence[Cause]
    """A tuple, or for a compiled catalogue a sequence that reads each cause when it is asked."""
    red_flags: tuple[RedFlags, ...] = ()
    path: str = ""
    cache: str = ""
    """How the file was read: "read" from the cache, "written" to it, "off", or "not writable"."""
    tables: Tables | None = field(default=None, repr=False, compare=False)
    """A compiled catalogue's search tables (store.py); None: the index builds them in memory."""
    sign_words: SignWords | None = field(default=None, repr=False, compare=False)
    """A compiled catalogue's reading of its signs; None: signs.py reads them when asked."""
    _categories_by_id: Mapping[str, Category] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_categories_by_id", {c.id: c for c in self.categories})

    def cause(self, cause_id: str) -> Cause | None:
        """The cause with this id, or None."""
        return next((c for c in self.causes if c.id == cause_id), None)

    def category(self, category_id: str) -> Category | None:
        """The category with this id, or None."""
        return self._categories_by_id.get(category_id)

    def find_category(self, text: str) -> Category:
        """The category that `text` names: its id, its name, or the start of either.

        Raises LookupError, naming the categories, when none or several fit.
        """
        wanted = text.strip().casefold()
        for category in self.categories:
            if wanted in (category.id, category.name.casefold()):
                return category
        fits = [
            c
            for c in self.categories
            if wanted and (c.id.startswith(wanted) or c.name.casefold().startswith(wanted))
        ]
        if len(fits) == 1:
            return fits[0]
        known = ", ".join(c.id for c in (fits or self.categories))
        problem = "could mean any of" if fits else "is not a category; choose from"
        raise LookupError(f"{text!r} {problem}: {known}")

    def causes_in(self, category_id: str) -> tuple[Cause, ...]:
        """The causes of one category, in catalogue order."""
        return tuple(c for c in self.causes if c.category == category_id)


# --- Text ---------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")
_UNDECODED = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """One line of printable text: whitespace runs folded, control characters made visible.

    Catalogue text reaches terminals and tab-separated records, so an escape sequence must never
    pass through as it is, and a tab or newline must never split a field.
    """
    if value.isprintable() and "  " not in value and value.strip() == value:
        return value  # the usual case, and the fast one for big catalogues
    return visible(_WHITESPACE.sub(" ", value).strip())


def readable(text: str) -> str:
    """Text as typed, each byte that was not UTF-8 (which Python keeps as a lone surrogate) shown
    as the replacement character: what is echoed back stays valid UTF-8, and valid JSON."""
    return _UNDECODED.sub("\ufffd", text)


def visible(text: str) -> str:
    """Text with its control characters (escape sequences, bells) written out as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
