"""Quotations, speakers, source attributions and disagreements (`kronika_quotes`, issue #4).

Every example is a short Polish text written for these tests. Expected spans are computed from
the text with `str.index`, never typed in as numbers, and speakers are compared through the
names of the document's entities, so that the tests check what the component finds rather than
how its ids happen to be spelled.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.eval import quotes as quotes_eval

HEADLINE = "Rozmowy w Mińsku\n"  # a first line, so the example paragraph is not taken for a headline


@pytest.fixture(scope="module")
def nlp():
    import kronika

    return kronika.load()  # slow: once per module


def analyse(nlp, text: str, date: str | None = None):
    """The doc as `kronika extract` builds it: the article's date travels in user_data."""
    doc = nlp.make_doc(text)
    if date is not None:
        doc.user_data["kronika_date"] = date
    return nlp(doc)


def span_of(text: str, part: str, after: str | None = None) -> tuple[int, int]:
    """[start, end) of `part` in `text` (its first occurrence after `after`, when given)."""
    start = text.index(part, text.index(after) + len(after) if after else 0)
    return start, start + len(part)


def content(doc, quote: dict) -> str:
    return doc.text[quote["start"]:quote["end"]]


def quotes_with(doc, part: str, kind: str | None = None) -> list[dict]:
    return [q for q in doc._.quotes if part in content(doc, q) and (kind is None or q["kind"] == kind)]


def quote_with(doc, part: str, kind: str | None = None) -> dict:
    """The one quotation (of `kind`) whose content contains `part`."""
    found = quotes_with(doc, part, kind)
    assert len(found) == 1, [(content(doc, q), q["kind"]) for q in doc._.quotes]
    return found[0]


def entity_id(doc, name: str) -> str:
    """The id of the document's one entity called `name` (its base form, as the KB gives it)."""
    ids = [e["id"] for e in doc._.entities or [] if e["name"] == name]
    assert len(ids) == 1, [(e["id"], e["name"]) for e in doc._.entities or []]
    return ids[0]


def assert_quote(doc, part: str, kind: str, speaker: str | None, speaker_text: str | None, cue: str | None):
    """A quotation whose content is exactly `part`, said by the entity named `speaker` (None: unnamed)."""
    quote = quote_with(doc, part, kind)
    assert (quote["start"], quote["end"]) == span_of(doc.text, part), content(doc, quote)
    assert quote["speaker"] == (entity_id(doc, speaker) if speaker else None)
    assert quote["speaker_text"] == speaker_text
    assert quote["cue"] == cue
    return quote


def assert_only_quote(doc, part: str, kind: str, speaker: str | None, speaker_text: str | None, cue: str | None):
    """`assert_quote`, and the text holds no other quotation."""
    assert_quote(doc, part, kind, speaker, speaker_text, cue)
    assert len(doc._.quotes) == 1, [(content(doc, q), q["kind"]) for q in doc._.quotes]


# -- 1. "– … – powiedział X" ---------------------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, cue", [
    ("– Rosja nie zamierza wycofać swoich wojsk z Białorusi – powiedział Siergiej Ławrow.",
     "Rosja nie zamierza wycofać swoich wojsk z Białorusi", "Siergiej Ławrow", "Siergiej Ławrow", "powiedział"),
    # several sentences are one quotation; the attribution may go on after the name
    ("– Sankcje nie działają. Nasza gospodarka rośnie – przekonywał Alaksandr Łukaszenka podczas spotkania "
     "z robotnikami.", "Sankcje nie działają. Nasza gospodarka rośnie", "Alaksandr Łukaszenka",
     "Alaksandr Łukaszenka", "przekonywał"),
    # the title before the name is part of how the text designates the speaker
    ("– Mińsk nie ma już pola manewru – mówi analityk OSW Kamil Kłysiński.", "Mińsk nie ma już pola manewru",
     "Kamil Kłysiński", "analityk OSW Kamil Kłysiński", "mówi"),
])
def test_dash_paragraph_closed_by_the_attribution(nlp, text, said, speaker, speaker_text, cue):
    doc = analyse(nlp, HEADLINE + text)
    assert_quote(doc, said, "direct", speaker, speaker_text, cue)
    assert len(doc._.quotes) == 1  # the attribution clause is not a quotation of its own


# -- 2. "X powiedział: – …", "X: „…”" ----------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, cue", [
    ("Siergiej Ławrow powiedział: – Rosja nie zamierza wycofać wojsk z Białorusi.",
     "Rosja nie zamierza wycofać wojsk z Białorusi.", "Siergiej Ławrow", "Siergiej Ławrow", "powiedział"),
    ("Aleksander Łukaszenka: „Białoruś nie weźmie udziału w wojnie”.", "Białoruś nie weźmie udziału w wojnie",
     "Alaksandr Łukaszenka", "Aleksander Łukaszenka", None),
    ("Szef rosyjskiej dyplomacji Siergiej Ławrow powiedział dziennikarzom: „Nasze wojska zostaną na Białorusi "
     "tak długo, jak będzie trzeba”.", "Nasze wojska zostaną na Białorusi tak długo, jak będzie trzeba",
     "Siergiej Ławrow", "Szef rosyjskiej dyplomacji Siergiej Ławrow", "powiedział"),
])
def test_speaker_first_then_colon_and_the_quotation(nlp, text, said, speaker, speaker_text, cue):
    doc = analyse(nlp, HEADLINE + text)
    assert_quote(doc, said, "direct", speaker, speaker_text, cue)
    assert len(doc._.quotes) == 1


# -- 3. an aside between dashes does not end the quotation ---------------------------------------

@pytest.mark.parametrize("text, said, speaker, cue", [
    ("– Od 2022 roku – kiedy zaczęła się wojna – współpraca z Moskwą tylko się zacieśnia – powiedział "
     "Alaksandr Łukaszenka.", "Od 2022 roku – kiedy zaczęła się wojna – współpraca z Moskwą tylko się zacieśnia",
     "Alaksandr Łukaszenka", "powiedział"),
    # an infinitive speech verb in the aside is not an attribution
    ("– Nasza armia – to trzeba jasno podkreślić – jest gotowa do obrony kraju – mówił Wiktar Chrenin.",
     "Nasza armia – to trzeba jasno podkreślić – jest gotowa do obrony kraju", "Wiktar Chrenin", "mówił"),
    # nor is one in the first person
    ("– Rosja – jak wielokrotnie podkreślaliśmy – nie jest stroną konfliktu – powiedziała Maria Zacharowa.",
     "Rosja – jak wielokrotnie podkreślaliśmy – nie jest stroną konfliktu", "Maria Zacharowa", "powiedziała"),
])
def test_dash_aside_inside_a_quotation(nlp, text, said, speaker, cue):
    doc = analyse(nlp, HEADLINE + text)
    assert_quote(doc, said, "direct", speaker, speaker, cue)
    assert len(doc._.quotes) == 1


