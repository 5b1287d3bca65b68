"""The bundled catalogue is complete and faithful; any catalogue is read safely or refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import simple_icd_10_cm as icd

from backpain_cli import load_catalogue
from backpain_cli.errors import CatalogueError
from backpain_cli.model import Cause

DATA = Path(__file__).parent / "data"

# The source's three categories and 20 causes, in its order and with exactly its names.
SOURCE = {
    ("mechanical", "Mechanical or structural problems"): [
        ("herniated-disk", "Herniated disk"),
        ("muscle-strains", "Muscle strains"),
        ("osteoarthritis", "Osteoarthritis"),
        ("scoliosis", "Scoliosis"),
        ("spinal-fractures", "Spinal fractures"),
        ("spondylolisthesis", "Spondylolisthesis"),
        ("sprains", "Sprains"),
    ],
    ("inflammatory", "Inflammatory conditions"): [
        ("ankylosing-spondylitis", "Ankylosing spondylitis"),
        ("sacroiliitis", "Sacroiliitis"),
    ],
    ("other", "Other medical conditions"): [
        ("endometriosis", "Endometriosis"),
        ("fibromyalgia", "Fibromyalgia"),
        ("kidney-infection", "Kidney infection"),
        ("kidney-stones", "Kidney stones"),
        ("obesity", "Obesity"),
        ("osteomyelitis", "Osteomyelitis"),
        ("osteoporosis", "Osteoporosis"),
        ("poor-posture", "Poor posture"),
        ("pregnancy", "Pregnancy"),
        ("sciatica", "Sciatica"),
        ("spinal-cord-tumor", "Spinal cord tumor"),
    ],
}


def test_bundled_catalogue_has_the_sources_categories_and_causes_in_order() -> None:
    catalogue = load_catalogue()
    assert [(c.id, c.name) for c in catalogue.categories] == list(SOURCE)
    expected = [(cid, name, cat[0]) for cat, causes in SOURCE.items() for cid, name in causes]
    assert [(c.id, c.name, c.category) for c in catalogue.causes] == expected
    assert len(catalogue.causes) == 20


def test_bundled_catalogue_metadata() -> None:
    catalogue = load_catalogue()
    assert catalogue.reviewed == dt.date(2024, 10, 1)
    assert "Mayo Clinic" in catalogue.source
    assert (
        catalogue.url == "https://www.mayoclinic.org/symptoms/back-pain/basics/causes/sym-20050878"
    )
    assert catalogue.cause("sciatica") == catalogue.causes[18]
    assert catalogue.cause("nope") is None


def test_disclaimer_says_what_the_tool_is_not_and_where_the_warning_signs_are() -> None:
    disclaimer = load_catalogue().disclaimer
    assert disclaimer.startswith("Not medical advice.")
    assert "not a complete list" in disclaimer
    assert "diagnosis" in disclaimer
    assert "backpain red-flags" in disclaimer


CAUSES = load_catalogue().causes
# The one card that is shorter than the others, and why: no page of an allowed reference site
# about it is among the stored pages (see the comment above its card in data/causes.toml).
SHORT_CARDS = {"spondylolisthesis": {"risk_factors"}}


@pytest.mark.parametrize("cause", CAUSES, ids=lambda c: c.id)
def test_every_cause_has_a_full_reference_card(cause: Cause) -> None:
    assert 40 <= len(cause.definition) <= 400
    assert len(cause.aliases) >= 2
    assert len({a.casefold() for a in cause.aliases}) == len(cause.aliases), "duplicate alias"
    assert cause.icd10, "every bundled cause has at least one ICD-10-CM code"
    counts = {
        "symptoms": (3, 6),
        "risk_factors": (2, 5),
        "see_a_doctor": (1, 3),
        "learn_more": (1, 3),
        "references": (1, 12),
    }
    for field, (low, high) in counts.items():
        items = getattr(cause, field)
        if field in SHORT_CARDS.get(cause.id, ()):
            low = 1
        assert low <= len(items) <= high, f"{cause.id}.{field}: {len(items)} items"
    for text in (*cause.symptoms, *cause.risk_factors, *cause.see_a_doctor):
        assert 3 <= len(text) <= 200


@pytest.mark.parametrize("cause", CAUSES, ids=lambda c: c.id)
def test_every_address_is_https(cause: Cause) -> None:
    urls = [link.url for link in cause.learn_more] + list(cause.references)
    assert urls
    assert all(url.startswith("https://") for url in urls), urls
    assert all(link.title for link in cause.learn_more)


# Terms that name another condition, a symptom or a finding, not the cause itself (issue 10):
# an alias says "another name for the same condition", so none of these may be one.
NOT_ALIASES = {
    "sciatica": [
        "piriformis syndrome",
        "radiculopathy",
        "leg pain",
        "numb leg",
        "pain down the leg",
    ],
    "spondylolisthesis": ["spondylolysis", "pars defect", "pars fracture"],
    "sacroiliitis": ["SI joint dysfunction", "tailbone pain", "tailbone area pain", "buttock pain"],
    "osteoarthritis": ["degenerative disc disease", "degenerative disk disease", "DDD"],
    "osteoporosis": ["osteopenia"],
    "kidney-infection": ["kidney inflammation"],
    "ankylosing-spondylitis": ["spinal fusion arthritis", "spondyloarthritis", "morning stiffness"],
    "herniated-disk": ["bulging disc", "bulging disk", "disc bulge"],
    "poor-posture": ["hunchback", "postural kyphosis", "slouching", "rounded shoulders"],
    "endometriosis": ["period pain", "painful periods", "menstrual back pain", "endometrioma"],
    "pregnancy": ["maternity", "prenatal", "antenatal", "pelvic girdle pain"],
    "obesity": ["overweight", "being overweight"],
    "kidney-stones": ["flank pain", "renal colic"],
}


@pytest.mark.parametrize("cause_id", NOT_ALIASES)
def test_no_alias_names_another_condition_or_a_symptom(cause_id: str) -> None:
    cause = load_catalogue().cause(cause_id)
    assert cause is not None
    aliases = {a.casefold() for a in cause.aliases}
    assert not aliases & {t.casefold() for t in NOT_ALIASES[cause_id]}


def test_related_terms_and_kinds_are_neither_names_nor_each_other() -> None:
    """A term is a cause's other name, a kind of it, or related to it: one role, never two."""
    catalogue = load_catalogue()
    names = {n.casefold() for c in catalogue.causes for n in (c.name, c.id, *c.aliases)}
    for cause in catalogue.causes:
        kinds = {k.casefold() for k in cause.kinds}
        related = {r.casefold() for r in cause.related}
        assert not kinds & names, cause.id
        assert not related & names, cause.id
        assert not kinds & related, cause.id
    assert sum(len(c.related) for c in catalogue.causes) >= 40  # the lay terms search needs


