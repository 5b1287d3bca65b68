"""Find, read and parse a catalogue file: the bundled one or a user's."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import CatalogueError
from .model import Catalogue

ENV_VAR = "BACKPAIN_CATALOGUE"
MAX_BYTES = 256 * 1024 * 1024  # the whole ICD-10-CM as a catalogue is about 27 MiB
_TOML_POSITION = r"(?P<message>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)"


DATA = Path(__file__).parent / "data"
"""The package's own data files. (A plain path: importlib.resources costs about 5 ms to import,
and backpain is installed as files, from a wheel or in editable mode, never run from a zip.)"""


def bundled_path() -> str:
    """Where the catalogue that ships with the package lives."""
    return str(DATA / "causes.toml")


def read_bytes(name: str) -> bytes:
    """The file's bytes, read with bounded memory, or CatalogueError in one clear line."""
    try:
        with open(name, "rb") as stream:
            # its size first (reading 256 MiB takes seconds); a pipe's is unknown, hence the bound
            too_big = os.fstat(stream.fileno()).st_size > MAX_BYTES
            raw = b"" if too_big else stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise CatalogueError(f"catalogue file not found: {name}") from None
    except IsADirectoryError:
        raise CatalogueError(f"catalogue path is a directory, not a file: {name}") from None
    except PermissionError:
        raise CatalogueError(f"permission denied reading catalogue: {name}") from None
    except OSError as error:
        raise CatalogueError(f"cannot read catalogue {name}: {error.strerror or error}") from None
    if too_big or len(raw) > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise CatalogueError(f"catalogue {name} is larger than {limit} MiB; is it the right file?")
    return raw


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is fine), or CatalogueError naming the line and column."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise CatalogueError(
            f"{name}:{line}:{column}: not UTF-8 text (byte 0x{raw[error.start]:02x}); "
            "save the catalogue as UTF-8"
        ) from None


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """Parse TOML, turning every failure into `file:line:column: message`."""
    import tomllib  # only when a file is compiled: a later run reads the compiled form

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.fullmatch(_TOML_POSITION, str(error))
        if match:
            where = f"{name}:{match['line']}:{match['column']}"
            raise CatalogueError(f"{where}: invalid TOML: {match['message']}") from None
        raise CatalogueError(f"{name}: invalid TOML: {error}") from None
    except RecursionError:
        raise CatalogueError(f"{name}: invalid TOML: nested too deeply") from None
    except ValueError as error:  # e.g. an integer beyond Python's digit limit
        raise CatalogueError(f"{name}: invalid TOML: {error}") from None


def load_conditions() -> frozenset[str]:
    """Names of conditions in general (ICD-10-CM and everyday names), as stemmed words.

    `search` uses them to tell people that what they named is not in the catalogue, and never
    to read a real medical word as a typo of another. Built by tools/build_conditions.py.
    """
    return frozenset((DATA / "conditions.txt").read_text(encoding="utf-8").splitlines())


def condition_names() -> SortedLines:
    """`load_conditions`, looked up in the file's text: a query looks up a few dozen names, and
    a set of all 10,000 costs 2.4 ms to build (a third of what `search` does)."""
    return SortedLines((DATA / "conditions.txt").read_text(encoding="utf-8"))


def everyday_words() -> SortedLines:
    """Everyday English words (tools/build_words.py), which `search` never reads as typos of
    a catalogue's words ("couch" is not "cough"), looked up in the file's text."""
    return SortedLines((DATA / "words.txt").read_text(encoding="utf-8"))


class SortedLines:
    """The lines of a text whose lines are sorted and distinct (tools/build_conditions.py writes
    them so), each found by bisection in the text itself."""

    def __init__(self, text: str) -> None:
        self.text = text if text.endswith("\n") else text + "\n"

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or "\n" in key:
            return False
        text, low, high = self.text, 0, len(self.text)  # low and high: starts of lines
        while low < high:
            start = text.rfind("\n", 0, (low + high) // 2) + 1  # the line around the middle
            end = text.index("\n", start)
            line = text[start:end]
            if line == key:
                return True
            low, high = (end + 1, high) if line < key else (low, start)
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(self.text.splitlines())

    def __len__(self) -> int:
        return self.text.count("\n")


def load_catalogue(
    path: str | os.PathLike[str] | None = None,
    cache: bool = True,
    compiling: Callable[[], AbstractContextManager[Step]] = lambda: nullcontext(_quiet),
) -> Catalogue:
    """Load and validate a catalogue: the bundled one, or the file at `path`.

    A user's catalogue may leave out the [catalogue] table and the red flags; the bundled ones
    (and so the bundled disclaimer) then apply. With `cache`, a catalogue compiled before (the
    same file, unchanged, the same version of backpain) is read from its compiled form instead
    of being parsed again; otherwise it is parsed, validated and compiled inside `compiling()`,
    a progress indicator that is told each step.
    """
    bundled = bundled_path()
    name = bundled if path is None else os.fspath(path)
    also = () if path is None else (bundled,)
    if cache:
        from . import cache as compiled

        if (found := compiled.load(name, *also)) is not None:
            return replace(found, path=_shown(name, path))
    from .validate import build_catalogue

    with compiling() as step, _no_collection():
        step("Reading")
        data = parse_toml(decode(read_bytes(name), name), name)
        defaults = (
            None if path is None else parse_toml(decode(read_bytes(bundled), bundled), bundled)
        )
        step("Checking")
        catalogue = build_catalogue(data, _shown(name, path), defaults)
        del data, defaults  # the parsed text: half the memory of a first run on a big file
        if not cache:
            return replace(catalogue, cache="off")
        step("Indexing")
        if compiled.save(name, catalogue, *also) and (found := compiled.load(name, *also)):
            # answer from the compiled form at once: its tables are built already
            return replace(found, path=_shown(name, path), cache="written")
    return replace(catalogue, cache="not writable")


@contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while a file is compiled: parsing and indexing a big catalogue make
    millions of objects and no cycles, and each collection would walk all of them again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Step = Callable[[str], object]
"""Told what loading does now: "Reading", "Checking", "Indexing"."""
STEPS = 3


def _quiet(step: str) -> None:
    """No progress indicator."""


def _shown(name: str, path: str | os.PathLike[str] | None) -> str:
    return name if path is None else str(Path(name))