# -- 4. quote marks inside a sentence ------------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, cue", [
    ("Minister obrony Białorusi Wiktar Chrenin zapowiedział „ścisłą koordynację działań z rosyjskimi "
     "sojusznikami”.", "ścisłą koordynację działań z rosyjskimi sojusznikami", "Wiktar Chrenin",
     "Minister obrony Białorusi Wiktar Chrenin", "zapowiedział"),
    ("Dmitrij Pieskow mówił w piątek o «nowym etapie współpracy wojskowej» z Mińskiem.",
     "nowym etapie współpracy wojskowej", "Dmitrij Pieskow", "Dmitrij Pieskow", "mówił"),
])
def test_quote_marks_inside_a_sentence(nlp, text, said, speaker, speaker_text, cue):
    assert_only_quote(analyse(nlp, text), said, "direct", speaker, speaker_text, cue)


def test_short_quoted_phrase_inside_reported_speech(nlp):
    text = "Dmitrij Pieskow powiedział, że będzie to „przełomowa umowa” dla obu krajów."
    doc = analyse(nlp, text)
    # the że-clause is indirect speech, the two quoted words in it are his own words as well
    assert_quote(doc, "będzie to „przełomowa umowa” dla obu krajów", "indirect", "Dmitrij Pieskow",
                 "Dmitrij Pieskow", "powiedział")
    assert_quote(doc, "przełomowa umowa", "direct", "Dmitrij Pieskow", "Dmitrij Pieskow", "powiedział")
    assert len(doc._.quotes) == 2


# -- 5. headlines --------------------------------------------------------------------------------

def test_quoted_headline_after_a_name(nlp):
    text = "Łukaszenka: „Nie oddamy ani centymetra naszej ziemi”\nPrezydent Białorusi przemawiał w czwartek w Grodnie."
    doc = analyse(nlp, text)
    assert_quote(doc, "Nie oddamy ani centymetra naszej ziemi", "direct", "Alaksandr Łukaszenka", "Łukaszenka", None)


def test_verbless_headline_quote_takes_the_speaker_who_says_it_in_the_article(nlp):
    text = ("„Nie oddamy ani centymetra naszej ziemi”\n"
            "Prezydent Białorusi Alaksandr Łukaszenka przemawiał w czwartek w Grodnie. "
            "– Nie oddamy ani centymetra naszej ziemi – powiedział.")
    doc = analyse(nlp, text)
    headline, body = sorted(quotes_with(doc, "Nie oddamy"), key=lambda q: q["start"])
    assert (headline["start"], headline["end"]) == span_of(text, "Nie oddamy ani centymetra naszej ziemi")
    assert (body["start"], body["end"]) == span_of(text, "Nie oddamy ani centymetra naszej ziemi", after="Grodnie")
    lukaszenka = entity_id(doc, "Alaksandr Łukaszenka")
    assert (headline["kind"], headline["speaker"], headline["cue"]) == ("direct", lukaszenka, None)
    assert (body["kind"], body["speaker"], body["cue"]) == ("direct", lukaszenka, "powiedział")


def test_unquoted_headline_after_a_name_is_the_newsroom_paraphrase(nlp):
    text = "Ławrow: Zachód prowadzi wojnę hybrydową\nRosyjski minister wystąpił w Moskwie na konferencji prasowej."
    doc = analyse(nlp, text)
    assert_quote(doc, "Zachód prowadzi wojnę hybrydową", "indirect", "Siergiej Ławrow", "Ławrow", None)
    assert len(doc._.quotes) == 1


# -- 6. "X powiedział, że …" --------------------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, cue", [
    ("Siergiej Szojgu powiedział, że rosyjskie wojska pozostaną na Białorusi do końca ćwiczeń.",
     "rosyjskie wojska pozostaną na Białorusi do końca ćwiczeń", "Siergiej Szojgu", "powiedział"),
    ("Władimir Putin zapowiedział, że Rosja rozmieści na Białorusi broń jądrową.",
     "Rosja rozmieści na Białorusi broń jądrową", "Władimir Putin", "zapowiedział"),
    ("Wołodymyr Zełenski podkreślił, że Ukraina nie zgodzi się na żadne ustępstwa terytorialne.",
     "Ukraina nie zgodzi się na żadne ustępstwa terytorialne", "Wołodymyr Zełenski", "podkreślił"),
])
def test_that_clause_is_indirect_speech(nlp, text, said, speaker, cue):
    doc = analyse(nlp, text)
    assert_quote(doc, said, "indirect", speaker, speaker, cue)
    assert len(doc._.quotes) == 1


# -- 7. "zdaniem X", "według X", "w ocenie X" ---------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, cue", [
    ("Zdaniem analityka OSW Kamila Kłysińskiego, Łukaszenka gra na czas.", "Łukaszenka gra na czas",
     "Kamil Kłysiński", "analityka OSW Kamila Kłysińskiego", "Zdaniem"),
    ("Według Dmitrija Pieskowa, rozmowy z Kijowem są obecnie niemożliwe.", "rozmowy z Kijowem są obecnie niemożliwe",
     "Dmitrij Pieskow", "Dmitrija Pieskowa", "Według"),
    ("W ocenie Andrzeja Dudy, sankcje wobec Białorusi powinny zostać zaostrzone.",
     "sankcje wobec Białorusi powinny zostać zaostrzone", "Andrzej Duda", "Andrzeja Dudy", "W ocenie"),
    # "według" an outlet: a reported fact is that outlet's indirect speech
    ("Według agencji Reutera w ćwiczeniach bierze udział kilkanaście tysięcy żołnierzy.",
     "w ćwiczeniach bierze udział kilkanaście tysięcy żołnierzy", "Reuters", "agencji Reutera", "Według"),
])
def test_opinion_phrases(nlp, text, said, speaker, speaker_text, cue):
    assert_only_quote(analyse(nlp, text), said, "indirect", speaker, speaker_text, cue)


def test_according_to_a_plan_is_not_an_opinion(nlp):
    doc = analyse(nlp, "Według planu ćwiczenia potrwają do końca września.")
    assert doc._.quotes == []


# -- 8. unnamed speakers -------------------------------------------------------------------------

