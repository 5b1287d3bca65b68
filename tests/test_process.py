"""What only a real process shows: pipes, terminals, signals, encodings and exit codes."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backpain_cli.errors import ExitCode

ESCAPE = re.compile(rb"[\x1b\x9b\x07]")
COLOUR = re.compile(rb"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|38;)[0-9;]*m")
NOISE = ("Traceback", "Exception ignored", "BrokenPipeError", "Error")
MODULE = [sys.executable, "-m", "backpain_cli"]


def run_backpain(
    *args: str,
    input: str | bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 30,
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m backpain_cli ARGS` as a real process, through real pipes."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment["BACKPAIN_CACHE_DIR"] = os.environ["BACKPAIN_CACHE_DIR"]  # the test's own
    environment.pop("NO_COLOR", None)
    environment.pop("FORCE_COLOR", None)
    environment.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    return subprocess.run(
        [*MODULE, *args],
        input=data,
        capture_output=True,
        env=environment,
        timeout=timeout,
        check=False,
    )


def read_terminal(leader: int) -> bytes:
    """All that a process shows on a pseudo-terminal, until it closes; then close our end."""
    shown = b""
    while select.select([leader], [], [], 30)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return shown


def in_terminal(
    *args: str, env: dict[str, str] | None = None, both: bool = False
) -> tuple[int, bytes]:
    """Run backpain with stdout (and with `both`, stdin and stderr too) on a pseudo-terminal;
    return its exit code and what it showed."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment["BACKPAIN_CACHE_DIR"] = os.environ["BACKPAIN_CACHE_DIR"]
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        environment.pop(name, None)
    environment.update({"TERM": "xterm-256color", "COLUMNS": "120"} | (env or {}))
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*MODULE, *args],
        stdin=follower if both else None,
        stdout=follower,
        stderr=follower if both else subprocess.PIPE,
        env=environment,
    ) as process:
        os.close(follower)
        shown = read_terminal(leader)
        process.communicate(timeout=30)
    return process.returncode, shown


def shell(command: str) -> subprocess.CompletedProcess[bytes]:
    backpain = " ".join(MODULE)
    return subprocess.run(
        ["bash", "-c", "set -o pipefail; " + command.replace("backpain", backpain)],
        capture_output=True,
        timeout=60,
        check=False,
    )


# --- pipes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", ["backpain list | head -1", "backpain list --format json | head -c 5"]
)
def test_reader_that_stops_early_is_silent_and_exit_0(command: str) -> None:
    result = shell(command)
    assert result.returncode == 0
    assert not any(word.encode() in result.stderr for word in NOISE), result.stderr
    assert result.stdout


def test_reader_that_reads_nothing_is_silent_every_time() -> None:
    for _ in range(3):
        result = shell("backpain list --format csv | true")
        assert result.returncode == 0
        assert not any(word.encode() in result.stderr for word in NOISE), result.stderr


def test_piped_output_is_plain_data_and_messages_go_to_stderr() -> None:
    result = run_backpain("list")
    assert result.returncode == 0
    assert not ESCAPE.search(result.stdout)
    assert len(result.stdout.splitlines()) == 20
    assert b"Not medical advice." in result.stderr
    assert b"Not medical advice." not in result.stdout


def test_piped_output_ignores_the_terminal_width() -> None:
    narrow = run_backpain("search", "kidney", env={"COLUMNS": "20"})
    wide = run_backpain("search", "kidney", env={"COLUMNS": "500"})
    assert narrow.stdout == wide.stdout
    definition = next(c for c in json.loads(run_backpain("list", "-f", "json").stdout)["causes"])
    assert definition["definition"].encode() in run_backpain("list", env={"COLUMNS": "20"}).stdout


def test_same_command_twice_gives_identical_bytes() -> None:
    for args in (("list", "-f", "json"), ("search", "bone", "-n", "9"), ("show", "siatica")):
        assert run_backpain(*args).stdout == run_backpain(*args).stdout


