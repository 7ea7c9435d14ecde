"""Each accepted format, read from the small fixtures in tests/ingest/data/."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from geodata.errors import InputError
from geodata.ingest import read_bytes, read_path, read_text
from geodata.ingest.articles import article_id
from geodata.ingest.markdown import markdown_to_text
from geodata.model import Article, Failure

DATA = Path(__file__).parent / "data"


def only_article(path: Path) -> Article:
    [item] = read_path(path)
    assert isinstance(item, Article), item
    return item


def test_markdown_front_matter_fields_and_plain_text() -> None:
    article = only_article(DATA / "article.md")
    assert article.title == "Hochwasser an der Elbe"
    assert article.source == "Beispielzeitung"
    # tracking parameter and fragment dropped from the canonical URL
    assert article.url == "https://news.example.org/2025/03/elbe-hochwasser"
    assert article.published == datetime(2025, 3, 4, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert article.author == "Erika Muster"
    assert article.sample is True
    assert article.language == "de"  # detected: the front matter does not say
    assert article.extra == {"section": "Regional"}
    # markup gone, words kept, soft line breaks joined, the image left out
    assert article.text.startswith("In Dresden stieg die Elbe")
    assert "Pirna und Meißen überflutet" in article.text
    assert "**" not in article.text
    assert "](" not in article.text
    assert "Luftbild" not in article.text
    assert "\n\nDer Pegel in Leipzig" in article.text
    assert article.id == article_id(url=article.url, origin="anything else")


def test_markdown_heading_becomes_title_without_front_matter() -> None:
    article = only_article(DATA / "heading.md")
    assert article.title == "Sequía en el norte de México"
    assert not article.text.startswith("#")
    assert "Sequía en el norte" not in article.text
    assert article.language == "es"
    assert article.published is None
    assert article.url is None
    assert article.sample is False


def test_markdown_to_text_keeps_list_items_apart() -> None:
    text = markdown_to_text("Orte:\n- Berlin\n- Hamburg\n\nEin Satz\nder weitergeht, mit `Code`.")
    assert text == "Orte:\n- Berlin\n- Hamburg\n\nEin Satz der weitergeht, mit Code."


def test_plain_text_first_line_is_title_when_followed_by_blank_line() -> None:
    article = only_article(DATA / "plain.txt")
    assert article.title == "Storm closes ports along the Gulf coast"
    assert article.text.startswith("Officials in Houston")
    assert article.language == "en"


def test_plain_text_without_title_line_keeps_everything() -> None:
    article = only_article(DATA / "untitled.txt")
    assert article.title is None
    assert article.text.startswith("Officials in Houston and Galveston")


def test_html_main_text_metadata_and_no_boilerplate() -> None:
    article = only_article(DATA / "page.html")
    assert article.title == "Lluvias intensas dejan inundaciones en Oaxaca"
    assert article.url == "https://diario.example.net/nacional/lluvias-oaxaca"
    assert article.author == "Ana Ejemplo"
    assert article.source == "Diario de Prueba"
    assert article.published == datetime(2025, 9, 12, 18, 30, tzinfo=timezone(timedelta(hours=-6)))
    assert article.language == "es"  # from <html lang="es-MX">
    assert "Pinotepa Nacional y Puerto Escondido" in article.text
    assert "Salina Cruz" in article.text
    for boilerplate in ("Foto:", "donativo", "boletín", "Portada", "©", "window.dataLayer"):
        assert boilerplate not in article.text, boilerplate
    assert not article.text.startswith(article.title)  # the heading is not repeated as text


def test_rss_entries_become_articles_and_an_empty_entry_a_failure() -> None:
    items = read_path(DATA / "feed.rss")
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Failure"]
    first, second, empty = items
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert first.title == "Sismo sacude Acapulco"
    assert (
        first.text
        == "Un sismo de magnitud 5,8 sacudió Acapulco y Chilpancingo sin causar daños mayores."
    )
    assert first.url == "https://rss.example.org/sismo-acapulco"
    assert first.published == datetime(2025, 9, 2, 20, 5, tzinfo=UTC)
    assert first.language == "es"  # the channel's es-mx
    assert first.source == "Noticias de Prueba"
    assert first.origin.endswith("feed.rss#1")
    assert second.origin.endswith("feed.rss#2")
    assert isinstance(empty, Failure)
    assert empty.origin.endswith("feed.rss#3")
    assert "no text" in empty.reason


def test_atom_entry_without_link_gets_id_from_its_guid() -> None:
    [entry] = read_path(DATA / "feed.atom")
    assert isinstance(entry, Article)
    assert entry.url is None  # an urn:uuid id is not a web address
    assert entry.extra["guid"] == "urn:uuid:7d6c9a8e-2b1f-4c3d-8e5a-1a2b3c4d5e6f"
    assert entry.author == "Max Beispiel"
    assert entry.language == "de"
    assert entry.text == (
        "In Köln wurde am Mittwoch eine neue Brücke über den Rhein eröffnet.\n\n"
        "Pendler aus Bonn und Düsseldorf sparen damit bis zu zwanzig Minuten."
    )
    # the id follows the guid, not the entry's position: a newer entry on top changes nothing
    newer = (
        b"<entry><title>Neu</title><id>urn:uuid:11111111-2222-3333-4444-555555555555</id>"
        b"<updated>2025-10-02T08:00:00Z</updated>"
        b"<summary>Sturm in Hamburg und Kiel legt den Bahnverkehr lahm.</summary></entry>"
    )
    shifted = (DATA / "feed.atom").read_bytes().replace(b"<entry>", newer + b"<entry>", 1)
    by_guid = {item.extra["guid"]: item for item in read_bytes(shifted, name="feed.atom")}
    assert len(by_guid) == 2
    moved = by_guid["urn:uuid:7d6c9a8e-2b1f-4c3d-8e5a-1a2b3c4d5e6f"]
    assert moved.origin == "upload:feed.atom#2"
    assert moved.id == entry.id  # read from the file or uploaded, the same entry, the same id


def test_json_list_each_record_its_own_outcome() -> None:
    snow, no_text, bad_date = read_path(DATA / "records.json")
    assert isinstance(snow, Article)
    assert snow.origin.endswith("records.json[0]")
    assert snow.title == "Snow closes mountain passes"
    assert snow.published == datetime(2025, 1, 10, tzinfo=UTC)
    assert snow.extra == {"desk": "weather"}
    assert isinstance(no_text, Failure)
    assert "no 'text' field" in no_text.reason
    assert isinstance(bad_date, Failure)
    assert "'2025-02-30' is impossible" in bad_date.reason


def test_json_single_record() -> None:
    [item] = read_bytes(
        '{"text": "Die Elbe tritt in Dresden und Pirna über die Ufer."}'.encode(), name="one.json"
    )
    assert isinstance(item, Article)
    assert item.origin == "upload:one.json"


def test_jsonl_lines_with_line_numbers_in_origins() -> None:
    items = read_path(DATA / "records.jsonl")
    assert [item.origin.rsplit(":", 1)[1] for item in items] == ["1", "3", "4"]  # blank line 2
    ferry, garbage, fires = items
    assert isinstance(ferry, Article)
    assert ferry.language == "de"
    assert isinstance(garbage, Failure)
    assert garbage.reason.startswith("not valid JSON")
    assert isinstance(fires, Article)
    assert fires.sample is True
    assert fires.title is None


def test_read_text_for_pasted_text() -> None:
    article = read_text(
        "  Lluvias en Veracruz y Tabasco dejan miles de damnificados.\r\n",
        origin="pasted",
        published="2025-10-02",
        source="Pegado",
    )
    assert article.text == "Lluvias en Veracruz y Tabasco dejan miles de damnificados."
    assert article.published == datetime(2025, 10, 2, tzinfo=UTC)
    assert article.language == "es"
    same = read_text(article.text, origin="pasted", published="2025-10-02", source="Pegado")
    assert same.id == article.id
    assert same.content_hash == article.content_hash
    changed = read_text(article.text + " Más lluvias.", origin="pasted")
    assert changed.id == article.id
    assert changed.content_hash != article.content_hash
    with pytest.raises(InputError, match="no text"):
        read_text(" \n ", origin="pasted")


def test_content_hash_covers_metadata() -> None:
    base = read_text("Ein Text über Hamburg und Bremen im Norden.", origin="x", title="A")
    retitled = read_text("Ein Text über Hamburg und Bremen im Norden.", origin="x", title="B")
    assert base.id == retitled.id
    assert base.content_hash != retitled.content_hash


def test_id_from_canonical_url_not_from_origin() -> None:
    one = read_text(
        "Text über Köln am Rhein.", origin="a.md", url="HTTPS://Example.org:443/x?utm_medium=rss"
    )
    two = read_text("Text über Köln am Rhein.", origin="b.md", url="https://example.org/x#comments")
    assert one.url == two.url == "https://example.org/x"
    assert one.id == two.id


def test_site_front_page_url_does_not_identify_an_article() -> None:
    one = read_text("Text über Köln am Rhein.", origin="a.md", url="https://www.example.org/")
    two = read_text("Text über Bonn am Rhein.", origin="b.md", url="https://www.example.org")
    assert one.url == two.url == "https://www.example.org/"
    assert one.id != two.id


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-11-05", datetime(2025, 11, 5, tzinfo=UTC)),
        ("2025-11-05T14:30:00Z", datetime(2025, 11, 5, 14, 30, tzinfo=UTC)),
        ("2025-11-05 14:30", datetime(2025, 11, 5, 14, 30, tzinfo=UTC)),
        ("Wed, 05 Nov 2025 14:30:00 +0100", datetime(2025, 11, 5, 13, 30, tzinfo=UTC)),
    ],
)
def test_published_is_timezone_aware(published: str, expected: datetime) -> None:
    article = read_text("Text über Köln am Rhein.", origin="x", published=published)
    assert article.published == expected
    assert article.published is not None
    assert article.published.tzinfo is not None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("published", "next Tuesday", "is not a date"),
        ("published", "2025-13-01", "is impossible"),
        ("language", "German", "ISO 639-1 code"),
        ("url", "file:///etc/passwd", "http or https"),
        ("url", "javascript:alert(1)", "http or https"),
    ],
)
def test_bad_fields_raise_named_errors(field: str, value: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text("Text über Köln am Rhein.", origin="x", **{field: value})


def test_language_given_is_normalised() -> None:
    assert read_text("Text.", origin="x", language="ES-mx").language == "es"


def test_html_appeals_and_credits_without_class_names_are_dropped() -> None:
    html = """<html lang="de"><head><title>Sturm an der Küste</title></head><body><article>
    <h1>Sturm an der Küste</h1>
    <p>Ein Sturm hat am Montag an der Nordseeküste zwischen Husum und Cuxhaven Deiche beschädigt.</p>
    <p>Bild: Erika Muster</p>
    <p>In Bremerhaven fiel der Strom für mehrere Stunden aus, meldete der Versorger.</p>
    <p>Unterstützen Sie unabhängigen Journalismus – jetzt spenden!</p>
    <p>Der Newsletter der Stadt Husum, den viele Anwohner lesen, warnte schon am Sonntag vor dem
    Sturm und riet, Keller zu räumen und Fahrzeuge aus tief gelegenen Straßen zu holen, was viele
    befolgten, bevor das Wasser am Abend kam und die Straßen im Hafen überflutete.</p>
    </article></body></html>"""
    [article] = read_bytes(html.encode(), name="sturm.html")
    assert isinstance(article, Article)
    assert "Husum und Cuxhaven" in article.text
    assert "Bremerhaven" in article.text
    assert "Erika Muster" not in article.text
    assert "spenden" not in article.text
    assert "Der Newsletter der Stadt Husum" in article.text  # a long paragraph is news, kept


def test_html_language_from_the_text_when_the_template_declares_another() -> None:
    html = (DATA / "page.html").read_text(encoding="utf-8").replace('lang="es-MX"', 'lang="en"')
    [article] = read_bytes(html.encode(), name="page.html")
    assert isinstance(article, Article)
    assert article.language == "es"
    short = '<html lang="pt"><body><article><p>Oaxaca, Salina Cruz, Tehuantepec, Pinotepa Nacional.</p></article></body></html>'
    [few_words] = read_bytes(short.encode(), name="short.html")
    assert isinstance(few_words, Article)
    assert few_words.language == "pt"  # too little running text to detect: the declaration stands


def test_metadata_strings_are_one_line_and_author_lists_are_joined() -> None:
    record = {
        "text": "Ein Text über Köln am Rhein.",
        "title": "Eine Überschrift\nüber zwei Zeilen",
        "author": ["Erika Muster", " Max Beispiel "],
    }
    [article] = read_bytes(json.dumps(record).encode(), name="r.json")
    assert isinstance(article, Article)
    assert article.title == "Eine Überschrift über zwei Zeilen"
    assert article.author == "Erika Muster, Max Beispiel"
    [bad] = read_bytes(json.dumps({**record, "title": {"de": "x"}}).encode(), name="r.json")
    assert isinstance(bad, Failure)
    assert bad.reason.startswith("title must be a string, got {'de': 'x'} of type dict")


def test_html_file_in_its_declared_charset() -> None:
    html = (
        (DATA / "page.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1252"')
    )
    [article] = read_bytes(html.encode("cp1252"), name="viejo.htm")
    assert isinstance(article, Article)
    assert "Protección Civil evacuó" in article.text


def test_windows_line_ends() -> None:
    data = (DATA / "article.md").read_bytes().replace(b"\n", b"\r\n")
    [article] = read_bytes(data, name="crlf.md")
    assert isinstance(article, Article)
    assert article.title == "Hochwasser an der Elbe"
    assert "\r" not in article.text
    [plain] = read_bytes((DATA / "plain.txt").read_bytes().replace(b"\n", b"\r\n"), name="crlf.txt")
    assert isinstance(plain, Article)
    assert plain.title == "Storm closes ports along the Gulf coast"


def test_field_names_of_other_tools_are_understood() -> None:
    front = "---\ndate: 2025-06-01\nlang: es\nlink: https://alias.example.org/a\nauthors: [Ana, Luis]\n---\nTexto sobre Lima.\n"
    [article] = read_bytes(front.encode(), name="hugo.md")
    assert isinstance(article, Article)
    assert article.published == datetime(2025, 6, 1, tzinfo=UTC)
    assert article.language == "es"
    assert article.url == "https://alias.example.org/a"
    assert article.author == "Ana, Luis"
    assert article.extra == {}
    both = {"text": "Texto sobre Lima.", "published": "2025-06-02", "date": "2025-06-01"}
    [record] = read_bytes(json.dumps(both).encode(), name="r.json")
    assert isinstance(record, Article)
    assert record.published == datetime(2025, 6, 2, tzinfo=UTC)  # the project's own name wins
    assert record.extra == {"date": "2025-06-01"}
