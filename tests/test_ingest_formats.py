"""read_paths on HTML pages, RSS/Atom feeds and WARC archives (all written here, offline)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kronika.ingest import Article, Skipped, read_paths

PARAGRAPHS = [
    "We wtorek rano w Warszawie otwarto nowy most pieszo-rowerowy na Wiśle. Przeprawa łączy Powiśle z Pragą "
    "i ma ponad czterysta metrów długości.",
    "Prezydent miasta powiedział podczas uroczystości, że budowa trwała dwa lata i kosztowała blisko sto "
    "pięćdziesiąt milionów złotych. Mieszkańcy tłumnie przeszli na drugi brzeg.",
    "Według urzędników most ma odciążyć pobliskie przeprawy i zachęcić warszawiaków do jazdy na rowerze. "
    "Wieczorem konstrukcja zostanie podświetlona.",
]


def page(title: str = "Nowy most na Wiśle otwarty", published: str | None = "2023-03-14T08:30:00+01:00") -> str:
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">'
        f"<title>{title} | Gazeta Testowa</title>"
        '<meta property="og:site_name" content="Gazeta Testowa">'
        f'{date_meta}<link rel="canonical" href="https://gazeta.example/most">'
        '</head><body><nav><a href="/">Strona główna</a> <a href="/kraj">Kraj</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>© Gazeta Testowa. Wszelkie prawa zastrzeżone.</footer></body></html>"
    )


def read_all(*paths: Path) -> list[Article | Skipped]:
    return list(read_paths(paths))


# --- HTML -----------------------------------------------------------------------------------


def test_html_page_gives_main_text_and_metadata(tmp_path):
    path = tmp_path / "most.html"
    path.write_text(page(), encoding="utf-8")
    [article] = read_all(path)
    assert article.format == "html"
    assert article.source == str(path)
    assert article.title == "Nowy most na Wiśle otwarty"
    assert article.date == "2023-03-14"
    assert article.url == "https://gazeta.example/most"
    assert article.outlet == "Gazeta Testowa"
    assert article.lang == "pl"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Strona główna" not in article.text  # navigation is not the article
    assert "prawa zastrzeżone" not in article.text


def test_html_in_cp1250_is_decoded(tmp_path):
    path = tmp_path / "most.htm"
    path.write_bytes(page().replace('charset="utf-8"', 'charset="windows-1250"').encode("cp1250"))
    [article] = read_all(path)
    assert article.encoding == "cp1250"
    assert PARAGRAPHS[1] in article.text


def test_html_without_text_is_skipped(tmp_path):
    path = tmp_path / "pusta.html"
    path.write_text("<html><head><title>Nic</title></head><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    [skipped] = read_all(path)
    assert skipped == Skipped(str(path), "no main text found in the HTML page")


def test_html_is_recognised_without_extension(tmp_path):
    path = tmp_path / "strona"
    path.write_text(page(), encoding="utf-8")
    [article] = read_all(path)
    assert article.format == "html"


# --- feeds ----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Gazeta Testowa – Kraj</title><link>https://gazeta.example/</link><language>pl-pl</language>
<item>
  <title>Nowy most na Wiśle otwarty</title>
  <link>https://gazeta.example/most</link>
  <guid>https://gazeta.example/?p=101</guid>
  <pubDate>Tue, 14 Mar 2023 08:30:00 +0100</pubDate>
  <description><![CDATA[<p>We wtorek rano otwarto <b>nowy most</b> na Wiśle.</p><p>Budowa trwała dwa lata.</p>]]></description>
</item>
<item>
  <title>Pociągi pojadą szybciej</title>
  <link>https://gazeta.example/pociagi</link>
  <pubDate>Wed, 15 Mar 2023 23:30:00 -0200</pubDate>
  <description>Kolej skróci czas przejazdu między Krakowem a Gdańskiem o pół godziny.</description>
</item>
<item><title>Sam tytuł</title><link>https://gazeta.example/nic</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">
  <title>Portal Przykładowy</title>
  <id>urn:uuid:portal</id><updated>2022-12-06T10:00:00Z</updated>
  <entry>
    <title>Szczyt w Mińsku</title>
    <id>urn:uuid:wpis-1</id>
    <link href="https://portal.example/minsk"/>
    <updated>2022-12-06T10:00:00Z</updated>
    <summary>Krótko o spotkaniu.</summary>
    <content type="html">&lt;p&gt;W Mińsku zakończyła się oficjalna część spotkania.&lt;/p&gt;&lt;p&gt;Rozmawiano o współpracy.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_items_become_articles(tmp_path):
    path = tmp_path / "kraj.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = read_all(path)
    assert first.format == "feed"
    assert first.source == f"{path}#1"
    assert first.title == "Nowy most na Wiśle otwarty"
    assert first.url == "https://gazeta.example/most"
    assert first.id == "https://gazeta.example/?p=101"
    assert first.date == "2023-03-14"
    assert first.text == "We wtorek rano otwarto nowy most na Wiśle.\n\nBudowa trwała dwa lata."
    assert first.outlet == "Gazeta Testowa – Kraj"
    assert first.lang == "pl"
    assert second.source == f"{path}#2"
    assert second.date == "2023-03-16"  # dates are normalised to UTC
    assert second.text == "Kolej skróci czas przejazdu między Krakowem a Gdańskiem o pół godziny."
    assert third == Skipped(f"{path}#3", "feed item has no content or summary")


def test_atom_entry_prefers_content_over_summary(tmp_path):
    path = tmp_path / "portal.xml"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read_all(path)
    assert article.format == "feed"
    assert article.text == "W Mińsku zakończyła się oficjalna część spotkania.\n\nRozmawiano o współpracy."
    assert article.title == "Szczyt w Mińsku"
    assert article.url == "https://portal.example/minsk"
    assert article.date == "2022-12-06"
    assert article.outlet == "Portal Przykładowy"


def test_feed_is_recognised_without_extension(tmp_path):
    path = tmp_path / "kanal"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read_all(path)
    assert article.format == "feed"


# --- WARC -----------------------------------------------------------------------------------


def response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", content_type: str = "text/html"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2023-04-01T12:00:00Z"},
    )


def write_warc(path: Path, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = writer.create_warc_record(
            "https://gazeta.example/most", "request", payload=io.BytesIO(b"GET /most HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        writer.write_record(response(writer, "https://gazeta.example/most", page().encode("utf-8")))
        logo = response(writer, "https://gazeta.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
        writer.write_record(logo)
        writer.write_record(response(writer, "https://gazeta.example/brak", b"<html>Nie ma</html>", status="404 Not Found"))
        undated = page(title="Most bez daty", published=None).replace("gazeta.example/most", "gazeta.example/most2")
        cp1250 = "text/html; charset=windows-1250"
        writer.write_record(response(writer, "https://gazeta.example/most2", undated.encode("cp1250"), content_type=cp1250))


@pytest.mark.parametrize("name", ["zbior.warc", "zbior.warc.gz"])
def test_warc_html_responses_become_articles(tmp_path, name):
    path = tmp_path / name
    write_warc(path, gzip=name.endswith(".gz"))
    first, missing, second = read_all(path)
    assert first.format == "warc"
    assert first.source == f"{path}#3"
    assert first.url == "https://gazeta.example/most"
    assert first.title == "Nowy most na Wiśle otwarty"
    assert first.date == "2023-03-14"  # from the page
    assert PARAGRAPHS[0] in first.text
    assert first.meta["warc_record_id"].startswith("<urn:uuid:")
    assert missing == Skipped(f"{path}#5", "HTTP 404, not a page")
    assert second.source == f"{path}#6"
    assert second.date == "2023-04-01"  # the page has none: WARC-Date
    assert second.encoding == "cp1250"
    assert PARAGRAPHS[2] in second.text


def test_warc_without_extension_is_recognised(tmp_path):
    path = tmp_path / "archiwum"
    write_warc(path, gzip=True)
    assert [result.format for result in read_all(path) if isinstance(result, Article)] == ["warc", "warc"]


@pytest.mark.parametrize("name", ["urwane.warc", "urwane.warc.gz"])
@pytest.mark.parametrize("cut", [200, 600, 1500])
def test_cut_off_warc_keeps_what_was_read_and_says_so(tmp_path, name, cut):
    path = tmp_path / name
    write_warc(path, gzip=name.endswith(".gz"))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    results = read_all(path)
    assert results[0].source == f"{path}#3" and isinstance(results[0], Article)
    assert isinstance(results[-1], Skipped)
    assert results[-1].reason.startswith(("broken WARC file", "record is cut short"))
    assert not any(isinstance(result, Article) and result.source == f"{path}#6" for result in results)


def test_not_a_warc_is_skipped(tmp_path):
    path = tmp_path / "zle.warc"
    path.write_text("to nie jest archiwum\n", encoding="utf-8")
    [skipped] = read_all(path)
    assert skipped.source == str(path)
    assert skipped.reason.startswith("broken WARC file (at the start)")
