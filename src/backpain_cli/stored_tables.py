"""The tables of a compiled catalogue (store.py), read from its database as a query asks.

Each cause, phrase and word's postings is read when it is first needed and kept; a database found
damaged while reading is removed, and the command stops with a catalogue error that says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from array import array
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from itertools import repeat
from typing import TYPE_CHECKING, Any, NoReturn, overload

from .errors import CatalogueError
from .model import Cause, Link

if TYPE_CHECKING:  # imported where used: `list` reads no phrase, and needs no stemmer
    from .tables import Phrase, Posting

_BATCH = 500  # numbers in one query: SQLite allows at least 999 parameters


class Disk:
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


_LINKS = Cause._fields.index("learn_more")


def _cause(record: str) -> Cause:
    """A cause from its JSON array (`write`)."""
    fields: list[Any] = [v if isinstance(v, str) else tuple(v) for v in json.loads(record)]
    fields[_LINKS] = tuple(Link(*link) for link in fields[_LINKS])
    return Cause(*fields)


class _Rows(Sequence[Any]):
    """Rows of one table by number, each read once, when it is first asked for."""

    def __init__(self, disk: Disk, table: str, count: int, make: Any) -> None:
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
        self, disk: Disk, count: int, phrases: int, names: int, region: frozenset[str]
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