def test_codes_fit_their_causes() -> None:
    catalogue = load_catalogue()
    codes = {c.id: set(c.icd10) for c in catalogue.causes}
    assert "N20.1" in codes["kidney-stones"]  # ureteral stone, an alias
    assert "M86.9" not in codes["osteomyelitis"]  # excludes the vertebrae (M46.2-)
    assert "E66.3" not in codes["obesity"]  # overweight, not obesity
    assert "O26.899" not in codes["pregnancy"]  # the unspecified-trimester code
    assert "M40.00" not in codes["poor-posture"]  # a spinal deformity
    assert "D33.4" not in codes["spinal-cord-tumor"] or "D32.1" in codes["spinal-cord-tumor"]


def test_icd10_codes_exist_in_the_official_release() -> None:
    for cause in load_catalogue().causes:
        for code in cause.icd10:
            assert icd.is_valid_item(code), f"{cause.id}: {code} is not an ICD-10-CM code"
            assert icd.is_leaf(code), f"{cause.id}: {code} is a heading, not a billable code"


def test_see_also_titles_come_from_the_source() -> None:
    lines = (DATA / "see_also_titles.txt").read_text(encoding="utf-8").splitlines()
    titles = {line for line in lines if line and not line.startswith("#")}
    catalogue = load_catalogue()
    for cause in catalogue.causes:
        assert set(cause.see_also) <= titles, cause.id
    stones = catalogue.cause("kidney-stones")
    assert stones is not None
    assert stones.see_also == ("Kidney stones", "Preventing Kidney Stones")


