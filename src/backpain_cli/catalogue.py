"""Find, read and parse a catalogue file: the bundled one or a user's."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import CatalogueError
from .model import Catalogue
from .validate import build_catalogue

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
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise CatalogueError(f"catalogue file not found: {name}") from None
    except IsADirectoryError:
        raise CatalogueError(f"catalogue path is a directory, not a file: {name}") from None
    except PermissionError:
        raise CatalogueError(f"permission denied reading catalogue: {name}") from None
    except OSError as error:
        raise CatalogueError(f"cannot read catalogue {name}: {error.strerror or error}") from None
    if len(raw) > MAX_BYTES:
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


def load_catalogue(path: str | os.PathLike[str] | None = None, cache: bool = True) -> Catalogue:
    """Load and validate a catalogue: the bundled one, or the file at `path`.

    A user's catalogue may leave out the [catalogue] table and the red flags; the bundled ones
    (and so the bundled disclaimer) then apply. With `cache`, a catalogue read before (the same
    bytes, the same version of backpain) comes from the cache instead of being parsed again.
    """
    bundled = bundled_path()
    if path is None:
        data, keep = _parsed(bundled, cache)
        catalogue = build_catalogue(data, bundled)
        return replace(catalogue, cache=keep(True))
    name = os.fspath(path)
    data, keep = _parsed(name, cache)
    defaults, keep_defaults = _parsed(bundled, cache)
    catalogue = build_catalogue(data, str(Path(name)), defaults)
    keep_defaults(False)
    return replace(catalogue, cache=keep(True))


def _parsed(name: str, use_cache: bool) -> tuple[dict[str, Any], Callable[[bool], str]]:
    """A file's parsed TOML, from the cache when it holds it; and a function that keeps it
    there, once it is known to be valid, and says how the file was read.

    Only a valid catalogue is stored: `keep(True)` is for data that has just been built into a
    catalogue (so it is checked once, not twice); `keep(False)` checks it first.
    """
    raw = read_bytes(name)
    if not use_cache:
        return parse_toml(decode(raw, name), name), lambda checked: "off"
    from . import cache

    key = cache.key(raw)
    if (data := cache.load(key)) is not None:
        return data, lambda checked: "read"
    data = parse_toml(decode(raw, name), name)

    def keep(checked: bool) -> str:
        if not checked:
            build_catalogue(data, name)  # raises the problems of an invalid file
        return "written" if cache.store(key, data) else "not writable"

    return data, keep
