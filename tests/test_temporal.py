"""Temporal expressions and their TIMEX3 values (`kronika_time`, issue #5).

The texts are short Polish sentences written for these tests; spans are found with `str.index`.
"""

from __future__ import annotations

import pytest

from kronika.analyse.pipeline import build_nlp
from kronika.temporal.normalise import Anchor, Reading, duration, value_of


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(entities=False, quotes=False)  # the time component needs only the text layer


def timexes(nlp, text: str, date: str | None) -> dict[str, tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc.user_data["kronika_date"] = date
    found = nlp(doc)._.timexes
    for t in found:
        assert text[t["start"]:t["end"]] == t["text"]
    return {t["text"]: (t["type"], t["value"]) for t in found}


def test_half_a_year_ago_in_a_december_article_is_june(nlp):
    found = timexes(nlp, "Pół roku temu Putin obiecał przekazać Iskandery Białorusi.", "2022-12")
    assert found == {"Pół roku temu": ("DATE", "2022-06")}


def test_a_month_adjective_resolves_to_the_last_such_month(nlp):
    found = timexes(nlp, "Obietnicę złożył podczas czerwcowej wizyty Łukaszenki w Petersburgu.", "2022-12-19")
    assert found == {"czerwcowej": ("DATE", "2022-06")}


def test_a_weekday_follows_the_tense_of_its_verb(nlp):
    text = "W piątek Rosja i Białoruś podpiszą pakt. W poniedziałek ministrowie rozmawiali w Mińsku."
    found = timexes(nlp, text, "2022-12-14")  # a Wednesday
    assert found["piątek"] == ("DATE", "2022-12-16")
    assert found["poniedziałek"] == ("DATE", "2022-12-12")


def test_planned_with_mieć_is_future(nlp):
    found = timexes(nlp, "Rosja i Białoruś mają w piątek podpisać pakt o gwarancjach bezpieczeństwa.", "2022-12-14")
    assert found == {"piątek": ("DATE", "2022-12-16")}


def test_a_month_only_document_date_is_not_refined_into_an_invented_day(nlp):
    found = timexes(nlp, "Dziś oddaliśmy do użytku system S-400. Wczoraj ministrowie rozmawiali.", "2022-12")
    assert found == {"Dziś": ("DATE", "2022-12"), "Wczoraj": ("DATE", "2022-12")}


def test_an_undated_document_keeps_relative_expressions_unresolved(nlp):
    text = "W piątek ministrowie spotkali się w Mińsku, a 15 marca 2019 roku podpisali umowę."
    found = timexes(nlp, text, None)
    assert found["piątek"] == ("DATE", None)
    assert found["15 marca 2019 roku"] == ("DATE", "2019-03-15")  # absolute dates need no anchor


def test_prepositions_stay_out_of_the_span_and_years_become_years(nlp):
    found = timexes(nlp, "Od 2022 roku Białoruś wspiera Rosję, a w 2023 r. przyjęła broń jądrową.", "2024-01-10")
    assert found == {"2022 roku": ("DATE", "2022"), "2023 r.": ("DATE", "2023")}


def test_vague_references_durations_and_sets(nlp):
    text = ("Obecnie trwają rozmowy, które do tej pory trwały ponad pięć godzin. "
            "Od ośmiu lat ćwiczenia odbywają się co roku, a wkrótce ruszy kolejna tura.")
    found = timexes(nlp, text, "2022-12-02")
    assert found["Obecnie"] == ("DATE", "PRESENT_REF")
    assert found["tej pory"] == ("DATE", "PRESENT_REF")
    assert found["ponad pięć godzin"] == ("DURATION", "PT5H")
    assert found["ośmiu lat"] == ("DURATION", "P8Y")
    assert found["co roku"] == ("SET", "P1Y")
    assert found["wkrótce"] == ("DATE", "FUTURE_REF")


def test_next_week_is_an_iso_week_and_dates_in_numbers_are_read(nlp):
    found = timexes(nlp, "W przyszłym tygodniu minister odwiedzi Wilno; umowę podpisano 12.05.2021.", "2022-12-02")
    assert found == {"przyszłym tygodniu": ("DATE", "2022-W49"), "12.05.2021": ("DATE", "2021-05-12")}


def test_an_anchored_expression_counts_from_the_date_before_it(nlp):
    text = "Szczyt rozpoczął się 10 lutego 2022 roku. Następnego dnia ministrowie podpisali umowę."
    found = timexes(nlp, text, "2022-03-01")
    assert found["Następnego dnia"] == ("DATE", "2022-02-11")
    alone = timexes(nlp, "Następnego dnia ministrowie podpisali umowę.", "2022-03-01")
    assert alone["Następnego dnia"] == ("DATE", None)  # no date to count from: unknown, not guessed


def test_names_with_a_year_are_not_time_expressions(nlp):
    found = timexes(nlp, "Ćwiczenia Zapad-2025 rozpoczęły się w piątek.", "2025-09-12")
    assert "2025" not in " ".join(found)
    assert found == {"piątek": ("DATE", "2025-09-12")}


@pytest.mark.parametrize(("amount", "unit", "value"), [(0.5, "Y", "P6M"), (1.5, "Y", "P18M"), (5, "H", "PT5H"),
                                                       ("X", "Y", "PXY"), (30, "MIN", "PT30M"), (2, "D", "P2D")])
def test_duration_values(amount, unit, value):
    assert duration(amount, unit) == value


def test_a_day_without_a_year_in_the_past_goes_back_a_year_when_needed():
    anchor = Anchor.parse("2023-01-05")
    reading = Reading("DATE", "no_year", month=12, day=20)
    assert value_of(reading, anchor, "past") == "2022-12-20"
    assert value_of(reading, anchor, "future") == "2023-12-20"


def test_parts_of_the_day_narrow_a_day(nlp):
    text = "We wtorek rano przejście zamknięto. W nocy z czwartku na piątek zamknięto przestrzeń powietrzną."
    found = timexes(nlp, text, "2021-11-09")
    assert found["wtorek rano"] == ("TIME", "2021-11-09TMO")
    assert found["nocy z czwartku na piątek"] == ("TIME", "2021-11-04TNI")
    assert timexes(nlp, "Od niedzielnego wieczoru trwają protesty.", "2021-11-09") == {
        "niedzielnego wieczoru": ("TIME", "2021-11-07TEV")}


def test_february_read_as_the_adjective_luty_is_still_the_month(nlp):
    # the tagger reads "lutym" as "luty" (fierce); an adjective would agree with a noun after it
    found = timexes(nlp, "Rosja napadła na Ukrainę w lutym 2022 roku, a w lutym tego roku zima była lutym mrozem.",
                    "2023-07-12")
    assert found["lutym 2022 roku"] == ("DATE", "2022-02")
    assert not any(text.startswith("lutym mrozem") for text in found)


def test_a_month_in_the_present_tense_is_the_nearest_such_month(nlp):
    assert timexes(nlp, "Łotwa od lipca przywraca obowiązkową służbę wojskową.", "2023-06-14") == \
        {"lipca": ("DATE", "2023-07")}
    assert timexes(nlp, "Od listopada trwają protesty.", "2023-01-10") == {"listopada": ("DATE", "2022-11")}


def test_the_end_a_half_and_the_seasons_of_a_year(nlp):
    found = timexes(nlp, "Rząd przyjmie ustawę do końca roku. Na początku przyszłego roku ruszy budowa, "
                         "a w drugiej połowie 2027 roku pierwsze dostawy. Umowę strony mogą podpisać jesienią.",
                    "2025-05-14")
    assert found == {"końca roku": ("DATE", "2025"), "początku przyszłego roku": ("DATE", "2026"),
                     "drugiej połowie 2027 roku": ("DATE", "2027-H2"), "jesienią": ("DATE", "2025-FA")}


def test_the_same_month_a_year_and_more_and_a_name_read_as_a_verb(nlp):
    found = timexes(nlp, "Moratorium zniesiono pół roku temu. W tym samym miesiącu ministrowie uzgodnili harmonogram. "
                         "Przywódcy spotkali się po raz pierwszy od ponad roku. Rodziny czekały ponad osiemdziesiąt lat.",
                    "2025-05-14")
    assert found == {"pół roku temu": ("DATE", "2024-11"), "tym samym miesiącu": ("DATE", "2024-11"),
                     "ponad roku": ("DURATION", "P1Y"), "ponad osiemdziesiąt lat": ("DURATION", "P80Y")}
    # "Vučić" is tagged as an infinitive; the past verb after it decides the Thursday
    assert timexes(nlp, "W czwartek w Belgradzie Vučić oskarżył władze Kosowa.", "2024-10-17") == \
        {"czwartek": ("DATE", "2024-10-17")}
    assert timexes(nlp, "Thyssen wezwała wczoraj (26 września) prezesa linii.", "2018-09-27") == \
        {"wczoraj": ("DATE", "2018-09-26"), "26 września": ("DATE", "2018-09-26")}


def test_last_wednesday_said_on_a_wednesday_is_a_week_before(nlp):
    assert timexes(nlp, "Spotkanie odbyło się zeszłej środy.", "2026-12-02") == {"zeszłej środy": ("DATE", "2026-11-25")}
    assert timexes(nlp, "W środę podpisano umowę.", "2026-12-02") == {"środę": ("DATE", "2026-12-02")}
