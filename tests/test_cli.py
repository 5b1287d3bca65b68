"""Every command and format, through Typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from backpain_cli import load_catalogue

Invoke = Callable[..., Result]
DISCLAIMER = load_catalogue().disclaimer
# What the disclaimer must say, written here and not read from the code under test.
assert DISCLAIMER.startswith("Not medical advice.")


def lines(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


# --- list ---------------------------------------------------------------------------------------


def test_list_plain_is_one_cause_per_line_in_catalogue_order(invoke: Invoke) -> None:
    result = invoke("list")
    assert result.exit_code == 0
    rows = lines(result.stdout)
    assert len(rows) == 20
    assert all(len(row) == 4 for row in rows)
    assert rows[0][:3] == ["herniated-disk", "Herniated disk", "mechanical"]
    assert rows[-1][:3] == ["spinal-cord-tumor", "Spinal cord tumor", "other"]
    assert DISCLAIMER not in result.stdout
    assert DISCLAIMER in result.stderr


@pytest.mark.parametrize("category", ["inflammatory", "infl", "Inflammatory conditions", "INFL"])
def test_list_category_by_id_name_or_prefix(invoke: Invoke, category: str) -> None:
    result = invoke("list", "--category", category)
    assert result.exit_code == 0
    assert [row[0] for row in lines(result.stdout)] == ["ankylosing-spondylitis", "sacroiliitis"]


def test_list_unknown_category_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("list", "-c", "bones")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "'bones' is not a category; choose from: mechanical, inflammatory, other" in result.stderr
    )


def test_list_ambiguous_category_prefix(
    invoke: Invoke, write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "nerves"\nname = "N"\n[[categories]]\nid = "neck"\nname = "K"\n'
        '[[causes]]\nid = "x"\nname = "X"\ncategory = "neck"\ndefinition = "D"\n'
    )
    result = invoke("list", "-c", "ne", "--catalogue", str(path))
    assert result.exit_code == 2
    assert "'ne' could mean any of: nerves, neck" in result.stderr


def test_list_tsv_and_csv_have_a_header_and_whole_fields(invoke: Invoke) -> None:
    tsv = lines(invoke("list", "--format", "tsv").stdout)
    assert tsv[0] == ["id", "name", "category", "definition"]
    assert len(tsv) == 21
    rows = list(csv.reader(io.StringIO(invoke("list", "-f", "csv").stdout)))
    assert rows[0] == ["id", "name", "category", "definition"]
    assert rows[1:] == tsv[1:]
    scoliosis = next(row for row in rows if row[0] == "scoliosis")
    assert scoliosis[3].startswith("A sideways curve of the spine, so that seen from behind")
    assert scoliosis[3].endswith("one shoulder or hip sit higher than the other.")  # whole


def test_list_json_document(invoke: Invoke) -> None:
    result = invoke("list", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert set(document) == {"catalogue", "categories", "causes", "disclaimer"}
    assert document["disclaimer"] == DISCLAIMER
    assert document["catalogue"]["reviewed"] == "2024-10-01"
    assert [c["id"] for c in document["categories"]] == ["mechanical", "inflammatory", "other"]
    assert len(document["causes"]) == 20
    sciatica = document["causes"][18]
    assert set(sciatica) == {
        "id", "name", "category", "category_name", "definition", "aliases", "kinds", "icd10",
        "see_also",
        "related", "symptoms", "risk_factors", "see_a_doctor", "learn_more", "references",
    }  # fmt: skip
    assert all(link["url"].startswith("https://") for link in sciatica["learn_more"])
    assert sciatica["category_name"] == "Other medical conditions"
    assert "M54.30" in sciatica["icd10"]


def test_list_jsonl_is_one_cause_per_line(invoke: Invoke) -> None:
    result = invoke("list", "-f", "jsonl")
    causes = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(causes) == 20
    assert [c["id"] for c in causes][:3] == ["herniated-disk", "muscle-strains", "osteoarthritis"]
    assert causes[-1]["id"] == "spinal-cord-tumor"
    assert DISCLAIMER in result.stderr


def test_list_markdown_has_a_table_per_category_and_the_disclaimer(invoke: Invoke) -> None:
    out = invoke("list", "-f", "markdown").stdout
    assert out.count("| Cause | What it is | Other names |") == 3
    assert "## Mechanical or structural problems" in out
    assert "| Sciatica |" in out
    assert out.rstrip().endswith(DISCLAIMER.replace("_", "\\_"))


def test_search_markdown_is_a_whole_document_with_warnings_tiers_and_no_match(
    invoke: Invoke,
) -> None:
    # a document to paste and read: the warning first, then the table with each result's tier
    out = invoke("search", "back pain with a fever and chills", "-f", "markdown").stdout
    assert out.index("> **Warning sign (get emergency care):**") < out.index("| Cause |")
    assert "> **Call your local emergency number" in out  # whom to call, in the document too
    # and for each query of `search -` that reads like one
    batch = invoke("search", "-", "-f", "markdown", input="sciatica\nfever and chills\n").stdout
    assert "> **Warning sign (get emergency care) for 'fever and chills':**" in batch
    assert batch.index("Warning sign") < batch.index("| Query |")
    assert "| Confidence |" in out
    assert "| low |" in out  # what an emergency sign merely describes is possibly related


def test_whom_to_call_follows_the_emergency_signs_not_the_signs_to_see_someone_soon(
    invoke: Invoke,
) -> None:
    query = "pain down both legs and it wakes me at night"
    for out in (
        invoke("search", query, "-f", "markdown").stdout,
        invoke("search", query, "-f", "plain").stderr,
    ):
        call, soon = out.index("Call your local emergency number"), out.index("(see a health")
        assert out.index("(get emergency care)") < call < soon
    assert "| high |" in invoke("search", "sciatica", "-f", "markdown").stdout
    # nothing found is still a document, with its disclaimer, and exit 1
    result = invoke("search", "gout", "-f", "markdown")
    assert result.exit_code == 1
    assert result.stdout.startswith("# Search: gout\n\nNo cause matched.")
    assert result.stdout.rstrip().endswith(DISCLAIMER.replace("_", "\\_"))


def test_whom_to_call_is_said_once_after_two_emergency_signs_in_every_format(
    invoke: Invoke,
) -> None:
    # two emergency signs (numbness between the legs, weakness of both legs): the call for help
    # comes once, after the second (a new-user trial found it gone from all but JSON)
    query = "numb groin and both legs weak"
    for fmt in ("table", "plain", "tsv", "csv", "jsonl", "markdown"):
        result = invoke("search", query, "-f", fmt)
        streams = [out for out in (result.stdout, result.stderr) if "(get emergency care)" in out]
        assert streams, fmt  # the signs on stderr; in the markdown document too
        for out in streams:
            assert out.count("(get emergency care)") == 2, fmt
            assert out.count("Call your local emergency number") == 1, fmt
            last_sign = out.rindex("(get emergency care)")
            assert last_sign < out.index("Call your local emergency number"), fmt
    signs = json.loads(invoke("search", query, "-f", "json").stdout)["warnings"]
    assert [bool(s.get("call")) for s in signs] == [True, True]


def test_list_table_has_titles_disclaimer_and_pointer(invoke: Invoke) -> None:
    result = invoke("list", "--format", "table")
    assert result.exit_code == 0
    for title in ("Mechanical or structural problems", "Inflammatory conditions", "Sciatica"):
        assert title in result.stdout
    assert "Not medical advice." in result.stdout
    # the pointer to the warning signs, once: the bundled disclaimer ends with it
    assert (result.stdout + result.stderr).count("backpain red-flags") == 1


def test_list_points_to_the_warning_signs_when_the_disclaimer_does_not(
    invoke: Invoke, tiny: Path
) -> None:
    result = invoke("list", "--format", "table", "--catalogue", str(tiny))
    assert "Test disclaimer" in result.stdout
    assert "For signs that back pain needs prompt care, run: backpain red-flags" in result.stderr


# --- show ---------------------------------------------------------------------------------------


def test_show_plain_is_field_value_lines(invoke: Invoke) -> None:
    result = invoke("show", "sciatica")
    assert result.exit_code == 0
    fields = dict(lines(result.stdout))
    assert fields["id"] == "sciatica"
    assert fields["name"] == "Sciatica"
    assert fields["category_name"] == "Other medical conditions"
    assert "M54.30" in fields["icd10"]
    assert "Mayo Clinic" in fields["source"]
    assert result.stderr.strip() == DISCLAIMER


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["herniated-disk"], "herniated-disk"),
        (["Kidney", "Stones"], "kidney-stones"),
        (["slipped", "disc"], "herniated-disk"),
        (["PYELONEPHRITIS"], "kidney-infection"),
        (["sciática"], "sciatica"),
        (["inflamed", "S.I.", "joint"], "sacroiliitis"),
    ],
)
def test_show_exact_id_name_or_alias(invoke: Invoke, words: list[str], expected: str) -> None:
    result = invoke("show", *words, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["cause"]["id"] == expected
    assert "Showing" not in result.stderr


def test_show_fuzzy_says_which_cause_it_chose(invoke: Invoke) -> None:
    result = invoke("show", "siatica")
    assert result.exit_code == 0
    assert "Showing Sciatica for 'siatica'" in result.stderr
    assert "Sciatica" in result.stdout


def test_show_ambiguous_name_suggests_every_cause_it_could_mean(invoke: Invoke) -> None:
    result = invoke("show", "kidney")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Did you mean: Kidney infection, Kidney stones?" in result.stderr


def test_show_a_word_of_a_name_too_common_to_search_suggests_the_cause_it_names(
    invoke: Invoke,
) -> None:
    # "strain" is in several cards, too common to search on, but only one cause is named so
    for word, name in (("strain", "Muscle strains"), ("muscle", "Muscle strains")):
        result = invoke("show", word)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert f"Did you mean: {name}?" in result.stderr
    # a word of no cause's name suggests nothing
    assert "Did you mean" not in invoke("show", "xylophone").stderr


def test_show_a_kind_says_which_cause_it_is_a_kind_of(invoke: Invoke) -> None:
    result = invoke("show", "compression", "fracture", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["cause"]["id"] == "spinal-fractures"
    assert "'compression fracture' is a kind of Spinal fractures." in result.stderr


def test_show_a_related_term_says_related_never_did_you_mean(invoke: Invoke) -> None:
    # osteopenia is related to osteoporosis, not another name for it
    result = invoke("show", "osteopenia")
    assert result.exit_code == 1
    assert "It is related to: Osteoporosis (backpain search osteopenia says how)." in result.stderr
    assert "Did you mean" not in result.stderr
    # the same for a related term that the cause's own card also speaks of
    bulging = invoke("show", "bulging", "disk")
    assert bulging.exit_code == 1
    assert "It is related to: Herniated disk" in bulging.stderr


def test_show_json_still_answers_when_nothing_fits(invoke: Invoke) -> None:
    result = invoke("show", "kidney", "-f", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["cause"] is None
    assert [c["id"] for c in document["suggestions"]] == ["kidney-infection", "kidney-stones"]
    assert document["disclaimer"] == DISCLAIMER


def test_show_unknown_name(invoke: Invoke) -> None:
    result = invoke("show", "xylophone")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No cause called 'xylophone'" in result.stderr
    assert DISCLAIMER in result.stderr  # nothing found, the disclaimer still shows
    for fmt in ("table", "csv"):
        assert DISCLAIMER in invoke("show", "gout", "-f", fmt).stderr, fmt


def test_a_code_no_cause_has_is_said_to_be_none_of_theirs(invoke: Invoke) -> None:
    result = invoke("search", "M54.5")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No cause here has an ICD-10-CM code that starts with 'M54.5'" in result.stderr
    assert "--fields id,icd10" in result.stderr


def test_a_code_too_short_to_look_up_says_how_long_one_must_be(invoke: Invoke) -> None:
    # "M4" starts many of the catalogue's codes: too short to be one, and said so
    for typed in ("M4", "n2"):
        result = invoke("search", typed)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert f"{typed!r} is too short to look up as an ICD-10-CM code" in result.stderr
    # no code here starts with "Z9": nothing matched, as for any word
    assert "too short" not in invoke("search", "Z9").stderr


def test_show_a_condition_that_is_not_here_says_so_as_search_does(invoke: Invoke) -> None:
    for command in ("show", "search"):
        result = invoke(command, "gout")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "'gout' is not one of the causes in this catalogue." in result.stderr


def test_show_json_and_jsonl(invoke: Invoke) -> None:
    document = json.loads(invoke("show", "sciatica", "-f", "json").stdout)
    assert set(document) == {"cause", "warnings", "disclaimer"}
    assert document["warnings"] == []
    assert len(document["cause"]["symptoms"]) >= 3
    (line,) = invoke("show", "sciatica", "-f", "jsonl").stdout.splitlines()
    assert json.loads(line) == document["cause"]


def test_show_table_shows_everything(invoke: Invoke) -> None:
    out = invoke("show", "kidney stones", "-f", "table").stdout
    for text in ("Kidney stones", "ICD-10-CM", "N20.0", "Preventing Kidney Stones", "Mayo Clinic"):
        assert text in out


# --- search -------------------------------------------------------------------------------------


def test_search_plain_columns(invoke: Invoke) -> None:
    result = invoke("search", "kidney stones")
    assert result.exit_code == 0
    rows = lines(result.stdout)
    assert rows[0] == ["kidney-stones", "Kidney stones", "100.0", "name", "Kidney stones", "high"]


def test_search_possibly_related_results_are_marked_and_exit_1(invoke: Invoke) -> None:
    # "kidney" alone could be either kidney cause: both shown, neither confidently
    result = invoke("search", "kidney")
    assert result.exit_code == 1
    rows = lines(result.stdout)
    assert [row[0] for row in rows[:2]] == ["kidney-infection", "kidney-stones"]
    assert all(row[5] == "low" for row in rows)
    assert "only possibly related" in result.stderr


def test_search_finds_every_cause_a_question_names(invoke: Invoke) -> None:
    result = invoke("search", "does pregnancy cause sciatica", "-f", "json")
    assert result.exit_code == 0
    found = {r["id"]: r for r in json.loads(result.stdout)["results"]}
    assert {"pregnancy", "sciatica"} <= set(found)
    assert found["sciatica"]["confidence"] == "high"
    assert found["pregnancy"]["confidence"] == "high"
    assert found["sciatica"]["matched_words"] == ["sciatica"]


def test_search_matches_symptoms_and_says_so(invoke: Invoke) -> None:
    result = invoke("search", "waves of pain down to the groin", "-f", "json")
    top = json.loads(result.stdout)["results"][0]
    assert top["id"] == "kidney-stones"
    assert top["matched"] == "symptom"
    assert "groin" in top["matched_words"]


def test_search_by_the_start_of_a_code(invoke: Invoke) -> None:
    result = invoke("search", "M51", "-f", "json")
    assert result.exit_code == 0
    (top,) = json.loads(result.stdout)["results"]
    assert top["id"] == "herniated-disk"
    assert top["matched"] == "icd10"
    assert top["matched_text"].startswith("M51.")


def test_search_says_when_a_condition_is_not_here(invoke: Invoke) -> None:
    result = invoke("search", "rheumatoid arthritis")
    assert result.exit_code == 1
    assert result.stdout == ""  # no "possibly related" guesses about another condition
    assert "'rheumatoid arthritis' is not one of the causes in this catalogue" in result.stderr


def test_the_conditions_that_are_not_here_are_in_the_json_too(invoke: Invoke) -> None:
    # a program reading stdout alone learns it too, one query or many
    document = json.loads(invoke("search", "gout and sciatica", "-f", "json").stdout)
    assert document["not_here"] == ["gout"]
    assert [r["id"] for r in document["results"]][:1] == ["sciatica"]
    assert json.loads(invoke("search", "sciatica", "-f", "json").stdout)["not_here"] == []
    lines = invoke("search", "-", "-f", "jsonl", input="gout\nsciatica\n").stdout.splitlines()
    assert [json.loads(line)["not_here"] for line in lines] == [["gout"], []]


def test_each_query_of_a_batch_carries_the_notes_search_gives_it_alone(invoke: Invoke) -> None:
    # a script reading `search -` can tell "fits too many causes" or "no such code" from a miss
    queries = ["gout", "back pain", "M99", "pizza", "sciatica", "sore feet"]
    alone = [json.loads(invoke("search", q, "-f", "json").stdout)["notes"] for q in queries]
    assert all(alone[:4])
    assert not alone[4]
    piped = invoke("search", "-", "-f", "jsonl", input="\n".join([*queries, "x"]) + "\n")
    items = [json.loads(line) for line in piped.stdout.splitlines()]
    assert [item["notes"] for item in items[:-1]] == alone
    assert items[-1]["notes"] == []
    assert "too short" in items[-1]["error"]


def test_search_json_results(invoke: Invoke) -> None:
    document = json.loads(invoke("search", "slipped", "disc", "--format", "json").stdout)
    assert document["query"] == "slipped disc"
    assert document["disclaimer"] == DISCLAIMER
    top = document["results"][0]
    assert top["id"] == "herniated-disk"
    assert top["matched"] == "alias"
    assert top["matched_text"] == "slipped disc"
    assert top["score"] == 100


def test_search_nothing_found_exits_1_but_json_still_prints(invoke: Invoke) -> None:
    result = invoke("search", "pizza", "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["results"] == []
    plain = invoke("search", "pizza")
    assert plain.exit_code == 1
    assert plain.stdout == ""
    assert "No cause matched 'pizza'" in plain.stderr
    assert "Not medical advice." in plain.stderr  # always, even when nothing matched


def test_listing_a_category_no_cause_is_in_says_so_and_exits_1(
    invoke: Invoke, write_catalogue: Callable[[str], Path]
) -> None:
    text = (Path(__file__).parents[1] / "data" / "causes.toml").read_text(encoding="utf-8")
    text = text.replace(
        "[[categories]]", '[[categories]]\nid = "unused"\nname = "Unused"\n\n[[categories]]', 1
    )
    result = invoke("list", "--category", "unused", "--catalogue", str(write_catalogue(text)))
    assert result.exit_code == 1
    assert "No cause is in category 'unused' (Unused)." in result.stderr


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("M80.08XA", "ICD-10-CM codes that start with 'M80.08XA' belong to: Spinal fractures, "),
        ("M54.50", "No cause here has an ICD-10-CM code that starts with 'M54.50'."),
    ],
)
def test_show_of_a_code_that_names_no_one_cause_says_whose_it_is(
    invoke: Invoke, code: str, note: str
) -> None:
    result = invoke("show", code)
    assert result.exit_code == 1
    assert note in result.stderr
    assert "No cause called" not in result.stderr


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("my back pain", "'my back pain' fits too many causes here to tell apart"),
        ("pizza", "No cause matched 'pizza'"),
        ("Z99.9", "No cause here has an ICD-10-CM code that starts with 'Z99.9'"),
    ],
)
def test_search_json_says_why_nothing_was_found(invoke: Invoke, query: str, note: str) -> None:
    # a script can tell a query too general from one that found nothing, as a person can
    result = invoke("search", query, "-f", "json")
    document = json.loads(result.stdout)
    assert (result.exit_code, document["results"]) == (1, [])
    assert any(line.startswith(note) for line in document["notes"])
    assert all(line in result.stderr for line in document["notes"])


def test_search_for_words_every_cause_shares_asks_for_more(invoke: Invoke) -> None:
    result = invoke("search", "my back pain")
    assert result.exit_code == 1
    assert "'my back pain' fits too many causes here to tell apart. Say more" in result.stderr


def test_a_query_that_only_rules_things_out_says_so(invoke: Invoke) -> None:
    result = invoke("search", "no sciatica", "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["results"] == []
    said = "'no sciatica' fits too many causes here to tell apart once what it rules out"
    assert said in result.stderr


@pytest.mark.parametrize(
    ("query", "sign"),
    [
        ("fever", "Back pain with a fever"),
        ("loss of bladder control", "New loss of control over your bladder or bowels"),
        ("weight loss", "Weight loss that you cannot explain."),
        ("can't pee", "Being unable to pee"),
        ("numb in both legs", "affecting both legs"),
    ],
)
def test_search_points_to_prompt_care_for_warning_signs(
    invoke: Invoke, query: str, sign: str
) -> None:
    result = invoke("search", query)
    assert "Warning sign (" in result.stderr
    assert sign in result.stderr
    assert "backpain red-flags" in result.stderr
    assert "Warning sign" not in result.stdout
    # first, before the disclaimer and any other note
    assert result.stderr.index("Warning sign") < result.stderr.index("Not medical advice")
    warnings = json.loads(invoke("search", query, "-f", "json").stdout)["warnings"]
    assert any(sign in w["sign"] for w in warnings)


@pytest.mark.parametrize(
    "query", ["sciatica", "kidney stones", "slipped disc", "newborn", "fallopian", "explain"]
)
def test_search_does_not_cry_wolf(invoke: Invoke, query: str) -> None:
    # "newborn" is not "new", "fallopian" not "fall", "explain" not "unexplained"
    assert "Warning sign" not in invoke("search", query).stderr


def test_search_limit_category_and_min_score(invoke: Invoke) -> None:
    assert len(lines(invoke("search", "infection", "-n", "2").stdout)) == 2
    only = lines(invoke("search", "infection", "--category", "other", "--limit", "9").stdout)
    assert only
    assert {row[0] for row in only} <= {c.id for c in load_catalogue().causes_in("other")}
    assert invoke("search", "siatica", "--min-score", "99").exit_code == 1
    assert invoke("search", "siatica", "--min-score", "0").exit_code == 0


def test_search_says_what_the_category_filter_left_out(invoke: Invoke) -> None:
    result = invoke("search", "sciatica", "--category", "mech")
    assert result.exit_code == 1
    assert "the category filter left out: Sciatica (other)" in result.stderr
    # a code of a cause the filter left out is a code the catalogue has
    code = invoke("search", "M51", "--category", "inflammatory")
    assert code.exit_code == 1
    assert "the category filter left out: Herniated disk (mechanical)" in code.stderr
    assert "No cause here has" not in code.stderr
    # and a better match it left out is said beside the possibly related results it kept
    kept = invoke("search", "herniated disk", "--category", "other")
    assert "left out better matches: Herniated disk (mechanical)" in kept.stderr


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("?!", "too short"),
        ("x", "too short"),
        ("é", "too short"),
    ],
)
def test_search_empty_or_too_short_is_a_usage_error(
    invoke: Invoke, query: str, problem: str
) -> None:
    result = invoke("search", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert problem in result.stderr
    assert "(empty)" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("option", [("-n", "0"), ("--min-score", "101"), ("-f", "yaml")])
def test_search_bad_option_values_are_usage_errors(invoke: Invoke, option: tuple[str, str]) -> None:
    assert invoke("search", "sciatica", *option).exit_code == 2


def test_search_stdin_answers_each_line(invoke: Invoke) -> None:
    result = invoke("search", "-", "-f", "jsonl", input="siatica\n\npizza\nkidney stones\n")
    assert result.exit_code == 0
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["query"] for a in answers] == ["siatica", "pizza", "kidney stones"]
    assert answers[0]["results"][0]["id"] == "sciatica"
    assert answers[1]["results"] == []
    assert answers[2]["results"][0]["id"] == "kidney-stones"
    plain = lines(invoke("search", "-", input="siatica\n").stdout)
    assert plain[0][:2] == ["siatica", "sciatica"]


def test_search_stdin_with_no_match_exits_1(invoke: Invoke) -> None:
    result = invoke("search", "-", input="pizza\nx\n")
    assert result.exit_code == 1
    assert "line 2:" in result.stderr
    # a line that cannot be searched is told apart from one that found nothing
    pizza, x = result.stdout.splitlines()
    assert pizza.split("\t")[4] == "no match"
    assert x.split("\t")[4] == "error"
    assert "too short" in x
    first, second = map(
        json.loads, invoke("search", "-", "-f", "jsonl", input="pizza\nx\n").stdout.splitlines()
    )
    assert "error" not in first
    assert "too short" in second["error"]


def test_search_stdin_with_more_words_is_a_usage_error(invoke: Invoke) -> None:
    # the words would have been searched as "- extra words" and the piped queries lost
    result = invoke("search", "-", "extra", "words", input="sciatica\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "standard input" in result.stderr


# --- categories, about, red-flags, version ------------------------------------------------------


def test_categories(invoke: Invoke) -> None:
    assert lines(invoke("categories").stdout) == [
        ["mechanical", "Mechanical or structural problems", "7"],
        ["inflammatory", "Inflammatory conditions", "2"],
        ["other", "Other medical conditions", "11"],
    ]
    document = json.loads(invoke("categories", "-f", "json").stdout)
    assert document["categories"][1] == {
        "id": "inflammatory",
        "name": "Inflammatory conditions",
        "count": 2,
    }


def test_about(invoke: Invoke) -> None:
    from backpain_cli import __version__

    fields = dict(lines(invoke("about").stdout))
    assert fields["version"] == __version__
    assert fields["reviewed"] == "2024-10-01"
    assert fields["causes"] == "20"
    assert fields["path"].endswith("causes.toml")
    assert fields["disclaimer"] == DISCLAIMER


def test_red_flags(invoke: Invoke) -> None:
    result = invoke("red-flags")
    rows = lines(result.stdout)
    assert {row[0] for row in rows} == {"emergency", "soon"}
    assert any("fever" in row[2] for row in rows if row[0] == "emergency")
    document = json.loads(invoke("red-flags", "-f", "json").stdout)
    assert [g["title"] for g in document["red_flags"]] == [
        "Get emergency care",
        "See a health care professional soon",
    ]
    assert "Get emergency care" in invoke("red-flags", "-f", "table").stdout


def test_version(invoke: Invoke) -> None:
    from backpain_cli import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"backpain {__version__}\n"


# --- catalogues ---------------------------------------------------------------------------------


def test_catalogue_option_before_or_after_the_command(invoke: Invoke, tiny: Path) -> None:
    for args in (("--catalogue", str(tiny), "list"), ("list", "--catalogue", str(tiny))):
        result = invoke(*args)
        assert result.exit_code == 0
        assert [row[0] for row in lines(result.stdout)] == ["broken-rib", "shingles", "bone-bruise"]
        assert "Test disclaimer" in result.stderr


def test_catalogue_from_environment_and_option_wins(
    invoke: Invoke, tiny: Path, write_catalogue: Callable[..., Path]
) -> None:
    assert "shingles" in invoke("list", env={"BACKPAIN_CATALOGUE": str(tiny)}).stdout
    other = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "other"\nname = "O"\ncategory = "a"\ndefinition = "D"\n',
        "other.toml",
    )
    for args in (("--catalogue", str(other), "list"), ("list", "--catalogue", str(other))):
        result = invoke(*args, env={"BACKPAIN_CATALOGUE": str(tiny)})
        assert lines(result.stdout) == [["other", "O", "a", "D"]]


def test_bad_catalogue_exits_3_with_nothing_on_stdout(
    invoke: Invoke, write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue('[[categories]]\nid = "a"\nname = "A"\n[[causes]]\nid = "x"\n')
    for command in (["list"], ["show", "x"], ["search", "xx"], ["categories"], ["about"]):
        result = invoke("--catalogue", str(path), *command)
        assert result.exit_code == 3, command
        assert result.stdout == ""
        assert result.stderr.startswith(f"Error: invalid catalogue {path}")
        assert f"{path}: causes[0] (x): 'name' is missing" in result.stderr


def test_search_and_show_in_a_user_catalogue(invoke: Invoke, tiny: Path) -> None:
    result = invoke("search", "zoster", "--catalogue", str(tiny), "-f", "json")
    assert json.loads(result.stdout)["results"][0]["id"] == "shingles"
    assert invoke("show", "cracked", "rib", "--catalogue", str(tiny)).exit_code == 0


# --- help ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["list", "show", "search", "categories", "about", "red-flags"])
def test_every_command_has_help(invoke: Invoke, command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout
    top = invoke("--help").stdout
    assert command in top


def test_help_documents_exit_codes(invoke: Invoke) -> None:
    out = invoke("--help").stdout
    codes = ("0 found", "1 nothing found", "2 usage error", "3 catalogue error", "70", "74", "130")
    for text in codes:
        assert text in out


# --- the terminal and the options people expect (issue 11) -------------------------------------


def test_no_arguments_prints_help_on_stdout_and_exits_0(invoke: Invoke) -> None:
    result = invoke()
    assert result.exit_code == 0
    assert "Usage: backpain" in result.stdout
    assert "Examples:" in result.stdout


@pytest.mark.parametrize("command", ["list", "show", "search", "categories", "about", "red-flags"])
def test_every_help_has_examples_and_whole_option_names_at_40_columns(
    invoke: Invoke, command: str
) -> None:
    out = invoke(command, "--help", env={"COLUMNS": "40"}).stdout
    examples = out.split("Examples:")[1].strip().splitlines()
    assert 2 <= len(examples) <= 4
    assert all(line.strip().startswith("backpain ") for line in examples)
    for option in ("--format", "--catalogue", "--help"):
        assert option in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list", "--json"], "Error: no such option '--json'. Did you mean '--format json'?"),
        (["search", "x", "--limt", "3"], "Error: no such option '--limt'. Did you mean '--limit'?"),
        (["lsit"], "Error: no such command 'lsit'. Did you mean 'list'?"),
        (["search"], "Error: missing argument 'QUERY...'."),
        (["list", "-c"], "Error: option '-c' requires an argument."),
        # an option of backpain itself, after the command: where it goes
        (["search", "x", "-q"], "Error: '-q' goes before the command: backpain -q search ..."),
        (["list", "--no-pager"], "Error: '--no-pager' goes before the command"),
        # with its value
        (
            ["search", "x", "--color", "never"],
            "Error: '--color' goes before the command: backpain --color never search ...",
        ),
        # an option of a command, before the command: where it goes, with its value
        (
            ["-f", "json", "search", "sciatica"],
            "Error: '-f' goes after the command: backpain search ... -f json.",
        ),
        (["--fields=id", "list"], "Error: '--fields' goes after the command: backpain list ..."),
        (["-n", "3", "list"], "Error: no such option '-n'."),  # not one of list's options
    ],
)
def test_usage_errors_are_one_line_with_a_hint(
    invoke: Invoke, args: list[str], expected: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(expected)
    assert line.endswith("--help'.")


@pytest.mark.parametrize(
    ("args", "wanted"),
    [(["help"], "backpain --help"), (["help", "search"], "backpain search --help")],
)
def test_help_as_a_command_points_to_the_help_option(
    invoke: Invoke, args: list[str], wanted: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"Error: no such command 'help'. Did you mean '{wanted}'?\n"


def test_quiet_keeps_notes_and_the_disclaimer_off_stderr_but_never_a_warning(
    invoke: Invoke,
) -> None:
    result = invoke("--quiet", "list")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(lines(result.stdout)) == 20
    warned = invoke("-q", "search", "fever", "-f", "json")
    assert json.loads(warned.stdout)["disclaimer"] == DISCLAIMER
    assert warned.stderr.startswith("Warning sign")
    assert "Not medical advice" not in warned.stderr


def test_color_always_and_never(invoke: Invoke) -> None:
    coloured = invoke("--color", "always", "list", "-f", "table")
    assert "\x1b[" in coloured.stdout
    plain = invoke("--color", "never", "list", "-f", "table", env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in plain.stdout
    assert "Sciatica" in plain.stdout


def test_about_shows_the_disclaimer_once(invoke: Invoke) -> None:
    for fmt in ("plain", "table", "json"):
        result = invoke("about", "-f", fmt)
        assert (result.stdout + result.stderr).count("Not medical advice") == 1, fmt


def test_a_catalogue_error_names_the_variable_it_came_from(invoke: Invoke) -> None:
    result = invoke("list", env={"BACKPAIN_CATALOGUE": "/nope"})
    assert result.exit_code == 3
    assert (
        result.stderr.strip() == "Error: catalogue file not found: /nope (from BACKPAIN_CATALOGUE)"
    )
    direct = invoke("list", "--catalogue", "/nope")
    assert direct.stderr.strip() == "Error: catalogue file not found: /nope"


def test_show_card_sections_in_reading_order_without_empty_ones(invoke: Invoke) -> None:
    out = invoke("show", "sciatica", "-f", "table", env={"COLUMNS": "80"}).stdout
    sections = [
        "What it is",
        "What it can feel like",
        "Who gets it",
        "When to see a doctor",
        "Other names",
        "ICD-10-CM",
        "Learn more",
        "Source",
    ]
    positions = [out.index(section) for section in sections]
    assert positions == sorted(positions)
    assert "See also" not in out  # sciatica has none: no empty section
    assert "Category id" not in out


def test_show_card_has_kinds_and_related_and_no_see_also_of_itself(invoke: Invoke) -> None:
    out = invoke("show", "spinal-cord-tumor", "-f", "table", env={"COLUMNS": "120"}).stdout
    sections = ["Other names", "Kinds", "ICD-10-CM", "See also", "Learn more"]
    positions = [out.index(f"\n{section}\n") for section in sections]
    assert positions == sorted(positions)
    assert "spinal schwannoma" in out
    see_also = out[positions[3] :].split("\n")[2]
    assert see_also == "Spinal tumor, Vertebral tumor"  # the source's own page is this card
    kidney = invoke("show", "kidney-infection", "-f", "table", env={"COLUMNS": "120"}).stdout
    assert "See also" not in kidney  # its one title was its own name
    assert "cystitis" in kidney  # a related term


def test_search_table_separates_confident_and_possible_results(invoke: Invoke) -> None:
    out = invoke("search", "sciatica and stiff mornings", "-f", "table", env={"COLUMNS": "160"})
    text = out.stdout
    assert text.index("Sciatica") < text.index("Possibly related") < text.index("Ankylosing")


def test_batch_table_has_a_row_for_a_query_that_found_nothing(invoke: Invoke) -> None:
    result = invoke("search", "-", "-f", "table", input="sciatica\npizza\n", env={"COLUMNS": "150"})
    assert "pizza" in result.stdout
    assert "no match" in result.stdout
    single = invoke("search", "sciatica", "-f", "table", env={"COLUMNS": "150"}).stdout
    for label in ("Cause", "Category", "Score", "Matched", "Text"):
        assert label in single
        assert label in result.stdout


def test_two_causes_without_an_id_give_two_problems_not_a_duplicate(
    invoke: Invoke, write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
        '[[causes]]\nname = "Y"\ncategory = "a"\ndefinition = "D"\n'
    )
    result = invoke("list", "--catalogue", str(path))
    assert result.exit_code == 3
    assert "(2 problems;" in result.stderr
    assert "duplicate" not in result.stderr


def test_fields_choose_the_columns_of_the_record_formats(invoke: Invoke) -> None:
    assert lines(invoke("list", "--fields", "id,icd10").stdout)[0] == [
        "herniated-disk",
        "M51.26; M51.27; M51.16; M51.17",
    ]
    rows = list(csv.reader(io.StringIO(invoke("search", "sciatica", "-f", "csv", "--fields",
                                              "name,confidence").stdout)))  # fmt: skip
    assert rows == [["name", "confidence"], ["Sciatica", "high"]]
    (line,) = invoke("show", "sciatica", "-f", "jsonl", "--fields", "id,icd10").stdout.splitlines()
    assert json.loads(line) == {
        "id": "sciatica",
        "icd10": "M54.30; M54.31; M54.32; M54.40; M54.41; M54.42".split("; "),
    }
    links = dict(lines(invoke("show", "sciatica", "--fields", "learn_more").stdout))["learn_more"]
    assert links.startswith("Sciatica (NHS 111 Wales) <https://")


def test_an_unknown_field_is_a_usage_error_naming_the_known_ones(invoke: Invoke) -> None:
    result = invoke("list", "--fields", "id,nope")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown field 'nope'; the fields here: id, name, category, definition" in result.stderr


def test_fields_of_a_search_are_those_of_its_answer_whatever_it_finds(invoke: Invoke) -> None:
    # every key of a JSON result may be chosen, also when a query finds nothing, and a batch
    # with a query that finds nothing in the middle answers every query
    keys = list(json.loads(invoke("search", "sciatica", "-f", "json").stdout)["results"][0])
    nothing = invoke("search", "zzzqqq", "-f", "tsv", "--fields", ",".join(keys))
    assert (nothing.exit_code, nothing.stdout) == (1, "\t".join(keys) + "\n")
    queries = "sciatica\nback pain after mowing the lawn\nkidney stones\n"
    batch = invoke("search", "-", "-f", "csv", "--fields", "query,id,icd10", input=queries)
    assert batch.exit_code == 0
    rows = list(csv.reader(io.StringIO(batch.stdout)))
    assert [row[0] for row in rows] == ["query", "sciatica", queries.split("\n")[1], *(
        ["kidney stones"] * (len(rows) - 3))]  # fmt: skip
    assert rows[2] == [queries.split("\n")[1], "", ""]
    assert rows[3][:2] == ["kidney stones", "kidney-stones"]


@pytest.mark.parametrize("query", [["sciatica"], ["back"], ["zzzqqq"], ["-"]])
def test_an_unknown_field_of_a_search_is_refused_before_anything_is_searched(
    invoke: Invoke, query: list[str]
) -> None:
    result = invoke("search", *query, "-f", "tsv", "--fields", "id,nope", input="sciatica\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown field 'nope'; the fields here: " in result.stderr


def test_tsv_is_read_back_whole_unquoted_and_a_byte_order_mark_is_no_part_of_a_query(
    invoke: Invoke,
) -> None:
    queries = '\ufeffsciatica\r\n"sciatica" pain, 50% worse\r\n'
    out = invoke("search", "-", "-f", "tsv", input=queries).stdout
    rows = list(csv.reader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [row[0] for row in rows[1:]] == ["sciatica", '"sciatica" pain, 50% worse']


def test_the_table_highlights_the_words_that_matched(invoke: Invoke) -> None:
    out = invoke(
        "--color", "always", "search", "waves of pain down to the groin", "-f", "table",
        env={"COLUMNS": "160"},
    ).stdout  # fmt: skip
    assert "\x1b[1;33mgroin\x1b[0m" in out


def test_a_name_two_causes_share_is_not_guessed(
    invoke: Invoke, write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "x"\nname = "X one"\ncategory = "a"\ndefinition = "D"\n'
        'aliases = ["twin"]\n'
        '[[causes]]\nid = "y"\nname = "Y two"\ncategory = "a"\ndefinition = "E"\n'
        'aliases = ["twin"]\n'
    )
    result = invoke("show", "twin", "--catalogue", str(path))
    assert result.exit_code == 1
    assert "Did you mean: X one, Y two?" in result.stderr
    commas = write_catalogue(  # names that hold commas, as a classification's do
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "x"\nname = "Twin, left"\ncategory = "a"\ndefinition = "D"\n'
        'aliases = ["twin"]\n'
        '[[causes]]\nid = "y"\nname = "Twin, right"\ncategory = "a"\ndefinition = "E"\n'
        'aliases = ["twin"]\n'
    )
    result = invoke("show", "twin", "--catalogue", str(commas))
    assert "Did you mean: Twin, left; Twin, right?" in result.stderr


def test_links_in_a_record_format_are_title_and_address(invoke: Invoke) -> None:
    rows = lines(invoke("list", "--fields", "id,learn_more").stdout)
    sciatica = {row[0]: row[1] for row in rows}["sciatica"]
    assert sciatica.startswith("Sciatica (NHS 111 Wales) <https://111.wales.nhs.uk/")
    assert "; Causes of sciatica (NHS) <https://" in sciatica


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_no_results_still_give_the_header_a_reader_expects(invoke: Invoke, fmt: str) -> None:
    # pandas.read_csv and other readers fail on an empty file, not on a header alone
    result = invoke("search", "quantum flux", "-f", fmt)
    assert result.exit_code == 1
    sep = "\t" if fmt == "tsv" else ","
    assert result.stdout.splitlines() == [
        sep.join(["id", "name", "score", "matched", "matched_text", "confidence"])
    ]


def test_search_lines_at_a_terminal_keep_the_two_tiers(invoke: Invoke) -> None:
    result = invoke(
        "search", "-", "-f", "table", input="kidney\nkidney stones\n", env={"COLUMNS": "120"}
    )
    assert "Search: kidney (possibly related, a weaker match)" in result.stdout  # 58: low tier
    assert "Search: kidney stones" in result.stdout  # a name: confident
    assert "Search: kidney stones (possibly" not in result.stdout


def test_about_in_a_narrow_terminal_keeps_addresses_and_paths_whole(invoke: Invoke) -> None:
    out = invoke("about", "-f", "table", env={"COLUMNS": "40"}).stdout
    url = "https://www.mayoclinic.org/symptoms/back-pain/basics/causes/sym-20050878"
    assert url in out.splitlines()  # on a line of its own, for the terminal to wrap, not cut
    assert any(line.endswith("causes.toml") and "/" in line for line in out.splitlines())


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_query_with_an_escape_sequence_never_reaches_the_terminal_as_one(
    invoke: Invoke, fmt: str
) -> None:
    result = invoke(
        "--color", "never", "search", "sciatica\x1b[31m\x1b]0;pwned\x07", "-f", fmt,
        env={"COLUMNS": "100"},
    )  # fmt: skip
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout
    assert "sciatica\\x1b[31m" in result.stdout.replace("\\\\", "\\").replace("\\[", "[")


@pytest.mark.parametrize(("fmt", "header"), [("csv", "query,id,name"), ("tsv", "query\tid\tname")])
def test_search_lines_with_no_query_still_write_the_header(
    invoke: Invoke, fmt: str, header: str
) -> None:
    result = invoke("search", "-", "-f", fmt, input="\n  \n")
    assert result.exit_code == 1
    assert result.stdout.startswith(header)
    assert result.stdout.count("\n") == 1  # a reader gets the columns and no rows


def test_a_min_score_that_is_not_a_number_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("search", "sciatica", "--min-score", "nan")
    assert result.exit_code == 2
    assert "min-score" in result.stderr


def test_red_flags_show_the_bundled_signs_even_when_the_catalogue_is_refused(
    invoke: Invoke, write_catalogue: Callable[..., Path]
) -> None:
    broken = write_catalogue("nonsense [[[", "broken.toml")
    result = invoke("red-flags", "-f", "plain", "--catalogue", str(broken))
    assert result.exit_code == 3
    assert "Get emergency care" in result.stdout  # the signs, for safety, whatever the catalogue
    assert "broken.toml" in result.stderr
    assert "bundled signs" in result.stderr


@pytest.mark.parametrize("columns", ["10", "16"])
def test_a_card_in_a_very_narrow_terminal_keeps_every_value(invoke: Invoke, columns: str) -> None:
    # no room beside the labels: each value goes under its label instead of vanishing
    out = invoke("--color", "never", "search", "sciatica", "-f", "table", env={"COLUMNS": columns})
    text = " ".join(out.stdout.split())
    for label, value in [("Score:", "100"), ("Matched:", "name"), ("Category:", "Other medical")]:
        assert f"{label} {value}" in text


def test_a_query_that_reads_like_an_emergency_gets_no_confident_match_it_only_describes(
    invoke: Invoke,
) -> None:
    # a throbbing belly with sudden back pain is the aortic sign, not a muscle strain to be sure
    # of: the warning is the answer; a cause the query names stays a match
    alone = "hurt my back lifting a heavy box, back seized up with spasms"
    assert json.loads(invoke("search", alone, "-f", "json").stdout)["results"][0]["score"] >= 84
    described = invoke("search", f"{alone}, and my stomach is throbbing", "-f", "json")
    document = json.loads(described.stdout)
    assert document["warnings"]
    assert document["results"]
    assert {r["confidence"] for r in document["results"]} == {"low"}
    assert all(r["score"] < 84 for r in document["results"])
    assert described.exit_code == 1
    named = json.loads(
        invoke("search", "kidney infection with a high fever and chills", "-f", "json").stdout
    )
    assert named["warnings"]
    assert named["results"][0]["id"] == "kidney-infection"
    assert named["results"][0]["confidence"] == "high"