# --- terminals ----------------------------------------------------------------------------------


def test_terminal_gets_tables_with_colour_and_the_disclaimer() -> None:
    code, shown = in_terminal("list")
    assert code == 0
    assert b"Mechanical or structural problems" in shown
    assert "│".encode() in shown  # the table's own lines, not a hyphen from the text
    assert COLOUR.search(shown)
    assert b"Not medical advice." in shown


@pytest.mark.parametrize("columns", ["0", "00"])
def test_a_terminal_width_of_0_is_an_unknown_width_not_an_empty_screen(columns: str) -> None:
    # rich prints nothing at width 0: the warning sign is never lost, and tables are shown
    env = {"COLUMNS": columns, "PAGER": ""}
    code, shown = in_terminal("search", "cant pee and back pain", env=env, both=True)
    assert b"Warning sign (get emergency care)" in shown
    assert b"Not medical advice." in shown
    code, shown = in_terminal("list", env={"COLUMNS": columns, "PAGER": ""})
    assert code == 0
    assert b"Sciatica" in shown


def test_a_warning_is_shown_once_at_a_terminal_when_the_answer_needs_no_pager() -> None:
    # stderr says it first; only a pager, which hides the screen, needs it said again
    env = {"LINES": "100", "PAGER": "false"}
    code, shown = in_terminal("search", "fever and sciatica", env=env, both=True)
    assert code == 0
    assert shown.count(b"Warning sign (get emergency care)") == 1
    assert b"Sciatica" in shown


def test_no_color_means_no_colour_and_dumb_terminal_means_no_escapes() -> None:
    code, shown = in_terminal("list", env={"NO_COLOR": "1"})
    assert code == 0
    assert b"Sciatica" in shown
    assert not COLOUR.search(shown)
    code, shown = in_terminal("show", "sciatica", env={"TERM": "dumb"})
    assert code == 0
    assert b"Sciatica" in shown
    assert not ESCAPE.search(shown)


def test_rich_markup_in_queries_is_shown_literally_on_a_terminal() -> None:
    code, shown = in_terminal("search", "[b]kidney stones[/b]")
    assert code == 0
    assert b"Search: [b]kidney stones[/b]" in shown
    assert b"Kidney stones" in shown
    for query, code in (("[/]", 2), ("[bold]", 1), ("[link=http://x]y[/link]", 1)):
        result = run_backpain("search", query)
        assert result.returncode == code
        assert query.encode() in result.stderr
        assert b"Traceback" not in result.stderr


