"""Pages and feeds by URL, against real HTTP servers on 127.0.0.1 started by the tests."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from geodata.errors import ConfigurationError, FetchError, InputError
from geodata.ingest import Fetcher, fetch_page, read_feed, read_inputs, read_url
from geodata.ingest.fetch import USER_AGENT
from geodata.model import Article, Failure

DATA = Path(__file__).parent / "data"
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml"}

#: Short limits so that failure cases end quickly; nothing here waits on a real network.
QUICK = Fetcher(connect_timeout=2.0, timeout=0.5, max_bytes=64 * 1024, max_redirects=3)


def page() -> bytes:
    return (DATA / "page.html").read_bytes()


def only(items: list[Article | Failure]) -> Article | Failure:
    [item] = items
    return item


def only_failure(items: list[Article | Failure]) -> Failure:
    item = only(items)
    assert isinstance(item, Failure), item
    return item


def test_a_page_by_url_with_an_honest_user_agent(web) -> None:
    web.routes["/nacional/lluvias"] = (200, HTML, page())
    article = fetch_page(web.url("/nacional/lluvias"), fetcher=QUICK)
    assert article.title == "Lluvias intensas dejan inundaciones en Oaxaca"
    assert article.url == "https://diario.example.net/nacional/lluvias-oaxaca"  # canonical wins
    assert article.origin == web.url("/nacional/lluvias")
    assert "Salina Cruz" in article.text
    [request] = web.requests
    assert request["user-agent"] == USER_AGENT
    assert "geodata-newsmap" in request["user-agent"]


def test_a_page_without_canonical_url_keeps_the_final_url_after_redirects(web) -> None:
    body = page().replace(
        b'<link rel="canonical" href="https://diario.example.net/nacional/lluvias-oaxaca">', b""
    )
    web.routes["/final"] = (200, HTML, body)
    web.routes["/moved"] = (301, {"Location": "/final"}, b"")
    web.routes["/short"] = (302, {"Location": web.url("/moved")}, b"")
    article = only(read_url(web.url("/short"), fetcher=QUICK))
    assert isinstance(article, Article)
    assert article.url == web.url("/final")
    assert [request["path"] for request in web.requests] == ["/short", "/moved", "/final"]


def test_feed_by_url_is_sniffed_even_when_served_as_html(web) -> None:
    web.routes["/feed"] = (200, RSS, (DATA / "feed.rss").read_bytes())
    web.routes["/mislabelled"] = (200, HTML, (DATA / "feed.atom").read_bytes())
    items = list(read_inputs([web.url("/feed"), web.url("/mislabelled")], fetcher=QUICK))
    titles = [item.title for item in items if isinstance(item, Article)]
    assert titles == [
        "Sismo sacude Acapulco",
        "Frente frío en Chihuahua",
        "Neue Brücke über den Rhein in Köln eröffnet",
    ]
    assert items[0].origin == web.url("/feed") + "#1"


def test_feed_entries_keep_their_summary_and_pages_are_not_fetched(web) -> None:
    web.routes["/feed"] = (200, RSS, (DATA / "feed.rss").read_bytes())
    items = read_feed(web.url("/feed"), fetcher=QUICK)
    first = items[0]
    assert isinstance(first, Article)
    assert first.text.startswith("Un sismo de magnitud 5,8")
    assert first.extra["feed"] == web.url("/feed")
    assert [request["path"] for request in web.requests] == ["/feed"]


def test_feeds_option_reads_urls_and_files_after_the_inputs(web, tmp_path: Path) -> None:
    web.routes["/feed"] = (200, RSS, (DATA / "feed.rss").read_bytes())
    (tmp_path / "a.md").write_text("Text über Kiel und die Förde bei Sturm.\n", encoding="utf-8")
    items = list(
        read_inputs(
            [str(tmp_path)], feeds=[web.url("/feed"), str(DATA / "feed.atom")], fetcher=QUICK
        )
    )
    origins = [item.origin for item in items]
    assert origins[0].endswith("a.md")
    assert origins[1:4] == [web.url("/feed") + f"#{n}" for n in (1, 2, 3)]
    assert origins[4].endswith("feed.atom#1")


def test_http_errors_are_named(web) -> None:
    web.routes["/gone"] = (410, HTML, b"gone")
    assert only_failure(read_url(web.url("/missing"), fetcher=QUICK)).reason == "HTTP 404 Not Found"
    assert only_failure(read_url(web.url("/gone"), fetcher=QUICK)).reason == "HTTP 410 Gone"
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_page(web.url("/missing"), fetcher=QUICK)


def test_redirects_only_to_http_and_only_so_many(web) -> None:
    web.routes["/to-file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    web.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    for hop in range(6):
        web.routes[f"/hop{hop}"] = (307, {"Location": f"/hop{hop + 1}"}, b"")
    web.routes["/no-location"] = (302, {}, b"")
    assert (
        "only http and https are followed"
        in only_failure(read_url(web.url("/to-file"), fetcher=QUICK)).reason
    )
    assert only_failure(read_url(web.url("/loop"), fetcher=QUICK)).reason.startswith(
        "redirect loop"
    )
    assert only_failure(read_url(web.url("/hop0"), fetcher=QUICK)).reason.startswith(
        "too many redirects (more than 3)"
    )
    assert (
        "without a Location"
        in only_failure(read_url(web.url("/no-location"), fetcher=QUICK)).reason
    )
    assert "/etc/passwd" not in {request["path"] for request in web.requests}


def test_content_type_is_checked_before_the_body_is_read(web) -> None:
    web.routes["/photo"] = (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff" + b"0" * 100)
    reason = only_failure(read_url(web.url("/photo"), fetcher=QUICK)).reason
    assert reason.startswith("unsupported content type 'image/jpeg'")


def test_size_limit_by_content_length_and_while_streaming(web) -> None:
    big = b"<html><body>" + b"<p>Kiel</p>" * 20_000 + b"</body></html>"

    def without_length(handler: BaseHTTPRequestHandler) -> None:
        # HTTP/1.0 style: no Content-Length, the body ends when the connection closes
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(big)

    web.routes["/declared"] = (200, HTML, big)
    web.routes["/streamed"] = without_length
    assert only_failure(read_url(web.url("/declared"), fetcher=QUICK)).reason.startswith(
        "larger than the 64 KB limit (Content-Length 214.9 KB)"
    )
    assert (
        only_failure(read_url(web.url("/streamed"), fetcher=QUICK)).reason
        == "larger than the 64 KB limit"
    )


def test_unreachable_url_connection_refused(closed_url: str) -> None:
    reason = only_failure(read_url(closed_url, fetcher=QUICK)).reason
    assert reason.startswith("connection refused by 127.0.0.1:")


def test_a_url_that_never_answers_times_out(silent_url: str) -> None:
    assert only_failure(read_url(silent_url, fetcher=QUICK)).reason == "timed out after 0.5 s"


def test_a_server_that_stops_mid_body_times_out(web) -> None:
    def stalls(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "50000")
        handler.end_headers()
        handler.wfile.write(b"<html><body><p>Der Anfang")
        handler.wfile.flush()
        handler.rfile.read()  # keeps the connection open until the client gives up

    web.routes["/stall"] = stalls
    assert (
        only_failure(read_url(web.url("/stall"), fetcher=QUICK)).reason == "timed out after 0.5 s"
    )


def test_bad_urls_and_schemes_fail_by_name() -> None:
    items = list(
        read_inputs(["ftp://example.org/a.xml", "file:///etc/passwd", "http://[::1"], fetcher=QUICK)
    )
    reasons = [item.reason for item in items if isinstance(item, Failure)]
    assert reasons[0] == "unsupported URL scheme 'ftp': expected http or https (or a path)"
    assert reasons[1] == "unsupported URL scheme 'file': expected http or https (or a path)"
    assert reasons[2].startswith("invalid")
    assert len(items) == 3


def test_failures_do_not_stop_the_run(
    web, closed_url: str, silent_url: str, tmp_path: Path
) -> None:
    web.routes["/page"] = (200, HTML, page())
    (tmp_path / "a.md").write_text("Text über Kiel und die Förde bei Sturm.\n", encoding="utf-8")
    items = list(
        read_inputs([closed_url, silent_url, web.url("/page"), str(tmp_path)], fetcher=QUICK)
    )
    assert [type(item).__name__ for item in items] == ["Failure", "Failure", "Article", "Article"]


def test_fetch_page_refuses_a_feed(web) -> None:
    web.routes["/feed"] = (200, RSS, (DATA / "feed.rss").read_bytes())
    with pytest.raises(InputError, match="is a feed, not a page"):
        fetch_page(web.url("/feed"), fetcher=QUICK)


def test_fetch_page_raises_input_error_for_an_all_script_page(web) -> None:
    web.routes["/app"] = (200, HTML, (DATA / "script_only.html").read_bytes())
    with pytest.raises(InputError, match="no article text in the HTML"):
        fetch_page(web.url("/app"), fetcher=QUICK)


def test_charset_from_the_http_header_decodes_the_page(web) -> None:
    body = page().replace(b'<meta charset="utf-8">', b"").decode().encode("latin-1")
    web.routes["/latin"] = (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, body)
    article = only(read_url(web.url("/latin"), fetcher=QUICK))
    assert isinstance(article, Article)
    assert "Protección Civil evacuó" in article.text


def test_fetcher_settings_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="timeout must be a positive number"):
        Fetcher(timeout=0)
    with pytest.raises(ConfigurationError, match="user_agent"):
        Fetcher(user_agent=" ")


def test_the_silent_fixture_really_accepts_connections(silent_url: str) -> None:
    # guards the timeout test: the timeout must come from silence, not from a refused connection
    port = int(silent_url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
        assert conn.getpeername()[1] == port
        conn.settimeout(0.2)
        with pytest.raises(TimeoutError):
            conn.recv(1)  # accepted, and not a byte comes back


def test_json_records_and_plain_text_by_url(web) -> None:
    records = '[{"text": "Heavy snow closed the passes between Denver and Salt Lake City."}]'
    web.routes["/records"] = (200, {"Content-Type": "application/json"}, records.encode())
    web.routes["/note"] = (
        200,
        {"Content-Type": "text/plain; charset=utf-8"},
        (DATA / "plain.txt").read_bytes(),
    )
    snow, note = read_inputs([web.url("/records"), web.url("/note")], fetcher=QUICK)
    assert isinstance(snow, Article)
    assert snow.origin == web.url("/records") + "[0]"
    assert isinstance(note, Article)
    assert note.title == "Storm closes ports along the Gulf coast"


def test_non_ascii_and_spaces_in_urls_are_percent_encoded(web) -> None:
    web.routes["/nachrichten/k%C3%B6ln%20heute?ort=K%C3%B6ln"] = (200, HTML, page())
    article = only(read_url(web.url("/nachrichten/köln heute?ort=Köln"), fetcher=QUICK))
    assert isinstance(article, Article)
    already = only(read_url(web.url("/nachrichten/k%C3%B6ln%20heute?ort=K%C3%B6ln"), fetcher=QUICK))
    assert isinstance(already, Article)


def test_fetch_pages_replaces_summaries_with_page_text_when_asked(web) -> None:
    feed = (DATA / "feed.rss").read_text(encoding="utf-8")
    feed = feed.replace("https://rss.example.org/sismo-acapulco", web.url("/sismo"))
    feed = feed.replace(
        "https://rss.example.org/frente-frio", web.url("/frente")
    )  # not served: 404
    web.routes["/feed"] = (200, RSS, feed.encode())
    web.routes["/sismo"] = (200, HTML, page())
    summaries = read_feed(web.url("/feed"), fetcher=QUICK)
    full = list(read_inputs([web.url("/feed")], fetcher=QUICK, fetch_pages=True))
    sismo, frente, empty = full
    assert isinstance(sismo, Article)
    assert sismo.id == summaries[0].id  # same entry, same id, whichever text it carries
    assert sismo.url == web.url("/sismo")
    assert sismo.title == "Sismo sacude Acapulco"  # the entry's own title wins
    assert "Salina Cruz" in sismo.text
    assert sismo.extra["summary"].startswith("Un sismo de magnitud 5,8")
    assert sismo.content_hash != summaries[0].content_hash
    assert isinstance(frente, Article)
    assert frente.text == summaries[1].text  # the page failed: the summary stays
    assert frente.extra["page_error"] == "HTTP 404 Not Found"
    assert isinstance(empty, Failure)
    paths = [request["path"] for request in web.requests]
    assert paths[:2] == ["/feed", "/feed"]
    assert sorted(paths[2:]) == ["/frente", "/sismo"]  # fetched side by side, in either order


def test_urls_are_fetched_side_by_side_and_come_back_in_input_order(web) -> None:
    both_waiting = threading.Barrier(2, timeout=5)

    def meets_the_other(handler: BaseHTTPRequestHandler) -> None:
        # Passes only when the other request is in flight at the same time.
        try:
            both_waiting.wait()
        except threading.BrokenBarrierError:
            handler.send_error(503, "fetched one after the other")
            return
        body = page().replace(b"lluvias-oaxaca", handler.path.strip("/").encode())
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    web.routes["/a"] = meets_the_other
    web.routes["/b"] = meets_the_other
    patient = Fetcher(connect_timeout=2.0, timeout=10.0)
    items = list(read_inputs([web.url("/a"), web.url("/b")], fetcher=patient, fetch_workers=2))
    assert [item.origin for item in items] == [web.url("/a"), web.url("/b")]
    assert [item.url for item in items] == [
        "https://diario.example.net/nacional/a",
        "https://diario.example.net/nacional/b",
    ]


def test_fetch_workers_must_be_positive() -> None:
    with pytest.raises(
        ConfigurationError, match="fetch_workers must be a whole number of at least 1, got 0"
    ):
        read_inputs([], fetch_workers=0)


def test_https_certificates_are_verified(tls_web) -> None:
    tls_web.routes["/page"] = (200, HTML, page())
    reason = only_failure(read_url(tls_web.url("/page"), fetcher=QUICK)).reason
    assert reason.startswith(f"TLS handshake with {tls_web.base.removeprefix('https://')} failed")
    assert "CERTIFICATE_VERIFY_FAILED" in reason
    assert tls_web.requests == []  # nothing was sent over the untrusted connection


def test_https_with_a_trusted_private_authority(tls_web) -> None:
    tls_web.routes["/page"] = (200, HTML, page())
    trusting = Fetcher(connect_timeout=2.0, timeout=5.0, ca_file=DATA / "localhost-cert.pem")
    article = only(read_url(tls_web.url("/page"), fetcher=trusting))
    assert isinstance(article, Article)
    assert "Salina Cruz" in article.text
    with pytest.raises(ConfigurationError, match="ca_file must be a PEM file"):
        Fetcher(ca_file=DATA / "missing.pem")


def test_generic_xml_is_sniffed_feed_or_page(web) -> None:
    xml = {"Content-Type": "application/xml"}
    web.routes["/feed.xml"] = (200, xml, (DATA / "feed.atom").read_bytes())
    web.routes["/page.xhtml"] = (200, xml, page())
    feed, xhtml = read_inputs([web.url("/feed.xml"), web.url("/page.xhtml")], fetcher=QUICK)
    assert isinstance(feed, Article)
    assert feed.origin == web.url("/feed.xml") + "#1"
    assert isinstance(xhtml, Article)
    assert xhtml.title == "Lluvias intensas dejan inundaciones en Oaxaca"


def test_legacy_feed_types_and_markdown_by_url(web) -> None:
    # Python's own http.server, like many older servers, sends .rss as application/x-rss+xml
    web.routes["/old.rss"] = (
        200,
        {"Content-Type": "application/x-rss+xml"},
        (DATA / "feed.rss").read_bytes(),
    )
    web.routes["/note.md"] = (
        200,
        {"Content-Type": "text/markdown; charset=utf-8"},
        (DATA / "article.md").read_bytes(),
    )
    items = list(read_inputs([web.url("/old.rss"), web.url("/note.md")], fetcher=QUICK))
    assert [item.origin for item in items] == [
        web.url("/old.rss") + "#1",
        web.url("/old.rss") + "#2",
        web.url("/old.rss") + "#3",
        web.url("/note.md"),
    ]
    note = items[-1]
    assert isinstance(note, Article)
    assert note.title == "Hochwasser an der Elbe"