@pytest.mark.parametrize("text, said, kind, speaker_text, cue", [
    ("Niezależni komentatorzy uważają, że referendum było sfałszowane.", "referendum było sfałszowane",
     "indirect", "Niezależni komentatorzy", "uważają"),
    ("Eksperci podkreślają, że białoruska gospodarka jest w coraz gorszej kondycji.",
     "białoruska gospodarka jest w coraz gorszej kondycji", "indirect", "Eksperci", "podkreślają"),
    ("Zdaniem ekspertów, Moskwa nie ma już rezerw na dłuższą ofensywę.",
     "Moskwa nie ma już rezerw na dłuższą ofensywę", "indirect", "ekspertów", "Zdaniem"),
    ("– Sytuacja na granicy jest coraz trudniejsza – mówią niezależni komentatorzy.",
     "Sytuacja na granicy jest coraz trudniejsza", "direct", "niezależni komentatorzy", "mówią"),
])
def test_unnamed_speakers_are_nobody_in_particular(nlp, text, said, kind, speaker_text, cue):
    doc = analyse(nlp, HEADLINE + text)
    assert_quote(doc, said, kind, None, speaker_text, cue)


def test_unnamed_speakers_are_not_forced_onto_the_person_named_before(nlp):
    text = "Łukaszenka zapewniał, że Białoruś jest neutralna. Niezależni komentatorzy uważają, że referendum było sfałszowane."
    doc = analyse(nlp, text)
    assert_quote(doc, "Białoruś jest neutralna", "indirect", "Alaksandr Łukaszenka", "Łukaszenka", "zapewniał")
    assert_quote(doc, "referendum było sfałszowane", "indirect", None, "Niezależni komentatorzy", "uważają")


# -- 9. the subject left out: the previous speaker said it -------------------------------------

@pytest.mark.parametrize("between", [" ", "\n"])  # same paragraph, next paragraph
def test_left_out_subject_is_the_previous_speaker(nlp, between):
    text = ("Siergiej Szojgu powiedział, że wojska pozostaną na Białorusi do końca ćwiczeń." + between
            + "Następnie dodał, że Mińsk otrzyma nowe systemy obrony powietrznej.")
    doc = analyse(nlp, text)
    assert_quote(doc, "wojska pozostaną na Białorusi do końca ćwiczeń", "indirect", "Siergiej Szojgu",
                 "Siergiej Szojgu", "powiedział")
    assert_quote(doc, "Mińsk otrzyma nowe systemy obrony powietrznej", "indirect", "Siergiej Szojgu", None, "dodał")


def test_dash_quotation_closed_by_a_bare_verb_is_the_previous_speaker(nlp):
    text = ("Alaksandr Łukaszenka przyjął w Mińsku delegację z Petersburga.\n"
            "– Jesteśmy gotowi na każdy scenariusz – powiedział Łukaszenka.\n"
            "– Nie boimy się sankcji – dodał.")
    doc = analyse(nlp, text)
    assert_quote(doc, "Jesteśmy gotowi na każdy scenariusz", "direct", "Alaksandr Łukaszenka", "Łukaszenka",
                 "powiedział")
    assert_quote(doc, "Nie boimy się sankcji", "direct", "Alaksandr Łukaszenka", None, "dodał")


# -- 10. titles and descriptions of people ------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, kind, cue", [
    ("Władimir Putin spotkał się w piątek z przywódcą Białorusi w Soczi. Rosyjski przywódca zapewnił, że Moskwa "
     "nadal będzie wspierać białoruską gospodarkę.", "Moskwa nadal będzie wspierać białoruską gospodarkę",
     "Władimir Putin", "Rosyjski przywódca", "indirect", "zapewnił"),
    ("Władimir Putin przyleciał w poniedziałek do Mińska. – Nasze relacje są wzorem dla innych państw – "
     "powiedział rosyjski przywódca.", "Nasze relacje są wzorem dla innych państw", "Władimir Putin",
     "rosyjski przywódca", "direct", "powiedział"),
    # a description the knowledge base does not know: the person the text has just named
    ("Z dziennikarzami rozmawiał Paweł Kowalczyk z Ośrodka Studiów Wschodnich. Analityk zauważył, że Mińsk "
     "traci resztki samodzielności.", "Mińsk traci resztki samodzielności", "Paweł Kowalczyk", "Analityk",
     "indirect", "zauważył"),
])
def test_description_resolves_to_the_person_named_earlier(nlp, text, said, speaker, speaker_text, kind, cue):
    doc = analyse(nlp, text)
    assert_quote(doc, said, kind, speaker, speaker_text, cue)


@pytest.mark.parametrize("date, holder", [("1995-05", "Borys Jelcyn"), ("2022-12", "Władimir Putin")])
def test_title_resolves_through_the_knowledge_base_for_the_documents_date(nlp, date, holder):
    text = "Prezydent Rosji powiedział, że jego kraj nie wyśle wojsk za granicę."
    doc = analyse(nlp, text, date=date)
    # the holder is added to the document's entities, so the id can be looked up by name
    assert_quote(doc, "jego kraj nie wyśle wojsk za granicę", "indirect", holder, "Prezydent Rosji", "powiedział")


# -- 11. organisations speak --------------------------------------------------------------------

@pytest.mark.parametrize("text, said, speaker, speaker_text, cue", [
    ("Ministerstwo Obrony Rosji poinformowało, że ćwiczenia potrwają dwa tygodnie.", "ćwiczenia potrwają dwa tygodnie",
     "Ministerstwo Obrony Federacji Rosyjskiej", "Ministerstwo Obrony Rosji", "poinformowało"),
    ("Agencja BelTA poinformowała, że prezydent podpisał dekret o amnestii.", "prezydent podpisał dekret o amnestii",
     "BiełTA", "Agencja BelTA", "poinformowała"),
])
def test_an_organisation_is_the_speaker(nlp, text, said, speaker, speaker_text, cue):
    doc = analyse(nlp, text)
    assert_quote(doc, said, "indirect", speaker, speaker_text, cue)


# -- 12. source attribution ----------------------------------------------------------------------

