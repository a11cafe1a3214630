"""Tokenisation of Polish news: abbreviations, names with digits, numbers, quotes, dashes, URLs."""

import pytest
import spacy

from kronika.analyse.tokenizer import load_abbreviations, make_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("pl")
    nlp.tokenizer = make_tokenizer(nlp.vocab)
    return nlp


def words(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx : t.idx + len(t.text)] == t.text
    return [t.text for t in doc if not t.is_space]


def test_abbreviations_keep_their_dot(nlp):
    text = "Ekspert OSW ds. Białorusi, gen. Jan Kowalski, powiedział m.in., że systemy S-400 są gotowe."
    assert words(nlp, text) == [
        "Ekspert", "OSW", "ds.", "Białorusi", ",", "gen.", "Jan", "Kowalski", ",", "powiedział",
        "m.in.", ",", "że", "systemy", "S-400", "są", "gotowe", ".",
    ]


@pytest.mark.parametrize(
    "abbr",
    "ds. gen. m.in. tzw. ws. np. ok. r. prof. dr. płk. tj. itd. itp. mln. mld. tys. godz. ul. św. nt. zob. in. wg.".split(),
)
def test_listed_abbreviations(nlp, abbr):
    assert abbr in words(nlp, f"Przed {abbr} po")
    assert abbr in words(nlp, f"Przed ({abbr}) po")


def test_capitalised_abbreviation_and_initials(nlp):
    assert words(nlp, "Gen. Koziej i W. Putin.") == ["Gen.", "Koziej", "i", "W.", "Putin", "."]


def test_user_abbreviations_extend_the_list():
    nlp = spacy.blank("pl")
    assert "kpr." not in load_abbreviations()
    nlp.tokenizer = make_tokenizer(nlp.vocab, load_abbreviations(["kpr."]))
    assert [t.text for t in nlp("Mówi kpr. Nowak.")] == ["Mówi", "kpr.", "Nowak", "."]


def test_names_with_digits_and_hyphens(nlp):
    text = "Rakiety Iskander-M, myśliwce F-16, MiG-29 i Su-35 oraz HIMARS-y."
    assert words(nlp, text) == [
        "Rakiety", "Iskander-M", ",", "myśliwce", "F-16", ",", "MiG-29", "i", "Su-35", "oraz", "HIMARS-y", ".",
    ]


def test_hyphenated_compound_is_one_token(nlp):
    assert words(nlp, "Szczyt polsko-rosyjski.") == ["Szczyt", "polsko-rosyjski", "."]


def test_numbers(nlp):
    text = "Wydano 1,5 mln zł, tj. 12 000 zł, 12.12.2022 o godz. 10:30 w 2022 r."
    assert words(nlp, text) == [
        "Wydano", "1,5", "mln", "zł", ",", "tj.", "12 000", "zł", ",", "12.12.2022", "o", "godz.", "10:30",
        "w", "2022", "r.",
    ]


def test_numbers_with_non_breaking_space(nlp):
    assert words(nlp, "Około 1\u00a0234\u00a0567,5 osób.") == ["Około", "1\u00a0234\u00a0567,5", "osób", "."]


def test_year_next_to_a_number_is_not_merged(nlp):
    assert words(nlp, "W 2022 300 osób.") == ["W", "2022", "300", "osób", "."]


def test_quotes_and_dashes_are_tokens(nlp):
    text = "– Tak – powiedział. „Przełomowa umowa” i \"S-400\", «Tak» - mówi; 2019–2022"
    assert words(nlp, text) == [
        "–", "Tak", "–", "powiedział", ".", "„", "Przełomowa", "umowa", "”", "i", '"', "S-400", '"', ",",
        "«", "Tak", "»", "-", "mówi", ";", "2019", "–", "2022",
    ]


def test_glued_dash_and_quote(nlp):
    assert words(nlp, "-Dziś obietnicy\".") == ["-", "Dziś", "obietnicy", '"', "."]


def test_missing_space_after_sentence(nlp):
    assert words(nlp, "aneksję Białorusi.Rosja i Białoruś") == ["aneksję", "Białorusi", ".", "Rosja", "i", "Białoruś"]


def test_urls_and_emails(nlp):
    text = "Zob. https://osw.waw.pl/pl/publikacje?id=5. Pisz: jan.kowalski@onet.pl, www.interia.pl."
    assert words(nlp, text) == [
        "Zob.", "https://osw.waw.pl/pl/publikacje?id=5", ".", "Pisz", ":", "jan.kowalski@onet.pl", ",",
        "www.interia.pl", ".",
    ]


def test_whitespace_is_exact(nlp):
    text = "  Ala\tma\n\nkota  i\u00a0psa. "
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == ["Ala", "ma", "kota", "i", "psa", "."]
