"""Named entities: SlavicNER loader, metrics (hand-computed cases), features, base forms, linking, tagger."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.entities.features import Gazetteer, bio_labels, decode_bio, segments, tokenize
from kronika.entities.slavicner import GoldMention, load
from kronika.eval.slavicner import bcubed, evaluate

TEXT = "Putin w Rosji\n\nWładimir Putin spotkał Unię Europejską."


def write_corpus(root: Path) -> None:
    (root / "raw" / "t1" / "pl").mkdir(parents=True)
    (root / "ner" / "t1" / "pl").mkdir(parents=True)
    (root / "raw" / "t1" / "pl" / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        "0\t5\tPutin\tPutin\tPER\tPER-Putin",
        "8\t13\tRosji\tRosja\tLOC\tGPE-Russia",
        "15\t29\tWładimir Putin\tWładimir Putin\tPER\tPER-Putin",
        "38\t53\tUnię Europejską\tUnia Europejska\tORG\tORG-EU",
    ]
    (root / "ner" / "t1" / "pl" / "a.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "raw" / "t1" / "pl" / "b.txt").write_text("Bez nazw.", encoding="utf-8")
    (root / "ner" / "t1" / "pl" / "b.txt.tsv").write_text("", encoding="utf-8")


def test_loader_reads_layout_and_checks_offsets(tmp_path):
    write_corpus(tmp_path)
    docs = load(tmp_path)
    assert [d.name for d in docs] == ["a", "b"]
    a = docs[0]
    assert a.id == "t1/pl/a" and a.problems == []
    assert [m.surface for m in a.mentions] == ["Putin", "Rosji", "Władimir Putin", "Unię Europejską"]
    for m in a.mentions:
        assert a.text[m.start:m.end] == m.surface
    assert a.mentions[1].lemma == "Rosja" and a.mentions[1].entity == "GPE-Russia"
    assert docs[1].mentions == []


def test_loader_repairs_shifted_offsets(tmp_path):
    write_corpus(tmp_path)
    (tmp_path / "ner" / "t1" / "pl" / "a.tsv").write_text("9\t14\tRosji\tRosja\tLOC\tGPE-Russia\n", encoding="utf-8")
    doc = load(tmp_path)[0]
    assert (doc.mentions[0].start, doc.mentions[0].end) == (8, 13)
    assert doc.problems and "moved" in doc.problems[0]


def test_bcubed_hand_computed():
    # gold clusters {1,2,3} {4}; predicted {1,2} {3,4}
    pairs = [("A", "x"), ("A", "x"), ("A", "y"), ("B", "y")]
    r = bcubed(pairs)
    # precision: items 1,2: 2/2; item 3: 1/2; item 4: 1/2 → (1+1+.5+.5)/4 = .75
    # recall: items 1,2: 2/3; item 3: 1/3; item 4: 1/1 → (2/3+2/3+1/3+1)/4 = 2/3
    assert r["p"] == pytest.approx(0.75)
    assert r["r"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_evaluate_hand_computed():
    gold = [{"id": "d1", "mentions": [
        {"start": 0, "end": 5, "type": "PER", "lemma": "Putin", "entity": "P"},
        {"start": 8, "end": 13, "type": "LOC", "lemma": "Rosja", "entity": "R"},
        {"start": 15, "end": 29, "type": "PER", "lemma": "Władimir Putin", "entity": "P"},
    ]}, {"id": "d2", "mentions": [
        {"start": 0, "end": 5, "type": "ORG", "lemma": "Unia", "entity": "U"},
    ]}]
    pred = [{"mentions": [
        {"start": 0, "end": 5, "type": "PER", "lemma": "Putin", "entity": "e1"},
        {"start": 8, "end": 13, "type": "ORG", "lemma": "Rosja", "entity": "e2"},   # wrong type
        {"start": 15, "end": 29, "type": "PER", "lemma": "Władimir Putina", "entity": "e3"},
        {"start": 30, "end": 35, "type": "LOC", "lemma": "X", "entity": "e4"},     # spurious
    ], "entities": [{"id": "e1", "kb": "Q7747"}, {"id": "e3", "kb": "Q7747"}]},
        {"mentions": [{"start": 0, "end": 5, "type": "ORG", "lemma": "Unia", "entity": "Q7747"}]}]
    r = evaluate(gold, pred)
    assert (r["overall"]["tp"], r["overall"]["pred"], r["overall"]["gold"]) == (3, 5, 4)
    assert r["overall"]["p"] == pytest.approx(3 / 5)
    assert r["overall"]["r"] == pytest.approx(3 / 4)
    assert r["per_type"]["PER"]["f1"] == pytest.approx(1.0)
    assert r["per_type"]["LOC"]["tp"] == 0 and r["per_type"]["ORG"]["pred"] == 2
    assert r["lemma_accuracy"] == pytest.approx(2 / 3)
    # matched: P(e1→Q7747), P(e3→Q7747), U(Q7747, other document): one predicted cluster of 3
    # precision (2/3+2/3+1/3)/3 = 5/9, recall 1
    assert r["bcubed"]["p"] == pytest.approx(5 / 9)
    assert r["bcubed"]["r"] == pytest.approx(1.0)


def test_tokenize_offsets_and_bio_roundtrip():
    tokens = tokenize(TEXT)
    assert all(TEXT[s:e] == t for s, e, t in tokens)
    gold = [GoldMention(15, 29, "Władimir Putin", "Władimir Putin", "PER", "P"),
            GoldMention(38, 53, "Unię Europejską", "Unia Europejska", "ORG", "U")]
    labels = bio_labels(tokens, gold)
    spans = decode_bio(tokens, labels)
    assert [(s, e, t) for s, e, t, _, _ in spans] == [(15, 29, "PER"), (38, 53, "ORG")]
    assert segments(TEXT, tokens)[0] == (0, 3)  # the title line is a sequence of its own


def test_gazetteer_matches_inflected_forms():
    gaz = Gazetteer()
    gaz.add("Unia Europejska", "ORG")
    gaz.add("Unia Europejska", "ORG")
    feats = gaz.tag(["w", "Unii", "Europejskiej", "."])
    assert "gzs=B-ORG" in feats[1] and "gzs=I-ORG" in feats[2]
    assert Gazetteer.from_json(gaz.to_json()).tag(["Unia", "Europejska"])[0][0] == "gz=B-ORG"


@pytest.mark.parametrize("surface,type_,lemma", [
    ("Rosji", "LOC", "Rosja"),
    ("Departamentu Obrony", "ORG", "Departament Obrony"),
    ("Parlamencie Europejskim", "ORG", "Parlament Europejski"),
    ("Morza Bałtyckiego", "LOC", "Morze Bałtyckie"),
    ("Wielkiej Brytanii", "LOC", "Wielka Brytania"),
    ("Niemczech", "LOC", "Niemcy"),
    ("Władimira Putina", "PER", "Władimir Putin"),
    ("BASF-Wintershall", "ORG", "BASF-Wintershall"),
    ("PiS-u", "ORG", "PiS"),
])
def test_base_forms_from_the_dictionary(surface, type_, lemma):
    from kronika.entities.lemmas import Lemmatizer

    assert Lemmatizer().lemma(None, type_, surface) == lemma


def test_base_forms_learned_from_pairs():
    from kronika.entities.lemmas import Lemmatizer
    from kronika.entities.slavicner import SlavicDoc

    pairs = [("Alaksandra Łukaszenki", "Alaksandr Łukaszenka"), ("Łukaszenki", "Łukaszenka"),
             ("Gazpromu", "Gazprom"), ("Seiberta", "Seibert"), ("Greifswaldu", "Greifswald"),
             ("Hakima", "Hakim"), ("Uniperu", "Uniper")]
    docs = [SlavicDoc("t", "pl", "d", "", [GoldMention(0, len(s), s, l, "PER", "x") for s, l in pairs])]
    lem = Lemmatizer.train(docs)
    assert lem.lemma(None, "PER", "Alaksandra Łukaszenki") == "Alaksandr Łukaszenka"
    # another case of the same name: SGJP says Łukaszenko, the corpus says Łukaszenka
    assert lem.lemma(None, "PER", "Łukaszenką") == "Łukaszenka"
    # a word the dictionary lacks, by suffix rule, helped by the document using the base form
    assert lem.lemma(None, "PER", "Nordpromu", {"Nordprom"}) == "Nordprom"


def test_linker_within_document():
    from kronika.entities.linking import Linker, link_collection

    mentions = [{"type": "PER", "lemma": "Putin"}, {"type": "PER", "lemma": "Władimir Putin"},
                {"type": "ORG", "lemma": "UE"}, {"type": "ORG", "lemma": "Unia Europejska"},
                {"type": "LOC", "lemma": "Rosja"}]
    entities = Linker().link(mentions)
    assert mentions[0]["entity"] == mentions[1]["entity"]
    assert mentions[2]["entity"] == mentions[3]["entity"]
    assert len(entities) == 3
    other = [{"type": "PER", "lemma": "Putin"}]
    docs = [{"mentions": mentions, "entities": entities},
            {"mentions": other, "entities": Linker().link(other)}]
    link_collection(docs)
    assert other[0]["entity"] == mentions[1]["entity"]


def tiny_model(tmp_path: Path) -> Path:
    """A CRF trained in seconds on a handful of sentences: enough to test the machinery."""
    import json

    import pycrfsuite

    from kronika.entities.features import beginnings, sequence_features

    sentences = [
        ("Władimir Putin przyjechał do Warszawy .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ("Premier Donald Tusk rozmawiał z Putinem .", ["O", "B-PER", "I-PER", "O", "O", "B-PER", "O"]),
        ("Spotkanie odbyło się w Berlinie .", ["O", "O", "O", "O", "B-LOC", "O"]),
        ("Gazprom buduje gazociąg do Niemiec .", ["B-ORG", "O", "O", "O", "B-LOC", "O"]),
        ("Angela Merkel mieszka w Berlinie .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    ] * 3
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in sentences:
        words = text.split()
        trainer.append(sequence_features(words, beginnings(words), None, True), labels)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(tmp_path / "crf.model"))
    (tmp_path / "config.json").write_text(json.dumps({"use_morph": True, "use_gazetteer": False}))
    return tmp_path


def test_tagger_on_polish_sentences(tmp_path):
    from kronika.entities.tagger import DEFAULT_MODEL, EntityRecognizer

    path = DEFAULT_MODEL if (DEFAULT_MODEL / "crf.model").exists() else tiny_model(tmp_path)
    rec = EntityRecognizer.load(path)
    text = "Władimir Putin przyjechał do Warszawy. Angela Merkel mieszka w Berlinie."
    doc = rec.annotate(text)
    found = {(m["text"], m["type"]) for m in doc["mentions"]}
    assert ("Władimir Putin", "PER") in found
    assert ("Warszawy", "LOC") in found
    assert ("Berlinie", "LOC") in found
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["entity"] in {e["id"] for e in doc["entities"]}
    # any tokenizer's tokens plug in: here whitespace tokens with offsets
    import re

    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert rec.mentions(text, tokens)[0]["type"] == "PER"


def test_perceptron_alternative_learns_and_roundtrips(tmp_path):
    from kronika.entities.features import beginnings, sequence_features
    from kronika.entities.perceptron import Perceptron

    sentences = [("Władimir Putin przyjechał do Warszawy .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
                 ("Gazprom buduje gazociąg do Niemiec .", ["B-ORG", "O", "O", "O", "B-LOC", "O"])] * 3
    data = [(sequence_features(t.split(), beginnings(t.split())), y) for t, y in sentences]
    model = Perceptron.train(data, epochs=3, min_count=1, log=lambda s: None)
    model.save(tmp_path / "perceptron")
    loaded = Perceptron.load(tmp_path / "perceptron")
    assert loaded.tag(data[0][0]) == sentences[0][1]
    assert loaded.tag(data[1][0]) == sentences[1][1]


def test_eval_main_runs_a_predictor_over_raw_files(tmp_path, capsys):
    from kronika.eval.slavicner import main

    write_corpus(tmp_path)

    def predictor(text, doc_id):  # finds only "Rosji"
        i = text.find("Rosji")
        mentions = [{"start": i, "end": i + 5, "type": "LOC", "lemma": "Rosja", "entity": "LOC:rosj"}] if i >= 0 else []
        return {"id": doc_id, "mentions": mentions, "entities": []}

    result = main(tmp_path, "pl", predictor=predictor)
    assert result["overall"]["tp"] == 1 and result["overall"]["gold"] == 4
    assert result["lemma_accuracy"] == 1.0
    assert "LOC" in capsys.readouterr().out


def test_compiled_crf_decodes_like_crfsuite(tmp_path):
    from kronika.entities.features import tokenize
    from kronika.entities.tagger import EntityRecognizer

    rec = EntityRecognizer.load(tiny_model(tmp_path))
    assert rec.compiled is not None
    texts = ["Władimir Putin przyjechał do Warszawy.", "Gazprom buduje gazociąg do Niemiec, mówi Angela Merkel.",
             "W Berlinie premier Donald Tusk rozmawiał z Putinem."]
    for text in texts:
        tokens = tokenize(text)
        fast = rec.tag_tokens(text, tokens)
        compiled, rec.compiled = rec.compiled, None
        slow = rec.tag_tokens(text, tokens)
        rec.compiled = compiled
        assert fast == slow
