"""A cache of parsed catalogues, so that a run reads JSON instead of parsing TOML again.

Entries are data only (JSON, never pickle), keyed on a hash of the file's bytes and on the tool's
version: a changed file, or a new release, is a different key, so an entry is never stale. An entry
is written to a temporary file and renamed into place, so a reader never sees half of one; one that
cannot be read or is not what this version writes is ignored and rewritten. A folder that cannot
be written costs the speed-up, never the answer. Only catalogues that passed validation are
stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__

try:  # the hash itself, without hashlib's OpenSSL bindings (2 ms to import)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the module
    from hashlib import blake2b

ENV_VAR = "BACKPAIN_CACHE_DIR"
_FORMAT = 1  # what an entry looks like; a change here makes old entries unreadable, not wrong


def folder() -> Path:
    """$BACKPAIN_CACHE_DIR, else the platform's user cache folder, with a 'backpain' folder."""
    if override := os.environ.get(ENV_VAR):
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "backpain"


def key(raw: bytes) -> str:
    """The entry's name for a file with these bytes, read by this version."""
    digest = blake2b(raw, digest_size=20)
    digest.update(f"\0{__version__}\0{_FORMAT}".encode())
    return digest.hexdigest()


def load(name: str) -> dict[str, Any] | None:
    """The parsed catalogue stored under this key, or None when there is none to trust."""
    try:
        text = (folder() / f"{name}.json").read_text(encoding="utf-8")
        entry = json.loads(text, object_hook=_decode)
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != _FORMAT:
        return None
    data = entry.get("data")
    return data if isinstance(data, dict) else None


def store(name: str, data: dict[str, Any]) -> bool:
    """Store a parsed catalogue under this key; whether it was written."""
    import tempfile  # only on a first run: about 1.5 ms to import

    where = folder()
    try:
        where.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=where, prefix=".tmp-", suffix=".json")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"format": _FORMAT, "data": data}, stream, default=_encode)
        os.replace(temporary, where / f"{name}.json")
    except (OSError, TypeError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


def _encode(value: object) -> object:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _decode(table: dict[str, Any]) -> Any:
    if len(table) == 1:
        if isinstance(date := table.get("$date"), str):
            return dt.date.fromisoformat(date)
        if isinstance(moment := table.get("$datetime"), str):
            return dt.datetime.fromisoformat(moment)
    return table