def test_catalogue_markup_and_escape_sequences_never_reach_the_output(tmp_path: Path) -> None:
    path = tmp_path / "hostile.toml"
    path.write_text(
        '[[categories]]\nid = "a"\nname = "[red]Cat[/red]"\n'
        '[[causes]]\nid = "x"\nname = "[bold]Evil[/bold] \\u001b[2J"\ncategory = "a"\n'
        'definition = "Title \\u001b]0;pwned\\u0007 and \\u009b31m and a\\ttab\\nnewline"\n'
        'aliases = ["[link=http://example.com]click[/link]"]\n',
        encoding="utf-8",
    )
    for fmt in ("plain", "tsv", "csv", "json", "jsonl", "markdown"):
        result = run_backpain("list", "--catalogue", str(path), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert not ESCAPE.search(result.stdout), fmt
    plain = run_backpain("list", "--catalogue", str(path)).stdout.decode()
    (record,) = plain.splitlines()
    assert record.split("\t") == [
        "x",
        "[bold]Evil[/bold] \\x1b[2J",
        "a",
        "Title \\x1b]0;pwned\\x07 and \\x9b31m and a tab newline",
    ]
    code, shown = in_terminal("list", "--catalogue", str(path))
    assert code == 0
    assert b"[bold]Evil[/bold]" in shown
    assert b"[red]Cat[/red]" in shown
    assert b"\x1b[2J" not in shown
    assert b"\x1b]0;" not in shown


def test_escape_sequences_in_a_broken_catalogue_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2J.toml"
    path.write_text(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "\\u001b]0;pwned\\u0007"\nname = "X"\ncategory = "\\u001b[31m"\n'
        'definition = "D"\n"\\u001b[2J" = 1\n',
        encoding="utf-8",
    )
    result = run_backpain("--catalogue", str(path), "list")
    assert result.returncode == 3
    assert not ESCAPE.search(result.stderr), result.stderr
    assert b"\\x1b]0;pwned\\x07" in result.stderr
    assert b"unknown key '\\x1b[2J'" in result.stderr


# --- bad input ----------------------------------------------------------------------------------


def test_huge_queries_are_refused_quickly() -> None:
    result = run_backpain("search", "sciatica " * 12_000, timeout=20)
    assert result.returncode == 2
    assert b"too long" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    lines = "kidney stones\n" + "x" * (1024 * 1024) + "\nsiatica\n"
    batch = run_backpain("search", "-", "-f", "jsonl", input=lines, timeout=20)
    assert batch.returncode == 0
    answers = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [a["results"][0]["id"] for a in answers if a["results"]] == ["kidney-stones", "sciatica"]
    assert b"line 2: query is too long" in batch.stderr


def test_malformed_toml_exits_3_with_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[causes]]\nid = "x"\nname = \n', encoding="utf-8")
    result = run_backpain("--catalogue", str(path), "list")
    assert result.returncode == 3
    assert result.stdout == b""
    assert result.stderr.decode().startswith(f"Error: {path}:3:")


@pytest.mark.parametrize("target", ["/dev/zero", "DIR", "MISSING"])
def test_unreadable_catalogues_exit_3_in_one_line(tmp_path: Path, target: str) -> None:
    path = {"DIR": str(tmp_path), "MISSING": str(tmp_path / "none.toml")}.get(target, target)
    if not Path(path).exists() and target != "MISSING":
        pytest.skip(f"{path} does not exist here")
    result = run_backpain("--catalogue", path, "list", timeout=20)
    assert result.returncode == 3
    assert result.stdout == b""
    assert len(result.stderr.splitlines()) == 1
    assert path.encode() in result.stderr


def test_ascii_only_output_escapes_what_it_cannot_show(tmp_path: Path) -> None:
    path = tmp_path / "accents.toml"
    path.write_text(
        '[[categories]]\nid = "a"\nname = "Catégorie"\n'
        '[[causes]]\nid = "xy"\nname = "Sciática"\ncategory = "a"\ndefinition = "Ça fait mal."\n',
        encoding="utf-8",
    )
    env = {"PYTHONIOENCODING": "ascii"}
    plain = run_backpain("list", "--catalogue", str(path), env=env)
    assert plain.returncode == 0
    assert plain.stdout == b"xy\tSci\\xe1tica\ta\t\\xc7a fait mal.\n"
    document = run_backpain("list", "--catalogue", str(path), "-f", "json", env=env)
    assert document.returncode == 0
    assert json.loads(document.stdout)["causes"][0]["name"] == "Sciática"
    code, shown = in_terminal("show", "xy", "--catalogue", str(path), env=env)
    assert code == 0
    assert b"Sci\\xe1tica" in shown


def test_full_disk_is_an_output_error_not_a_bug() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    result = shell("backpain list > /dev/full")
    assert result.returncode == 74
    assert result.stderr.decode().splitlines() == [
        "Error: cannot write output: No space left on device"
    ]


# --- signals and failures -----------------------------------------------------------------------


