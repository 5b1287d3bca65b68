"""Shared fixtures: a small catalogue on disk, a CLI runner, and real processes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from backpain_cli.cli import app


def pytest_configure(config: pytest.Config) -> None:
    """Catalogues loaded while the tests are collected (module-level matchers) are compiled
    into a cache of the test run's own, never the developer's."""
    os.environ["BACKPAIN_CACHE_DIR"] = tempfile.mkdtemp(prefix="backpain-tests-")


TINY = """\
[catalogue]
title = "Tiny test catalogue"
source = "Tests"
reviewed = 2025-01-02
disclaimer = "Test disclaimer: see a professional."

[[categories]]
id = "bones"
name = "Bone problems"

[[categories]]
id = "nerves"
name = "Nerve problems"

[[causes]]
id = "broken-rib"
name = "Broken rib"
category = "bones"
definition = "A crack or break in one of the bones of the chest."
aliases = ["fractured rib", "cracked rib", "côte fêlée"]
kinds = ["rib stress fracture"]
related = ["bruised rib", "flail chest"]
icd10 = ["S22.39XA"]
symptoms = ["Sharp pain when breathing in — or when coughing", "A tender spot on the chest"]
risk_factors = ["A fall or a blow to the chest"]
see_a_doctor = ["Trouble breathing: get emergency care"]
learn_more = [{ title = "Broken rib — test page", url = "https://example.org/ribs#tête" }]
references = ["https://example.org/ribs"]

[[causes]]
id = "shingles"
name = "Shingles"
category = "nerves"
definition = "A painful rash caused by the chickenpox virus waking up in a nerve."
aliases = ["herpes zoster", "zoster"]

[[causes]]
id = "bone-bruise"
name = "Bone bruise"
category = "bones"
definition = "Bleeding inside a bone after a blow."
"""


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: Any) -> None:
    """Tests never pick up the developer's own catalogue, cache, colour or width settings."""
    for name in ("BACKPAIN_CATALOGUE", "BACKPAIN_DEBUG", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BACKPAIN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner) -> Callable[..., Result]:
    """Run `backpain ARGS` in-process and return Typer's result."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, env=env)

    return run


@pytest.fixture
def write_catalogue(tmp_path: Path) -> Callable[[str], Path]:
    """Write TOML text (or bytes) to a catalogue file and return its path."""

    def write(text: str | bytes, name: str = "causes.toml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def tiny(write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(TINY, "tiny.toml")
