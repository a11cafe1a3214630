"""The morphology component: candidates from Morfeusz, one lemma + tag in context, UPOS, extensions."""

import pytest
from spacy.tokens import Doc

from kronika.analyse.morphology import DEFAULT_MODEL, MorphTagger, _Context, _State, context_key, key_candidates
from kronika.analyse.pipeline import build_nlp
from kronika.analyse.tagset import default_upos, expand, ud_feats

needs_model = pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="no trained model file")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def analysed(nlp, text):
    return {t.text: t for t in nlp(text)}


@needs_model
def test_context_cases(nlp):
    toks = analysed(nlp, "Putin obiecał przekazać Białorusi taktyczne systemy rakietowe Iskander-M.")
    assert toks["systemy"].lemma_ == "system" and toks["systemy"].tag_.startswith("subst:pl:acc:m3")
    assert toks["rakietowe"].lemma_ == "rakietowy" and toks["rakietowe"].tag_ == "adj:pl:acc:m3:pos"
    assert toks["Putin"].pos_ == "PROPN" and toks["obiecał"].tag_ == "praet:sg:m1:perf"
    assert toks["Iskander-M"].pos_ == "PROPN" and toks["Iskander-M"].lemma_ == "Iskander-M"


@needs_model
def test_names_and_homonym_markers(nlp):
    toks = analysed(nlp, "Rosyjski przywódca rozmawiał z Łukaszenką o spotkaniu Putina i Łukaszenki w Mińsku.")
    assert toks["Putina"].lemma_ == "Putin" and toks["Putina"].tag_ == "subst:sg:gen:m1"
    assert toks["Łukaszenki"].lemma_ == "Łukaszenko" and toks["Łukaszenki"].tag_ == "subst:sg:gen:m1"
    assert toks["Łukaszenką"].lemma_ == "Łukaszenko" and toks["Łukaszenką"]._.lemma_id == "Łukaszenko:Sm1"
    assert "nazwisko" in toks["Łukaszenki"]._.name_classes
    assert "nazwa_geograficzna" in toks["Mińsku"]._.name_classes
    assert toks["Mińsku"].lemma_ == "Mińsk" and toks["Mińsku"].tag_ == "subst:sg:loc:m3"
    assert toks["o"].tag_ == "prep:loc"
    assert any(a[1].startswith("depr") for a in toks["Łukaszenki"]._.analyses)


@needs_model
def test_case_after_preposition(nlp):
    toks = analysed(nlp, "Żołnierze trafili na Białoruś, a szkolenie trwa na Białorusi.")
    assert toks["Białoruś"].tag_ == "subst:sg:acc:f"
    assert toks["Białorusi"].tag_ == "subst:sg:loc:f"


def test_unknown_words_look_like_names(nlp):
    toks = analysed(nlp, "Zapowiedział to generał Hennadij Łepeszko.")
    assert toks["Łepeszko"].pos_ == "PROPN"
    assert toks["Łepeszko"].lemma_ == "Łepeszko"


def test_abbreviations_and_numbers(nlp):
    toks = analysed(nlp, "Ekspert OSW ds. Białorusi mówił m.in. o 12 000 żołnierzy w 2022 r.")
    assert toks["ds."].lemma_ == "do_spraw" and toks["ds."].tag_ == "brev:pun"
    assert toks["m.in."].lemma_ == "między_innymi"
    assert toks["r."].lemma_ == "rok"
    assert toks["12 000"].lemma_ == "12 000"


def test_composite_tokens(nlp):
    toks = analysed(nlp, "Nie nazwałbym tego przełomem, bo szczyt polsko-rosyjski się nie udał.")
    assert toks["nazwałbym"].lemma_ == "nazwać" and toks["nazwałbym"].tag_.startswith("praet:sg:m1")
    assert toks["polsko-rosyjski"].lemma_ == "polsko-rosyjski" and toks["polsko-rosyjski"].tag_.startswith("adj:sg:nom:m3")


def test_every_token_is_analysed(nlp):
    text = "W Mińsku zakończyła się część spotkania.\n\n– Dziś oddaliśmy system S-400 – powiedział."
    doc = nlp(text)
    for t in doc:
        assert t.lemma_ and t.tag_ and t.pos_
        if t.is_space:
            assert t.pos_ == "SPACE"
    assert str(doc[1].morph) == "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing"


def test_gold_tokenisation_glue(nlp):
    # UD-style words: "miał" + "em", "zrobił" + "by" + "m", "r" + "."
    doc = Doc(nlp.vocab, words=["Miał", "em", "rok", "temu", "w", "2001", "r", "."], spaces=[False, True, True, True, True, True, False, False])
    doc = nlp.get_pipe("kronika_morphology")(doc)
    assert doc[1].tag_.startswith("aglt") and doc[1].lemma_ == "być"
    assert doc[6].tag_ == "brev:pun" and doc[6].lemma_ == "rok"


def test_context_keys():
    words = ["Zrobił", "by", "m", "to", "biało", "-", "czerwone", "w", "2022", "r", "."]
    spaces = [False, False, True, True, False, False, True, True, True, False, True]
    assert context_key(words, spaces, 1) == ("L", "by", "Zrobił")
    assert context_key(words, spaces, 4) == ("H", "biało", "czerwone")
    assert context_key(words, spaces, 9) == ("D", "r")
    assert context_key(["r."], [True], 0) == ("D", "r")
    assert any(c.tag == "adja" and c.lemma == "biały" for c in key_candidates(("H", "biało", "czerwone")))


def test_tagset_helpers():
    assert expand("adj:sg:nom.voc:n:pos") == ("adj:sg:nom:n:pos", "adj:sg:voc:n:pos")
    assert default_upos("subst:sg:nom:f", "Rosja") == "PROPN"
    assert default_upos("subst:sg:nom:f", "wojna") == "NOUN"
    assert default_upos("ign", "OSW", "OSW") == "PROPN"
    assert ud_feats("subst:sg:gen:m1") == "Animacy=Hum|Case=Gen|Gender=Masc|Number=Sing"


def test_modes_without_model():
    tagger = MorphTagger.load("/nonexistent/model.json.gz")
    assert tagger.mode == "first"
    cands, upos = tagger.choose(["Putina"], [False])
    assert cands[0].lemma == "Putin" and upos == ["PROPN"]


@needs_model
def test_fast_scoring_matches_the_feature_list():
    """The inlined scoring loop in decode() must give the same choice as the explicit features."""
    tagger = MorphTagger.load()
    words = "Dwa kolejne ośrodki powstaną w Rosji , a pierwszy będzie blisko granicy z Polską .".split()
    spaces = [True] * len(words)
    infos = tagger.infos(words, spaces)
    chosen, _ = tagger._decode_pass(infos, None, None, None, None)
    st = _State()
    for i, info in enumerate(infos):
        if len(info.cands) > 1:
            ctx = _Context(infos, i, st)
            best = max(info.cands, key=lambda c: tagger.score(c, ctx))
            assert best is chosen[i], words[i]
        st.advance(chosen[i], info.word)