def wait_until_reading_a_pipe(pid: int, timeout: float = 20) -> None:
    """Wait until the process blocks reading a pipe (Linux tells), else give it a few seconds."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if any(name in wchan.read_text() for name in ("pipe_read", "pipe_wait")):
                return
        except OSError:
            break
        time.sleep(0.05)
    time.sleep(3)


def test_ctrl_c_while_waiting_on_stdin_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [*MODULE, "search", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # As at a terminal: a runner started in the background may have left SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    wait_until_reading_a_pipe(process.pid)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err


def test_unexpected_error_exits_70_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from backpain_cli import __main__, output

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(output, "render", broken)  # a bug anywhere below the commands
    with pytest.raises(SystemExit) as caught:
        __main__.main(["list"])
    assert caught.value.code == 70
    err = capsys.readouterr().err
    assert err.startswith("backpain: internal error: RuntimeError: simulated failure (a bug")
    assert "please report it" in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    with pytest.raises(RuntimeError):
        __main__.main(["--debug", "list"])
    monkeypatch.setenv("BACKPAIN_DEBUG", "1")
    with pytest.raises(RuntimeError):
        __main__.main(["list"])


def test_python_dash_m_runs_the_command_line() -> None:
    # `python -m backpain_cli` is the same program as the `backpain` script
    result = run_backpain("categories", "-f", "tsv")
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[0] == "id\tname\tcount"


def heavy_modules_after(*args: str) -> set[str]:
    """The top-level packages among rich and rapidfuzz that running `backpain ARGS` imports."""
    code = (
        "import sys\n"
        "from backpain_cli.__main__ import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=30, check=False
    )
    return set(result.stderr.decode().splitlines()[-1].split()) & {"rich", "rapidfuzz"}


def test_data_output_does_not_import_rich_and_exact_names_do_not_import_rapidfuzz() -> None:
    assert heavy_modules_after("show", "sciatica", "-f", "json") == set()
    assert heavy_modules_after("list", "-f", "plain") == set()
    assert heavy_modules_after("search", "kidney stones", "-f", "plain") == set()
    assert heavy_modules_after("search", "kidny", "-f", "plain") == {"rapidfuzz"}
    assert heavy_modules_after("list", "-f", "table") == {"rich"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [("backpain show sciatica", "sciatica"), ("backpain list -c infl", "inflammatory")],
)
def test_shell_completion_of_causes_and_categories(words: str, expected: str) -> None:
    env = {
        "_BACKPAIN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    result = run_backpain(env=env)
    assert result.returncode == 0
    assert result.stdout.decode().split() == [expected]


@pytest.mark.parametrize("where", ["after", "before"])
def test_completion_follows_the_catalogue_the_command_line_names(
    tmp_path: Path, where: str
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[[categories]]\nid = "sport"\nname = "Sport"\n\n[[causes]]\nid = "tennis-back"\n'
        'name = "Tennis back"\ncategory = "sport"\ndefinition = "D"\n',
        encoding="utf-8",
    )
    option = f"--catalogue {mine}"
    words = f"backpain show {option} ten" if where == "after" else f"backpain {option} show ten"
    env = {"_BACKPAIN_COMPLETE": "complete_bash", "COMP_WORDS": words}
    result = run_backpain(env=env | {"COMP_CWORD": str(len(words.split()) - 1)})
    assert result.stdout.decode().split() == ["tennis-back"]  # not the bundled tendon-strain
    words = f"backpain list {option} -c sp"
    result = run_backpain(env=env | {"COMP_WORDS": words, "COMP_CWORD": "5"})
    assert result.stdout.decode().split() == ["sport"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("backpain show Sciat", "Sciatica"),  # any case, and completed as typed
        ("backpain show slipp", "slipped-disc"),  # the start of another name, as one word
        ("backpain show KIDNEY", "KIDNEY-stones"),
        ("backpain show Bechterew", "Bechterews-disease"),  # no quote the shell would open
    ],
)
def test_completion_by_any_name_in_any_case(words: str, expected: str) -> None:
    env = {
        "_BACKPAIN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    found = run_backpain(env=env).stdout.decode().split()
    assert expected in found
    # and every completion is a name that `show` knows
    shown = run_backpain("show", expected, "-f", "json")
    assert shown.returncode == 0, shown.stderr


@pytest.mark.parametrize("shell_name", ["zsh", "fish"])
def test_completion_in_zsh_and_fish(shell_name: str) -> None:
    env = {
        "_BACKPAIN_COMPLETE": f"complete_{shell_name}",
        "_TYPER_COMPLETE_ARGS": "backpain show Sciat",
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
    }
    assert b"Sciatica" in run_backpain(env=env).stdout


# --- issue 11: the terminal as good as the pipes ---------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "markdown"])
def test_a_closed_pipe_is_exit_0_in_every_format(fmt: str) -> None:
    result = shell(f"backpain list -f {fmt} | head -3")
    assert result.returncode == 0, result.stderr
    assert not any(word.encode() in result.stderr for word in NOISE), result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("search", "sciatica", "-f", "plain"),  # the disclaimer and notes go to stderr
        ("search", "kidney infection with a fever", "-f", "plain"),  # a warning first
        ("show", "sciatica", "-f", "tsv"),
        ("search", "qqqq", "-f", "plain"),  # nothing found: 1, whatever the pipe
    ],
)
@pytest.mark.parametrize("both", [True, False])
def test_a_closed_pipe_on_stderr_keeps_the_exit_code(args: tuple[str, ...], both: bool) -> None:
    """`backpain ... 2>&1 | head -1`: messages for a reader that has gone are dropped, not an
    error (click would exit 1 for a broken pipe on stderr), whether stdout went first or not."""
    read, write = os.pipe()
    os.close(read)  # every write to it meets a closed pipe
    try:
        stdout = write if both else subprocess.PIPE
        result = subprocess.run([*MODULE, *args], stdout=stdout, stderr=write, check=False)
    finally:
        os.close(write)
    found = "qqqq" not in args
    assert result.returncode == (0 if found else 1)
    assert both or not found or result.stdout  # the answer itself was written


@pytest.mark.parametrize("fmt", ["jsonl", "plain", "csv"])
def test_search_dash_answers_each_line_as_it_arrives(fmt: str) -> None:
    with subprocess.Popen(
        [*MODULE, "search", "-", "-f", fmt],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(b"siatica\n")
        process.stdin.flush()
        if fmt == "csv":
            assert process.stdout.readline().startswith(b"query,id,name")
        first = process.stdout.readline()  # answered while the input is still open
        assert b"sciatica" in first
        process.stdin.write(b"kidney stones\n")
        process.stdin.flush()
        assert b"kidney-stones" in process.stdout.readline()
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_ctrl_c_in_search_dash_keeps_what_was_answered() -> None:
    with subprocess.Popen(
        [*MODULE, "search", "-", "-f", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(b"sciatica\n")
        process.stdin.flush()
        answer = json.loads(process.stdout.readline())
        wait_until_reading_a_pipe(process.pid)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err.decode()
    assert answer["results"][0]["id"] == "sciatica"
    assert b"Traceback" not in err


def test_a_1000_character_query_works_from_standard_input_too() -> None:
    query = "sciatica " + "x" * 991
    assert len(query) == 1000
    assert run_backpain("search", query).returncode == 0
    piped = run_backpain("search", "-", input=query + "\n")
    assert piped.returncode == 0, piped.stderr
    assert b"too long" not in piped.stderr


def test_a_line_of_megabytes_is_refused_without_being_held_or_echoed_whole() -> None:
    piped = run_backpain(
        "search", "-", "-f", "tsv", input="sciatica\n" + "x" * 5_000_000 + "\nkidney stones\n"
    )
    rows = [line.split("\t") for line in piped.stdout.decode().splitlines()[1:]]
    assert [row[0][:10] for row in rows][:2] == ["sciatica", "x" * 10]
    assert rows[1][4] == "error"
    assert len(rows[1][0]) < 1010  # said, not echoed whole
    assert rows[2][:2] == ["kidney stones", "kidney-stones"]  # the lines after it are answered
    assert "line 2: query is too long" in piped.stderr.decode()


@pytest.mark.parametrize("width", [12, 20, 25, 30, 40, 60, 80, 120])
def test_tables_never_break_a_word_at_any_width(width: int) -> None:
    causes = json.loads(run_backpain("list", "-f", "json").stdout)["causes"]
    expected = {
        ("list",): [c["name"] for c in causes],
        ("search", "spondylolisthesis or sciatica"): ["Spondylolisthesis", "Sciatica"],
        ("show", "kidney stones"): ["Kidney stones", "N20.0", "nephrolithiasis", "Preventing"],
    }
    for args, words in expected.items():
        code, shown = in_terminal(*args, env={"COLUMNS": str(width), "NO_COLOR": "1"})
        assert code == 0
        lines = ESCAPES.sub(b"", shown).decode().splitlines()
        # lines fit the width, but for a longer word (an address), printed whole on its own line
        assert all(len(line.rstrip()) <= width or len(line.split()) == 1 for line in lines)
        assert "…" not in "".join(lines)
        # a word cut by the width ("Spondyloli|sthesis") would not be whole in the joined text
        joined = " ".join(line.strip(" │┃|") for line in lines)
        for word in words:
            assert word in joined, (args, width, word)


def test_a_link_is_printed_whole_on_a_line_of_its_own() -> None:
    code, shown = in_terminal("show", "sciatica", env={"COLUMNS": "40", "NO_COLOR": "1"})
    assert code == 0
    text = ESCAPES.sub(b"", shown).decode()
    url = "https://www.mayoclinic.org/symptoms/back-pain/basics/causes/sym-20050878"
    assert any(line.strip() == url for line in text.splitlines())


def _stderr_at_terminal(args: list[str], environment: dict[str, str]) -> bytes:
    """What a command writes to stderr when stderr is a terminal (stdout a pipe)."""
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*MODULE, *args], stdout=subprocess.PIPE, stderr=follower, env=environment
    ) as process:
        os.close(follower)
        shown = read_terminal(leader)
        process.communicate(timeout=30)
    return shown


def test_warning_comes_first_in_bold_red_at_a_terminal() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment.pop("NO_COLOR", None)
    environment.update({"TERM": "xterm-256color", "COLUMNS": "80"})
    shown = _stderr_at_terminal(["search", "fever", "-f", "plain"], environment)
    assert shown.index(b"Warning sign") < shown.index(b"Not medical advice")
    assert re.search(rb"\x1b\[[0-9;]*1;31m|\x1b\[1;31m|\x1b\[31;1m", shown), shown[:200]


ESCAPES = re.compile(rb"\x1b\[[0-9;]*[A-Za-z]|\x1b\]8;[^\x1b]*\x1b\\")


def test_notes_are_wrapped_at_spaces_on_a_terminal_and_one_line_each_in_a_pipe() -> None:
    note = "No confident match for 'back pain and fever'; the results are only possibly related."
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment["BACKPAIN_CACHE_DIR"] = os.environ["BACKPAIN_CACHE_DIR"]
    environment.update({"TERM": "xterm-256color", "COLUMNS": "40", "NO_COLOR": "1"})
    raw = _stderr_at_terminal(["search", "back pain and fever", "-f", "plain"], environment)
    shown = ESCAPES.sub(b"", raw).decode()
    lines = shown.replace("\r\n", "\n").splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    start = next(n for n, line in enumerate(lines) if line.startswith("No confident match"))
    assert " ".join(lines[start:]).startswith(note)  # broken at spaces, every word whole
    piped = run_backpain("search", "back pain and fever", env={"COLUMNS": "40"})
    assert note in piped.stderr.decode().splitlines()


def in_full_terminal(*args: str, env: dict[str, str], stderr: bool = False) -> bytes:
    """Run backpain with stdin and stdout (and stderr, if asked) on one pseudo-terminal, as a
    person at a keyboard."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment["BACKPAIN_CACHE_DIR"] = os.environ["BACKPAIN_CACHE_DIR"]
    environment.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "24"} | env)
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*MODULE, *args], stdin=follower, stdout=follower,
        stderr=follower if stderr else subprocess.DEVNULL, env=environment,
    ) as process:  # fmt: skip
        os.close(follower)
        shown = read_terminal(leader)
        process.wait(timeout=30)
    return shown