# --- warning signs: each one the references name, by its meaning ---------------------------------

GROUPS = {group.id: group for group in load_catalogue().red_flags}


def _sign(group: str, *words: str) -> list[str]:
    """The signs of a group that hold every one of the words (case-insensitive)."""
    return [s for s in GROUPS[group].signs if all(w in s.lower() for w in words)]


def test_red_flags_are_two_groups_with_references_and_a_number_to_call() -> None:
    assert list(GROUPS) == ["emergency", "soon"]
    for group in GROUPS.values():
        assert group.references
        assert all(url.startswith("https://") for url in group.references)
    call = GROUPS["emergency"].call
    for number in ("911", "999", "112"):
        assert number in call


@pytest.mark.parametrize(
    "words",
    [
        ("bladder", "bowels"),  # losing control of them
        ("unable to pee",),
        ("buttocks", "genitals", "back passage"),  # saddle numbness, a sign of its own
        ("sexual function",),
        ("both legs",),
        ("weakness", "suddenly"),
        ("trouble walking",),
        ("chest pain",),
        ("belly", "pulsing"),  # an aortic aneurysm
        ("fever",),
        ("fall",),
        ("minor fall", "osteoporosis"),
        ("pregnancy", "contractions", "bleeding", "leaking"),
    ],
)
def test_each_emergency_sign_is_there(words: tuple[str, ...]) -> None:
    assert _sign("emergency", *words), words


@pytest.mark.parametrize(
    "words",
    [
        ("few weeks",),
        ("severe", "rest"),
        ("worse at night",),
        ("lie down",),
        ("below the knee",),
        ("weight loss",),
        ("cancer",),
        ("age 50",),
        ("child",),
        ("osteoporosis", "steroid", "immune", "injecting drugs"),
        ("lump", "swelling", "shape"),
    ],
)
def test_each_sign_to_see_someone_soon_is_there(words: tuple[str, ...]) -> None:
    assert _sign("soon", *words), words


# --- a user's catalogue -------------------------------------------------------------------------


def test_user_catalogue_loads_in_file_order(tiny: Path) -> None:
    catalogue = load_catalogue(tiny)
    assert [c.id for c in catalogue.causes] == ["broken-rib", "shingles", "bone-bruise"]
    assert catalogue.causes_in("bones") == (catalogue.causes[0], catalogue.causes[2])
    assert catalogue.title == "Tiny test catalogue"
    assert catalogue.path == str(tiny)


def test_user_catalogue_without_metadata_gets_the_bundled_disclaimer(
    write_catalogue: Callable[[str], Path],
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "Ex."\n'
    )
    catalogue = load_catalogue(path)
    assert catalogue.disclaimer == load_catalogue().disclaimer
    assert catalogue.red_flags == load_catalogue().red_flags
    assert catalogue.causes[0].aliases == ()


def test_utf8_byte_order_mark_is_accepted(tiny: Path, write_catalogue: Callable[..., Path]) -> None:
    path = write_catalogue(b"\xef\xbb\xbf" + tiny.read_bytes(), "bom.toml")
    assert len(load_catalogue(path).causes) == 3


