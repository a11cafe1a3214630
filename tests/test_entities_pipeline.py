"""The entity component inside the pipeline and in extracted documents."""

import pytest

from kronika.analyse.convert import analyse_article
from kronika.ingest.article import Article

TEXT = ("Prezydent Białorusi Alaksandr Łukaszenka spotkał się w Mińsku z Władimirem Putinem. "
        "Putin zapowiedział kolejne rozmowy. Władimir Putin wróci do Moskwy w piątek.")


@pytest.fixture(scope="module")
def nlp():
    import kronika

    return kronika.load()


def test_every_mention_is_an_exact_span_with_a_base_form_and_an_entity(nlp):
    document = analyse_article(nlp, Article(text=TEXT, source="test", format="text"))
    ids = {e.id for e in document.entities}
    assert document.mentions
    for m in document.mentions:
        assert TEXT[m.start:m.end] == m.text
        assert m.entity in ids and m.lemma
    lemmas = {m.text: m.lemma for m in document.mentions}
    assert lemmas["Władimirem Putinem"] == "Władimir Putin"
    assert lemmas["Mińsku"] == "Mińsk"


def test_a_repeated_name_shares_the_full_names_entity(nlp):
    document = analyse_article(nlp, Article(text=TEXT, source="test", format="text"))
    putin = {m.entity for m in document.mentions if "Putin" in m.text}
    assert len(putin) == 1


def test_a_title_before_a_name_is_kept_on_the_mention(nlp):
    document = analyse_article(nlp, Article(text=TEXT, source="test", format="text"))
    lukaszenka = next(m for m in document.mentions if m.text.endswith("Łukaszenka"))
    assert lukaszenka.titles == ["prezydent Białorusi"]


def test_doc_ents_render_with_displacy(nlp):
    from spacy import displacy

    doc = nlp(TEXT)
    html = displacy.render(doc, style="ent", page=False)
    assert "Mińsku" in html and "LOC" in html


def _lemmas(nlp, text):
    return {e.text: e._.lemma for e in nlp(text).ents}


def test_a_nominative_unknown_to_the_dictionary_is_not_cut_like_an_oblique_case(nlp):
    # SGJP lacks "Łukaszenka"; the KB knows it as a base form, so the suffix rules leave it alone
    assert _lemmas(nlp, "Łukaszenka powiedział, że Białoruś nie odda suwerenności.")["Łukaszenka"] == "Łukaszenka"


def test_the_words_of_a_persons_name_agree_in_case(nlp):
    lemmas = _lemmas(nlp, "Zdaniem generała Wiesława Kukuły ćwiczenia były udane.")
    assert lemmas.get("Wiesława Kukuły") == "Wiesław Kukuła"


def test_an_adjective_before_its_noun_is_not_read_as_a_surname(nlp):
    lemmas = _lemmas(nlp, "Analitycy Polskiego Instytutu Spraw Międzynarodowych ocenili sytuację.")
    assert lemmas.get("Polskiego Instytutu Spraw Międzynarodowych") == "Polski Instytut Spraw Międzynarodowych"


def test_a_mixed_case_acronym_keeps_its_spelling(nlp):
    assert _lemmas(nlp, "Informację podała agencja BelTA.").get("BelTA") == "BelTA"


def test_a_nationality_is_not_linked_to_a_surname_that_shares_its_stem(nlp):
    # "Polka" and the general Roman Polko share a crude stem; the dictionary knows "Polka" as a common noun
    text = "Marta Krupińska, która jako jedyna Polka trafiła na listę, pochwaliła spotkanie z generałem Romanem Polko."
    document = analyse_article(nlp, Article(text=text, source="test", format="text"))
    polka = [m for m in document.mentions if m.text == "Polka"]
    assert all(m.entity != "polko" for m in polka)


def test_weapon_systems_and_exercises_come_from_the_knowledge_base(nlp):
    text = "Putin obiecał przekazać Iskandery Białorusi, a system S-400 trafił na ćwiczenia Zapad-2025."
    doc = nlp(text)
    found = {(m["text"], m["type"], m["entity"]) for m in doc._.mentions}
    assert ("Iskandery", "PRO", "iskander") in found   # the recogniser alone reads "Iskandery Białorusi" as one ORG
    assert ("S-400", "PRO", "s-400") in found
    assert ("Zapad-2025", "EVT", "zapad-2025") in found
    assert ("Białorusi", "LOC", "bialorus") in found   # what was left of the overlapped mention, a KB place
    assert not any(m["text"].startswith("Iskandery ") for m in doc._.mentions)


def test_a_weapon_name_needs_its_capital(nlp):
    doc = nlp("Zespół grał wczoraj utwory z płyty, a iskander to dla nich tylko słowo.")
    assert not any(m["type"] == "PRO" and m["text"].lower() == "iskander" for m in doc._.mentions)


def test_no_mention_crosses_a_sentence_boundary():
    import kronika

    doc = kronika.load()("Właściciel firmy z Białej Podlaskiej. Pekin zwrócił się do Warszawy o pomoc.")
    starts = [s.start_char for s in doc.sents]
    assert len(starts) == 2
    assert all(not (m["start"] < starts[1] < m["end"]) for m in doc._.mentions)
    assert "Pekin" in {m["text"] for m in doc._.mentions}


def test_a_city_the_recogniser_misses_at_the_start_of_a_sentence_is_found_in_the_knowledge_base(nlp):
    doc = nlp("Litwa zamknęła przejścia. Wilno wprowadziło stan nadzwyczajny. Reszta tekstu milczy.")
    assert [(m["text"], m["type"]) for m in doc._.mentions] == [("Litwa", "LOC"), ("Wilno", "LOC")]
    assert [m["entity"] for m in doc._.mentions if m["text"] == "Wilno"] == ["wilno"]


def test_a_place_and_the_subject_named_after_it_are_split_but_a_place_name_stays_whole(nlp):
    doc = nlp("W czwartek w Belgradzie Vučić oskarżył władze Kosowa. W Stanach Zjednoczonych trwa kampania.")
    found = [(m["text"], m["type"]) for m in doc._.mentions]
    assert ("Belgradzie", "LOC") in found and ("Vučić", "PER") in found
    assert ("Stanach Zjednoczonych", "LOC") in found


def test_a_one_word_kb_name_capitalised_inside_a_sentence_is_found(nlp):
    doc = nlp("W odpowiedzi na incydent Sojusz uruchomił operację. Komisja uznała działania Mińska za prowokację.")
    by_text = {m["text"]: m["entity"] for m in doc._.mentions}
    assert by_text.get("Sojusz") == "nato"
    assert by_text.get("Mińska") == "minsk"


def test_a_capitalised_kind_of_body_and_its_name_are_an_organisation(nlp):
    doc = nlp("Przedstawiciele Fundacji Ocalenie pojechali na granicę. Fundacja Ocalenie domaga się pomocy.")
    found = {(m["text"], m["type"], m["lemma"]) for m in doc._.mentions}
    assert {("Fundacji Ocalenie", "ORG", "Fundacja Ocalenie"), ("Fundacja Ocalenie", "ORG", "Fundacja Ocalenie")} <= found
    assert len({m["entity"] for m in doc._.mentions if "Ocalenie" in m["text"]}) == 1