@pytest.mark.parametrize("text, sentence, source, source_text, cue", [
    ("Po spotkaniu Putin, jak relacjonuje reżimowa BelTA, przekazał Łukaszence zaproszenie do Moskwy.",
     "Po spotkaniu Putin, jak relacjonuje reżimowa BelTA, przekazał Łukaszence zaproszenie do Moskwy.",
     "BiełTA", "reżimowa BelTA", "relacjonuje"),
    ("Łukaszenka odwiedził w czwartek Moskwę. Jak podawała agencja RIA Nowosti, obaj przywódcy omówili dostawy gazu.",
     "Jak podawała agencja RIA Nowosti, obaj przywódcy omówili dostawy gazu.", "RIA Nowosti",
     "agencja RIA Nowosti", "podawała"),
    ("Obaj przywódcy omówili dostawy gazu, jak podawała agencja RIA Nowosti.",
     "Obaj przywódcy omówili dostawy gazu, jak podawała agencja RIA Nowosti.", "RIA Nowosti",
     "agencja RIA Nowosti", "podawała"),
    # "Informowała o tym X." covers the sentence before it too
    ("Łukaszenka odwiedził w czwartek Moskwę. Informowała o tym agencja Reutera.",
     "Łukaszenka odwiedził w czwartek Moskwę. Informowała o tym agencja Reutera.", "Reuters",
     "agencja Reutera", "Informowała"),
    # a document as the source: no entity, the words that name it
    ("Z komunikatów wynika, że ćwiczenia potrwają do końca miesiąca.",
     "Z komunikatów wynika, że ćwiczenia potrwają do końca miesiąca.", None, "komunikatów", "wynika"),
])
def test_source_attribution_covers_the_sentence(nlp, text, sentence, source, source_text, cue):
    doc = analyse(nlp, text)
    assert len(doc._.attributions) == 1
    attribution = doc._.attributions[0]
    assert (attribution["start"], attribution["end"]) == span_of(text, sentence)
    assert attribution["source"] == (entity_id(doc, source) if source else None)
    assert (attribution["source_text"], attribution["cue"]) == (source_text, cue)
    evidence = attribution["evidence"]
    assert source_text in text[evidence["start"]:evidence["end"]]  # the clause that names the source
    assert attribution["start"] <= evidence["start"] and evidence["end"] <= attribution["end"]


def test_attributed_fact_with_a_leading_aside_is_not_a_quotation(nlp):
    doc = analyse(nlp, "Łukaszenka odwiedził w czwartek Moskwę. Jak podawała agencja RIA Nowosti, obaj przywódcy "
                       "omówili dostawy gazu.")
    assert doc._.quotes == []


# -- 13. disagreement ----------------------------------------------------------------------------

@pytest.mark.parametrize("claim_text, claimed, claimant", [
    ("Dmitrij Pieskow powiedział, że będzie to „przełomowa umowa” dla obu krajów.", "przełomowa", "Dmitrij Pieskow"),
    ("Według agencji BelTA w Mińsku podpisano przełomową umowę o integracji.", "przełomową", "BiełTA"),
])
def test_denial_of_a_word_another_speaker_used_is_a_disagreement(nlp, claim_text, claimed, claimant):
    text = claim_text + "\n– Nie nazwałbym tego przełomem – mówi analityk OSW Kamil Kłysiński."
    doc = analyse(nlp, text)
    assert len(doc._.disagreements) == 1
    found = doc._.disagreements[0]
    denial, claim = doc._.quotes[found["quote"]], doc._.quotes[found["contradicts"]]
    assert content(doc, denial) == "Nie nazwałbym tego przełomem"
    assert denial["speaker"] == entity_id(doc, "Kamil Kłysiński")
    assert claim["speaker"] == entity_id(doc, claimant)
    assert found["topic"] == "przełom"
    assert (found["evidence"]["start"], found["evidence"]["end"]) == span_of(text, "przełomem")
    assert (found["claim"]["start"], found["claim"]["end"]) == span_of(text, claimed)
    assert claim["start"] <= found["claim"]["start"] and found["claim"]["end"] <= claim["end"]


def test_denying_a_word_nobody_used_is_no_disagreement(nlp):
    text = ("Dmitrij Pieskow powiedział, że rozmowy przebiegły w dobrej atmosferze.\n"
            "– Nie nazwałbym tego sukcesem – mówi Kamil Kłysiński.")
    doc = analyse(nlp, text)
    assert len(doc._.quotes) == 2  # both statements are found ...
    assert doc._.disagreements == []  # ... but nobody called it a success


def test_a_denial_of_a_qualified_word_does_not_deny_the_noun(nlp):
    text = ("Rzecznik Straży Granicznej powiedział, że na granicy jest spokojnie.\n"
            "– Polska granica to nie jest zwykła granica – mówił minister Mariusz Błaszczak.")
    doc = analyse(nlp, text)
    assert len(doc._.quotes) == 2
    assert doc._.disagreements == []  # "zwykła" is what he denies, not "granica"


def test_eval_disagreements_scores_precision_and_recall(tmp_path):
    from kronika.eval import disagreements as disagreements_eval

    text = "x" * 100
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    quotes = [{"start": 0, "end": 10}, {"start": 50, "end": 60}, {"start": 80, "end": 90}]
    predicted = {"quotes": quotes, "disagreements": [{"quote": 1, "contradicts": 0}, {"quote": 2, "contradicts": 0}]}
    gold = tmp_path / "gold.jsonl"
    pairs = [{"a": [2, 8], "b": [52, 58], "topic": "przełom"}, {"a": [20, 30], "b": [40, 45], "topic": "x"}]
    gold.write_text(json.dumps({"doc": "a.txt", "disagreements": pairs}) + "\n", encoding="utf-8")
    result = disagreements_eval.run(gold, tmp_path, predictor=lambda path: predicted)
    # the first prediction links the first pair (in the other order); the second links nothing
    assert (result["matched"], result["predicted"], result["gold"]) == (1, 2, 2)
    assert result["precision"] == 0.5 and result["recall"] == 0.5


# -- 14. no speech -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "W piątek na granicy polsko-białoruskiej zatrzymano dwóch przemytników papierosów.",
    "Na granicy stało kilkaset ciężarówek – kierowcy czekali na odprawę od poniedziałku.",
    # first-person narration ending with a dash and the narrator's own verb
    "Na granicy czekaliśmy sześć godzin – wspominam.",
    "Tego dnia widziałem na ulicach Grodna setki milicjantów – napisałem wtedy w notatniku.",
    "Przez trzy dni jechałem przez Polesie i wreszcie dotarłem do Kijowa –",
    # a title in quote marks is not somebody's words
    "Film „Ostatni dzień w Mińsku” zdobył nagrodę na festiwalu w Gdyni.",
])
def test_text_without_speech_has_no_quotations(nlp, text):
    doc = analyse(nlp, text)
    assert doc._.quotes == []
    assert doc._.disagreements == []