def test_fields_are_cleaned_of_control_characters_and_line_breaks(
    write_catalogue: Callable[[str], Path],
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "x"\nname = "X\\u001b[2J\\u009b"\ncategory = "a"\n'
        'definition = """Line one\n\tline two\\u0007"""\n'
    )
    cause = load_catalogue(path).causes[0]
    assert "\x1b" not in cause.name
    assert "\x9b" not in cause.name
    assert cause.name == "X\\x1b[2J\\x9b"
    assert cause.definition == "Line one line two\\x07"


def _problems(path: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    return [caught.value.message, *caught.value.details]


BASE = '[[categories]]\nid = "a"\nname = "A"\n'


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        ('id = "x"\ncategory = "a"\ndefinition = "D"', "causes[0] (x): 'name' is missing"),
        ('id = "x"\nname = 5\ncategory = "a"\ndefinition = "D"', "'name' must be a string"),
        ('id = "x"\nname = "  "\ncategory = "a"\ndefinition = "D"', "'name' is empty"),
        ('id = "x"\nname = "X"\ncategory = "b"\ndefinition = "D"', "category 'b' is not defined"),
        (
            'id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\nalias = ["y"]',
            "unknown key 'alias' (did you mean 'aliases'?)",
        ),
        ('id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\naliases = "y"', "list of"),
        ('id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\naliases = [""]', "is empty"),
        ('id = "Bad Id"\nname = "X"\ncategory = "a"\ndefinition = "D"', "lowercase ASCII letters"),
        ('id = "rücken"\nname = "X"\ncategory = "a"\ndefinition = "D"', "lowercase ASCII letters"),
        ('id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\nicd10 = ["nope"]', "ICD-10"),
        # a code written in small letters or without its dot: how to write it
        ('id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\nicd10 = ["m54.5"]', "'M54.5'"),
        ('id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\nicd10 = ["M5450"]', "'M54.50'"),
        # a list that holds an entry twice (a name or a code in any case)
        (
            'id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\nicd10 = ["M54.5", "M54.5"]',
            "'icd10' lists 'M54.5' twice",
        ),
        (
            'id = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\naliases = ["Ab", "ab"]',
            "'aliases' lists 'ab' twice",
        ),
    ],
)
def test_schema_problem_names_file_entry_and_field(
    write_catalogue: Callable[[str], Path], cause: str, expected: str
) -> None:
    path = write_catalogue(BASE + "[[causes]]\n" + cause + "\n")
    lines = _problems(path)
    assert any(str(path) in line and expected in line for line in lines[1:]), lines


def test_two_causes_of_one_name_and_an_empty_list_of_warning_signs_are_refused(
    write_catalogue: Callable[[str], Path],
) -> None:
    # `show NAME` could find only the first; no warning sign at all would silence every warning
    cause = '[[causes]]\nid = "{}"\nname = "{}"\ncategory = "a"\ndefinition = "D"\n'
    text = "red_flags = []\n" + BASE + cause.format("x", "Frozen shoulder")
    path = write_catalogue(text + cause.format("y", "frozen shoulder"))
    lines = _problems(path)
    assert any(
        "causes[1] (y): name 'frozen shoulder' is also the name of 'x'" in ln for ln in lines
    )
    assert any("'red_flags' is empty: leave it out to use the bundled" in ln for ln in lines)


