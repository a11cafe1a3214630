"""Sentence splitting of Polish news (the ``kronika_sentences`` component) and of other languages."""

import pytest

from kronika.analyse.pipeline import build_nlp
from kronika.analyse.sentences import sentence_spans, simple_sentences


@pytest.fixture(scope="module")
def nlp():
    nlp = build_nlp()
    nlp.remove_pipe("kronika_morphology")  # sentences do not depend on it
    return nlp


def sents(nlp, text):
    doc = nlp(text)
    return [text[s:e] for s, e in sentence_spans(doc)]


def test_no_split_after_abbreviations(nlp):
    text = "Ekspert OSW ds. Białorusi, gen. Jan Kowalski, powiedział m.in. to, że prof. Nowak wie. Tak."
    assert sents(nlp, text) == [text[:-5], "Tak."]


def test_initials(nlp):
    assert sents(nlp, "Rozmawiał z nim W. Putin. Potem wyjechał.") == ["Rozmawiał z nim W. Putin.", "Potem wyjechał."]
    assert sents(nlp, "Zeznawała sąsiadka Dariusza M. Podkreślam, że to ważne.") == [
        "Zeznawała sąsiadka Dariusza M.",
        "Podkreślam, że to ważne.",
    ]


def test_r_ends_a_sentence_only_when_clear(nlp):
    assert sents(nlp, "Umowę podpisano w 2022 r. Teraz jest nowa.") == ["Umowę podpisano w 2022 r.", "Teraz jest nowa."]
    # a name may continue the sentence: not clear, no split
    assert len(sents(nlp, "W grudniu 2022 r. Rosja zaatakowała.")) == 1
    # an institution after a date: no split either
    assert len(sents(nlp, "Od 2022 r. Sąd Najwyższy orzeka inaczej.")) == 1


def test_itd_ends_a_sentence_before_a_common_word(nlp):
    assert sents(nlp, "Kupili folie, programy itd. Wycieczka zmieniła trasę.") == [
        "Kupili folie, programy itd.",
        "Wycieczka zmieniła trasę.",
    ]
    assert len(sents(nlp, "Byli tam ministrowie, posłowie itd. Kowalski też.")) == 1


def test_closing_paren_and_full_stop_after_abbreviation(nlp):
    assert sents(nlp, "Wzrost wyniósł 46 proc. (a nie 39 proc.). Korupcja spadła.") == [
        "Wzrost wyniósł 46 proc. (a nie 39 proc.).",
        "Korupcja spadła.",
    ]


def test_newlines_always_split(nlp):
    text = "Wizyta Władimira Putina w Mińsku\nW ocenie komentatorów to ważne\n\nNowy akapit bez kropki"
    assert sents(nlp, text) == ["Wizyta Władimira Putina w Mińsku", "W ocenie komentatorów to ważne", "Nowy akapit bez kropki"]


def test_speech_dash_opens_a_sentence(nlp):
    text = 'Dodał, że "podziękowania składa za spełnienie obietnicy". - Dziś oddaliśmy do użytku system S-400.'
    assert sents(nlp, text) == [
        'Dodał, że "podziękowania składa za spełnienie obietnicy".',
        "- Dziś oddaliśmy do użytku system S-400.",
    ]
    text = "Komentarz analityka.\n– Nie nazwałbym tego przełomem. To kolejny dokument – mówi analityk."
    assert sents(nlp, text) == ["Komentarz analityka.", "– Nie nazwałbym tego przełomem.", "To kolejny dokument – mówi analityk."]


def test_attribution_stays_with_the_quotation(nlp):
    assert sents(nlp, "– Przekażemy systemy rakietowe. – powiedział Łukaszenka. Potem wyszedł.") == [
        "– Przekażemy systemy rakietowe. – powiedział Łukaszenka.",
        "Potem wyszedł.",
    ]
    assert len(sents(nlp, "„Co dalej?” – pyta ekspert.")) == 1
    assert len(sents(nlp, "– Co dalej? – pyta ekspert OSW.")) == 1


def test_closing_quotes_stay_with_their_sentence(nlp):
    assert sents(nlp, 'Łukaszenka dziękuje Putinowi. "Oddaliśmy do użytku system S-400." Tak było.') == [
        "Łukaszenka dziękuje Putinowi.",
        '"Oddaliśmy do użytku system S-400."',
        "Tak było.",
    ]
    assert sents(nlp, "Rosja może użyć broni w razie „krytycznego zagrożenia”. Nie tylko Rosji.") == [
        "Rosja może użyć broni w razie „krytycznego zagrożenia”.",
        "Nie tylko Rosji.",
    ]


def test_missing_space_and_lowercase_continuation(nlp):
    assert sents(nlp, "To oznacza aneksję Białorusi.Rosja podpisze pakt.") == ["To oznacza aneksję Białorusi.", "Rosja podpisze pakt."]
    assert len(sents(nlp, "Czekali... i czekali.")) == 1


def test_enumeration_label_stays_with_its_item(nlp):
    assert sents(nlp, "Pracował jako nauczyciel. 2. Krajowy zjazd odbędzie się w maju.") == [
        "Pracował jako nauczyciel.",
        "2. Krajowy zjazd odbędzie się w maju.",
    ]


def test_sentence_spans_exclude_whitespace(nlp):
    text = "\n\n  Pierwsze zdanie.  \n Drugie zdanie. \n"
    for s, e in sentence_spans(nlp(text)):
        assert text[s:e] == text[s:e].strip() and text[s:e]


def test_simple_sentences_for_other_languages():
    text = "Борис Джонсон заявил. Brexit is done! What next?\nNew line"
    spans = simple_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Борис Джонсон заявил.", "Brexit is done!", "What next?", "New line"]