def test_narration_before_a_dash_quotation_is_not_part_of_it(nlp):
    text = "Zamknąłem oczy i pomyślałem o domu. – Wracamy – powiedział kierowca."
    doc = analyse(nlp, text)
    assert len(doc._.quotes) == 1
    quote = doc._.quotes[0]
    assert (quote["start"], quote["end"], quote["kind"], quote["cue"]) == (*span_of(text, "Wracamy"), "direct",
                                                                          "powiedział")


# -- 15. evaluation against gold -----------------------------------------------------------------

EVAL_TEXT = ("date 2022-12\n"  # a header: gold offsets index the file, Kronika's the text after it
             "Łukaszenka w Moskwie\n\n"
             "– Nasze państwa nigdy nie były tak blisko – powiedział Alaksandr Łukaszenka po rozmowie z Władimirem "
             "Putinem.\n\n"
             "Rzecznik Kremla Dmitrij Pieskow zapowiedział, że kolejne spotkanie odbędzie się w Mińsku.\n")
EVAL_DIRECT = "Nasze państwa nigdy nie były tak blisko"
EVAL_INDIRECT = "kolejne spotkanie odbędzie się w Mińsku"


def gold_quote(part: str, kind: str, speaker: str, speaker_text: str, cue: str) -> dict:
    start, end = span_of(EVAL_TEXT, part)
    return {"start": start, "end": end, "kind": kind, "speaker": speaker, "speaker_text": speaker_text, "cue": cue}


