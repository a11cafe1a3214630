"""Encoding and binary detection on Polish text."""

from __future__ import annotations

import pytest

from kronika.ingest.decoding import UndecodableError, binary_kind, decode

# Every letter on which CP1250 and ISO-8859-2 disagree, in running text.
POLISH = "Ślązak Ąbel źle ściął źdźbło, a Źrebak śpiewał: \"ąśź ĄŚŹ\" - zażółć gęślą jaźń."


def test_legacy_encodings_differ_on_the_test_letters():
    assert POLISH.encode("cp1250") != POLISH.encode("iso-8859-2")
    assert "ą".encode("cp1250") == b"\xb9" and "ą".encode("iso-8859-2") == b"\xb1"


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
@pytest.mark.parametrize("text", [POLISH, "Mąka", "Śnieg", "źle", "Ąą", "się"])
def test_polish_legacy_encodings_are_told_apart(encoding, text):
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    # Where the bytes are the same in both, either name is right.
    assert decoded.encoding == encoding or text.encode("cp1250") == text.encode("iso-8859-2")


def test_utf8_is_tried_first():
    decoded = decode(POLISH.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (POLISH, "utf-8")


def test_utf8_bom_is_removed_and_recorded():
    decoded = decode(b"\xef\xbb\xbf" + POLISH.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (POLISH, "utf-8-sig")


def test_utf16_with_bom_is_text_not_binary():
    data = POLISH.encode("utf-16")
    assert binary_kind(data) is None
    assert decode(data).text == POLISH


def test_cyrillic_cp1251_is_not_mistaken_for_polish():
    text = "Правительство во вторник одобрило проект бюджета на следующий год."
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding == "cp1251"


def test_czech_in_cp1250_is_decoded():
    text = "Vláda v úterý schválila návrh rozpočtu na příští rok, řekl ministr."
    assert decode(text.encode("cp1250")).text == text


def test_bytes_valid_in_no_encoding_are_rejected():
    with pytest.raises(UndecodableError, match="undecodable bytes"):
        decode(bytes(range(0x80, 0x100)) * 4)


def test_broken_utf8_after_a_bom_is_rejected():
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode(b"\xef\xbb\xbfabc\xff\xfe")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive or Office document"),
        (b"tekst\x00tekst", "contains NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10 + b"tekst", "contains control bytes"),
        (POLISH.encode("utf-8"), None),
        (b"Wiersz\tpierwszy\r\nWiersz drugi\f\x1a", None),
    ],
)
def test_binary_kind(head, kind):
    assert binary_kind(head) == kind