def test_duplicate_ids_and_every_problem_reported_at_once(
    write_catalogue: Callable[[str], Path],
) -> None:
    cause = '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
    path = write_catalogue(BASE + cause + cause + '[[causes]]\nid = "y"\nfoo = 1\n')
    lines = _problems(path)
    assert "invalid catalogue" in lines[0]
    assert "nothing was loaded" in lines[0]
    text = "\n".join(lines)
    assert "causes[1] (x): duplicate id 'x'" in text
    assert "causes[2] (y): unknown key 'foo'" in text
    assert "causes[2] (y): 'name' is missing" in text
    assert "causes[2] (y): 'definition' is missing" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "'categories' is missing"),
        ('categories = "x"\n[[causes]]\n', "must be an array of tables"),
        ("categories = [1, 2]\n[[causes]]\n", "must be an array of tables"),
        ('[[categories]]\nid = "a"\n' + BASE, "categories[0] (a): 'name' is missing"),
        (
            BASE + '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
            'learn_more = [{ url = "https://example.org" }]\n',
            "causes[0] (x) learn_more[0]: 'title' is missing",
        ),
        (
            BASE + '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
            'learn_more = [{ title = "A page" }]\n',
            "causes[0] (x) learn_more[0]: 'url' is missing",
        ),
        (
            BASE + '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
            '[[red_flags]]\nid = "now"\nsigns = ["A sign."]\n',
            "red_flags[0] (now): 'title' is missing",
        ),
        (
            BASE + '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
            '[[red_flags]]\nid = "now"\ntitle = "Now"\nsigns = []\n',
            "red_flags[0] (now): 'signs' must list at least one warning sign",
        ),
        ('[catalogue]\nurl = "not a url"\n' + BASE, "'url' must be an https:// address"),
        ("causes = []\n" + BASE, "'causes' is empty"),
        ('[catalogue]\nreviewed = "yesterday"\n' + BASE, "'reviewed' must be a date"),
        ("[catalog]\n" + BASE, "unknown key 'catalog' (did you mean 'catalogue'?)"),
        (  # no close key: the keys it may have
            '[catalogue]\nname = "Mine"\n' + BASE,
            "catalogue: unknown key 'name' (known keys: title, source, url, reviewed, disclaimer)",
        ),
    ],
)
def test_structure_problems(
    write_catalogue: Callable[[str], Path], text: str, expected: str
) -> None:
    assert any(expected in line for line in _problems(write_catalogue(text)))


def test_toml_syntax_error_gives_file_line_and_column(
    write_catalogue: Callable[[str], Path],
) -> None:
    path = write_catalogue(BASE + "[[causes]]\nid = \n")
    (line,) = _problems(path)
    assert line.startswith(f"{path}:5:")
    assert "invalid TOML" in line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'name = "caf\xe9"\n', ":1:12: not UTF-8 text (byte 0xe9)"),
        (b'\nname = "caf\xe9"\n', ":2:12: not UTF-8 text (byte 0xe9)"),  # a newline first
        (b"x = " + b"[" * 5000, "nested too deeply"),
        (b"x = " + b"{a = " * 5000, "nested too deeply"),
        (b"x = " + b"9" * 5000 + b"\n", "invalid TOML"),
    ],
)
def test_unreadable_content_is_one_line(
    write_catalogue: Callable[..., Path], content: bytes, expected: str
) -> None:
    path = write_catalogue(content)
    (line,) = _problems(path)
    assert expected in line


def test_a_path_the_system_cannot_open_is_one_line(tmp_path: Path) -> None:
    name = tmp_path / ("x" * 300)  # longer than any file name may be
    (line,) = _problems(name)
    assert line == f"cannot read catalogue {name}: File name too long"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _problems(tmp_path / "nope.toml") == [f"catalogue file not found: {tmp_path}/nope.toml"]
    assert "is a directory" in _problems(tmp_path)[0]