PAGER = {"PAGER": "sh -c 'echo PAGED-BY-TEST; cat'"}


def test_a_long_table_at_a_terminal_goes_through_the_pager() -> None:
    shown = in_full_terminal("list", env=PAGER)
    assert b"PAGED-BY-TEST" in shown
    assert b"Sciatica" in shown


def test_no_pager_for_short_output_for_no_pager_or_for_a_pipe() -> None:
    assert b"PAGED-BY-TEST" not in in_full_terminal("categories", env=PAGER)
    assert b"PAGED-BY-TEST" not in in_full_terminal("--no-pager", "list", env=PAGER)
    piped = run_backpain("list", "-f", "table", env=PAGER)
    assert b"PAGED-BY-TEST" not in piped.stdout
    assert b"Sciatica" in piped.stdout


def test_the_pager_gets_less_options_as_git_gives_them_and_none_runs_on_a_dumb_terminal() -> None:
    tell = {"PAGER": "sh -c 'echo LESS-IS-[$LESS]; cat'"}
    assert b"LESS-IS-[FRX]" in in_full_terminal("list", env=tell)
    assert b"LESS-IS-[-S]" in in_full_terminal("list", env=tell | {"LESS": "-S"})
    dumb = in_full_terminal("list", env=tell | {"TERM": "dumb"})  # less would wait for a key
    assert b"LESS-IS-" not in dumb
    assert b"Sciatica" in dumb


