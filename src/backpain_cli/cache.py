"""The cache of compiled catalogues: where entries live, and when one can be trusted.

One entry per catalogue file and installed copy of backpain (named after the file's absolute path,
the version and where backpain is installed), holding the validated catalogue, its search tables
and its warning signs' words (store.py). An entry is trusted when it was written by this version of
backpain for a file of the same size and modification time; when that time is so close to the
moment of compiling that a later change could share it, or when only the time changed, the file's
content hash decides. Entries are written to a temporary file and renamed into place, so a reader
never sees half of one, and two runs compiling at once both leave a whole entry. An entry that
cannot be read, is truncated, or is not what this version writes is ignored and rewritten, never
trusted. A folder that cannot be written costs the speed-up, never the answer. Only catalogues that
passed validation are stored.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from . import __version__, store
from .errors import CatalogueError
from .model import Catalogue

try:  # the hash itself, without hashlib's OpenSSL bindings (2 ms to import)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the module
    from hashlib import blake2b

ENV_VAR = "BACKPAIN_CACHE_DIR"
_RACY_NS = 2_000_000_000
"""A file changed this close to its compile may have changed again unseen: check its content."""
_CHUNK = 1 << 20
UNUSED_DAYS = 30
"""An entry not used for this long is removed the next time any catalogue is compiled."""
_LEFT_OVER_S = 3600
"""A temporary file this old was left by a compile that was killed: removed likewise."""
_USED_EVERY_S = 86400
"""How often an entry in use has its time renewed (a day: the renewal is a write)."""
_ENTRY = re.compile(r"[0-9a-f]{32}\.sqlite")
_TEMPORARY = re.compile(r"\.tmp-\w+\.sqlite")


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


def entry(path: str) -> Path:
    """Where the entry for the catalogue file at `path` lives: one for each installed copy of
    backpain (its version, format and folder), so that two of them sharing a cache folder (an
    upgrade, two environments) never rewrite each other's entry at every run."""
    owner = (os.path.abspath(path), __version__, str(store.FORMAT), str(Path(__file__).parent))
    name = blake2b("\0".join(owner).encode(errors="surrogateescape"), digest_size=16)
    return folder() / f"{name.hexdigest()}.sqlite"


_CODE = [
    str(Path(__file__).with_name(name))
    for name in (
        *("text.py", "lexicon.py", "phrases.py", "phrases_signs.py", "phrases_causes.py"),
        *("tables.py", "store.py", "stored_tables.py", "signs.py", "sign_words.py"),
        *("sign_vocabulary.py", "sign_text.py", "phrases_injuries.py", "phrases_negation.py"),
        "phrases_symptoms.py",
    )
]
"""The modules that decide what an entry holds and how it is read: edited in a checkout, the
entries are rebuilt."""


def identity(path: str, *also: str) -> dict[str, Any]:
    """What a compiled entry depends on: the version, and each file's size and time (the
    catalogue, the files it was built with, and the code that builds the tables)."""
    files = []
    for name in (path, *also, *_CODE):
        status = os.stat(name)
        files.append([status.st_size, status.st_mtime_ns])
    return {"version": __version__, "files": files}


def content_hash(path: str) -> str:
    """A hash of the file's bytes, read a chunk at a time."""
    digest = blake2b(digest_size=20)
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def load(path: str, *also: str) -> Catalogue | None:
    """The compiled catalogue for this file, or None when there is none to trust.

    `also`: further files the catalogue was built from (the bundled defaults of a user's file).
    """
    where = entry(path)
    try:
        # immutable: an entry is never rewritten in place but for its times (see _current),
        # so a reader takes no locks and never looks for another writer's journal
        connection = sqlite3.connect(f"{where.as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        meta = _checked(connection, where)
        if meta is None or not _current(meta, path, also, where):
            connection.close()
            return None
        status = where.stat()
        found = store.read(connection, meta, path, str(where), status.st_ino)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, CatalogueError):
        connection.close()
        return None
    if time.time() - status.st_mtime > _USED_EVERY_S:  # in use: not one to remove (see _tidy)
        with contextlib.suppress(OSError):
            os.utime(where)
    return found


def _checked(connection: sqlite3.Connection, where: Path) -> dict[str, Any] | None:
    """The entry's facts, if it is a whole entry of this format (not truncated, not foreign)."""
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    (size,) = connection.execute("PRAGMA page_size").fetchone()
    if pages * size != where.stat().st_size:
        return None
    meta = store.facts(connection)
    return meta if meta.get("format") == store.FORMAT else None


def _current(meta: dict[str, Any], path: str, also: tuple[str, ...], where: Path) -> bool:
    """Whether the entry was compiled from the files as they are now, by this version."""
    now = identity(path, *also)
    if meta.get("version") != now["version"]:
        return False
    if meta.get("files") == now["files"]:
        compiled = meta.get("compiled_ns", 0)
        if all(compiled - mtime > _RACY_NS for _, mtime in now["files"]):
            return True
    # the times say nothing sure: the contents decide ("touch" changes only the time)
    if meta.get("hashes") != [content_hash(name) for name in (path, *also, *_CODE)]:
        return False
    # the entry learns the new times, so that the next run need not hash again: written in
    # place with no journal (a reader elsewhere must never meet a journal that looks left over
    # and try to roll it back), and given up at once if another run holds the file
    with (
        contextlib.suppress(sqlite3.Error, OSError),
        contextlib.closing(sqlite3.connect(where, timeout=0)) as writer,
    ):
        writer.execute("PRAGMA journal_mode = OFF")
        with writer:
            files = json.dumps(now["files"])
            writer.execute("UPDATE meta SET value = ? WHERE key = 'files'", (files,))
            writer.execute(
                "UPDATE meta SET value = ? WHERE key = 'compiled_ns'", (json.dumps(time.time_ns()),)
            )
    return True


def save(path: str, catalogue: Catalogue, *also: str) -> bool:
    """Compile a validated catalogue into the entry for `path`; whether it was written."""
    import tempfile  # only on a first run: about 1.5 ms to import

    where = entry(path)
    try:
        facts = identity(path, *also) | {
            "hashes": [content_hash(name) for name in (path, *also, *_CODE)],
            "compiled_ns": time.time_ns(),
        }
        where.parent.mkdir(parents=True, exist_ok=True)
        _tidy(where.parent)
        handle, temporary = tempfile.mkstemp(dir=where.parent, prefix=".tmp-", suffix=".sqlite")
        os.close(handle)
    except OSError:
        return False
    written = False
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as connection:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            with connection:
                store.write(connection, catalogue, facts)
        os.replace(temporary, where)
        written = True
    except (OSError, sqlite3.Error):
        return False
    finally:
        if not written:  # a failure, or Ctrl-C: no half-written file is left behind
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return True


def _tidy(where: Path) -> None:
    """Remove the entries not used for UNUSED_DAYS (of files deleted or long unused, of earlier
    versions) and the temporary files of compiles that were killed. Only files named as this
    module names them: a cache folder set by BACKPAIN_CACHE_DIR may hold others."""
    now = time.time()
    with os.scandir(where) as found:
        for item in list(found):
            if _ENTRY.fullmatch(item.name):
                too_old = UNUSED_DAYS * 86400
            elif _TEMPORARY.fullmatch(item.name):
                too_old = _LEFT_OVER_S
            else:
                continue
            with contextlib.suppress(OSError):
                if now - item.stat(follow_symlinks=False).st_mtime > too_old:
                    os.unlink(item.path)