def test_unreadable_file(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins
    import os

    if os.geteuid() == 0:  # root reads any file, so let the system refuse as it would anyone else

        def refuse(path: str, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", path)

        monkeypatch.setattr(builtins, "open", refuse)
    else:
        tiny.chmod(0)
    assert _problems(tiny) == [f"permission denied reading catalogue: {tiny}"]


def test_huge_and_endless_files_are_refused_in_bounded_memory(
    write_catalogue: Callable[..., Path],
) -> None:
    huge = write_catalogue(b"")
    with huge.open("r+b") as stream:
        stream.truncate(256 * 1024 * 1024 + 1)  # one byte over; sparse: no disk used
    assert "larger than 256 MiB" in _problems(huge)[0]
    with huge.open("r+b") as stream:
        stream.truncate(256 * 1024 * 1024)  # exactly the limit is read (and is not TOML)
    assert "larger than" not in _problems(huge)[0]
    if Path("/dev/zero").exists():
        assert "larger than" in _problems(Path("/dev/zero"))[0]


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_read(
    write_catalogue: Callable[..., Path],
) -> None:
    import tracemalloc

    huge = write_catalogue(b"")
    with huge.open("r+b") as stream:
        stream.truncate(300 * 1024 * 1024)  # sparse: no disk used
    tracemalloc.start()
    try:
        problem = _problems(huge)[0]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than 256 MiB" in problem
    assert peak < 16 * 1024 * 1024  # reading it would hold 256 MiB of it


def test_every_code_of_the_release_is_shaped_like_a_code() -> None:
    from backpain_cli.validate import ICD10_PATTERN

    codes = [
        code for code in icd.get_all_codes(with_dots=True) if icd.is_category_or_subcategory(code)
    ]
    assert len(codes) > 90_000
    assert [code for code in codes if not ICD10_PATTERN.fullmatch(code)] == []
    assert ICD10_PATTERN.fullmatch("QA0.0101")  # a letter in the second place, as in 2025
    for text in (
        "M5",
        "back pain",
        "M54.",
        "M54.30000",
        "m54.30",
        "54.30",
        "M54-30",
        "XYZ",
        "ABC.DEF",
    ):
        assert not ICD10_PATTERN.fullmatch(text), text


def test_a_review_date_and_time_is_read_as_the_date(write_catalogue: Callable[..., Path]) -> None:
    path = write_catalogue(
        '[catalogue]\nreviewed = 2024-10-01T09:30:00\n[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = "x"\nname = "X"\ncategory = "a"\ndefinition = "D"\n'
    )
    assert load_catalogue(path).reviewed == dt.date(2024, 10, 1)


def test_problems_are_capped_at_50_with_a_count_of_the_rest(
    write_catalogue: Callable[..., Path],
) -> None:
    causes = "".join(
        f'[[causes]]\nid = "c{i}"\ncategory = "a"\ndefinition = "D"\n' for i in range(60)
    )
    path = write_catalogue('[[categories]]\nid = "a"\nname = "A"\n' + causes)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert "(60 problems; nothing was loaded)" in caught.value.message
    assert len(caught.value.details) == 51
    assert caught.value.details[-1].endswith("... and 10 more")


def test_problems_name_the_type_found_and_label_entries_by_a_usable_id(
    write_catalogue: Callable[..., Path],
) -> None:
    path = write_catalogue(
        '[[categories]]\nid = "a"\nname = "A"\n'
        '[[causes]]\nid = 5\nname = 7\ncategory = "a"\ndefinition = "D"\nreviewed = 1\n'
    )
    problems = _problems(path)
    assert any("causes[0]: 'id' must be a string, not an integer" in p for p in problems)
    assert any("causes[0]: 'name' must be a string, not an integer" in p for p in problems)
    assert not any("(5)" in p for p in problems)  # an id that is not text does not label


URGENT = ("straight away", "immediately", "emergency", "urgent", "call your midwife")


@pytest.mark.parametrize("cause", CAUSES, ids=lambda c: c.id)
def test_a_card_never_says_to_wait_for_what_the_red_flags_call_an_emergency(cause: Cause) -> None:
    # a fever with back pain, a fall or a blow, and both legs are emergencies in `red-flags`: a
    # card that names one says to get help at once, never to wait two days (a new-user trial)
    for line in cause.see_a_doctor:
        said = line.casefold()
        if any(sign in said for sign in ("fever", "a fall", "blow to the back", "both legs")):
            assert any(word in said for word in URGENT), (cause.id, line)
        assert "48 hours" not in said, (cause.id, line)
        assert "two days" not in said, (cause.id, line)