def test_a_paged_search_says_its_warning_first_where_the_pager_shows_it() -> None:
    # stderr's warning would be hidden behind the pager: it comes first in the pager as well
    query = "fell off a ladder and now both legs are numb and i cant pee"
    shown = in_full_terminal("search", query, env=PAGER | {"LINES": "8"})
    assert b"PAGED-BY-TEST" in shown
    assert b"Warning sign" in shown
    assert shown.index(b"PAGED-BY-TEST") < shown.index(b"Warning sign") < shown.index(b"Score")


def test_the_disclaimer_shows_even_when_the_pager_is_quit_before_the_end() -> None:
    # a pager that shows nothing (quit at once, as "q" on the first page): the disclaimer at
    # the end of the paged text was never seen, so it is said on stderr after the pager closes
    quit_at_once = {"PAGER": "sh -c 'echo PAGED-BY-TEST; cat >/dev/null'"}
    for command in (("list",), ("show", "sciatica"), ("search", "pain down my leg", "-n", "20")):
        shown = in_full_terminal(*command, env=quit_at_once | {"LINES": "8"}, stderr=True)
        assert b"PAGED-BY-TEST" in shown, command
        assert b"Not medical advice" in shown, command


def test_an_empty_pager_setting_means_no_pager() -> None:
    shown = in_full_terminal("list", env={"PAGER": ""})  # `less` would wait for a key here
    assert b"Sciatica" in shown


