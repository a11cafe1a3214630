"""Events (`kronika_events`), the chronicle and `kronika timeline` (issue #5).

The texts are short Polish sentences written for these tests; arguments are compared through the
names of the document's entities, so the tests check what is found, not how ids are spelled.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.chronicle import GDELT_COLUMNS, build_chronicle, filter_chronicle, to_csv


@pytest.fixture(scope="module")
def nlp():
    import kronika

    return kronika.load()


def analyse(nlp, text: str, date: str | None = None):
    doc = nlp.make_doc(text)
    doc.user_data["kronika_date"] = date
    return nlp(doc)


def names(doc, value) -> set[str]:
    """Base forms of the entities an argument value (one id or a list) points at."""
    ids = [value] if isinstance(value, str) else list(value or [])
    by_id = {e["id"]: e["name"] for e in doc._.entities}
    return {by_id.get(i, i) for i in ids}


def events_of(doc, type_: str) -> list[dict]:
    return [e for e in doc._.events if e["type"] == type_]


def test_a_handover_said_to_the_giver_in_a_quotation(nlp):
    text = ("Władimir Putin przyjechał do Mińska.\n"
            "– Dziś oddaliśmy do użytku system S-400, który przekazaliście Białorusi – powiedział Łukaszenka.")
    doc = analyse(nlp, text, "2022-12")
    [transfer] = events_of(doc, "transfer")
    assert transfer["cameo"] == "070"
    assert text[transfer["trigger"]["start"]:transfer["trigger"]["end"]] == "przekazaliście"
    assert names(doc, transfer["args"]["theme"]) == {"S-400 Triumf"}
    assert names(doc, transfer["args"]["recipient"]) == {"Białoruś"}
    # "you" (plural) is whom he speaks to, Putin, and the state Putin speaks for on that date (KB: prezydent Rosji)
    assert names(doc, transfer["args"]["agent"]) == {"Rosja"}
    assert transfer["time"]["value"] == "2022-12"
    assert transfer["modality"] == "asserted"
    assert "Łukaszenka" in " ".join(names(doc, transfer["source"]))


def test_a_handover_to_us_goes_to_the_speakers_state(nlp):
    text = ("Władimir Putin przyjechał do Mińska.\n"
            "– To system Iskander, który przekazaliście nam w tym roku – powiedział Łukaszenka.")
    doc = analyse(nlp, text, "2022-12")
    [transfer] = events_of(doc, "transfer")
    assert names(doc, transfer["args"]["recipient"]) == {"Białoruś"}
    assert names(doc, transfer["args"]["theme"]) == {"Iskander-M"}


def test_a_promise_keeps_what_was_promised_where_and_when(nlp):
    text = "Putin obiecał przekazać Iskandery Białorusi podczas czerwcowej wizyty Łukaszenki w Petersburgu."
    doc = analyse(nlp, text, "2022-12-19")
    [promise] = events_of(doc, "promise")
    assert promise["modality"] == "promised"
    assert names(doc, promise["args"]["theme"]) == {"Iskander-M"}
    assert names(doc, promise["args"]["recipient"]) == {"Białoruś"}
    assert names(doc, promise["args"]["place"]) == {"Sankt Petersburg"} or "Petersburg" in " ".join(
        names(doc, promise["args"]["place"]))
    assert promise["time"]["value"] == "2022-06"
    assert not events_of(doc, "transfer")  # the handover is the promise's content, not a second event


def test_planned_establishment_reported_by_an_agency(nlp):
    doc = analyse(nlp, "Jak podaje BelTA, mają powstać trzy wspólne ośrodki szkoleniowe dla obu armii.", "2022-12")
    [event] = events_of(doc, "establish")
    assert event["modality"] == "planned"
    assert names(doc, event["source"]) == {"BiełTA"} or "BelTA" in " ".join(names(doc, event["source"]))
    assert event["time"] is None  # nothing says when; planned events do not take the document date


def test_speculation_and_negation(nlp):
    doc = analyse(nlp, "Niezależni komentatorzy spekulują, że Rosja może rozmieścić na Białorusi kolejne wyrzutnie.")
    [deploy] = events_of(doc, "deploy")
    assert deploy["modality"] == "speculated"
    assert names(doc, deploy["args"]["agent"]) == {"Rosja"}
    assert names(doc, deploy["args"]["place"]) == {"Białoruś"}
    doc = analyse(nlp, "Putin i Łukaszenka nie podpisali w Soczi porozumienia.")
    [agree] = events_of(doc, "agree")
    assert agree["modality"] == "negated"
    assert len(names(doc, agree["args"]["agent"]) | names(doc, agree["args"].get("partner"))) == 2


def test_a_meeting_with_a_titled_partner(nlp):
    doc = analyse(nlp, "Premier Mateusz Morawiecki spotkał się w Wilnie z prezydentem Litwy Gitanasem Nausėdą.")
    [meet] = events_of(doc, "meet")
    assert meet["cameo"] == "042"
    assert names(doc, meet["args"]["agent"]) == {"Mateusz Morawiecki"}
    assert "Nausėda" in " ".join(names(doc, meet["args"]["partner"]))
    assert names(doc, meet["args"]["place"]) == {"Wilno"}


@pytest.mark.parametrize("text", [
    "Rzecznik Kremla przekazał, że sytuacja na granicy jest stabilna.",  # a speech verb, not a handover
    "– To ważny sygnał – mówi w rozmowie z Interią ekspert OSW.",       # an interview, not talks
    "Minister wielokrotnie krytykował sojuszników z NATO.",             # a habit, not an occurrence
    "Sprawa powinna trafić do Trybunału Sprawiedliwości UE.",           # nothing tangible handed over
    "Każde zakłócenie dostaw spotka się ze zdecydowaną reakcją.",       # meeting a reaction
])
def test_words_that_only_look_like_events(nlp, text):
    assert analyse(nlp, text)._.events == []


def _document(nlp, text: str, date: str, ident: str):
    from kronika.analyse.convert import analyse_article
    from kronika.ingest.article import Article

    return analyse_article(nlp, Article(text=text, source=ident, format="text", date=date, id=ident))


def test_the_chronicle_merges_one_event_told_by_two_articles(nlp):
    first = _document(nlp, "W Mińsku Władimir Putin spotkał się z Alaksandrem Łukaszenką.", "2022-12-19", "a")
    second = _document(nlp, "W poniedziałek Łukaszenka spotkał się w Mińsku z Putinem.", "2022-12-20", "b")
    later = _document(nlp, "W czerwcu Łukaszenka spotkał się z Putinem w Petersburgu.", "2023-07-01", "c")
    events, _ = build_chronicle([first, second, later])
    meetings = [e for e in events if e["type"] == "meet"]
    assert len(meetings) == 2  # 2022-12-19 told twice, 2023-06 once
    merged = next(e for e in meetings if len(e["mentions"]) == 2)
    assert merged["time"] == "2022-12-19" and {m["doc"] for m in merged["mentions"]} == {"a", "b"}
    assert [e["time"] for e in meetings] == sorted(e["time"] for e in meetings)  # by when it happened
    assert filter_chronicle(events, entity="Łukaszenką", since="2023") == [meetings[1]]
    assert filter_chronicle(events, until="2022-12", type_="meet") == [merged]
    rows = list(csv.DictReader(io.StringIO(to_csv(meetings))))
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert rows[0]["cameo"] == "042" and rows[0]["date"] == "2022-12-19" and "Mińsk" in rows[0]["place"]


def _kronika(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kronika.cli", "--db", str(db), *args],
                          capture_output=True, text=True)


def test_kronika_timeline_lists_filters_and_exports(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2022-12-19 W Mińsku Władimir Putin spotkał się z Alaksandrem Łukaszenką. "
                       "Putin obiecał przekazać Iskandery Białorusi.\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert _kronika("ingest", str(article), db=db).returncode == 0
    listed = _kronika("timeline", "--format", "json", db=db)
    assert listed.returncode == 0
    types = [json.loads(line)["type"] for line in listed.stdout.splitlines()]
    assert "meet" in types and "promise" in types
    only = _kronika("timeline", "--type", "promise", "--format", "csv", db=db)
    assert only.stdout.splitlines()[0] == ",".join(GDELT_COLUMNS) and len(only.stdout.splitlines()) == 2
    bad = _kronika("timeline", "--type", "party", db=db)
    assert bad.returncode != 0 and "unknown event type" in bad.stderr and "Traceback" not in bad.stderr
    bad_date = _kronika("timeline", "--from", "grudzień", db=db)
    assert bad_date.returncode != 0 and "--from" in bad_date.stderr


def test_users_add_trigger_words_in_a_file_of_the_same_shape(tmp_path):
    from kronika.events.types import load_schema

    extra = tmp_path / "more_events.toml"
    extra.write_text('[meet]\nverbs = ["zawitać"]\n', encoding="utf-8")
    schema = load_schema(str(extra))
    assert "zawitać" in schema.types["meet"].verbs and "spotkać" in schema.types["meet"].verbs
    assert schema.types["meet"].cameo == "042"


def test_a_missing_additions_file_is_one_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Putin spotkał się z Łukaszenką.\n", encoding="utf-8")
    env = {**__import__("os").environ, "KRONIKA_EVENT_TYPES": str(tmp_path / "nope.toml")}
    done = subprocess.run([sys.executable, "-m", "kronika.cli", "extract", str(article)], capture_output=True,
                          text=True, env=env)
    assert done.returncode != 0
    assert "KRONIKA_EVENT_TYPES" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("text", "type_", "mood"), [
    ("Gdyby tak się stało, Rosja rozmieściłaby na Białorusi kolejne wyrzutnie.", "deploy", "speculated"),
    ("Jeśli Wielka Brytania i Unia Europejska nie uzgodnią warunków, nie będzie umowy.", "agree", "speculated"),
    ("O sprawie miała już rozmawiać z Władimirem Putinem premier Theresa May.", "consult", "reported"),
    ("Rosja przekazała Białorusi systemy S-400 w ubiegłym roku.", "transfer", "asserted"),
    ("Rosja i Białoruś podpiszą umowę w przyszłym tygodniu.", "agree", "planned"),
])
def test_modality_from_the_words_around_the_trigger(nlp, text, type_, mood):
    [event] = events_of(analyse(nlp, text, "2022-12-02"), type_)
    assert event["modality"] == mood


def test_the_places_of_counted_things_come_from_the_sentences_that_go_through_them(nlp):
    text = ("Do końca roku mają powstać cztery nowe bazy logistyczne. "
            "Pierwsza będzie zlokalizowana na Białorusi, w obwodzie brzeskim. "
            "Dwie kolejne powstaną na Ukrainie. – W obwodach lwowskim i wołyńskim – powiedział rzecznik.")
    doc = analyse(nlp, text, "2024-03")
    first = next(e for e in events_of(doc, "establish") if text[e["trigger"]["start"]:].startswith("powstać"))
    # regions rather than the country each sentence names first; the pair is two places
    assert names(doc, first["args"]["place"]) == {"obwód brzeski", "obwód lwowski", "obwód wołyński"}
    assert first["modality"] == "planned"


def test_a_region_named_by_noun_and_adjective_is_a_place(nlp):
    doc = analyse(nlp, "Ćwiczenia odbyły się w obwodzie grodzieńskim oraz w obwodach mińskim i witebskim.", "2024-03")
    regions = {m["lemma"]: m["text"] for m in doc._.mentions if m.get("subtype") == "region"}
    assert regions == {"obwód grodzieński": "obwodzie grodzieńskim", "obwód miński": "obwodach mińskim",
                       "obwód witebski": "witebskim"}


def test_a_sentence_without_its_subject_continues_the_one_named_before(nlp):
    text = ("Sekretarz generalny NATO Mark Rutte odwiedził we wtorek Wilno. "
            "Przebywał tam z oficjalną wizytą także w środę.")
    doc = analyse(nlp, text, "2024-03-07")
    second = [e for e in events_of(doc, "meet") if e["evidence"]["start"] > 60]
    assert second and names(doc, second[0]["args"]["agent"]) == {"Mark Rutte"}


def test_a_demand_by_an_unnamed_group_is_an_event_but_a_threat_of_fate_is_not(nlp):
    doc = analyse(nlp, "Związki zawodowe domagają się od przewoźnika podwyżek. Pozostanie w kraju grozi im śmiercią.",
                  "2024-03")
    assert [e["type"] for e in doc._.events] == ["demand"]


def test_a_judgement_after_naming_verbs_is_criticism_and_speech_after_them_is_not(nlp):
    doc = analyse(nlp, "Rzecznik Kremla Dmitrij Pieskow nazwał raport „kłamstwem”. "
                       "Minister Radosław Sikorski ocenił, że rozmowy trwają.", "2024-03")
    criticisms = events_of(doc, "criticise")
    assert len(criticisms) == 1 and names(doc, criticisms[0]["args"]["agent"]) == {"Dmitrij Pieskow"}


def test_announcing_a_response_is_a_threat(nlp):
    doc = analyse(nlp, "MSZ Rosji zapowiedziało „adekwatną odpowiedź” na decyzję Berlina.", "2024-03")
    assert [e["type"] for e in doc._.events] == ["threaten"]


def test_the_country_of_the_forces_deployed_is_the_agent_and_a_frame_noun_is_no_event(nlp):
    text = ("Polska jest gotowa. Na czas manewrów w pobliżu granicy zostanie rozmieszczonych "
            "około 40 tysięcy polskich żołnierzy.")
    doc = analyse(nlp, text, "2025-09")
    [deploy] = events_of(doc, "deploy")
    assert names(doc, deploy["args"]["agent"]) == {"Polska"}
    assert not events_of(doc, "exercise")  # "na czas manewrów" dates the deployment; it reports no exercise


def test_a_promise_made_by_you_in_a_quotation_is_the_addressees_to_the_speakers_side(nlp):
    text = ("Prezydent Litwy Gitanas Nausėda podziękował prezydentowi Polski Andrzejowi Dudzie.\n"
            "– Dotrzymaliście słowa, jak złożyliście obietnice rok temu – powiedział Nausėda.")
    doc = analyse(nlp, text, "2023-07")
    [promise] = events_of(doc, "promise")
    assert promise["modality"] == "promised"
    assert names(doc, promise["args"]["agent"]) & {"Andrzej Duda", "Polska"}
    assert names(doc, promise["args"]["recipient"]) & {"Gitanas Nausėda", "Litwa"}


def test_what_indirect_speech_says_is_happening_is_reported_but_a_noun_it_takes_for_granted_is_not(nlp):
    doc = analyse(nlp, "Minister Radosław Sikorski przekazał, że szkolenie ukraińskich pilotów już trwa.", "2024-03")
    [training] = events_of(doc, "exercise")
    assert training["modality"] == "reported"


def test_a_makers_name_after_the_thing_handed_over_is_the_theme_and_a_plural_verb_continues_no_person(nlp):
    text = ("Minister zdrowia Adam Niedzielski odwiedził szpital. "
            "Do wieczora 200 tys. dawek szczepionki Pfizer trafi do szpitali. Domagają się szczepionek.")
    doc = analyse(nlp, text, "2021-01-05")
    [transfer] = events_of(doc, "transfer")
    assert names(doc, transfer["args"]["theme"]) & {"Pfizer"} and "agent" not in transfer["args"]
    demands = events_of(doc, "demand")
    assert all("Adam Niedzielski" not in names(doc, d["args"].get("agent")) for d in demands)


def test_a_relative_clause_dates_the_event_noun_it_describes_but_not_the_person(nlp):
    text = ("Rozmowy Alaksandra Łukaszenki z Władimirem Putinem, które w sobotę trwały w Soczi, nie przyniosły "
            "porozumienia. Swiatłana Cichanouska, która od 2020 roku kieruje opozycją, wezwała Zachód do sankcji.")
    doc = analyse(nlp, text, "2019-12-09")
    [talks] = events_of(doc, "consult")
    assert talks["time"]["value"] == "2019-12-07"
    [call] = events_of(doc, "demand")
    assert call["time"]["value"] == "2019-12-09"


def test_triggers_the_tagger_or_word_order_would_hide(nlp):
    doc = analyse(nlp, "Na poligonach w Rosji rozpoczęły się w piątek manewry Zapad-2025. "
                       "Biuro Rzecznika Praw Obywatelskich zwróciło się do komendanta Straży Granicznej o wyjaśnienia.",
                  "2025-09-12")
    assert {e["type"] for e in doc._.events} >= {"exercise", "demand"}


def test_adopting_is_a_decree_only_with_a_law_near(nlp):
    doc = analyse(nlp, "Parlament Europejski przyjął dyrektywę gazową. Niemcy są gotowe przyjąć Asię Bibi.", "2019-04")
    assert [e["type"] for e in doc._.events if e["type"] == "decree"] == ["decree"]
    assert all(e["evidence"]["start"] < 40 for e in events_of(doc, "decree"))


def test_a_meeting_the_sentence_opens_with_took_place_and_a_topic_did_not(nlp):
    doc = analyse(nlp, "Spotkanie było bardziej konkretne, niż przypuszczano. Tematem dnia pozostały rozmowy.", "2018-09")
    assert [e["type"] for e in doc._.events] == ["meet"]


def test_the_partner_behind_a_title_with_its_own_place(nlp):
    doc = analyse(nlp, "Minister Greg Clark spotkał się z ambasadorem Francji w Londynie Jean-Pierre’em Jouyetem.", "2018-06")
    [meeting] = events_of(doc, "meet")
    assert any("Jouyet" in n for n in names(doc, meeting["args"].get("partner")))


def test_a_plural_verb_after_an_event_of_several_actors_continues_them(nlp):
    doc = analyse(nlp, "Litwa, Łotwa i Estonia budują umocnienia. Uzgodniły też wspólny plan obrony.", "2024-03")
    [agreement] = events_of(doc, "agree")
    assert names(doc, agreement["args"]["agent"]) == {"Litwa", "Łotwa", "Estonia"}


def test_a_frame_noun_is_no_event_even_with_a_place_or_partner_named(nlp):
    doc = analyse(nlp, "Na czas manewrów w pobliżu granicy z Białorusią wojsko zamknie drogi. "
                       "Putin obiecał Iskandery podczas wizyty Łukaszenki w Petersburgu.", "2025-09")
    assert not events_of(doc, "exercise")
    assert events_of(doc, "meet")  # "podczas wizyty Łukaszenki" still reports the visit


def test_a_journey_by_unnamed_travellers_is_no_visit(nlp):
    doc = analyse(nlp, "Część migrantów przyleciała do Mińska z Bliskiego Wschodu. "
                       "Premier Mateusz Morawiecki przyleciał do Wilna.", "2021-11")
    [visit] = events_of(doc, "meet")
    assert names(doc, visit["args"]["agent"]) == {"Mateusz Morawiecki"}


def test_arms_that_arrive_are_deployed_and_vaccines_handed_over(nlp):
    doc = analyse(nlp, "Na Białoruś trafiły S-400 i Iskandery. Do Polski trafiło 200 tys. dawek szczepionki.", "2023-06")
    assert [e["type"] for e in doc._.events] == ["deploy", "transfer"]


def test_an_event_noun_that_is_only_a_topic_is_no_event(nlp):
    doc = analyse(nlp, "Komisja Europejska prowadzi prace nad rozbudową systemu Galileo. "
                       "Minister rozumie obawy dotyczące budowy gazociągu Nord Stream 2.", "2018-05")
    assert not events_of(doc, "establish")


def test_a_relative_clause_in_the_nominative_is_about_the_name_before_it(nlp):
    # a name the dictionary cannot decline ("Mulook") is no nominative subject by its case
    doc = analyse(nlp, "W rozmowie z agencją Reutera Mulook, który od soboty jest w Holandii i tam wystąpił o azyl, "
                       "potwierdził zwolnienie klientki.", "2018-11-05")
    [appeal] = events_of(doc, "demand")
    assert any("Mulook" in n for n in names(doc, appeal["args"]["agent"]))


def test_an_event_noun_takes_up_the_event_of_its_type_told_before(nlp):
    doc = analyse(nlp, "Premier Theresa May spotkała się w Londynie z Donaldem Tuskiem. "
                       "Spotkanie było bardziej konkretne, niż przypuszczano.", "2018-09-20")
    first, second = events_of(doc, "meet")
    assert names(doc, second["args"]["agent"]) == names(doc, first["args"]["agent"]) == {"Theresa May"}
    assert names(doc, second["args"]["partner"]) == {"Donald Tusk"}
    assert "place" not in second["args"]  # where it was is the sentence's to say


def test_a_delivery_noun_names_goods_by_itself(nlp):
    doc = analyse(nlp, "Rosyjski koncern wstrzymał dostawy do Polski. Rząd przekazał informację o decyzji.", "2022-04")
    [delivery] = events_of(doc, "transfer")
    assert names(doc, delivery["args"]["recipient"]) == {"Polska"}


def test_a_request_with_a_clause_of_purpose_and_a_body_that_convened(nlp):
    doc = analyse(nlp, "– Prosiłem prezydenta Donalda Trumpa, aby pomógł nam wyjechać – mówił Ashiq Masih. "
                       "W Wilnie po raz pierwszy zebrała się Rada NATO–Ukraina. "
                       "Maroš Šefčovič wziął udział w konferencji w Brukseli.", "2018-11-05")
    [request] = events_of(doc, "demand")
    assert names(doc, request["args"]["recipient"]) == {"Donald Trump"}
    assert names(doc, request["args"]["agent"]) == {"Ashiq Masih"}
    assert [doc.text[e["trigger"]["start"]:e["trigger"]["end"]] for e in events_of(doc, "meet")] == \
        ["zebrała się", "wziął udział w konferencji"]


def test_what_an_outlet_tells_of_is_reported_but_the_frame_of_its_claim_is_not(nlp):
    doc = analyse(nlp, "Według agencji TASS Kreml zapowiedział „adekwatną odpowiedź”. "
                       "Jak podała agencja RIA Nowosti, białoruskie załogi przeszły szkolenie na poligonach w Rosji. "
                       "Jak podaje BelTA, Putin obiecał Iskandery podczas czerwcowej wizyty Łukaszenki w Petersburgu.",
                  "2024-07-11")
    assert {e["type"]: e["modality"] for e in doc._.events} == \
        {"threaten": "reported", "exercise": "reported", "promise": "promised", "meet": "asserted"}


def test_each_verb_of_a_sentence_keeps_its_own_partner_and_a_pronoun_its_person(nlp):
    doc = analyse(nlp, "Premier Mateusz Morawiecki spotkał się w Wilnie z prezydentem Litwy Gitanasem Nausėdą, "
                       "a następnie rozmawiał telefonicznie z przewodniczącym Rady Europejskiej. "
                       "Władimir Putin rozmawiał z Łukaszenką i pogratulował mu zwycięstwa; depesza z Moskwy "
                       "nadeszła, zanim CKW ogłosiła wyniki.", "2021-11-23")
    meeting, call, talk = events_of(doc, "meet") + events_of(doc, "consult")
    assert names(doc, meeting["args"]["partner"]) == {"Gitanas Nausėda"}
    assert names(doc, call["args"]["partner"]) == {"Rada Europejska"}
    [praise] = events_of(doc, "praise")
    assert names(doc, praise["args"]["recipient"]) == {"Alaksandr Łukaszenka"}


def test_who_receives_in_a_relative_clause(nlp):
    doc = analyse(nlp, "Większość mocy zarezerwowało PGNiG, które od kwietnia nie otrzymuje gazu od Gazpromu.", "2022-09")
    [delivery] = events_of(doc, "transfer")
    assert names(doc, delivery["args"]["recipient"]) == {"PGNiG"}
    assert names(doc, delivery["args"]["agent"]) == {"Gazprom"}


def test_a_topic_after_o_is_no_event_but_what_was_decided_is(nlp):
    doc = analyse(nlp, "Komisja Europejska mówiła o nowelizacji dyrektywy gazowej. "
                       "W Waszyngtonie zapadła decyzja o utworzeniu w Wiesbaden nowego dowództwa. "
                       "Donald Trump domagał się od Kanady i Europy większych wydatków. "
                       "Asia Bibi została skazana na mocy ustawy o bluźnierstwie.", "2024-07-11")
    assert not events_of(doc, "decree")
    [founding] = events_of(doc, "establish")
    assert founding["modality"] == "planned"
    [demand] = events_of(doc, "demand")
    # "od Kanady i Europy": both share the preposition, and neither is the one who demands
    assert names(doc, demand["args"]["recipient"]) == {"Kanada", "Europa"}
    assert names(doc, demand["args"]["agent"]) == {"Donald Trump"}


def test_troops_sent_are_deployed_and_words_of_the_wider_lexicon(nlp):
    doc = analyse(nlp, "Stany Zjednoczone wysłały do Polski dodatkowe 2000 żołnierzy. "
                       "Łotwa przywraca obowiązkową służbę wojskową. "
                       "Koalicja jedenastu państw wyszkoli ukraińskich pilotów. "
                       "Rosja najechała Ukrainę w lutym 2022 roku.", "2023-07-12")
    [deployment] = events_of(doc, "deploy")
    assert names(doc, deployment["args"]["place"]) == {"Polska"}
    assert not events_of(doc, "transfer")
    assert [e["type"] for e in doc._.events[1:]] == ["decree", "exercise", "attack"]
    assert events_of(doc, "attack")[0]["time"]["value"] == "2022-02"


def test_a_harm_set_as_what_follows_a_condition_is_a_threat(nlp):
    doc = analyse(nlp, "– Jeśli będziecie strajkować, przeniesiemy miejsca pracy do Polski – powiedział Michael O'Leary. "
                       "Możemy też przebazować flotę – dodał. "
                       "W 2019 roku firma przeniosła siedzibę do Dublina. "
                       "Jeśli rząd zamknie granicę, przewoźnik zawiesi loty.", "2018-08-10")
    threats = events_of(doc, "threaten")
    assert [doc.text[e["trigger"]["start"]:e["trigger"]["end"]] for e in threats] == ["przeniesiemy", "przebazować"]
    assert all(names(doc, e["args"]["agent"]) == {"Michael O'Leary"} for e in threats)
    assert {e["modality"] for e in threats} == {"asserted"}  # the threat is made, whatever it depends on


def test_participants_behind_a_body_noun_between_and_in_a_describing_clause(nlp):
    doc = analyse(nlp, "Władze Pakistanu zawarły ugodę z radykalną islamistyczną partią TLP. "
                       "Rozmowy w sprawie Nord Stream 2 toczą się pomiędzy prezydentem USA Donaldem Trumpem "
                       "a kanclerz Niemiec Angelą Merkel. "
                       "Negocjacje, które Bruksela będzie jeszcze prowadzić z krajami członkowskimi, dotyczą dyrektywy. "
                       "Na szczycie domagał się tego od Kanady i Europy prezydent USA Donald Trump.", "2018-07-12")
    [settlement] = events_of(doc, "agree")
    assert "TLP" in " ".join(names(doc, settlement["args"]["partner"])) or \
        any("Labbaik" in n for n in names(doc, settlement["args"]["partner"]))
    talks, negotiations = events_of(doc, "consult")
    assert names(doc, [talks["args"]["agent"], talks["args"]["partner"]]) == {"Donald Trump", "Angela Merkel"}
    assert names(doc, negotiations["args"]["agent"]) == {"Bruksela"}
    [demand] = events_of(doc, "demand")
    assert names(doc, demand["args"]["agent"]) == {"Donald Trump"}
    assert names(doc, demand["args"]["recipient"]) == {"Kanada", "Europa"}  # not the USA of his title


def test_an_exercise_named_with_a_year_is_dated_by_it_unless_it_is_this_years_news(nlp):
    doc = analyse(nlp, "Podobne zapewnienia padały w Moskwie przy okazji ćwiczeń Zapad-2021. "
                       "Na poligonach w Rosji trwają manewry Zapad-2022.", "2022-02-10")
    old, current = events_of(doc, "exercise")
    assert old["time"]["value"] == "2021"
    assert current["time"]["value"] == "2022-02-10"


def test_a_description_of_a_person_named_before_is_the_doer(nlp):
    doc = analyse(nlp, "Premier Theresa May przyjechała do Warszawy. "
                       "Przy herbacie brytyjska premier rozmawiała o tym, w jaki sposób wyjście z Unii Europejskiej "
                       "wpłynie na życie Polaków. "
                       "Minister obrony Mariusz Błaszczak przyleciał do Białegostoku. "
                       "– To wschodnia flanka NATO – podkreślił szef MON podczas wizyty w Kuźnicy.", "2018-09-20")
    [talk] = events_of(doc, "consult")
    assert names(doc, talk["args"]["agent"]) == {"Theresa May"}
    assert "partner" not in talk["args"]  # "z Unii" is in the clause about leaving, not in the talks
    visit = events_of(doc, "meet")[-1]
    assert names(doc, visit["args"]["agent"]) == {"Mariusz Błaszczak"}  # the minister, not his ministry


def test_whose_account_an_event_is_in(nlp):
    doc = analyse(nlp, "Według przedstawicieli służb Asia Bibi jest w bezpiecznym miejscu ze względu na groźby pod jej adresem. "
                       "Według państwowej agencji BelTA w manewrach bierze udział 13 tysięcy żołnierzy. "
                       "Jak informuje agencja Fides, „islamiści ostrzelali dom, w którym schroniły się jej córki”. "
                       "Kilka partii deklarowało, że poprze decyzję o azylu.", "2018-11-09")
    moods = {e["type"]: e["modality"] for e in doc._.events}
    assert moods["threaten"] == "reported"   # the services' account
    assert moods["exercise"] == "asserted"   # the scene of the claim, not the claim
    assert moods["attack"] == "reported"     # an outlet's quotation of what others did
    assert moods["promise"] == "promised"


def test_a_gerund_frame_keeps_its_noun_out(nlp):
    doc = analyse(nlp, "Kreml skrytykował ustalenia szczytu NATO. "
                       "Komentatorzy sądzą, że wojska rosyjskie zostaną na Białorusi po zakończeniu ćwiczeń.", "2023-07-13")
    assert [e["type"] for e in doc._.events] == ["criticise"]


def test_troops_and_units_that_arrive_are_deployed_and_an_operation_launched_too(nlp):
    doc = analyse(nlp, "W 2022 roku wojska rosyjskie, które przybyły na manewry, zostały na Białorusi. "
                       "Według Wilna do enklawy trafiły co najmniej dwa nowe dywizjony rakietowe. "
                       "W odpowiedzi Sojusz uruchomił operację Wschodnia Straż.", "2025-09-12")
    assert [e["type"] for e in doc._.events if e["type"] in ("deploy", "meet", "transfer", "establish")] == \
        ["deploy", "deploy", "deploy"]


def test_soldiers_sent_are_deployed_and_supplying_ammunition_is_a_transfer(nlp):
    doc = analyse(nlp, "Nie ma przesłanek, by białoruscy żołnierze zostali wysłani do Ukrainy. "
                       "Reżim zaopatrywał rosyjską armię w amunicję.", "2023-02-20")
    assert [e["type"] for e in doc._.events] == ["deploy", "transfer"]


def test_the_name_of_an_operation_is_its_theme_and_a_genitive_body_its_doer(nlp):
    doc = analyse(nlp, "W odpowiedzi NATO uruchomiło operację Wschodnia Straż. "
                       "Kreml chce wywrzeć presję przed zaplanowanymi ćwiczeniami NATO na Bałtyku.", "2025-09-12")
    operation = events_of(doc, "deploy")[0]
    assert any("Straż" in n for n in names(doc, operation["args"]["theme"]))
    assert names(doc, operation["args"]["agent"]) == {"NATO"}
    [exercise] = events_of(doc, "exercise")
    assert names(doc, exercise["args"]["agent"]) == {"NATO"}


def test_whom_a_statement_is_at_and_who_does_what_around_subordinate_clauses(nlp):
    doc = analyse(nlp, "Mołdawia i Białoruś są sąsiadami Ukrainy. "
                       "Sandu oskarża Kreml o wywołanie kryzysu. "
                       "Maria Zacharowa zarzuciła mołdawskim władzom ludobójstwo energetyczne. "
                       "Baku i Erywań zwróciły się do OBWE o rozwiązanie Grupy Mińskiej. "
                       "Amerykańskie firmy zbudują korytarz przez terytorium Armenii. "
                       "Stany Zjednoczone ostrzegły, że ustawa zmusi Waszyngton do przeglądu relacji.", "2025-08-11")
    accusation, charge = events_of(doc, "criticise")
    assert names(doc, accusation["args"]["recipient"]) == {"Kreml"}
    assert names(doc, charge["args"]["agent"]) == {"Maria Zacharowa"}
    assert names(doc, charge["args"]["recipient"]) == {"Mołdawia"}
    [appeal] = events_of(doc, "demand")
    [body] = names(doc, appeal["args"]["recipient"])  # OBWE, not the group it asks to dissolve
    assert body.startswith("Organizacja Bezpieczeństwa")
    assert "agent" not in events_of(doc, "establish")[0]["args"]  # "przez prowincję" is the way, not the doer
    assert "recipient" not in events_of(doc, "warn")[0]["args"]  # Waszyngton is in what was said


def test_not_ruled_out_conditional_stopped_and_not_happened(nlp):
    doc = analyse(nlp, "Jak podała agencja TASS, Gazprom nie wyklucza wznowienia dostaw do Mołdawii. "
                       "Premier Dorin Recean przekazał, że rząd jest gotów dostarczyć gaz do Naddniestrza, jeśli "
                       "władze w Tyraspolu przyjmą pomoc. "
                       "Gazprom wstrzymał dostawy do Mołdawii. "
                       "James O’Brien rozmawiał z opozycją, do spotkania z premierem Kobachidzem jednak nie doszło. "
                       "Kreml może w ciągu kilku tygodni znów dostarczyć Tyraspolowi tani gaz.", "2025-01-16")
    moods = [e["modality"] for e in events_of(doc, "transfer")]
    assert moods == ["speculated", "speculated", "negated", "speculated"]
    assert events_of(doc, "meet")[0]["modality"] == "negated"


def test_an_event_noun_takes_the_tense_of_the_verb_it_is_subject_of(nlp):
    doc = analyse(nlp, "Rzeczniczka MSZ Ani Badalian przekazała, że pierwsze rozmowy techniczne o przebiegu trasy "
                       "odbędą się we wrześniu w Erywaniu.", "2025-08-11")
    [talks] = events_of(doc, "consult")
    assert talks["modality"] == "planned"
    assert talks["time"]["value"] == "2025-09"


def test_money_handed_over_and_a_law_named_is_no_adoption(nlp):
    doc = analyse(nlp, "Unia Europejska zapowiedziała, że przekaże Mołdawii 30 mln euro. "
                       "W przyszłym tygodniu do Kiszyniowa ma przylecieć komisarz Dan Jørgensen. "
                       "Oba rządy uzgodniły, że wspólnie poprowadzą śledztwo. "
                       "Szef unijnej dyplomacji Josep Borrell nazwał ustawę „bardzo złym krokiem”.", "2025-01-16")
    types = [e["type"] for e in doc._.events]
    assert types.count("transfer") == 1 and "meet" in types and "agree" in types
    assert "decree" not in types


def test_a_name_whose_first_word_the_dictionary_lacks_takes_its_case_from_the_surname(nlp):
    doc = analyse(nlp, "Rzecznik Kremla Dmitrij Pieskow zaprzeczył, jakoby Rosja miała wpływ na prace parlamentu, "
                       "i oskarżył Gruzję o prowokację.", "2024-05-14")
    [accusation] = events_of(doc, "criticise")
    assert names(doc, accusation["args"]["agent"]) == {"Dmitrij Pieskow"}


def test_a_recipient_stays_out_of_the_next_coordinated_clause(nlp):
    doc = analyse(nlp, "Dmitrij Pieskow zażądał natychmiastowego zwolnienia statku, a rosyjskie MSZ zagroziło Szwecji "
                       "stosownymi krokami.", "2026-02-10")
    [demand] = events_of(doc, "demand")
    assert "recipient" not in demand["args"]
    [threat] = events_of(doc, "threaten")
    assert names(doc, threat["args"]["recipient"]) == {"Szwecja"}


def test_an_event_is_dated_by_the_day_of_a_part_of_the_day(nlp):
    doc = analyse(nlp, "Prezydent Salome Zurabiszwili wezwała we wtorek wieczorem rodaków do wytrwania na ulicach.",
                  "2024-05-15")
    [call] = events_of(doc, "demand")
    assert call["time"]["value"] == "2024-05-14"
    assert doc._.timexes[call["time"]["timex"]]["value"] == "2024-05-14TEV"  # the expression keeps its part


def test_both_sides_are_the_pair_just_named(nlp):
    doc = analyse(nlp, "Prezydent Karol Nawrocki spotkał się w Seulu z prezydentem Lee Jae-myungiem. "
                       "Obie strony podpisały memorandum o współpracy.", "2026-04-16")
    [signing] = events_of(doc, "agree")
    assert names(doc, signing["args"]["agent"]) == {"Karol Nawrocki"}
    assert "Lee" in " ".join(names(doc, signing["args"]["partner"]))


def test_a_wish_a_duty_and_a_state_are_no_events(nlp):
    doc = analyse(nlp, "Najważniejsze jest to, żeby brytyjski rząd docenił naszą pracę. "
                       "Większość państw uważa, że tę dyrektywę należy przyjąć. "
                       "Zapewnił, że jej życie „nie jest zagrożone”. "
                       "Parlament Europejski przyjął dyrektywę gazową.", "2018-05-10")
    assert [e["type"] for e in doc._.events] == ["decree"]
    assert doc._.events[0]["evidence"]["start"] > 100  # the adoption that happened, not the one wished


def test_a_stance_held_for_long_and_a_training_centre_are_no_events(nlp):
    doc = analyse(nlp, "Polska od miesięcy apelowała o podniesienie celu. "
                       "Od 2022 roku Rosja regularnie wykorzystuje je także do ataków na ukraińskie miasta. "
                       "Resort zapowiada, że w pobliżu Białegostoku powstanie nowe centrum szkolenia wojsk.", "2025-06-25")
    assert [e["type"] for e in doc._.events] == ["establish"]


def test_a_statement_whose_subject_opens_the_sentence_far_before_it(nlp):
    doc = analyse(nlp, "Mąż uniewinnionej przez pakistański Sąd Najwyższy chrześcijanki, skazanej w 2010 r. na śmierć, "
                       "zaapelował w sobotę o azyl dla całej rodziny do Wielkiej Brytanii, USA lub Kanady.", "2018-11-03")
    [appeal] = events_of(doc, "demand")
    assert {"Wielka Brytania"} <= names(doc, appeal["args"]["recipient"])


def test_an_outlet_credited_before_a_subjectless_verb_is_not_its_doer(nlp):
    doc = analyse(nlp, "Premier Serbii Miloš Vučević odrzucił w środę unijną propozycję. "
                       "Według prorządowej agencji Tanjug nazwał ją „dyktatem Brukseli” i zaapelował do Moskwy o wsparcie.",
                  "2025-03-06")
    [criticism] = events_of(doc, "criticise")
    assert names(doc, criticism["args"]["agent"]) == {"Miloš Vučević"}
    assert "recipient" not in criticism["args"]  # Moskwa is whom the next verb appeals to
    assert criticism["modality"] == "reported"


def test_the_subject_of_the_verb_a_statement_noun_is_the_object_of(nlp):
    doc = analyse(nlp, "Kanclerz Niemiec Friedrich Merz pogratulował zwycięzcy wyborów. "
                       "Gratulacje przesłał mu także prezydent Francji Emmanuel Macron.", "2025-05-19")
    agents = [names(doc, e["args"].get("agent")) for e in events_of(doc, "praise")]
    assert agents == [{"Friedrich Merz"}, {"Emmanuel Macron"}]


def test_a_negated_passive_a_threatened_sanction_and_a_topic_that_is_no_condition(nlp):
    doc = analyse(nlp, "Porozumienie nie zostało jednak we wtorek podpisane. "
                       "Bruksela grozi Belgradowi sankcjami. "
                       "Rolnicy domagają się od rządu pomocy, jeśli chodzi o ceny zboża.", "2025-03-06")
    assert [e["modality"] for e in events_of(doc, "agree")] == ["negated"]
    assert [e["modality"] for e in events_of(doc, "sanction")] == ["speculated"]
    assert [e["modality"] for e in events_of(doc, "demand")] == ["asserted"]


def test_what_is_set_up_is_the_theme_and_a_kb_adjective_names_a_body(nlp):
    doc = analyse(nlp, "Rząd ogłosił utworzenie Agencji Uzbrojenia. "
                       "Premier Ukrainy Denys Szmyhal podziękował unijnym ministrom za wsparcie. "
                       "Moskwa zapowiedziała odpowiedź na natowskie ćwiczenia.", "2025-03-06")
    [founding] = events_of(doc, "establish")
    assert names(doc, founding["args"]["theme"]) == {"Agencja Uzbrojenia"}
    assert "agent" not in founding["args"]  # the agency does not found itself
    [thanks] = events_of(doc, "thank")
    assert names(doc, thanks["args"]["recipient"]) == {"Unia Europejska"}
    [drill] = events_of(doc, "exercise")
    assert names(doc, drill["args"]["agent"]) == {"NATO"}


def test_a_subject_shared_by_coordinated_verbs_and_one_apposed_after_the_verb(nlp):
    doc = analyse(nlp, "Dyplomaci nie wykluczają, że gdy Bratysława obejmie prezydencję w Radzie UE, "
                       "Słowacja złagodzi stanowisko i zgodzi się na kompromis. "
                       "Umowę podpisali w Kijowie ministrowie obrony obu państw, Rustem Umierow i Robert Kaliňák.",
                  "2025-03-06")
    [consent, signing] = events_of(doc, "agree")
    assert names(doc, consent["args"]["agent"]) == {"Słowacja"}
    assert names(doc, signing["args"]["agent"]) | names(doc, signing["args"].get("partner")) == \
        {"Rustem Umierow", "Robert Kaliňák"}


def test_an_event_that_does_not_happen_has_no_time_unless_the_text_dates_it(nlp):
    doc = analyse(nlp, "Rzecznik zaprzeczył, jakoby Belgrad zażądał od Prisztiny ustępstw. "
                       "Porozumienie nie zostało jednak we wtorek podpisane. "
                       "Czechy już wiosną 2022 roku przekazały Ukrainie czołgi T-72.", "2025-03-06")
    assert [e["time"] for e in events_of(doc, "demand")] == [None]
    assert [e["time"]["value"] for e in events_of(doc, "agree")] == ["2025-03-04"]
    assert [e["time"]["value"] for e in events_of(doc, "transfer")] == ["2022"]  # a season dates by its year


def test_not_ruled_out_an_opening_condition_a_refusal_a_thwarted_act_and_a_date_ahead(nlp):
    doc = analyse(nlp, "Minister nie wykluczył jednak, że czeskie firmy będą sprzedawać Ukrainie amunicję. "
                       "Jeśli rozmowy w Brukseli pójdą sprawnie, obie strony mogą w grudniu podpisać umowę. "
                       "Premier Albin Kurti przekazał, że Prisztina nie zgodzi się na utworzenie Związku Gmin Serbskich. "
                       "Policja udaremniła sabotaż w Tapie. "
                       "Kazachstan i Niemcy uzgodniły zwiększenie dostaw ropy do Niemiec w 2027 roku.", "2026-07-08")
    assert [e["modality"] for e in events_of(doc, "agree")] == ["speculated", "negated", "asserted"]
    assert events_of(doc, "agree")[2]["time"]["value"] == "2026-07-08"  # agreed now, on what comes in 2027
    assert [e["modality"] for e in events_of(doc, "establish")] == ["negated"]
    assert [e["modality"] for e in events_of(doc, "attack")] == ["negated"]
    assert [e["modality"] for e in events_of(doc, "transfer")] == ["speculated", "planned"]


def test_partners_named_by_the_countries_of_their_office_and_a_route_that_is_no_doer(nlp):
    doc = analyse(nlp, "Szef estońskiej dyplomacji Margus Tsahkna rozmawiał wczoraj z ministrami spraw zagranicznych "
                       "Litwy i Łotwy. "
                       "– Zwiększymy dostawy przez Azerbejdżan i Gruzję – powiedział minister energetyki Kazachstanu "
                       "Jerłan Akkenżenow. "
                       "Rozmowy nie przyniosły porozumienia w sprawie północy Kosowa, zamieszkanej przez Serbów.",
                  "2026-03-11")
    talks = events_of(doc, "consult")[0]
    assert names(doc, talks["args"]["partner"]) == {"Litwa", "Łotwa"}
    [supplies] = events_of(doc, "transfer")
    assert not names(doc, supplies["args"].get("agent")) & {"Azerbejdżan", "Gruzja"}
    assert all("Serbowie" not in names(doc, e["args"].get("agent")) for e in doc._.events)


def test_whom_a_visit_meets_is_named_in_the_clause_on_its_place(nlp):
    doc = analyse(nlp, "Prezydent Kazachstanu Kassym-Żomart Tokajew ma w przyszłym miesiącu odwiedzić Berlin, "
                       "gdzie porozmawia z kanclerzem Friedrichem Merzem o współpracy energetycznej.", "2026-07-08")
    [visit] = events_of(doc, "meet")
    assert names(doc, visit["args"]["partner"]) == {"Friedrich Merz"}
    assert visit["modality"] == "planned"


def test_a_phrase_that_ends_in_its_verb_and_a_moratorium_adopted(nlp):
    doc = analyse(nlp, "Moskwa z zadowoleniem przyjęła decyzję Tbilisi. "
                       "W 2017 roku ukraiński instytut wprowadził moratorium na ekshumacje.", "2024-05-15")
    [praise] = events_of(doc, "praise")
    assert names(doc, praise["args"]["agent"]) == {"Moskwa"}
    assert names(doc, praise["args"]["recipient"]) == {"Tbilisi"}
    assert [e["time"]["value"] for e in events_of(doc, "decree")] == ["2017"]


def test_a_seat_of_power_stands_for_who_governs_there(nlp):
    doc = analyse(nlp, "Prezydent Serbii Aleksandar Vučić oskarżył władze w Prisztinie o łamanie porozumień "
                       "i zażądał wycofania policji. Unia rozszerzyła sankcje wobec reżimu w Mińsku.", "2024-10-17")
    [charge] = events_of(doc, "criticise")
    assert names(doc, charge["args"]["recipient"]) == {"Prisztina"}
    [demand] = events_of(doc, "demand")
    assert names(doc, demand["args"]["agent"]) == {"Aleksandar Vučić"}
    [sanctions] = events_of(doc, "sanction")
    assert names(doc, sanctions["args"]["recipient"]) == {"Mińsk"}
    assert "place" not in sanctions["args"]


def test_two_events_of_a_type_in_clauses_of_their_own_but_not_the_same_one_twice(nlp):
    doc = analyse(nlp, "Władze Litwy zapowiedziały zakup wyrzutni HIMARS, a Estonia i Łotwa przygotowują wspólny "
                       "zakup systemów obrony powietrznej. "
                       "Białoruska armia nie wykona uderzenia na Ukrainę, a społeczeństwo nie zaakceptowałoby ataku.",
                  "2024-07-11")
    buyers = [names(doc, e["args"].get("recipient")) | names(doc, e["args"].get("agent"))
              for e in events_of(doc, "transfer")]
    assert len(buyers) == 2 and {"Estonia", "Łotwa"} <= buyers[1]
    assert len(events_of(doc, "attack")) == 1


def test_the_weapon_of_an_attack_is_its_theme_and_a_requirement_acts_for_no_one(nlp):
    doc = analyse(nlp, "Nad Polską część rosyjskich dronów zestrzeliły polskie F-16. "
                       "Jednocześnie zniesiono wymóg realizacji Planu Działań na rzecz Członkostwa.", "2025-09-12")
    [shooting] = events_of(doc, "attack")
    assert names(doc, shooting["args"]["theme"]) >= {"F-16"}
    assert all("agent" not in e["args"] for e in events_of(doc, "decree"))


def test_a_passive_participle_the_tagger_reads_as_an_adjective_still_triggers(nlp):
    doc = analyse(nlp, "Dodał, że liczy, iż na następnym posiedzeniu ministrów ds. energii ta dyrektywa zostanie przyjęta. "
                       "Jeśli takie prawo byłoby faktycznie przyjęte, mogłoby zagrozić projektowi.", "2018-06-01")
    assert [e["modality"] for e in events_of(doc, "decree")] == ["speculated", "speculated"]


def test_a_countrys_adjective_and_its_government_noun_stand_for_the_country(nlp):
    doc = analyse(nlp, "Litwa i Wielka Brytania rozmawiały o obronie. Litewskie władze zapowiedziały zakup wyrzutni HIMARS. "
                       "Eksperci wskazują na ryzyko wprowadzenia przez brytyjskie władze opłaty granicznej.", "2024-06-01")
    [purchase] = events_of(doc, "transfer")
    assert names(doc, purchase["args"]["recipient"]) == {"Litwa"}
    [levy] = events_of(doc, "decree")
    assert names(doc, levy["args"]["agent"]) == {"Wielka Brytania"}


def test_whom_criticism_is_addressed_to_with_pod_adresem(nlp):
    doc = analyse(nlp, "Minister Radosław Sikorski skierował ostrą krytykę pod adresem Gazpromu.", "2024-06-01")
    [criticism] = events_of(doc, "criticise")
    assert names(doc, criticism["args"]["recipient"]) == {"Gazprom"}


def test_a_bare_government_in_what_a_minister_says_is_their_countrys(nlp):
    doc = analyse(nlp, "Wczoraj premier Mołdawii Dorin Recean przekazał, że rząd jest gotów dostarczyć do "
                       "Naddniestrza gaz z rynku europejskiego.", "2025-01-16")
    [supply] = events_of(doc, "transfer")
    assert names(doc, supply["args"]["agent"]) == {"Mołdawia"}
    assert names(doc, supply["args"]["recipient"]) == {"Naddniestrze"}


def test_the_other_side_by_its_adjective_and_threats_at_the_person_named_before(nlp):
    doc = analyse(nlp, "Pakistan i Niemcy prowadzą kontakty. – Trwają rozmowy ze stroną pakistańską – dodała rzeczniczka. "
                       "Według służb Asia Bibi jest w bezpiecznym miejscu ze względu na groźby pod jej adresem.",
                  "2018-11-10")
    talks = [e for e in events_of(doc, "consult") if "partner" in e["args"]]
    assert [names(doc, e["args"]["partner"]) for e in talks] == [{"Pakistan"}]
    [threats] = events_of(doc, "threaten")
    assert names(doc, threats["args"]["recipient"]) == {"Asia Bibi"}
    assert "agent" not in threats["args"]


def test_a_threats_content_is_no_place_an_exercise_name_is_no_doer_and_wobec_before_the_noun(nlp):
    doc = analyse(nlp, "Rzeczniczka MSZ Rosji Maria Zacharowa zagroziła, że składy z amunicją na Ukrainie staną się celem. "
                       "Unia Europejska utrzymuje wobec Kosowa restrykcje finansowe.", "2026-03-11")
    [threat] = events_of(doc, "threaten")
    assert "place" not in threat["args"]
    drill = analyse(nlp, "W przyszłym tygodniu rozpoczną się ćwiczenia Kevadtorm.", "2026-03-11")
    [exercise] = events_of(drill, "exercise")  # the recogniser reads the name as a person's
    assert "agent" not in exercise["args"] and names(drill, exercise["args"]["theme"]) == {"Kevadtorm"}
    [sanctions] = events_of(doc, "sanction")
    assert names(doc, sanctions["args"]["recipient"]) == {"Kosowo"}


def test_who_takes_part_is_named_after_z_udzialem(nlp):
    doc = analyse(nlp, "Rozmowy z udziałem unijnego wysłannika ds. dialogu Miroslava Lajčáka trwały ponad cztery godziny.",
                  "2024-10-17")
    [talks] = events_of(doc, "consult")
    [envoy] = [m["entity"] for m in doc._.mentions if "Lajčák" in m["text"]]
    assert talks["args"]["partner"] == envoy


def test_exercise_nouns_count_in_the_plural_only(nlp):
    doc = analyse(nlp, "Nierozstrzygnięte pozostają rekompensaty za tzw. manewr podatkowy. "
                       "Chrenin zapewnił, że ćwiczenia mają wyłącznie obronny charakter.", "2025-09-12")
    assert [doc.text[e["trigger"]["start"]:e["trigger"]["end"]] for e in events_of(doc, "exercise")] == ["ćwiczenia"]
