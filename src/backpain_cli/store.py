"""A compiled catalogue: the validated catalogue and its search tables in one SQLite file.

`write` turns a catalogue that passed validation into a database; `read` opens one and gives back
a Catalogue whose causes, phrases and word postings are read from disk as a query asks for them,
so a catalogue of 70,000 causes answers as quickly as one of 20, in little memory. The database
holds data only (text, numbers and JSON), never code. Where entries live, and when one is
trusted, is cache.py's concern.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from array import array
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any, NoReturn, overload

from .errors import CatalogueError
from .model import Catalogue, Category, Cause, Link, RedFlags, SignWords

if TYPE_CHECKING:  # imported where used: `list` reads no phrase, and needs no stemmer
    from .tables import Phrase, Posting

FORMAT = 12
_BATCH = 500  # numbers in one query: SQLite allows at least 999 parameters
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
    from .signs import kept
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
    disk = _Disk(connection, entry, inode)
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


class _Disk:
    """Reads of one database. A database damaged inside (which opening it cannot tell, short of
    reading all of it) is removed when a read finds the damage, and the command stops with a
    catalogue error that says so; the next run compiles the catalogue again."""

    def __init__(self, connection: sqlite3.Connection, entry: str, inode: int) -> None:
        self.connection = connection
        self.entry = entry
        self.inode = inode

    def rows(self, query: str, parameters: Sequence[object] = ()) -> list[Any]:
        try:
            return self.connection.execute(query, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            self.damaged(error)

    def stream(self, query: str) -> Iterator[Any]:
        try:
            cursor = self.connection.execute(query)
            while batch := cursor.fetchmany(1000):
                yield from batch
        except sqlite3.DatabaseError as error:
            self.damaged(error)

    def damaged(self, error: sqlite3.DatabaseError) -> NoReturn:
        with contextlib.suppress(OSError):
            # only the copy that was read: another run may have put a newer one in its place
            if os.stat(self.entry).st_ino == self.inode:
                os.unlink(self.entry)
        raise CatalogueError(
            f"the compiled copy of this catalogue in the cache was damaged ({error}); it has "
            "been removed, and the next run compiles the catalogue again"
        )


def _red_flags(group: dict[str, Any]) -> RedFlags:
    signs, references = tuple(group["signs"]), tuple(group["references"])
    return RedFlags(group["id"], group["title"], signs, group["call"], references)


_LINKS = Cause._fields.index("learn_more")


def _cause(record: str) -> Cause:
    """A cause from its JSON array (`write`)."""
    fields: list[Any] = [v if isinstance(v, str) else tuple(v) for v in json.loads(record)]
    fields[_LINKS] = tuple(Link(*link) for link in fields[_LINKS])
    return Cause(*fields)


class _Rows(Sequence[Any]):
    """Rows of one table by number, each read once, when it is first asked for."""

    def __init__(self, disk: _Disk, table: str, count: int, make: Any) -> None:
        self._disk = disk
        self._one = f"SELECT * FROM {table} WHERE n = ?"
        self._all = f"SELECT * FROM {table} ORDER BY n"
        self._some = f"SELECT * FROM {table} WHERE n IN ({{}})"
        self._count = count
        self._make = make
        self._read: dict[int, Any] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, number: int) -> Any: ...
    @overload
    def __getitem__(self, number: slice) -> list[Any]: ...
    def __getitem__(self, number: int | slice) -> Any:
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(self._count))]
        if number < 0:
            number += self._count
        if (found := self._read.get(number)) is None:
            rows = self._disk.rows(self._one, (number,))
            if not rows and 0 <= number < self._count:
                self._disk.damaged(sqlite3.DatabaseError(f"row {number} missing"))
            if not rows:
                raise IndexError(number)
            found = self._read[number] = self._make(rows[0])
        return found

    def __iter__(self) -> Iterator[Any]:
        for row in self._disk.stream(self._all):
            yield self._read.get(row[0]) or self._make(row)

    def at(self, numbers: list[int]) -> list[Any]:
        """The rows with these numbers, those not read yet in a few queries, not one each."""
        missing = [n for n in dict.fromkeys(numbers) if n not in self._read]
        for start in range(0, len(missing), _BATCH):
            part = missing[start : start + _BATCH]
            marks = ",".join("?" * len(part))
            for row in self._disk.rows(self._some.format(marks), part):
                self._read[row[0]] = self._make(row)
        if lost := [n for n in numbers if n not in self._read]:  # damage that reads as no rows
            self._disk.damaged(sqlite3.DatabaseError(f"{len(lost)} rows missing"))
        return [self._read[n] for n in numbers]


class _Names(Mapping[str, list["Phrase"]]):
    """The name phrases by their stems joined with spaces (the partial index names_by_key)."""

    def __init__(self, tables: StoredTables, count: int) -> None:
        self._tables = tables
        self._names = f"FROM phrases WHERE n < {int(count)}"  # as the index has it, to use it

    def __getitem__(self, key: str) -> list[Phrase]:
        rows = self._tables.disk.rows(f"SELECT n {self._names} AND stems = ? ORDER BY n", (key,))
        if not rows:
            raise KeyError(key)
        return self._tables.phrases_at([n for (n,) in rows])

    def __iter__(self) -> Iterator[str]:
        for (key,) in self._tables.disk.stream(f"SELECT DISTINCT stems {self._names}"):
            yield key

    def __len__(self) -> int:
        ((count,),) = self._tables.disk.rows(f"SELECT COUNT(DISTINCT stems) {self._names}")
        return int(count)


class StoredTables:
    """index.Tables read from a database, each row when it is first needed."""

    def __init__(
        self, disk: _Disk, count: int, phrases: int, names: int, region: frozenset[str]
    ) -> None:
        self.disk = disk
        self.count = count
        self.causes: Sequence[Cause] = _Rows(disk, "causes", count, lambda r: _cause(r[1]))
        self._phrases = phrases
        self.names: Mapping[str, list[Phrase]] = _Names(self, names)
        self._postings: dict[str, list[Posting]] = {}
        self.region = region  # the parts of the body half the causes name (tables.region)

    @cached_property
    def phrases(self) -> _Rows:
        from .tables import FIELDS, Phrase

        make = lambda r: Phrase(r[1], FIELDS[r[2]], r[3], tuple(r[4].split()))  # noqa: E731
        return _Rows(self.disk, "phrases", self._phrases, make)

    def postings(self, word: str) -> list[Posting]:
        if (found := self._postings.get(word)) is None:
            found = self._postings[word] = self._read(
                "SELECT postings FROM words WHERE word = ?", word
            )
        return found

    def holding(self, word: str) -> int:
        rows = self.disk.rows("SELECT holding FROM words WHERE word = ?", (word,))
        return int(rows[0][0]) if rows else 0

    def pair_postings(self, pair: str) -> list[Posting]:
        return self._read("SELECT postings FROM pairs WHERE pair = ?", pair)

    def _read(self, query: str, key: str) -> list[Posting]:
        from .tables import Posting

        rows = self.disk.rows(query, (key,))
        if not rows:
            return []
        numbers = array("i")
        numbers.frombytes(rows[0][0])
        # tuple.__new__ makes each Posting without the Python call of Posting(...): a common
        # word of a big catalogue has thousands
        fields = zip(numbers[0::4], numbers[1::4], numbers[2::4], numbers[3::4], strict=True)
        return list(map(tuple.__new__, repeat(Posting), fields))

    def phrases_at(self, numbers: list[int]) -> list[Phrase]:
        found: list[Phrase] = self.phrases.at(numbers)
        return found

    def starting(self, prefix: str) -> list[str]:
        rows = self.disk.rows(
            "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word",
            (prefix, prefix + "\U0010ffff"),
        )
        return [word for (word,) in rows]

    @cached_property
    def _vocabulary(self) -> list[str]:
        query = "SELECT word FROM words WHERE word NOT GLOB '*[0-9]*' ORDER BY word"
        return [word for (word,) in self.disk.rows(query)]

    def vocabulary(self) -> list[str]:
        return self._vocabulary

    def whole_names(self, shortest: int, longest: int) -> list[tuple[str, int]]:
        rows: list[tuple[str, int]] = self.disk.rows(
            "SELECT key, phrase FROM whole WHERE length(key) BETWEEN ? AND ? ORDER BY rowid",
            (shortest, longest),
        )
        return rows
