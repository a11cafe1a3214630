"""analyse_article(s): Article in, Document with sentences and tokens out."""

import hashlib

import pytest

from kronika.analyse.convert import analyse_article, analyse_articles
from kronika.analyse.pipeline import build_nlp
from kronika.document import Document
from kronika.ingest.article import Article

TEXT = (
    "Łukaszenka dziękuje Putinowi\n\n"
    "W Mińsku zakończyła się oficjalna część spotkania. Rosja i Białoruś mają w piątek podpisać pakt.\n"
    "– Nie nazwałbym tego przełomem – mówi analityk OSW ds. Białorusi Kamil Kłysiński."
)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def test_polish_article(nlp):
    article = Article(text=TEXT, source="seed.txt", format="text", title="T", date="2022-12", outlet="X", url="https://x.pl/a")
    doc = analyse_article(nlp, article)
    assert isinstance(doc, Document)
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert doc.content_hash == digest and doc.id == digest[:16]
    assert (doc.source, doc.title, doc.date, doc.lang, doc.url, doc.outlet) == ("seed.txt", "T", "2022-12", "pl", "https://x.pl/a", "X")
    assert [TEXT[s.start : s.end] for s in doc.sentences] == [
        "Łukaszenka dziękuje Putinowi",
        "W Mińsku zakończyła się oficjalna część spotkania.",
        "Rosja i Białoruś mają w piątek podpisać pakt.",
        "– Nie nazwałbym tego przełomem – mówi analityk OSW ds. Białorusi Kamil Kłysiński.",
    ]
    for t in doc.tokens:
        assert TEXT[t.start : t.end] == t.text and t.text.strip() == t.text and t.text
        assert t.space_after == (t.end < len(TEXT) and TEXT[t.end].isspace())
    assert all(t.tag and t.lemma and t.pos for t in doc.tokens)
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["Putinowi"].lemma == "Putin" and by_text["Putinowi"].pos == "PROPN"
    assert by_text["dziękuje"].pos == "VERB" and by_text["dziękuje"].tag.startswith("fin:sg:ter")
    assert by_text["ds."].lemma == "do_spraw"
    Document.model_validate(doc.model_dump())  # round-trips through the schema


def test_article_id_is_kept(nlp):
    doc = analyse_article(nlp, Article(text="Ala ma kota.", source="a", format="text", id="abc"))
    assert doc.id == "abc"


def test_foreign_article_gets_sentences_but_no_tokens(nlp):
    text = "Борис Джонсон заявил. Brexit is done!"
    doc = analyse_article(nlp, Article(text=text, source="b", format="text", lang="ru"))
    assert doc.lang == "ru" and doc.tokens == []
    assert [text[s.start : s.end] for s in doc.sentences] == ["Борис Джонсон заявил.", "Brexit is done!"]


def test_batches_keep_order(nlp):
    articles = [
        Article(text=f"Zdanie numer {k}.", source=str(k), format="text", lang=("en" if k % 3 == 0 else "pl"))
        for k in range(10)
    ]
    docs = list(analyse_articles(nlp, articles, batch_size=4))
    assert [d.source for d in docs] == [str(k) for k in range(10)]
    assert [bool(d.tokens) for d in docs] == [k % 3 != 0 for k in range(10)]


def test_empty_text(nlp):
    doc = analyse_article(nlp, Article(text="", source="e", format="text"))
    assert doc.tokens == [] and doc.sentences == []


def test_kronika_load_gives_a_spacy_language():
    import kronika
    from spacy.language import Language

    nlp = kronika.load()
    assert isinstance(nlp, Language)
    assert nlp.pipe_names == ["kronika_sentences", "kronika_morphology", "kronika_entities", "kronika_quotes",
                              "kronika_time", "kronika_events"]
    doc = nlp("Putin spotkał się z Łukaszenką w Mińsku.")
    assert [t.lemma_ for t in doc][:2] == ["Putin", "spotkać"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Putin", "PER"), ("Łukaszenką", "PER"), ("Mińsku", "LOC")]
    assert doc.ents[2]._.lemma == "Mińsk"
