"""Language identification on a few sentences, offline."""

from __future__ import annotations

import pytest

from kronika.ingest.language import detect_language, normalise_language_tag


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("pl", "Rząd przyjął we wtorek projekt budżetu na przyszły rok. Minister finansów zapowiedział, "
               "że deficyt będzie niższy, niż się spodziewano."),
        ("en", "The government adopted next year's budget draft on Tuesday. The finance minister said "
               "the deficit would be lower than expected."),
        ("ru", "Правительство во вторник одобрило проект бюджета на следующий год. Министр финансов "
               "заявил, что дефицит будет ниже, чем ожидалось."),
        ("uk", "Уряд у вівторок ухвалив проєкт бюджету на наступний рік. Міністр фінансів заявив, "
               "що дефіцит буде нижчим, ніж очікувалося."),
        ("cs", "Vláda v úterý schválila návrh rozpočtu na příští rok. Ministr financí uvedl, "
               "že schodek bude nižší, než se čekalo."),
    ],
)
def test_detects_the_languages_of_the_region(code, text):
    assert detect_language(text) == code


def test_text_without_letters_is_undetermined():
    assert detect_language("") == "und"
    assert detect_language("2023-03-14 12:00 — 42%") == "und"


@pytest.mark.parametrize(("tag", "code"), [("pl-PL", "pl"), ("PL", "pl"), ("en_GB", "en"), ("", None), (None, None), ("polski", None)])
def test_language_tags_are_reduced_to_two_letters(tag, code):
    assert normalise_language_tag(tag) == code