def write_gold(folder: Path, quotes: list[dict]) -> Path:
    (folder / "art").mkdir(exist_ok=True)
    (folder / "art" / "moskwa.txt").write_text(EVAL_TEXT, encoding="utf-8")
    gold = folder / "gold.jsonl"
    digest = hashlib.sha256(EVAL_TEXT.encode("utf-8")).hexdigest()
    gold.write_text(json.dumps({"doc": "art/moskwa.txt", "sha256": digest, "quotes": quotes},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def perfect_gold() -> list[dict]:
    return [gold_quote(EVAL_DIRECT, "direct", "Alaksandr Łukaszenka", "Alaksandr Łukaszenka", "powiedział"),
            gold_quote(EVAL_INDIRECT, "indirect", "Dmitrij Pieskow", "Rzecznik Kremla Dmitrij Pieskow",
                       "zapowiedział")]


@pytest.fixture(scope="module")
def predictor():
    return quotes_eval.default_predictor()  # reads the file as `kronika extract` does


def test_evaluation_of_a_perfect_prediction(tmp_path, predictor):
    result = quotes_eval.run(write_gold(tmp_path, perfect_gold()), tmp_path, predictor=predictor)
    assert result["documents"] == 1 and result["stale"] == []
    for kind in ("direct", "indirect"):
        assert (result[kind]["tp"], result[kind]["pred"], result[kind]["gold"]) == (1, 1, 1)
        assert result[kind]["f1"] == 1.0
    assert result["speaker"] == {"accuracy": 1.0, "right": 1 + 1, "matched": 2}


def test_evaluation_drops_for_a_missing_or_shifted_gold_quote(tmp_path, predictor):
    direct, indirect = perfect_gold()
    missing = quotes_eval.run(write_gold(tmp_path, [direct]), tmp_path, predictor=predictor)
    assert missing["direct"]["f1"] == 1.0
    assert (missing["indirect"]["p"], missing["indirect"]["gold"]) == (0.0, 0)  # predicted, not in gold
    # shifted onto the following words: under half of it overlaps the prediction
    start = EVAL_TEXT.index("Rzecznik")
    moved = {**indirect, "start": start, "end": start + (indirect["end"] - indirect["start"])}
    shifted = quotes_eval.run(write_gold(tmp_path, [direct, moved]), tmp_path, predictor=predictor)
    assert (shifted["indirect"]["tp"], shifted["indirect"]["p"], shifted["indirect"]["r"]) == (0, 0.0, 0.0)
    assert shifted["speaker"]["matched"] == 1


def test_evaluation_counts_a_wrong_speaker(tmp_path, predictor):
    direct, indirect = perfect_gold()
    wrong = {**direct, "speaker": "Władimir Putin"}
    result = quotes_eval.run(write_gold(tmp_path, [wrong, indirect]), tmp_path, predictor=predictor)
    assert result["direct"]["f1"] == 1.0  # the span is right ...
    assert result["speaker"] == {"accuracy": 0.5, "right": 1, "matched": 2}  # ... the speaker is not
    assert result["speaker_errors"] == [{"doc": "art/moskwa.txt", "start": direct["start"], "gold": "Władimir Putin",
                                         "predicted": "lukaszenka"}]


def kronika_cli(*args: str) -> subprocess.CompletedProcess:
    """`kronika …` as a user runs it (as in tests/test_cli.py)."""
    result = subprocess.run([sys.executable, "-m", "kronika.cli", *args], capture_output=True, text=True,
                            timeout=300, env={**os.environ, "KRONIKA_DEBUG": "0"})
    assert result.returncode == 0, result.stderr
    return result


def test_eval_quotes_command(tmp_path):
    direct, indirect = perfect_gold()
    gold = write_gold(tmp_path, [direct])
    result = json.loads(kronika_cli("eval", "quotes", str(gold), "--root", str(tmp_path), "--json").stdout)
    assert result["documents"] == 1
    assert (result["direct"]["tp"], result["direct"]["f1"]) == (1, 1.0)
    assert (result["indirect"]["pred"], result["indirect"]["gold"], result["indirect"]["p"]) == (1, 0, 0.0)
    assert result["speaker"]["accuracy"] == 1.0


# -- 16. `kronika extract` -----------------------------------------------------------------------

def test_extract_writes_quotes_with_their_fields(tmp_path):
    text = ("Rozmowy w Mińsku\n\n"
            "– Rosja nie zamierza wycofać swoich wojsk z Białorusi – powiedział Siergiej Ławrow.\n\n"
            "Niezależni komentatorzy uważają, że to tylko deklaracja.\n")
    path = tmp_path / "lawrow.txt"
    path.write_text(text, encoding="utf-8")
    lines = kronika_cli("extract", str(path), "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 1
    document = json.loads(lines[0])
    assert document["text"] == text
    quotes = document["quotes"]
    # the fields of issue #4, and `medium` (to whom it was said) that schema/document.schema.json adds
    assert all(set(q) == {"start", "end", "kind", "speaker", "speaker_text", "cue", "medium"} for q in quotes)
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert [text[q["start"]:q["end"]] for q in direct] == ["Rosja nie zamierza wycofać swoich wojsk z Białorusi"]
    assert (direct[0]["speaker"], direct[0]["speaker_text"], direct[0]["cue"]) == ("lawrow", "Siergiej Ławrow",
                                                                                   "powiedział")
    assert {e["id"]: e["name"] for e in document["entities"]}["lawrow"] == "Siergiej Ławrow"
    indirect = [q for q in quotes if q["kind"] == "indirect"]
    assert [(text[q["start"]:q["end"]], q["speaker"], q["speaker_text"]) for q in indirect] == [
        ("to tylko deklaracja", None, "Niezależni komentatorzy")]


# -- regressions found while writing these tests ----------------------------------------------

def test_a_lone_paragraph_with_a_colon_is_not_a_headline(nlp):
    doc = analyse(nlp, "Siergiej Ławrow powiedział: – Rosja nie zamierza wycofać wojsk z Białorusi.")
    assert [q["kind"] for q in doc._.quotes] == ["direct"]
    assert content(doc, doc._.quotes[0]) == "Rosja nie zamierza wycofać wojsk z Białorusi."


def test_question_closed_by_pyta_is_attributed(nlp):
    doc = analyse(nlp, HEADLINE + "\n– Czy Mińsk ma jeszcze jakikolwiek wybór? – pyta Kamil Kłysiński.")
    assert_quote(doc, "Czy Mińsk ma jeszcze jakikolwiek wybór?", "direct", "Kamil Kłysiński", "Kamil Kłysiński", "pyta")


def test_impersonal_aside_does_not_close_a_quotation(nlp):
    text = HEADLINE + "\n– Ta umowa – mówi się o tym w Mińsku od miesięcy – niczego nie zmienia – powiedział Kamil Kłysiński."
    doc = analyse(nlp, text)
    quote = quote_with(doc, "niczego nie zmienia", "direct")
    assert content(doc, quote).startswith("Ta umowa – mówi się")
    assert quote["cue"] == "powiedział"
    assert quote["speaker"] == entity_id(doc, "Kamil Kłysiński")


@pytest.mark.parametrize("text, said", [
    ("Według Dmitrija Pieskowa rozmowy z Kijowem są obecnie niemożliwe.", "rozmowy z Kijowem są obecnie niemożliwe"),
    ("Zdaniem Kamila Kłysińskiego z OSW, Mińsk coraz bardziej uzależnia się od Moskwy.",
     "Mińsk coraz bardziej uzależnia się od Moskwy"),
    ("Rosja coraz mocniej uzależnia Białoruś od siebie, w ocenie niezależnych ekspertów.",
     "Rosja coraz mocniej uzależnia Białoruś od siebie"),
])
def test_opinion_content_is_the_clause_without_the_speakers_phrase(nlp, text, said):
    doc = analyse(nlp, HEADLINE + "\n" + text)
    quote = quote_with(doc, said, "indirect")
    assert content(doc, quote) == said


def test_a_countrys_ministry_is_the_kbs_not_the_bare_acronyms(nlp):
    doc = analyse(nlp, HEADLINE + "\nRosyjskie MSZ oświadczyło, że Rosja nie zamierza wycofać wojsk.")
    quote = quote_with(doc, "Rosja nie zamierza wycofać wojsk", "indirect")
    assert quote["speaker"] == "msz-rosji"


def test_a_reporting_aside_is_a_source_not_a_quotation(nlp):
    doc = analyse(nlp, HEADLINE + "\nJak relacjonuje BelTA, w Mińsku podpisano umowę o współpracy.")
    assert doc._.quotes == []
    assert [a["source_text"] for a in doc._.attributions] == ["BelTA"]


def test_speculation_is_nobody_in_particular(nlp):
    text = HEADLINE + "\nW mediach pojawiły się spekulacje, jakoby wojska białoruskie miały wejść do Ukrainy."
    doc = analyse(nlp, text)
    quote = quote_with(doc, "wojska białoruskie miały wejść do Ukrainy", "indirect")
    assert quote["speaker"] is None


def test_a_signed_document_speaks_for_its_signatory(nlp):
    text = (HEADLINE + "\nW listopadzie Władimir Putin podpisał dekret o nowej doktrynie. "
            "Z dokumentu wynika, że Rosja może bronić Białorusi jak własnego terytorium.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "Rosja może bronić Białorusi", "indirect")
    assert quote["speaker"] == entity_id(doc, "Władimir Putin")


def test_communiques_are_a_source_not_a_speaker(nlp):
    doc = analyse(nlp, HEADLINE + "\nZ komunikatów wynika, że obaj przywódcy rozmawiali o współpracy gospodarczej.")
    assert doc._.quotes == []


# -- what each source reported (`kronika sources`) ---------------------------------------------

def test_sources_command_lists_what_each_outlet_reported(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(" date 2022-12 Spotkanie w Mińsku\n\nJak relacjonuje reżimowa BelTA, przywódcy podpisali "
                     "umowę o współpracy wojskowej.\n\nJak podawała agencja RIA Nowosti, umowa obejmie też szkolenia.\n",
                     encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text(" date 2023-01 Manewry na Białorusi\n\nJak relacjonuje BelTA, manewry potrwają do końca "
                      "miesiąca.\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    kronika_cli("--db", db, "ingest", str(first), str(second))
    found = [json.loads(line) for line in kronika_cli("--db", db, "sources", "--json").stdout.splitlines()]
    by_id = {entry["id"]: entry for entry in found}
    assert found[0]["id"] == "bielta"  # most reports first
    assert (by_id["bielta"]["country"], by_id["bielta"]["outlet_kind"]) == ("BY", "state-affiliated")
    assert sorted(r["date"] for r in by_id["bielta"]["reports"]) == ["2022-12", "2023-01"]
    assert any("manewry potrwają do końca miesiąca" in r["text"] for r in by_id["bielta"]["reports"])
    assert [r["text"] for r in by_id["ria-nowosti"]["reports"]] == [
        "Jak podawała agencja RIA Nowosti, umowa obejmie też szkolenia."]
    only = kronika_cli("--db", db, "sources", "--source", "RIA Nowosti", "--json").stdout.splitlines()
    assert [json.loads(line)["id"] for line in only] == ["ria-nowosti"]


def test_eval_quotes_keeps_only_the_topics_asked_for(tmp_path):
    direct, _ = perfect_gold()
    gold = write_gold(tmp_path, [direct])
    result = json.loads(kronika_cli("eval", "quotes", str(gold), "--root", str(tmp_path), "--topic", "brexit",
                                    "--json").stdout)
    assert result["documents"] == 0  # the one gold document is not under raw/brexit/


# -- speakers the text describes in other words --------------------------------------------------

def test_a_qualified_description_takes_a_bare_title_of_the_text(nlp):
    # the headline calls her "Komisarz"; the body says "Unijna komisarz", and nobody else is one
    text = ("Komisarz Jansen: Reguły są jasne\n\nMaria Jansen spotkała się w środę z szefami platform "
            "internetowych. Unijna komisarz zapewniła, że nie chce zamykać żadnego serwisu.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "nie chce zamykać żadnego serwisu", "indirect")
    assert quote["speaker"] == entity_id(doc, "Maria Jansen")


def test_a_profession_before_an_academic_title_describes_the_person(nlp):
    text = (HEADLINE + "Liczba zakażeń nie spada – ocenił wirusolog prof. Włodzimierz Gut. Zdaniem eksperta "
            "szczyt zachorowań dopiero przed nami. Wirusolog zaznaczył także, że szczepienia przyspieszą.")
    doc = analyse(nlp, text)
    for part in ("szczyt zachorowań dopiero przed nami", "szczepienia przyspieszą"):
        assert quote_with(doc, part, "indirect")["speaker"] == entity_id(doc, "Włodzimierz Gut")


def test_a_nationality_points_to_the_person_from_that_country(nlp):
    # between the American and his words the text names a spokeswoman, whose title says no country
    text = (HEADLINE + "Sekretarz energii USA Rick Perry rozmawiał w Moskwie z Aleksandrem Nowakiem. "
            "Amerykański sekretarz powtórzył, że projekt dzieli Europejczyków. Rozmowy były rzeczowe – "
            "powiedziała rzecznik Shaylyn Hynes.\n\n– Moskwa nie może używać energetyki jako broni – "
            "zadeklarował Amerykanin.")
    doc = analyse(nlp, text)
    perry = entity_id(doc, "Rick Perry")
    assert quote_with(doc, "projekt dzieli Europejczyków", "indirect")["speaker"] == perry
    assert quote_with(doc, "Moskwa nie może używać energetyki jako broni", "direct")["speaker"] == perry


def test_a_name_completing_a_noun_does_not_speak(nlp):
    text = (HEADLINE + "Emmanuel Macron udzielił wywiadu telewizji BBC. Zapytany, czy Francuzi zagłosowaliby "
            "za opuszczeniem UE, powiedział: „Tak, ale nasz kontekst byłby zupełnie inny”.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "Tak, ale nasz kontekst byłby zupełnie inny", "direct")
    assert quote["speaker"] == entity_id(doc, "Emmanuel Macron")


def test_a_person_spoken_about_in_a_clause_does_not_take_over(nlp):
    text = (HEADLINE + "– Europa musi mówić jednym głosem – podkreślił Emmanuel Macron. Prezydent Francji "
            "skomentował także to, że prezydent Donald Trump nazwał kilka państw obraźliwym słowem. – To nie jest "
            "słowo, którego powinien używać przywódca – powiedział.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "To nie jest słowo, którego powinien używać przywódca", "direct")
    assert quote["speaker"] == entity_id(doc, "Emmanuel Macron")


def test_a_title_after_a_name_stops_at_the_next_name(nlp):
    text = (HEADLINE + "W dyskusji wzięli udział senator Ron Johnson, wiceprzewodniczący Parlamentu "
            "Europejskiego Zdzisław Krasnodębski oraz Piotr Naimski.")
    doc = analyse(nlp, text)
    johnson = [e for e in doc.ents if e.text == "Ron Johnson"]
    assert johnson and all("Parlamentu" not in title for title in johnson[0]._.titles)


def test_speech_reported_inside_somebodys_words_does_not_take_over_the_next_sentence(nlp):
    text = (HEADLINE + "– Kreml uznał, że nadszedł moment, by wystawić Mińskowi rachunek – ocenia dr Tomasz "
            "Wierzbicki z Ośrodka Studiów Wschodnich. Jego zdaniem Moskwa nie potrzebuje aneksji.")
    doc = analyse(nlp, text)
    wierzbicki = quote_with(doc, "Kreml uznał", "direct")["speaker"]
    assert wierzbicki is not None
    assert quote_with(doc, "Moskwa nie potrzebuje aneksji", "indirect")["speaker"] == wierzbicki


def test_an_acronym_and_an_inflected_name_stay_in_the_according_to_phrase(nlp):
    text = (HEADLINE + "Według szefa MON Władysława Kosiniaka-Kamysza znaczna część środków trafi na zakup "
            "czołgów. Według rzecznika Kremla Dmitrija Pieskowa rozmowy trwają.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "znaczna część środków", "indirect")
    assert content(doc, quote).startswith("znaczna część środków")
    assert quote["speaker"] == entity_id(doc, "Władysław Kosiniak-Kamysz")
    assert content(doc, quote_with(doc, "rozmowy trwają", "indirect")) == "rozmowy trwają"


def test_the_outlets_kind_before_its_name_is_part_of_the_medium(nlp):
    text = (HEADLINE + "– Mamy rakiety, które otrzymaliśmy od Rosji – mówił białoruski przywódca w wywiadzie dla "
            "rosyjskiej telewizji Rossija-1.")
    doc = analyse(nlp, text, date="2023-06-14")
    quote = quote_with(doc, "Mamy rakiety, które otrzymaliśmy od Rosji", "direct")
    assert quote["speaker"] == "lukaszenka"
    assert quote["medium"] == "Rossija-1"


def test_analysts_of_a_named_body_speak_for_it(nlp):
    text = (HEADLINE + "Analitycy Polskiego Instytutu Spraw Międzynarodowych zwracają uwagę, że integracja "
            "wojskowa postępuje szybciej niż gospodarcza.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "integracja wojskowa postępuje", "indirect")
    assert quote["speaker"] == entity_id(doc, "Polski Instytut Spraw Międzynarodowych")


def test_a_body_described_by_its_country_is_found_in_the_kb(nlp):
    text = (HEADLINE + "Litewski resort obrony podkreśla, że Wilno ponosi znaczną część kosztów. Według "
            "białoruskiego resortu obrony w ćwiczeniach bierze udział 30 tysięcy żołnierzy.")
    doc = analyse(nlp, text)
    assert quote_with(doc, "Wilno ponosi znaczną część kosztów", "indirect")["speaker"] == "mon-litwy"
    assert quote_with(doc, "w ćwiczeniach bierze udział", "indirect")["speaker"] == "mon-bialorusi"


def test_an_opinion_phrase_names_its_holder_even_when_nobody_we_know(nlp):
    text = (HEADLINE + "Prezydent Wołodymyr Zełenski odwiedził zakłady w Dnieprze. Według ukraińskiego wywiadu "
            "pocisk osiągnął prędkość ponad 10 machów. Według Wilna do enklawy trafiły nowe dywizjony.")
    doc = analyse(nlp, text)
    unnamed = quote_with(doc, "pocisk osiągnął prędkość", "indirect")
    assert (unnamed["speaker"], unnamed["speaker_text"]) == (None, "ukraińskiego wywiadu")
    assert quote_with(doc, "do enklawy trafiły nowe dywizjony", "indirect")["speaker"] == entity_id(doc, "Wilno")


def test_eval_reads_a_spaced_out_hyphen_as_the_same_name():
    doc = {"entities": [{"id": "PER-Roch-Dunin-Wąsowicz", "name": "Roch Dunin - Wąsowicz", "aliases": []}],
           "mentions": []}
    predicted = {"speaker": "PER-Roch-Dunin-Wąsowicz"}
    assert quotes_eval.speaker_right({"speaker": "Roch Dunin-Wąsowicz"}, predicted, doc)
    assert not quotes_eval.speaker_right({"speaker": "Roch Dunin"}, predicted, doc)


def test_a_company_described_as_such_is_the_one_last_named(nlp):
    text = (HEADLINE + "Linia Wizz Air podpisała porozumienie z pilotami we Włoszech. – To dobry dzień – "
            "oświadczył dyrektor Jan Nowicki. Firma przewiduje, że podobne zostanie podpisane w Hiszpanii.")
    doc = analyse(nlp, text)
    company = quote_with(doc, "podobne zostanie podpisane w Hiszpanii", "indirect")["speaker"]
    assert company is not None and company == next(e["id"] for e in doc._.entities if "Wizz" in e["name"])


def test_an_acronym_completing_a_noun_is_not_the_subject(nlp):
    text = (HEADLINE + "Brytyjski minister obrony Gavin Williamson przebywał wówczas w Estonii. List KE uznał za "
            "„głęboko rozczarowujący”. Dodał, że taka decyzja „byłaby szkodliwa dla europejskiego bezpieczeństwa”.")
    doc = analyse(nlp, text)
    williamson = entity_id(doc, "Gavin Williamson")
    assert quote_with(doc, "głęboko rozczarowujący", "direct")["speaker"] == williamson
    assert quote_with(doc, "taka decyzja", "indirect")["speaker"] == williamson


def test_a_phrase_quoted_in_reported_speech_is_the_reporters_without_a_verb_of_its_own(nlp):
    text = (HEADLINE + "Nigel Farage zasugerował w zeszłym tygodniu, że drugie referendum będzie konieczne. "
            "Stwierdził wówczas, że wyborcy oraz politycy nigdy nie przestaną „płakać i żałować”. Przypomniał też, "
            "że politycy mówili o obronie „każdego centymetra” kraju.")
    doc = analyse(nlp, text)
    assert quote_with(doc, "płakać i żałować", "direct")["speaker"] == entity_id(doc, "Nigel Farage")
    assert quote_with(doc, "każdego centymetra", "direct")["speaker"] is None


def test_a_plural_verb_is_said_by_the_group_beside_it(nlp):
    text = (HEADLINE + "– Podpisaliśmy projekt umowy – stwierdził sekretarz generalny związku Brian Strutton. "
            "Związki reprezentujące personel pokładowy podały, że strajki zostaną zawieszone.")
    doc = analyse(nlp, text)
    quote = quote_with(doc, "strajki zostaną zawieszone", "indirect")
    assert (quote["speaker"], quote["speaker_text"]) == (None, "Związki reprezentujące personel pokładowy")


def test_a_body_named_after_its_kind_speaks(nlp):
    text = (HEADLINE + "– Porozumienie jest blisko – dodał Eddie Wilson. Brytyjski związek BALPA wyjaśnił, że nie "
            "jest to porozumienie, ale wspólny projekt.")
    doc = analyse(nlp, text)
    speaker = quote_with(doc, "wspólny projekt", "indirect")["speaker"]
    assert speaker is not None and speaker != entity_id(doc, "Eddie Wilson")
    assert "BALPA" in {e["name"] for e in doc._.entities if e["id"] == speaker}


def test_a_polish_opening_mark_may_close_with_a_straight_one(nlp):
    text = (HEADLINE + "– Świadczymy usługi także dla Brytyjczyków – mówi „Rz\" pani z recepcji. Aż 77 proc. z nich "
            "uważa, że NHS „ma kluczowe znaczenie dla społeczeństwa\".")
    doc = analyse(nlp, text)
    said = quote_with(doc, "Świadczymy usługi także dla Brytyjczyków", "direct")
    assert content(doc, said) == "Świadczymy usługi także dla Brytyjczyków"
    phrase = quote_with(doc, "ma kluczowe znaczenie dla społeczeństwa", "direct")
    assert content(doc, phrase) == "ma kluczowe znaczenie dla społeczeństwa"  # not run on from „Rz"


def test_a_reflexive_cue_verb_followed_by_a_name_closes_a_dash_quotation(nlp):
    text = ("Na granicy utknęły dziesiątki składów. – Tracimy kontrakty z klientami – skarży się Andrzej Łapiński, "
            "właściciel firmy spedycyjnej. Pekin zwrócił się do Warszawy o przywrócenie ruchu.")
    doc = analyse(nlp, text, "2025-09")
    direct = [q for q in doc._.quotes if q["kind"] == "direct"]
    assert [(q["start"], q["end"]) for q in direct] == [span_of(text, "Tracimy kontrakty z klientami")]
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert "Łapiński" in names.get(direct[0]["speaker"], "")


def test_reported_speech_ends_where_the_speaker_goes_on_with_a_verb_of_their_own(nlp):
    text = ("Rzecznik Kremla Dmitrij Pieskow zaprzeczył, jakoby Rosja miała wpływ na prace parlamentu, "
            "i oskarżył Zachód o wtrącanie się. Ministrowie przekazali, że Rosja zaatakowała, a Ukraina się broni.")
    doc = analyse(nlp, text)
    assert content(doc, quote_with(doc, "Rosja miała", "indirect")) == "Rosja miała wpływ na prace parlamentu"
    # "a Ukraina się broni" has a subject of its own: it is still what was said
    assert content(doc, quote_with(doc, "zaatakowała", "indirect")) == "Rosja zaatakowała, a Ukraina się broni"
