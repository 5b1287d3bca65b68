"""The cache of compiled catalogues, with real files and real processes: right, or not used."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from backpain_cli import cache, load_catalogue, sign_vocabulary, store
from backpain_cli.errors import CatalogueError
from backpain_cli.matching import Matcher

MODULE = [sys.executable, "-m", "backpain_cli"]


def run(*args: str, cache_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    env["BACKPAIN_CACHE_DIR"] = str(cache_dir)
    return subprocess.run(
        [*MODULE, *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def entry_of(path: Path) -> Path:
    """Where the cache keeps the compiled copy of this file."""
    entry = cache.entry(str(path))
    assert entry.parent == Path(os.environ["BACKPAIN_CACHE_DIR"])
    assert entry.exists()
    return entry


def state(path: Path | None = None) -> str:
    return load_catalogue(path).cache


def test_first_run_writes_then_reads(tmp_path: Path) -> None:
    assert state() == "written"
    assert state() == "read"
    (entry,) = Path(os.environ["BACKPAIN_CACHE_DIR"]).glob("*.sqlite")
    with sqlite3.connect(entry) as connection:  # data, not code
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        found = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    assert found == (str(store.FORMAT),)
    assert {"meta", "causes", "phrases", "words", "pairs", "whole", "names_by_key"} <= tables


def test_a_changed_file_is_read_afresh_even_at_the_same_size(tiny: Path) -> None:
    assert state(tiny) == "written"
    assert state(tiny) == "read"
    text = tiny.read_text(encoding="utf-8")
    changed = text.replace('name = "Broken rib"', 'name = "Bruised ri"')
    assert len(changed) == len(text)
    stat = tiny.stat()
    tiny.write_text(changed, encoding="utf-8")
    os.utime(tiny, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the same time
    catalogue = load_catalogue(tiny)
    assert catalogue.cache == "written"
    assert catalogue.causes[0].name == "Bruised ri"


def test_a_change_to_the_bundled_file_that_fills_in_a_users_catalogue_recompiles_it(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tiny catalogue has no red flags: the bundled file's apply, so they are part of its entry
    from backpain_cli import catalogue as catalogue_module

    bundled = tmp_path / "bundled.toml"
    bundled.write_text(Path(catalogue_module.bundled_path()).read_text(encoding="utf-8"))
    monkeypatch.setattr(catalogue_module, "bundled_path", lambda: str(bundled))
    assert state(tiny) == "written"
    assert state(tiny) == "read"
    text = bundled.read_text(encoding="utf-8")
    bundled.write_text(text.replace('title = "Get emergency care"', 'title = "Get help now"'))
    found = load_catalogue(tiny)
    assert found.cache == "written"
    assert found.red_flags[0].title == "Get help now"


def test_a_touched_file_is_not_compiled_again(tiny: Path) -> None:
    assert state(tiny) == "written"
    later = tiny.stat().st_mtime_ns + 10**10
    os.utime(tiny, ns=(later, later))  # the time changed, the content did not
    assert state(tiny) == "read"
    assert state(tiny) == "read"


DAMAGE = {
    "empty": lambda entry: b"",
    "half": lambda entry: entry[: len(entry) // 2],
    "last page gone": lambda entry: entry[:-512],
    "not sqlite": lambda entry: b"\x00\xff" * 100,
    "json": lambda entry: b'{"format": 2, "data": {}}',
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_truncated_or_foreign_entry_is_rebuilt_not_trusted(tiny: Path, damage: Any) -> None:
    load_catalogue(tiny)
    entry = entry_of(tiny)
    entry.write_bytes(damage(entry.read_bytes()))
    catalogue = load_catalogue(tiny)
    assert catalogue.cache == "written"
    assert [c.id for c in catalogue.causes] == ["broken-rib", "shingles", "bone-bruise"]
    assert load_catalogue(tiny).cache == "read"


def test_an_entry_that_says_something_else_is_not_used(tiny: Path) -> None:
    # the format marker guards against an entry of another shape
    load_catalogue(tiny)
    with sqlite3.connect(entry_of(tiny)) as connection:
        connection.execute("UPDATE meta SET value = '999' WHERE key = 'format'")
    assert load_catalogue(tiny).cache == "written"


def test_a_folder_that_cannot_be_written_still_answers(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("BACKPAIN_CACHE_DIR", str(blocked / "cache"))
    catalogue = load_catalogue(tiny)
    assert catalogue.cache == "not writable"
    assert len(catalogue.causes) == 3


def test_an_invalid_catalogue_is_never_cached() -> None:
    folder = Path(os.environ["BACKPAIN_CACHE_DIR"])
    path = folder.parent / "bad.toml"
    path.write_text('[[categories]]\nid = "a"\nname = "A"\n[[causes]]\nid = "x"\n', "utf-8")
    for _ in range(2):
        with pytest.raises(CatalogueError) as caught:
            load_catalogue(path)
        assert any("'name' is missing" in line for line in caught.value.details)
    assert not list(folder.glob("*.sqlite"))


def test_no_cache_and_the_folder_in_about(tmp_path: Path) -> None:
    first = run("about", cache_dir=tmp_path)
    assert f"cache\t{tmp_path} (written)" in first.stdout
    assert f"cache\t{tmp_path} (read)" in run("about", cache_dir=tmp_path).stdout
    assert f"cache\t{tmp_path} (off)" in run("--no-cache", "about", cache_dir=tmp_path).stdout


def test_two_processes_writing_at_once_leave_a_good_entry(tmp_path: Path, tiny: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    env["BACKPAIN_CACHE_DIR"] = str(tmp_path / "shared")
    processes = [
        subprocess.Popen(
            [*MODULE, "list", "--catalogue", str(tiny)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert len(set(outputs)) == 1
    assert not list((tmp_path / "shared").glob(".tmp-*"))  # no half-written file left
    assert run("about", "--catalogue", str(tiny), cache_dir=tmp_path / "shared").stdout.count(
        "(read)"
    )


def big_catalogue(path: Path, count: int = 1000) -> Path:
    words = "ache bone disk nerve joint muscle spine pelvis hip rib tendon cord".split()
    lines = ['[[categories]]\nid = "general"\nname = "General"\n']
    for i in range(count):
        a, b = words[i % 12], words[(i // 12) % 12]
        lines.append(
            f'[[causes]]\nid = "cause-{i}"\nname = "Condition {a} {b} {i}"\n'
            f'category = "general"\ndefinition = "A made-up problem of the {a} and {b}."\n'
            f'aliases = ["{b} trouble {i}"]\nicd10 = ["M54.{i % 10}"]\n'
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


COMMANDS = [
    ["list", "-f", "json"],
    ["list", "-f", "csv"],
    ["show", "sciatica", "-f", "json"],
    ["search", "kidney stones", "-f", "jsonl"],
    ["search", "pain down the back of my leg", "-f", "plain"],
    ["search", "back pain after a fall", "-f", "json"],  # a warning sign
    ["search", "I heard a pop in my knee", "-f", "json"],  # another part of the body
    ["categories", "-f", "markdown"],
    ["red-flags", "-f", "tsv"],
]


@pytest.mark.parametrize("generated", [False, True])
def test_cached_answers_equal_uncached_ones(tmp_path: Path, generated: bool) -> None:
    extra = ["--catalogue", str(big_catalogue(tmp_path / "big.toml"))] if generated else []
    commands = COMMANDS
    if generated:
        commands = [
            ["list", "-f", "json"],
            ["show", "cause-7", "-f", "json"],
            ["search", "nerve joint", "-f", "jsonl"],
            ["search", "M54", "-f", "plain"],
            ["search", "a pop in my knee and my hip aches", "-f", "json"],  # no region here
        ]
    for args in commands:
        fresh = run("--no-cache", *args, *extra, cache_dir=tmp_path / "c")
        written = run(*args, *extra, cache_dir=tmp_path / "c")
        read = run(*args, *extra, cache_dir=tmp_path / "c")
        assert fresh.stdout == written.stdout == read.stdout, args
        assert fresh.returncode == read.returncode, args
    assert list((tmp_path / "c").glob("*.sqlite"))


def test_a_compiled_catalogue_knows_its_region_as_one_read_afresh_does() -> None:
    # the parts of the body most causes name (the back) are worked out when compiling: a question
    # about a knee is possibly related at most, from the cache as from the file
    assert state() == "written"
    compiled = load_catalogue()
    assert compiled.cache == "read"
    for catalogue in (compiled, load_catalogue(cache=False)):
        found = Matcher(catalogue).search("I heard a pop in my knee")
        assert [m.cause.id for m in found][:1] == ["sprains"]
        assert {m.confidence for m in found} == {"low"}
    assert Matcher(compiled).search("I heard a pop in my back")[0].confidence == "high"


def test_the_signs_words_an_entry_keeps_are_those_read_from_the_signs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert state() == "written"
    compiled = load_catalogue()
    assert compiled.cache == "read"
    monkeypatch.setattr(sign_vocabulary, "_SIGN_WORDS", {})  # read afresh, not remembered
    sign_vocabulary.maybe.cache_clear()
    assert compiled.sign_words == sign_vocabulary.kept(load_catalogue(cache=False).red_flags)


def test_a_new_release_never_reads_an_old_entry(
    tiny: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert state(tiny) == "written"
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    assert state(tiny) == "written"  # the same bytes, another version: parsed afresh
    assert state(tiny) == "read"
    # and the two versions keep an entry each, side by side: neither rewrites the other's
    monkeypatch.setattr(cache, "__version__", "0.0.1")
    assert state(tiny) == "written"
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    assert state(tiny) == "read"


def test_an_edit_to_the_code_that_builds_the_tables_rebuilds_the_entry(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "text.py"
    code.write_text("SPELLINGS = {}\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_CODE", [str(code)])
    assert state(tiny) == "written"
    assert state(tiny) == "read"
    code.write_text("SPELLINGS = {'flank': 'side'}\n", encoding="utf-8")
    assert state(tiny) == "written"  # a checkout's edited rules never meet an old entry


def test_every_module_that_normalises_text_is_among_those_an_entry_depends_on() -> None:
    # the words an entry holds come from text.py and the data it reads: an edit to any of them
    # must rebuild the entries
    import ast

    package = Path(cache.__file__).parent
    seen: set[str] = set()
    todo = ["text.py"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((package / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                todo.append(node.module.split(".")[0] + ".py")
    assert seen >= {"text.py", "lexicon.py", "phrases.py", "phrases_signs.py"}
    assert seen <= {Path(code).name for code in cache._CODE}


def test_an_entry_damaged_inside_is_removed_and_said_never_a_crash(tmp_path: Path) -> None:
    # damage that opening cannot see (the size is right): the read that meets it stops the
    # command with a catalogue error, removes the entry, and the next run compiles afresh
    assert run("list", "-f", "tsv", cache_dir=tmp_path).returncode == 0
    (entry,) = tmp_path.glob("*.sqlite")
    data = bytearray(entry.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 20_000] = b"A" * 20_000
    entry.write_bytes(bytes(data))
    damaged = run("list", "-f", "tsv", cache_dir=tmp_path)
    assert damaged.returncode == 3, damaged.stderr
    assert "damaged" in damaged.stderr
    assert "internal error" not in damaged.stderr
    assert "Traceback" not in damaged.stderr
    assert not entry.exists()
    again = run("list", "-f", "tsv", cache_dir=tmp_path)
    assert again.returncode == 0
    assert again.stdout.count("\n") == 21  # a header and the 20 causes


def test_a_reader_never_removes_a_newer_entry_put_in_place_of_its_own(tiny: Path) -> None:
    # a long run (a batch of queries, a Python program) reads its entry while another run puts
    # a newer one in its place; if the old copy then fails a read, the newer entry stays
    assert state(tiny) == "written"
    catalogue = load_catalogue(tiny)
    assert catalogue.cache == "read"
    (entry,) = Path(os.environ["BACKPAIN_CACHE_DIR"]).glob("*.sqlite")
    old = entry.with_name("the-readers-copy")
    os.link(entry, old)
    newer = entry.with_name("newer")
    newer.write_bytes(entry.read_bytes())
    os.replace(newer, entry)
    with open(old, "r+b") as stream:  # the reader's copy, damaged where it has not read yet
        stream.truncate(2048)
    with pytest.raises(CatalogueError, match="damaged"):
        list(catalogue.causes)
    assert entry.exists()
    assert state(tiny) == "read"


def test_an_entry_with_rows_lost_inside_is_damaged_too(tmp_path: Path) -> None:
    # damage that reads as no rows rather than as an error (a third trial: exit 70, KeyError)
    assert run("search", "sciatica", "-f", "tsv", cache_dir=tmp_path).returncode == 0
    (entry,) = tmp_path.glob("*.sqlite")
    with sqlite3.connect(entry) as connection:
        connection.execute("DELETE FROM phrases")
    connection.close()
    damaged = run("search", "sciatica", "-f", "tsv", cache_dir=tmp_path)
    assert damaged.returncode == 3, damaged.stderr
    assert "damaged" in damaged.stderr
    assert "Traceback" not in damaged.stderr
    assert not entry.exists()
    assert run("search", "sciatica", "-f", "tsv", cache_dir=tmp_path).returncode == 0


def test_the_cache_folder_follows_the_platform_unless_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BACKPAIN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == tmp_path / "xdg" / "backpain"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.folder() == tmp_path / "home" / ".cache" / "backpain"


def test_a_folder_that_does_not_exist_yet_is_made(
    tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKPAIN_CACHE_DIR", str(tmp_path / "new" / "deeper" / "cache"))
    assert state(tiny) == "written"
    assert state(tiny) == "read"


def test_an_unchanged_file_is_trusted_without_reading_it_again(
    tiny: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert state(tiny) == "written"
    old = tiny.stat().st_mtime_ns - 10**10  # long before the compile: its time can be trusted
    os.utime(tiny, ns=(old, old))
    hashed: list[str] = []
    real_hash = cache.content_hash

    def counting(path: str) -> str:
        hashed.append(path)
        return real_hash(path)

    monkeypatch.setattr(cache, "content_hash", counting)
    assert state(tiny) == "read"  # the time changed: the content decides, once...
    assert str(tiny) in hashed
    hashed.clear()
    assert state(tiny) == "read"  # ...and the entry now knows the new time: no hashing
    assert state(tiny) == "read"
    assert hashed == []


def test_a_compile_removes_entries_long_unused_and_files_left_by_killed_compiles(
    tmp_path: Path, tiny: Path
) -> None:
    folder = Path(os.environ["BACKPAIN_CACHE_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    days = 86400
    old_entry, new_entry = folder / ("a" * 32 + ".sqlite"), folder / ("b" * 32 + ".sqlite")
    old_temporary, new_temporary = folder / ".tmp-old1.sqlite", folder / ".tmp-new1.sqlite"
    someone_elses = folder / "notes.sqlite"  # a folder set by BACKPAIN_CACHE_DIR may hold others
    for name, age in [
        (old_entry, (cache.UNUSED_DAYS + 1) * days),
        (new_entry, (cache.UNUSED_DAYS - 1) * days),
        (old_temporary, 2 * 3600),
        (new_temporary, 60),  # another run compiling now
        (someone_elses, 400 * days),
    ]:
        name.write_bytes(b"x")
        os.utime(name, (time.time() - age, time.time() - age))
    assert state(tiny) == "written"
    left = {p.name for p in folder.iterdir()}
    assert left == {new_entry.name, new_temporary.name, someone_elses.name, entry_of(tiny).name}


def test_an_entry_in_use_is_never_long_unused(tiny: Path) -> None:
    assert state(tiny) == "written"
    entry = entry_of(tiny)
    long_ago = time.time() - (cache.UNUSED_DAYS - 2) * 86400
    os.utime(entry, (long_ago, long_ago))
    assert state(tiny) == "read"
    assert time.time() - entry.stat().st_mtime < 3600  # its time renewed by the read


def test_a_compile_stopped_by_ctrl_c_leaves_no_file_behind(
    tiny: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        load_catalogue(tiny)
    assert list(Path(os.environ["BACKPAIN_CACHE_DIR"]).iterdir()) == []
