"""The Python API answers as the command line does, and says what went wrong as clearly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import backpain_cli
from backpain_cli import CatalogueError, QueryError, ask, load_catalogue, matcher, search
from backpain_cli.cli import app

CATALOGUE = load_catalogue()
QUERIES = [
    "sciatica",
    "can pregnancy cause sciatica",
    # the warning is the answer: what the query only describes is no confident match
    "hurt my back lifting a heavy box, back seized up with spasms, and my stomach is throbbing",
    "back pain and fever, I feel hot and shivery",
    "could my back pain be gout",  # a condition that is not here: no possibly related tier
    "I don't have sciatica but my lower back aches when I sit",
]


@pytest.mark.parametrize("query", QUERIES)
def test_search_from_python_finds_what_the_command_line_finds(query: str) -> None:
    printed = json.loads(CliRunner().invoke(app, ["search", query, "-f", "json"]).stdout)
    expected = [(r["id"], r["score"], r["confidence"]) for r in printed["results"]]
    assert [(m.cause.id, m.score, m.confidence) for m in search(CATALOGUE, query)] == expected
    answer = ask(matcher(CATALOGUE), query)
    assert [m.cause.id for m in answer.results] == [r[0] for r in expected]
    assert [sign for _, sign in answer.warnings] == [w["sign"] for w in printed["warnings"]]
    assert answer.not_here == printed["not_here"]


def test_a_described_emergency_is_never_a_confident_match_from_python_either() -> None:
    results = search(CATALOGUE, QUERIES[2])
    assert results
    assert {m.confidence for m in results} == {"low"}
    assert ask(matcher(CATALOGUE), "could my back pain be gout").not_here == ["gout"]


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"limit": 0}, "limit must be a whole number of at least 1"),
        ({"limit": 1.5}, "limit must be a whole number of at least 1"),
        ({"min_score": 200}, "min_score must be from 0 to 100"),
        ({"min_score": float("nan")}, "min_score must be from 0 to 100"),
        ({"category": "bogus"}, "'bogus' is not a category; choose from"),
    ],
)
def test_arguments_that_are_not_ones_are_refused(options: dict[str, object], problem: str) -> None:
    with pytest.raises(QueryError, match=problem):
        search(CATALOGUE, "sciatica", **options)  # type: ignore[arg-type]


def test_a_category_by_name_or_the_start_of_it_as_on_the_command_line() -> None:
    for category in ("inflammatory", "Inflammatory conditions", "infl"):
        found = search(CATALOGUE, "stiff in the morning", category=category, limit=None)
        assert found
        assert {m.cause.category for m in found} == {"inflammatory"}


def test_a_catalogue_error_says_its_problems_when_printed(
    write_catalogue: Callable[[str], Path],
) -> None:
    path = write_catalogue('[[causes]]\nid = "Bad Id"\nname = "X"\n')
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    text = str(caught.value)
    assert text.startswith(f"invalid catalogue {path}")
    assert "'id' must be words of lowercase ASCII letters" in text
    assert "'definition' is missing" in text


def test_the_documented_names_are_exported() -> None:
    for name in backpain_cli.__all__:
        assert getattr(backpain_cli, name) is not None