def test_a_pager_that_is_not_there_is_no_error() -> None:
    shown = in_full_terminal("list", env={"PAGER": "no-such-pager-here"})
    assert b"Sciatica" in shown
    assert b"Traceback" not in shown


def test_a_big_catalogue_shows_progress_at_a_terminal_once_and_never_in_a_pipe(
    tmp_path: Path,
) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from startup import big_catalogue

    big = tmp_path / "big.toml"
    big_catalogue(big, count=9000)
    assert big.stat().st_size > 2 * 1024 * 1024

    def at_a_terminal() -> bytes:
        leader, follower = pty.openpty()
        with subprocess.Popen(
            [*MODULE, "search", "nerve joint", "--catalogue", str(big), "-f", "json"],
            stdout=subprocess.DEVNULL,
            stderr=follower,
        ) as process:
            os.close(follower)
            shown = read_terminal(leader)
            process.wait(timeout=60)
        return shown

    first = at_a_terminal()
    assert b"Reading " in first
    assert b"Indexing" in first
    assert b"Traceback" not in first
    assert b"Indexing" not in at_a_terminal()  # later runs read the index: nothing to wait for
    args = ("--no-cache", "search", "nerve joint", "--catalogue", str(big), "-f", "json")
    piped = run_backpain(*args)
    assert b"Reading " not in piped.stderr
    assert b"Indexing" not in piped.stderr


