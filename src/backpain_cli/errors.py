"""Exit codes and the exceptions that carry them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum


class ExitCode(IntEnum):
    """What a `backpain` exit status means; scripts can rely on these."""

    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    CATALOGUE = 3
    INTERNAL = 70  # EX_SOFTWARE in sysexits.h
    OUTPUT = 74  # EX_IOERR: standard output cannot be written (a full disk, say)
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class BackpainError(Exception):
    """An expected failure, shown to people as one line per message."""

    exit_code = ExitCode.INTERNAL

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.details = tuple(details)

    def __str__(self) -> str:
        """The message and its details, one a line: what an uncaught error shows in Python."""
        return "\n".join([self.message, *self.details])


class QueryError(BackpainError):
    """The query cannot be searched (empty, or too short to mean anything)."""

    exit_code = ExitCode.USAGE


class CatalogueError(BackpainError):
    """The catalogue file cannot be read, parsed or validated; nothing of it is used."""

    exit_code = ExitCode.CATALOGUE


class PipeClosed(BackpainError):
    """The reader of stdout went away (`backpain list | head -1`): stop quietly, as `cat` does."""

    exit_code = ExitCode.OK

    def __init__(self) -> None:
        super().__init__("")


class OutputError(BackpainError):
    """Standard output cannot be written, for a reason outside backpain."""

    exit_code = ExitCode.OUTPUT
