"""A compiled catalogue: the validated catalogue and its search tables in one SQLite file.

`write` turns a catalogue that passed validation into a database; `read` opens one and gives back
a Catalogue whose causes, phrases and word postings are read from disk as a query asks for them,
so a catalogue of 70,000 causes answers as quickly as one of 20, in little memory. The database
holds data only (text, numbers and JSON), never code. Reading its tables is stored_tables.py's
concern; where entries live, and when one is trusted, cache.py's.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from array import array
from itertools import chain
from typing import TYPE_CHECKING, Any

from .model import Catalogue, Category, RedFlags, SignWords
from .stored_tables import Disk, StoredTables

if TYPE_CHECKING:  # imported where used: `list` reads no phrase, and needs no stemmer
    from .tables import Posting

FORMAT = 12
"""What a database looks like: a change here makes old entries unreadable, never wrong."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE causes (n INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE phrases (n INTEGER PRIMARY KEY, cause INTEGER, field INTEGER, text TEXT, stems TEXT);
CREATE TABLE words (word TEXT PRIMARY KEY, postings BLOB NOT NULL, holding INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE pairs (pair TEXT PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE whole (key TEXT NOT NULL, phrase INTEGER NOT NULL);
"""
_INDEXES = """
CREATE INDEX names_by_key ON phrases (stems) WHERE n < {names};
CREATE INDEX whole_by_length ON whole (length(key));
"""
"""The names (ids, names, other names, codes) are the first phrases: looked up by their stems."""


def write(connection: sqlite3.Connection, catalogue: Catalogue, facts: dict[str, Any]) -> None:
    """Write a validated catalogue and its tables into an empty database; `facts` (what the
    entry was compiled from) are kept in its meta table."""
    from .sign_vocabulary import kept
    from .tables import FIELDS, MemoryTables, holding

    code = {field: n for n, field in enumerate(FIELDS)}

    tables = MemoryTables(catalogue.causes)
    signs = kept(catalogue.red_flags)  # so that no query needs to read the signs again
    connection.executescript(_SCHEMA)
    header = {
        "title": catalogue.title,
        "source": catalogue.source,
        "url": catalogue.url,
        "reviewed": catalogue.reviewed.isoformat() if catalogue.reviewed else None,
        "disclaimer": catalogue.disclaimer,
        "categories": [[c.id, c.name] for c in catalogue.categories],
        "red_flags": [group._asdict() for group in catalogue.red_flags],
        "sign_words": [{s: sorted(w) for s, w in signs.each.items()}, sorted(signs.maybe)],
        "count": len(catalogue.causes),
        "phrases": len(tables.phrases),
        "names": len(tables.name_phrases),
        "region": sorted(tables.region),  # worked out once: 60 reads a query would need
    }
    meta = {"format": FORMAT, "header": header} | facts
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()]
    )
    # a cause is a JSON array of its fields, in order (a NamedTuple is a tuple)
    connection.executemany(
        "INSERT INTO causes VALUES (?, ?)", enumerate(map(json.dumps, catalogue.causes))
    )
    connection.executemany(
        "INSERT INTO phrases VALUES (?, ?, ?, ?, ?)",
        (
            (n, cause, code[field], text, " ".join(stems))
            for n, (cause, field, text, stems) in enumerate(tables.phrases)
        ),
    )
    # in key order: a table without rowids is a B-tree on its key, filled fastest in order
    connection.executemany(
        "INSERT INTO words VALUES (?, ?, ?)",
        (
            (word, _packed(postings), holding(postings))
            for word, postings in sorted(tables.occurrences.items())
        ),
    )
    connection.executemany(
        "INSERT INTO pairs VALUES (?, ?)",
        ((pair, _packed(postings)) for pair, postings in sorted(tables.pair_occurrences.items())),
    )
    connection.executemany("INSERT INTO whole VALUES (?, ?)", tables.whole_names())
    connection.executescript(_INDEXES.format(names=len(tables.name_phrases)))


def _packed(postings: list[Posting]) -> bytes:
    return array("i", chain.from_iterable(postings)).tobytes()  # as StoredTables._read reads them


def facts(connection: sqlite3.Connection) -> dict[str, Any]:
    """The meta table, or sqlite3.DatabaseError / ValueError for a file that is not an entry."""
    rows = connection.execute("SELECT key, value FROM meta").fetchall()
    return {key: json.loads(value) for key, value in rows}


def read(
    connection: sqlite3.Connection, meta: dict[str, Any], path: str, entry: str, inode: int
) -> Catalogue:
    """The catalogue in a database written by `write` (its `facts` already checked); `entry` is
    the database's file (`inode` its number as opened), removed if it turns out to be damaged."""
    header = meta["header"]
    each, maybe = header["sign_words"]
    disk = Disk(connection, entry, inode)
    tables = StoredTables(
        disk, header["count"], header["phrases"], header["names"], frozenset(header["region"])
    )
    return Catalogue(
        title=header["title"],
        source=header["source"],
        url=header["url"],
        reviewed=dt.date.fromisoformat(header["reviewed"]) if header["reviewed"] else None,
        disclaimer=header["disclaimer"],
        categories=tuple(Category(*pair) for pair in header["categories"]),
        causes=tables.causes,
        red_flags=tuple(_red_flags(group) for group in header["red_flags"]),
        path=path,
        cache="read",
        tables=tables,
        sign_words=SignWords({s: frozenset(w) for s, w in each.items()}, frozenset(maybe)),
    )


def _red_flags(group: dict[str, Any]) -> RedFlags:
    signs, references = tuple(group["signs"]), tuple(group["references"])
    return RedFlags(group["id"], group["title"], signs, group["call"], references)
