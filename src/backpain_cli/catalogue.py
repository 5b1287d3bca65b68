"""Find, read and parse a catalogue file: the bundled one or a user's."""

from __future__ import annotations

import os
import re
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import CatalogueError
from .model import Catalogue
from .validate import build_catalogue

ENV_VAR = "BACKPAIN_CATALOGUE"
MAX_BYTES = 16 * 1024 * 1024  # a 10,000-cause catalogue is about 4 MiB
_TOML_POSITION = r"(?P<message>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)"


def bundled_path() -> str:
    """Where the catalogue that ships with the package lives."""
    return str(files("backpain_cli").joinpath("data", "causes.toml"))


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text, read with bounded memory, or CatalogueError in one clear line."""
    name = os.fspath(path)
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
    path = files("backpain_cli").joinpath("data", "conditions.txt")
    return frozenset(path.read_text(encoding="utf-8").splitlines())


def load_catalogue(path: str | os.PathLike[str] | None = None) -> Catalogue:
    """Load and validate a catalogue: the bundled one, or the file at `path`.

    A user's catalogue may leave out the [catalogue] table and the red flags; the bundled ones
    (and so the bundled disclaimer) then apply.
    """
    bundled = bundled_path()
    if path is None:
        return build_catalogue(parse_toml(read_text(bundled), bundled), bundled)
    name = os.fspath(path)
    data = parse_toml(read_text(name), name)
    defaults = parse_toml(read_text(bundled), bundled)
    return build_catalogue(data, str(Path(name)), defaults)
