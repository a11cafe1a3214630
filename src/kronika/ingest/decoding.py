"""Bytes → text: binary detection and encoding detection tuned for Polish.

Polish files come in UTF-8 or in one of two legacy encodings that agree on most letters but
not on ą ś ź Ą Ś Ź (CP1250 0xB9/0x9C/0x9F vs ISO-8859-2 0xB1/0xB6/0xBC). A generic detector
often confuses the two, so after strict UTF-8 we decode with both and keep the one whose
characters look like Polish; charset-normalizer is only consulted when neither does.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

SNIFF_BYTES = 8192  # how much of a file binary detection looks at

UTF8_BOM = b"\xef\xbb\xbf"
# Longest BOM first: the UTF-32-LE mark starts with the UTF-16-LE one.
UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Signatures of common non-text files, so the reason names what the file is.
MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
)

# Control bytes that never occur in text (tab, newlines, form feed, ESC and Ctrl-Z are allowed).
CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1A)) | {0x1C, 0x1D, 0x1E, 0x1F}
MAX_CONTROL_SHARE = 0.05

LEGACY_CANDIDATES = ("cp1250", "iso-8859-2")  # order breaks ties: CP1250 is the more common
POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
TYPOGRAPHIC = frozenset("\u00a0„”“‘’‚–—…«»°§·•€")
# A legacy decoding is kept only if it reads like Polish (nearly every non-ASCII letter is a
# Polish one) or like another Latin-script language (a minority of letters non-ASCII, e.g.
# Czech); Cyrillic CP1251 read as CP1250 gives "Đîńńč˙", mostly non-Polish non-ASCII letters.
MIN_POLISH_SHARE = 0.5
MAX_NON_ASCII_SHARE = 0.4


class UndecodableError(ValueError):
    """The bytes are text in no encoding we can identify."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def binary_kind(head: bytes) -> str | None:
    """Why the bytes look binary ("PNG image", "contains NUL bytes"…), or None if they may be text."""
    head = head[:SNIFF_BYTES]
    for magic, kind in MAGIC_NUMBERS:
        if head.startswith(magic):
            return kind
    if _unicode_bom(head):
        return None  # UTF-16/32 text is full of NUL bytes
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = sum(1 for byte in head if byte in CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return "contains control bytes"
    return None


def decode(data: bytes) -> DecodedText:
    """Decode file content; raises UndecodableError when no encoding fits.

    A UTF-8 byte-order mark is dropped (encoding "utf-8-sig"): it is an encoding artefact, not
    part of the text, and keeping it would shift every offset by one.
    """
    if data.startswith(UTF8_BOM):
        return _decode_after_bom(data[len(UTF8_BOM):], "utf-8", label="utf-8-sig")
    bom_encoding = _unicode_bom(data)
    if bom_encoding:
        return _decode_after_bom(data, bom_encoding)  # these codecs consume the mark themselves
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_polish_legacy(data) or _decode_with_charset_normalizer(data) or _undecodable()


def _unicode_bom(data: bytes) -> str | None:
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _decode_after_bom(data: bytes, codec: str, label: str | None = None) -> DecodedText:
    try:
        return DecodedText(data.decode(codec), label or codec)
    except UnicodeDecodeError as error:
        raise UndecodableError(f"has a {codec} byte-order mark but is not valid {codec} (byte {error.start})") from None


def _decode_polish_legacy(data: bytes) -> DecodedText | None:
    best: DecodedText | None = None
    best_score = 0
    for encoding in LEGACY_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # CP1250 leaves five bytes undefined
        if _has_c1_controls(text) or not _looks_like_latin_text(text):
            continue
        score = polish_score(text)
        if score > best_score:
            best, best_score = DecodedText(text, encoding), score
    return best


def polish_score(text: str) -> int:
    """How Polish the non-ASCII characters look: Polish letters count double, stray symbols
    (±, ¶, ¬, ˇ, ¦… which is what the *other* legacy encoding makes of ą ś ź Ą Ś Ź) count against."""
    score = 0
    for char in text:
        if char.isascii():
            continue
        if char in POLISH_LETTERS:
            score += 2
        elif char.isalpha() or char in TYPOGRAPHIC:
            score += 1
        else:
            score -= 1
    return score


def _has_c1_controls(text: str) -> bool:
    # Bytes 0x80–0x9F decode to C1 controls in ISO-8859-2; real text never contains them.
    return any("\x80" <= char <= "\x9f" for char in text)


def _looks_like_latin_text(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    foreign = [char for char in letters if not char.isascii()]
    if not foreign:
        return True
    polish = sum(1 for char in foreign if char in POLISH_LETTERS)
    return polish / len(foreign) >= MIN_POLISH_SHARE or len(foreign) / len(letters) <= MAX_NON_ASCII_SHARE


def _decode_with_charset_normalizer(data: bytes) -> DecodedText | None:
    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if _has_c1_controls(text) or any(unicodedata.category(char) == "Co" for char in text):
        return None
    if not _reads_like_prose(text):
        return None  # a detector always finds *some* code page; random bytes are not an article
    return DecodedText(text, match.encoding)


MIN_SPACE_SHARE = 0.03
MIN_LETTER_SHARE = 0.5


def _reads_like_prose(text: str) -> bool:
    if len(text) < 40:
        return True
    spaces = sum(1 for char in text if char.isspace())
    letters = sum(1 for char in text if char.isalpha())
    return spaces / len(text) >= MIN_SPACE_SHARE and letters / len(text) >= MIN_LETTER_SHARE


def _undecodable() -> DecodedText:
    raise UndecodableError("undecodable bytes: not UTF-8, CP1250, ISO-8859-2 or another recognisable encoding")