@pytest.mark.parametrize(("raised", "code"), [(KeyboardInterrupt, 130), (BrokenPipeError, 0)])
def test_what_escapes_typer_still_exits_with_its_code(
    monkeypatch: pytest.MonkeyPatch, raised: type[BaseException], code: int
) -> None:
    # Ctrl-C while the modules are still being imported, or a closed stderr, reach main itself
    from backpain_cli import __main__, cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(cli, "app", interrupted)
    monkeypatch.setattr(os, "dup2", lambda *args: None)  # keep pytest's own stdout
    with pytest.raises(SystemExit) as caught:
        __main__.main(["list"])
    assert caught.value.code == code


def _with_closed(fd: int, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run backpain with one standard stream closed before it starts (`>&-`, `2>&-`)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}
    environment["BACKPAIN_CACHE_DIR"] = os.environ["BACKPAIN_CACHE_DIR"]
    command = ["sh", "-c", f'exec "$@" {fd}>&-', "sh", *MODULE, *args]
    return subprocess.run(command, capture_output=True, env=environment, timeout=30, check=False)


def test_a_closed_stdout_is_an_output_error_not_a_crash() -> None:
    result = _with_closed(1, "list")
    assert result.returncode == ExitCode.OUTPUT
    assert b"standard output is closed" in result.stderr
    assert b"internal error" not in result.stderr


def test_a_closed_stderr_keeps_notes_off_stdout() -> None:
    result = _with_closed(2, "search", "fever", "-f", "csv")
    assert result.returncode == ExitCode.NOT_FOUND  # possibly related only
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("id,name,score")
    assert not any("medical advice" in line or "Warning sign" in line for line in lines)
    assert all(line.count(",") >= 5 for line in lines)


def test_bytes_that_are_not_utf8_are_echoed_as_the_replacement_character() -> None:
    # a query read from a pipe, or given as an argument, with bytes that are not UTF-8: the
    # answer still finds what is readable, and what it echoes is valid UTF-8 and valid JSON
    piped = run_backpain("search", "-", "-f", "jsonl", input=b"\xff\xfesciatica\n")
    (line,) = piped.stdout.decode("utf-8").splitlines()  # strict: no lone surrogates
    answer = json.loads(line)
    assert answer["query"] == "\ufffd\ufffdsciatica"
    assert answer["results"][0]["id"] == "sciatica"
    argument = subprocess.run(
        [*MODULE, "search", os.fsdecode(b"\xffsciatica"), "-f", "json"],
        capture_output=True,
        env={**os.environ, "BACKPAIN_CACHE_DIR": os.environ["BACKPAIN_CACHE_DIR"]},
        timeout=30,
        check=False,
    )
    assert json.loads(argument.stdout.decode("utf-8"))["query"] == "\ufffdsciatica"
