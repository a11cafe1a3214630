"""Fingerprints: exact hash, MinHash similarity and LSH band keys for near-duplicates."""

from __future__ import annotations

import hashlib
import time

from kronika.ingest.dedup import BANDS, NUM_PERM, fingerprint, normalised_words, similarity

FLOOD = (
    "Po intensywnych opadach deszczu poziom wody w Odrze przekroczył w środę stany alarmowe na kilku "
    "wodowskazach w województwie dolnośląskim. Wojewoda ogłosił pogotowie przeciwpowodziowe w dziewięciu "
    "powiatach i zwołał posiedzenie sztabu kryzysowego. Strażacy od rana umacniają wały workami z piaskiem, "
    "a w najbardziej zagrożonych miejscowościach trwa ewakuacja mieszkańców. Burmistrz Oławy poinformował, "
    "że szkoły pozostaną zamknięte do końca tygodnia, a miejska hala sportowa została przygotowana jako "
    "punkt noclegowy dla osób, które musiały opuścić domy. Synoptycy zapowiadają, że deszcz będzie padał "
    "jeszcze co najmniej przez dwa dni, dlatego fala kulminacyjna może dotrzeć do Wrocławia w sobotę. "
    "Hydrolodzy przypominają, że sytuacja jest inna niż podczas powodzi tysiąclecia, ponieważ zbiorniki "
    "retencyjne mają wolne miejsce, a nowy polder w Raciborzu może przyjąć kilkadziesiąt milionów metrów "
    "sześciennych wody. Rolnicy z nadodrzańskich gmin obawiają się jednak strat w uprawach kukurydzy i "
    "buraków, które nie zostały jeszcze zebrane. Minister infrastruktury zapowiedział, że rząd przygotuje "
    "specjalny program pomocy dla poszkodowanych, obejmujący zasiłki na remont domów oraz odszkodowania za "
    "zniszczone plony. Na konferencji prasowej podkreślił, że pieniądze trafią do gmin bez zbędnej zwłoki. "
    "Mieszkańcy zagrożonych terenów proszeni są o śledzenie komunikatów służb i niezbliżanie się do wałów, "
    "które mogą być rozmiękczone po wielu dniach naporu wody. Policja zamknęła dla ruchu dwa mosty na Odrze "
    "i wyznaczyła objazdy przez sąsiednie miejscowości. Kolej uruchomiła zastępczą komunikację autobusową na "
    "odcinku, na którym tory zostały podmyte."
)

ELECTION = (
    "Państwowa Komisja Wyborcza podała w poniedziałek oficjalne wyniki wyborów samorządowych. Frekwencja "
    "wyniosła nieco ponad pięćdziesiąt dwa procent i była najwyższa w historii wyborów lokalnych. W Krakowie "
    "o fotelu prezydenta miasta rozstrzygnie druga tura, do której weszło dwóch kandydatów z niewielką "
    "różnicą głosów. Politolodzy zwracają uwagę na wyraźny wzrost poparcia dla komitetów lokalnych, które "
    "zdobyły większość w wielu radach powiatów. Przewodniczący komisji przyznał, że liczenie głosów trwało "
    "dłużej niż zwykle z powodu nowych przepisów o transmisji obrad komisji obwodowych. Kilka protestów "
    "wyborczych trafiło już do sądów okręgowych, które mają na ich rozpatrzenie czternaście dni. Kandydaci "
    "przegrani w pierwszej turze zapowiadają, że do niedzieli nie udzielą poparcia żadnemu z rywali."
)


def republished(text: str) -> str:
    """The same story as another outlet prints it: a few words changed, a credit line added."""
    edited = (
        text.replace("w środę", "we wtorek")
        .replace("dziewięciu", "dziesięciu")
        .replace("Burmistrz Oławy", "Burmistrzyni Oławy")
        .replace("co najmniej", "przynajmniej")
    )
    return edited.upper()[:40] + edited[40:] + "\n\nŹródło: PAP"


def test_content_hash_is_the_sha256_of_the_text():
    assert fingerprint(FLOOD).content_hash == hashlib.sha256(FLOOD.encode("utf-8")).hexdigest()
    assert fingerprint(FLOOD + " ").content_hash != fingerprint(FLOOD).content_hash


def test_fingerprint_shape_is_stable():
    first, second = fingerprint(FLOOD), fingerprint(FLOOD)
    assert first == second
    assert len(first.minhash) == NUM_PERM and all(isinstance(value, int) for value in first.minhash)
    assert len(first.bands) == BANDS and len(set(first.bands)) == BANDS


def test_republished_story_is_a_near_duplicate():
    original, copy = fingerprint(FLOOD), fingerprint(republished(FLOOD))
    assert original.content_hash != copy.content_hash
    assert similarity(original.minhash, copy.minhash) >= 0.8
    assert set(original.bands) & set(copy.bands)


def test_different_stories_are_not_near_duplicates():
    flood, election = fingerprint(FLOOD), fingerprint(ELECTION)
    assert similarity(flood.minhash, election.minhash) < 0.1
    assert not set(flood.bands) & set(election.bands)


def test_case_and_punctuation_do_not_matter():
    shouted = FLOOD.upper().replace(",", "").replace(".", " .")
    assert similarity(fingerprint(FLOOD).minhash, fingerprint(shouted).minhash) == 1.0
    assert normalised_words("Wojewoda\u00a0ogłosił — POGOTOWIE!") == ["wojewoda", "ogłosił", "pogotowie"]


def test_short_and_empty_texts_get_fingerprints():
    assert similarity(fingerprint("Krótko.").minhash, fingerprint("krótko").minhash) == 1.0
    assert len(fingerprint("").minhash) == NUM_PERM


def test_fingerprint_of_an_article_takes_a_few_milliseconds():
    article = (FLOOD + " " + ELECTION)[:3000]
    fingerprint(article)  # warm-up: permutations are drawn once
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        fingerprint(article)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.02  # about 2 ms here; generous for a busy machine
