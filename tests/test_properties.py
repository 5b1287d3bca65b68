"""Inputs nobody thought of: any query, any catalogue text, any field content."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from backpain_cli import load_catalogue
from backpain_cli.catalogue import load_conditions
from backpain_cli.cli import app
from backpain_cli.errors import CatalogueError, QueryError
from backpain_cli.matching import MATCHED, Matcher
from backpain_cli.model import clean_text
from backpain_cli.render import render
from backpain_cli.signs import warning_signs
from backpain_cli.text import normalize, words
from backpain_cli.validate import build_catalogue
from backpain_cli.views import list_view

MATCHER = Matcher(load_catalogue(), load_conditions())
RUNNER = CliRunner()
queries = st.text(max_size=80) | st.from_regex(r"[a-zA-Z .'\-]{0,40}", fullmatch=True)


@given(query=queries, limit=st.integers(min_value=1, max_value=25))
@settings(max_examples=300, deadline=None)
def test_any_query_returns_sorted_results_within_the_limit(query: str, limit: int) -> None:
    try:
        results = MATCHER.search(query, limit=limit, min_score=25)
    except QueryError:
        return
    assert len(results) <= limit
    scores = [m.score for m in results]
    assert scores == sorted(scores, reverse=True)
    assert all(25 <= s <= 100 for s in scores)
    assert all(m.matched in MATCHED for m in results)
    # the tiers split the ranking once: every confident result before every weaker one
    tiers = [m.confidence for m in results]
    assert tiers == sorted(tiers, key=["high", "low"].index)


SIGN_WORDS = {
    word for group in MATCHER.catalogue.red_flags for sign in group.signs for word in words(sign)
}


# Words of the catalogue's own text that no sign holds: the likeliest false alarms
OTHER_WORDS = sorted(
    {
        word
        for cause in MATCHER.catalogue.causes
        for text in (cause.definition, *cause.symptoms, *cause.aliases)
        for word in normalize(text).split()
    }
    - SIGN_WORDS
)


@given(query=queries | st.lists(st.sampled_from(OTHER_WORDS), min_size=1, max_size=6).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_a_query_of_words_absent_from_every_sign_never_warns(query: str) -> None:
    assume(not set(words(query)) & SIGN_WORDS)
    assert warning_signs(MATCHER, query) == []


@given(query=queries)
@settings(max_examples=100, deadline=None)
def test_any_query_on_the_command_line_gives_json_or_a_usage_error(query: str) -> None:
    assume(query != "-")  # '-' reads queries from standard input
    result = RUNNER.invoke(app, ["search", "--format", "json", "--", query])
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        assert result.stdout == ""
        return
    document = json.loads(result.stdout)
    assert document["query"] == query
    confident = [r for r in document["results"] if r["confidence"] == "high"]
    assert bool(confident) == (result.exit_code == 0)
    assert isinstance(document["warnings"], list)


@given(text=st.text(max_size=300))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_toml_text_loads_or_is_refused_cleanly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "any.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_catalogue(path)
    except CatalogueError as error:
        lines = [error.message, *error.details]
        assert all(line.strip() for line in lines)
        assert "Traceback" not in "".join(lines)


_scalars = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none())
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
_cause = st.fixed_dictionaries(
    {},
    optional=dict.fromkeys(
        (
            *("id", "name", "category", "definition", "aliases", "icd10", "see_also", "x"),
            *("symptoms", "risk_factors", "see_a_doctor", "learn_more", "references"),
        ),
        _values,
    ),
)


@given(causes=st.lists(_cause, max_size=4))
@settings(max_examples=200, deadline=None)
def test_any_parsed_data_builds_a_catalogue_or_lists_its_problems(
    causes: list[dict[str, object]],
) -> None:
    data = {
        "categories": [{"id": "a", "name": "A"}],
        "causes": [{k: v for k, v in c.items() if v is not None} for c in causes],
    }
    try:
        catalogue = build_catalogue(data, "any.toml")
    except CatalogueError as error:
        assert error.details
        assert all(line.startswith("  any.toml: ") for line in error.details)
    else:
        assert len(catalogue.causes) == len(causes)


field_text = st.text(min_size=1, max_size=60).filter(lambda s: clean_text(s) != "")


@given(name=field_text, definition=field_text)
@settings(max_examples=200, deadline=None)
def test_any_field_text_survives_every_format_whole(name: str, definition: str) -> None:
    catalogue = build_catalogue(
        {
            "categories": [{"id": "a", "name": "A"}],
            "causes": [{"id": "x", "name": name, "category": "a", "definition": definition}],
        }
    )
    cause = catalogue.causes[0]
    view = list_view(catalogue, catalogue.causes)
    (row,) = list(csv.reader(io.StringIO(render(view, "csv"))))[1:]
    assert row == ["x", cause.name, "a", cause.definition]
    (line,) = render(view, "plain").splitlines()
    assert line.split("\t") == ["x", cause.name, "a", cause.definition]
    assert json.loads(render(view, "json"))["causes"][0]["name"] == cause.name
    assert json.loads(render(view, "json", ascii_only=True))["causes"][0]["name"] == cause.name
    assert "\x1b" not in render(view, "markdown")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "plain", "tsv", "csv", "markdown"])
def test_bundled_catalogue_renders_in_every_format(fmt: str) -> None:
    catalogue = load_catalogue()
    out = render(list_view(catalogue, catalogue.causes), fmt)
    assert "Sciatica" in out
    if fmt == "json":
        assert len(json.loads(out)["causes"]) == 20


FRESH = Matcher(load_catalogue(cache=False), load_conditions())
"""The same catalogue read from its file and indexed in memory: MATCHER reads the compiled one."""
catalogue_words = st.lists(
    st.sampled_from(
        "pain back leg numb kidney stone stones pregnant sciatica disc slipped hurts all over "
        "seized up fever tired morning stiff posture weight spine curve fracture bone tumour "
        "sciatca spondylolisthesis gout cyst the my can why low lower M51 M54.5".split()
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@given(query=queries | catalogue_words, limit=st.sampled_from([None, 1, 3, 5]))
@settings(max_examples=300, deadline=None)
def test_the_compiled_catalogue_answers_as_the_file_does(query: str, limit: int | None) -> None:
    assert MATCHER.catalogue.tables is not None  # read from the compiled copy
    assert FRESH.catalogue.tables is None  # indexed in memory
    try:
        compiled = MATCHER.search(query, limit=limit, min_score=0)
    except QueryError:
        with pytest.raises(QueryError):
            FRESH.search(query, limit=limit, min_score=0)
        return
    fresh = FRESH.search(query, limit=limit, min_score=0)
    assert compiled == fresh
    assert MATCHER.not_here(query) == FRESH.not_here(query)


@given(query=queries | catalogue_words, floor=st.sampled_from([0.05, 10.0, 44.0, 60.0, 84.0]))
@settings(max_examples=300, deadline=None)
def test_a_floor_only_leaves_out_what_scores_under_it(query: str, floor: float) -> None:
    """Search passes over causes it can tell will score under the floor: the rest must be
    exactly what a search without a floor finds at or above it, in the same order."""
    try:
        everything = MATCHER.search(query, limit=None, min_score=0)
    except QueryError:
        return
    above = MATCHER.search(query, limit=None, min_score=floor)
    assert above == [m for m in everything if m.score >= floor]
