"""Who did what to whom, where: an event's arguments taken from the entity mentions of its
sentence by grammatical case and preposition (Polish marks roles on the noun):

* agent — a nominative name before a verb trigger (or after it, "podpisali w piątek Putin i…"),
  a genitive name after a noun trigger ("wizyta Łukaszenki"), else the speaker of a first-person
  quotation ("oddaliśmy");
* partner — "z + instrumental" ("z Putinem"), or a second coordinated agent;
* recipient — a dative name ("Białorusi"), or "do / na + place" after a transfer;
* theme — a product, event or organisation name (S-400, pakt, a treaty);
* place — "w / we / na + locative" place name ("w Mińsku").
"""

from __future__ import annotations

from typing import Any

from functools import lru_cache

import regex as re

from kronika.quotes.view import DocView

ACTORS = ("PER", "ORG", "LOC")
PLACE_PREPOSITIONS = frozenset({"w", "we", "na"})
TOWARDS = frozenset({"do", "na"})
GROUP_NOUNS = frozenset({"delegacja", "rząd", "władza", "władze", "komisja", "rada", "armia", "wojsko", "siła",
                         "resort", "ministerstwo", "parlament", "kierownictwo", "służba", "administracja", "strona",
                         "prezydencja", "misja", "policja", "straż", "koalicja", "grupa", "większość", "część",
                         "ambasada", "kancelaria", "biuro", "sekretariat", "agencja", "instytut", "sąd", "trybunał",
                         # and talks, whose genitive takes part in what follows from them
                         "rozmowa", "rozmowy", "spotkanie", "negocjacje", "wizyta"})
MADE = frozenset({"establish"})  # types whose theme is what the event makes
# whom one turns to with "do": "zwróciły się do OBWE", "zaapelował do premiera"
ADDRESSED = frozenset({"demand", "warn", "thank", "praise", "criticise", "promise", "transfer"})
AT_WHOM = frozenset({"criticise", "threaten", "warn", "praise", "attack", "sanction", "demand"})
PATIENT_NOUNS = frozenset({"threaten", "criticise", "warn", "sanction"})
AGAINST = frozenset({"wobec", "przeciwko", "przeciw"})
# the kind of body before its name: "z radykalną islamistyczną partią TLP", "z dziennikiem „Tagesspiegel”"
BODY_NOUNS = frozenset({"partia", "organizacja", "ugrupowanie", "firma", "koncern", "spółka", "przewoźnik", "agencja",
                        "stowarzyszenie", "fundacja", "związek", "sojusz", "koalicja", "grupa", "bank", "operator",
                        "producent", "gazeta", "dziennik", "tygodnik", "stacja", "telewizja", "radio", "portal",
                        "ruch", "blok", "komitet", "instytut", "ośrodek", "think-tank", "linia", "holding"})
PLACE_NOUNS = frozenset({"terytorium", "teren", "obszar", "obwód", "region", "stolica", "okolica", "pobliże",
                         "rejon", "granica", "wybrzeże", "miasto", "kraj", "państwo", "prowincja", "województwo",
                         "okręg", "republika", "wyspa", "półwysep", "cieśnina", "morze", "zatoka"})
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
# verbs whose subject receives: "Białoruś otrzymała od Rosji…"
RECEIVING = frozenset({"otrzymać", "otrzymywać", "dostać", "dostawać", "zakup", "kupić", "kupować", "nabyć"})


def mention_case(view: DocView, mention: dict[str, Any]) -> set[str]:
    """The cases the mention's first inflected word may be in (tags can be ambiguous: sg:gen/dat)."""
    for tok in view.tokens_in(mention["start"], mention["end"]):
        # an unknown first name ("Dmitrij Pieskow": ign) leaves the case to the surname
        if tok.tag.startswith(("subst", "adj", "brev")) or tok.tag.startswith("ign") and tok.end == mention["end"]:
            return {c for c in CASES if tok.has(c)}
    return set()


def preposition_before(view: DocView, mention: dict[str, Any]) -> str | None:
    """The preposition that governs the mention, looking back past adjectives, a person's title
    and a place noun ("z prezydentem Litwy Gitanasem Nausėdą" → "z", "na terytorium Białorusi" → "na")."""
    title_words = {w.lower() for title in mention.get("titles") or [] for w in title.split()}
    k = view.token_at(mention["start"]) - 1
    guessed_title = False
    skipped_place = False
    for _ in range(7):
        if k < 0:
            return None
        tok = view.tokens[k]
        if tok.low == "temu":
            return None  # "pół roku temu Putin…": a postposition that closes the time expression
        joined = _joined_preposition(view, k, mention)
        if joined is not None:
            return joined
        if tok.tag.startswith("prep") and tok.text.lower() in title_words and k > 0 \
                and view.tokens[k - 1].text.lower() in title_words:
            k -= 1  # "ambasador Francji w Londynie": the preposition is the title's own
            continue
        if tok.tag.startswith("prep"):
            # past a noun we only guessed to be a title, the name must be in the preposition's case:
            # "z ambasadorem Francji Jouyetem" (inst), not "W listopadzie Władimir Putin" (nom)
            if guessed_title and not {c for c in CASES if tok.has(c)} & mention_case(view, mention):
                if skipped_place or tok.text.lower() not in PLACE_PREPOSITIONS:
                    return None
                # "z ambasadorem Francji w Londynie Jouyetem": the title's own place, then on to "z"
                skipped_place = True
                k -= 1
                continue
            return tok.text.lower()
        known = tok.tag.startswith("adj") or tok.low in title_words or tok.text.lower() in title_words \
            or (mention["type"] in ("LOC", "PER") and tok.low in PLACE_NOUNS) \
            or (mention["type"] in ("ORG", "PRO") and tok.low in BODY_NOUNS) or tok.text in ("„", '"')
        # a title word ("ambasadorem", titles.txt) or a name inside the title ("Francji")
        title_like = mention["type"] == "PER" and tok.tag.startswith("subst") and (
            tok.low in known_titles() or any(m["start"] <= tok.start < m["end"] for m in view.mentions))
        # "z przewodniczącym Rady Europejskiej", "z szefem MSZ": the body of the person the title names
        # (the body is in the genitive, whatever case the preposition governs)
        body_of_title = mention["type"] == "ORG" and tok.tag.startswith("subst") \
            and tok.low in known_titles() and k == view.token_at(mention["start"]) - 1
        if not (known or title_like or body_of_title):
            return None
        guessed_title = guessed_title or not (known or body_of_title)
        k -= 1
    return None


CONJUNCTIONS = frozenset({"i", "oraz", "lub", "albo"})
BETWEEN = frozenset({"między", "pomiędzy"})


def _joined_preposition(view: DocView, k: int, mention: dict) -> str | None:
    """"od Kanady i Europy", "z Putinem i premierem Miszustinem", "pomiędzy Trumpem a kanclerz Merkel":
    a name joined to one before it by the conjunction at k shares that one's preposition ("od Kanady i
    Europy prezydent Trump": the conjunction joins Europy, not Trump)."""
    word = view.tokens[k].text.lower()
    if k == 0 or word not in CONJUNCTIONS | {"a"}:
        return None
    after = view.tokens[k + 1].start
    if not mention["start"] <= after < mention["end"] and any(m["start"] <= after < m["end"] for m in view.mentions):
        return None
    joined = next((m for m in view.mentions if m["end"] == view.tokens[k - 1].end), None)
    if joined is None:
        return None
    prep = preposition_before(view, joined)
    return prep if word != "a" or prep in BETWEEN else None


@lru_cache(maxsize=1)
def known_titles() -> frozenset[str]:
    from kronika.entities.resolve import load_titles

    return frozenset(load_titles())


EXERCISE_NOUNS = frozenset({"ćwiczenie", "ćwiczenia", "ćwiczyć", "manewry", "manewr"})  # "ćwiczyć": a gerund's base form
# kinds of undertaking whose name follows them: "operację Wschodnia Straż", "manewry Zapad-2025"
NAMED_KINDS = frozenset({"operacja", "misja", "program", "plan", "inicjatywa", "projekt", "ćwiczenie", "ćwiczenia", "ćwiczyć",
                         "manewry", "traktat", "umowa", "porozumienie", "pakt", "strategia", "system", "gazociąg",
                         "rurociąg", "kabel", "linia", "tarcza"})


def _names_a_kind(view: DocView, mention: dict) -> bool:
    # a name in apposition keeps its own case ("operację Wschodnia Straż"); a genitive one is the doer
    # ("ćwiczeniami NATO", "manewry Rosji")
    k = view.token_at(mention["start"]) - 1
    if k >= 0 and view.tokens[k].low in EXERCISE_NOUNS and mention["type"] == "PER":
        return True  # a name the recogniser took for a person: "ćwiczenia Kevadtorm" (no one's drill)
    return k >= 0 and view.tokens[k].low in NAMED_KINDS and (
        mention["type"] in ("PRO", "EVT") or mention["type"] in ("LOC", "PER") and "gen" not in mention_case(view, mention))


def _names_an_object(view: DocView, mention: dict, objects: frozenset[str]) -> bool:
    """Whether the name follows one of the type's object nouns ("szczepionki Pfizer")."""
    k = view.token_at(mention["start"]) - 1
    return bool(objects) and k >= 0 and view.tokens[k].low in objects


def _coordinated(view: DocView, first: dict, second: dict) -> bool:
    """"Putin i Łukaszenka", "Szojgu i minister obrony Białorusi Chrenin": names joined by "i",
    "oraz" or a comma, with at most a title between."""
    between = view.text[first["end"]:second["start"]]
    return bool(re.fullmatch(r"\s*(?:i|oraz|,|a także)\s+(?:[\w.-]+\s+){0,5}", between + " ")) \
        and first["type"] == second["type"] or between.strip().lower() in ("i", "oraz", ",")


def _after_group_noun(view: DocView, mention: dict) -> bool:
    """"Przywódcy NATO", "ministrowie spraw zagranicznych państw UE", "delegacja Parlamentu
    Europejskiego": a genitive name after the nominative noun of a group that acts."""
    cases = mention_case(view, mention)
    if not ("gen" in cases or mention["text"].isupper()):  # acronyms do not decline
        return False
    k = view.token_at(mention["start"]) - 1
    for _ in range(5):  # back over the genitives and numbers between: "państw", "32", "spraw zagranicznych"
        if k < 0:
            return False
        tok = view.tokens[k]
        if tok.tag.startswith("subst") and tok.has("nom") and \
                (tok.text[:1].islower() or view.sentence_of(tok.start)[0] == tok.start):
            # people ("przywódcy", "szef") or a body of them ("delegacja"); not "wymóg realizacji Planu"
            return tok.has("m1") or tok.low in GROUP_NOUNS or tok.low in known_titles()
        if not (tok.tag.startswith(("subst", "adj", "num", "dig")) and not tok.has("nom")):
            return False
        k -= 1
    return False


def _taking_part(view: DocView, trigger_end: int, mention: dict) -> bool:
    """The name follows "z udziałem" after the trigger, in its clause, within a few words."""
    before = view.text[trigger_end:mention["start"]]
    found = re.search(r"\bz\s+udziałem\b", before)
    return found is not None and len(before) - found.end() < 70 and not re.search(r"[,;:–]", before[found.end():])


def _in_what_is_said(view: DocView, trigger_end: int, mention: dict) -> bool:
    """The name stands after a "że" that follows the verb: in the clause of what is said."""
    return any(t.low in ("że", "iż") for t in view.tokens_in(trigger_end, mention["start"]))


def _just_before(view: DocView, mention: dict, trigger_start: int) -> bool:
    """"utrzymuje wobec Kosowa restrykcje": the phrase right before the noun, with at most two words between."""
    return mention["end"] <= trigger_start and len(view.tokens_in(mention["end"], trigger_start)) <= 2


def _where_they_meet(view: DocView, trigger_end: int, mention: dict) -> bool:
    """"poleci do Kijowa, gdzie ma omówić z prezydentem Zełenskim…": whom a visit is to meet is
    named in the clause on its place."""
    between = view.tokens_in(trigger_end, mention["start"])
    opening = next((i for i in range(1, len(between)) if between[i].low == "gdzie" and between[i - 1].text == ","), None)
    return opening is not None and not any(t.text in (",", ";", "–", ":") or t.low in ("że", "iż", "który")
                                           for t in between[opening + 1:])


def _with_title_of(view: DocView, mention: dict) -> bool:
    """"z ministrami spraw zagranicznych Litwy", "z premierem Łotwy": a genitive name after "z" and
    the instrumental noun of a role (and the genitives that complete it)."""
    k = view.token_at(mention["start"]) - 1  # (the name's own tag may be wrong: "Litwy" pl:nom)
    while k >= 0 and view.tokens[k].text.islower() and view.tokens[k].tag.startswith(("adj", "subst")) \
            and view.tokens[k].has("gen") and not view.tokens[k].has("inst"):
        k -= 1  # "spraw zagranicznych"
    if k < 1 or not (view.tokens[k].tag.startswith("subst") and view.tokens[k].has("inst") and view.tokens[k].text.islower()):
        return False
    k -= 1
    while k >= 0 and view.tokens[k].tag.startswith("adj") and view.tokens[k].has("inst"):
        k -= 1
    return k >= 0 and view.tokens[k].text.lower() in ("z", "ze")


def _by_the_noun(view: DocView, mention: dict, trigger_end: int) -> bool:
    """"przyjęcie projektu przez ambasadorów": the doer of the noun, close after it with no participle
    or verb of its own between ("części Kosowa, zamieszkanej przez Serbów"); a country after
    "dostawy przez" is the route."""
    between = view.tokens_in(trigger_end, mention["start"])
    return mention["start"] > trigger_end and mention["start"] - trigger_end < 50 and mention["type"] != "LOC" \
        and not any(t.tag.startswith(("ppas", "pact", "fin", "praet")) or t.text == "," for t in between)


def _verb_then_name(view: DocView, start: int, end: int) -> bool:
    """Between a noun and a name after it: one verb, and no clause boundary."""
    between = view.tokens_in(start, end)
    return not any(t.text in (",", ";", ":", "–", "—") or t.low in SUBORDINATORS for t in between) \
        and sum(t.tag.startswith(("fin", "praet", "bedzie")) for t in between) == 1


def _clause_between(view: DocView, start: int, end: int) -> bool:
    """"dostawy po tym, jak … terytorium Ukrainy": a clause boundary or a verb between a noun and a name."""
    return any(t.text in (",", ";", ":", "–") or t.tag.startswith(("fin", "praet", "bedzie"))
               for t in view.tokens_in(start, end))


def _in_clause_before(view: DocView, mention: dict, verb_start: int) -> bool:
    """"Zacharowa zaprzeczyła, jakoby Moskwa szantażowała Kiszyniów, i zarzuciła…": the name is the
    subject of a subordinate clause that has its own verb before the trigger."""
    k = view.token_at(mention["start"])
    opened = any(view.tokens[j].low in SUBORDINATORS | {"jakoby"} for j in range(max(0, k - 2), k))
    between = view.tokens_in(mention["end"], verb_start)
    # "że Moskwa może zażądać" is one clause; "jakoby Moskwa szantażowała Kiszyniów, i zarzuciła" two
    return opened and any(t.text == "," for t in between) and any(t.tag.startswith(("fin", "praet", "bedzie"))
                                                               for t in between)


def _apposed_after(view: DocView, mentions: list[dict], free: list[int], end: int, clause_end: int) -> list[int]:
    """"podpisali w Mińsku ministrowie obrony obu państw, Siergiej Szojgu i Wiktar Chrenin": the
    people named after the comma that closes a plural subject after the verb."""
    if not any(t.tag.startswith("subst") and t.has("nom") and t.has("pl") and t.text.islower()
               for t in view.tokens_in(end, clause_end)):
        return []
    return [k for k in free if mentions[k]["type"] == "PER" and mentions[k]["start"] > clause_end
            and view.text[clause_end:mentions[k]["start"]].strip() == ","][:1]


def _object_of_verb_before(view: DocView, mention: dict) -> bool:
    """"oskarżył z kolei władze w Prisztinie … i zażądał": a seat of power right after a verb is its
    object ("władze" reads as nominative too), not the subject of the verbs after it."""
    if not mention.get("seat"):
        return False
    k = view.token_at(mention["start"]) - 1
    while k >= 0 and (view.tokens[k].tag.startswith(("adv", "qub")) or view.tokens[k].low in ("z", "kolej")):
        k -= 1
    return k >= 0 and view.tokens[k].tag.startswith(("fin", "praet", "bedzie", "inf"))


def _subject_of_coordinated(view: DocView, mention: dict, verb_start: int) -> bool:
    """"Węgry złagodzą stanowisko i zgodzą się": the name right before a verb coordinated with this one."""
    between = view.tokens_in(mention["end"], verb_start)
    verbs = [i for i, t in enumerate(between) if t.tag.startswith(("fin", "praet", "bedzie"))]
    if not verbs or not next_to(view, mention, between[verbs[0]].start):
        return False
    rest = between[verbs[0] + 1:]
    return any(t.low in ("i", "oraz", "a") for t in rest) \
        and not any(t.text in (",", ";", ":", "–", "—") or t.low in SUBORDINATORS for t in rest)


def next_to(view: DocView, mention: dict, verb_start: int) -> bool:
    between = view.tokens_in(mention["end"], verb_start)
    return not between or all(t.tag.startswith(("adv", "qub")) or t.low == "się" for t in between)


CLAUSE_ENDS = frozenset({"że", "iż", ":", "–", "—", ";", ",", "aby", "żeby", "jakoby", "„"})
# a recipient may follow a comma ("przekazał Białorusi, Rosji i…" is rare; "zarzucił Warszawie, że…" common)
RECIPIENT_CLAUSE_ENDS = frozenset({";", "że", "iż", "jakoby", "zanim", "gdy", "kiedy", "ponieważ", "bo", "choć", "chociaż", "który",
                                   "która", "które", "którzy", "jak"})


def _clause_end(view: DocView, offset: int, ends: frozenset[str] = CLAUSE_ENDS) -> int:
    """Where the clause after a verb ends: at "że", "iż", a comma, a colon, a dash or a semicolon."""
    for tok in view.tokens[view.token_at(offset):]:
        if tok.text.lower() in ends or tok.low in ends:
            return tok.start
    return len(view.text)


def _next_clause_between(view: DocView, start: int, end: int) -> bool:
    """", a rosyjskie MSZ zagroziło…", ", i oba rządy uzgodniły…": a coordinated clause with a verb of its own."""
    tokens = view.tokens_in(start, end)
    rest = view.tokens_in(start, view.sentence_of(start)[1])
    for k in range(len(tokens) - 1):
        if tokens[k].text == "," and tokens[k + 1].text.lower() in ("a", "i", "oraz", "zaś"):
            return any(t.tag.startswith(("fin", "praet", "bedzie")) for t in rest[k + 2:])
    return False


def _another_verbs(view: DocView, mention: dict, trigger_start: int, trigger_end: int) -> bool:
    """Whether the mention belongs to another verb of the sentence: one between it and the trigger,
    or, before the trigger, one the sentence opens with ("spotkał się z X, a następnie rozmawiał")."""
    if mention["start"] >= trigger_end:
        start, end = trigger_end, mention["start"]
    else:
        start, end = view.sentence_of(mention["start"])[0], trigger_start
    between = view.tokens_in(start, end)
    # "rozmawiała o tym, w jaki sposób wyjście z Unii wpłynie…": a clause of its own after the verb
    opens = mention["start"] >= trigger_end and any(t.low in SUBORDINATORS for t in between)
    return opens or any(t.tag.startswith(("fin", "praet", "bedzie")) for t in between)


SUBORDINATORS = frozenset({"że", "iż", "który", "jaki", "czy", "aby", "żeby", "gdy", "kiedy", "jak", "gdzie"})


def _is_title_part(mentions: list[dict], k: int) -> bool:
    """"prezydenta Białorusi Alaksandra Łukaszenki": the place names the office, not a participant."""
    m = mentions[k]
    return m["type"] in ("LOC", "ORG") and k + 1 < len(mentions) and mentions[k + 1]["type"] == "PER" \
        and mentions[k + 1]["start"] - m["end"] <= 1


def fill(view: DocView, mentions: list[dict[str, Any]], trigger_start: int, trigger_end: int,
         roles: tuple[str, ...], is_verb: bool, speaker: str | None, first_person: bool,
         lemma: str = "", event_type: str = "", objects: frozenset[str] = frozenset(),
         passive: bool = True) -> dict[str, Any]:
    """Arguments for one trigger among the sentence's `mentions` (in text order)."""
    args: dict[str, list[str]] = {}
    used: set[int] = set()
    addressed = False  # a recipient named as whom one turns to ("do OBWE")

    def put(role: str, k: int) -> None:
        ident = mentions[k].get("entity")
        if ident and role in roles and ident not in args.get(role, []):
            args.setdefault(role, []).append(ident)
            used.add(k)

    for k, m in enumerate(mentions):
        prep = preposition_before(view, m)
        cases = mention_case(view, m)
        if m["type"] == "LOC" and prep in PLACE_PREPOSITIONS and "loc" in cases:
            if not (is_verb and _in_what_is_said(view, trigger_end, m)):
                put("place", k)  # not "zagroziła, że składy na Ukrainie staną się celem": that is the threat's content
        elif prep in BETWEEN and m["type"] in ACTORS and "partner" in roles:
            put("agent" if "agent" not in args else "partner", k)  # "rozmowy pomiędzy Trumpem a Merkel"
        elif prep in ("z", "ze") and m["type"] in ACTORS and ("inst" in cases or m["type"] != "LOC") \
                and not _is_title_part(mentions, k) and not (is_verb and _another_verbs(view, m, trigger_start, trigger_end)
                                                             and not (event_type == "meet" and _where_they_meet(view, trigger_end, m))):
            # "z Putinem"; "spotkał się z X, a następnie rozmawiał z Y": Y for the talks, X for the meeting
            put("partner", k)
        elif "partner" in roles and m["type"] in ACTORS and m["start"] > trigger_end and _taking_part(view, trigger_end, m) \
                and not _is_title_part(mentions, k):
            put("partner", k)  # "Rozmowy z udziałem wysłannika UE Miroslava Lajčáka", "z udziałem żołnierzy z Estonii"
        elif "partner" in roles and m["type"] in ("LOC", "ORG") and m["start"] > trigger_end and not _is_title_part(mentions, k) \
                and (_with_title_of(view, m) or k and k - 1 in used and mentions[k - 1].get("entity") in args.get("partner", [])
                     and _coordinated(view, mentions[k - 1], m)) \
                and not (is_verb and _another_verbs(view, m, trigger_start, trigger_end)):
            put("partner", k)  # "z ministrami spraw zagranicznych Litwy i Łotwy": the countries they speak for
        elif prep in TOWARDS and m["type"] == "LOC" and m["start"] > trigger_start \
                and not (is_verb and _another_verbs(view, m, trigger_start, trigger_end)):
            put("recipient" if "recipient" in roles else "place", k)  # "trafiły na Białoruś", "przyjechał do Mińska"
        elif prep is None and m["type"] in ("PRO", "EVT") and "theme" in roles:
            put("theme", k)
        elif prep is None and "theme" in roles and (_names_an_object(view, m, objects) or _names_a_kind(view, m)):
            # "dawek szczepionki Pfizer", "wyrzutni HIMARS": the maker's name for the thing;
            # "operację Wschodnia Straż", "program Tarcza Wschód": the name of what is done
            put("theme", k)
        elif prep == "dla" and m["type"] in ACTORS and "recipient" in roles:
            put("recipient", k)  # "zakup systemów HIMARS dla Litwy", "pomoc dla Ukrainy"
        elif m["type"] in ACTORS and m["start"] > trigger_start and "recipient" in roles \
                and re.search(r"\bpod\s+adresem\s+$", view.text[max(0, m["start"] - 20):m["start"]]):
            put("recipient", k)  # "krytyka pod adresem Nord Stream 2", "groźby pod adresem Warszawy"
        elif prep in AGAINST and m["type"] in ACTORS and (m["start"] > trigger_start or _just_before(view, m, trigger_start)):
            put("recipient", k)  # "sankcje wobec Rosji", "agresja na Polskę" (after the trigger)
        elif (prep == "przez" and passive and (is_verb or _by_the_noun(view, m, trigger_end))
              or prep == "od" and lemma in RECEIVING) and m["type"] in ACTORS:
            put("agent", k)  # "od Rosji" to a receiver, "przez Rosję" in the passive (not "przez prowincję")
        elif prep == "od" and m["type"] in ACTORS and "recipient" in roles and m["start"] > trigger_start:
            put("recipient", k)  # "domagają się od NATO"
        elif prep == "do" and m["type"] in ("PER", "ORG") and event_type in ADDRESSED and m["start"] > trigger_start \
                and not (is_verb and _another_verbs(view, m, trigger_start, trigger_end)):
            put("recipient", k)  # "zwróciły się do OBWE", "zaapelował do premiera"
            addressed = True
    if event_type in MADE and "theme" in roles and "theme" not in args:
        made = _made_thing(view, mentions, used, trigger_end, is_verb)
        if made is not None:
            put("theme", made)
    if not is_verb and event_type in PATIENT_NOUNS:  # "groźby wobec Bibi", "krytyka rządu": of whom is at whom
        target = next((k for k, m in enumerate(mentions) if k not in used and m["start"] >= trigger_end
                       and m["start"] - trigger_end < 40 and m["type"] in ACTORS
                       and preposition_before(view, m) is None and "gen" in mention_case(view, m)), None)
        if target is not None:
            put("recipient", target)
    agents = [k for k in _agents(view, mentions, trigger_start, trigger_end, is_verb, used)
              if mentions[k].get("entity") not in args.get("theme", [])]  # NATO does not found NATO
    for k in agents[:1]:
        put("agent", k)
    for k in agents[1:]:
        put("partner" if "partner" in roles else "agent", k)
    # to whom: the first dative (or, after a verb, genitive) name after it, in its clause
    # ("pogratulował mu zwycięstwa; depesza nadeszła, zanim CKW ogłosiła…" names no recipient)
    # whom a judgement is of comes before it: "uznała działania Mińska za próbę destabilizacji Unii"
    # and a promise's content names whom it is for ("deklarowało, że poprze azyl dla Bibi")
    ends = RECIPIENT_CLAUSE_ENDS | {"za", "jako"} if event_type in ("criticise", "praise") else \
        RECIPIENT_CLAUSE_ENDS - {"że", "iż"} if event_type == "promise" else RECIPIENT_CLAUSE_ENDS
    recipient_end = _clause_end(view, trigger_end, ends) if is_verb else len(view.text)
    for k, m in enumerate(mentions):
        if k in used or m["start"] < trigger_end or m["type"] not in ACTORS \
                or preposition_before(view, m) or m["start"] >= recipient_end or _is_title_part(mentions, k) \
                or is_verb and _next_clause_between(view, trigger_end, m["start"]):
            continue  # "zażądał zwolnienia statku, a MSZ zagroziło Szwecji": Szwecja is the other verb's
        cases = mention_case(view, m)
        # whom it is done to: "oskarżyła Warszawę", "zaatakowali Kijów" take the accusative; so does
        # "oskarża Kreml", whose nominative-looking form is the accusative once the doer is known
        at_whom = is_verb and event_type in AT_WHOM and ("acc" in cases or "nom" in cases and bool(args.get("agent")))
        # past one found by its preposition ("do OBWE o rozwiązanie Grupy Mińskiej"), only a dative adds one
        if addressed and "dat" not in cases:
            continue
        if "dat" in cases or ("gen" in cases and is_verb and "recipient" in roles) or at_whom:
            put("recipient", k)
            break
    if is_verb and "recipient" in roles and "recipient" not in args:
        earlier = _pronoun_recipient(view, trigger_end, set(args.get("agent", [])))
        if earlier:
            args["recipient"] = [earlier]
    if speaker and first_person and lemma in RECEIVING:
        args.setdefault("recipient", [speaker])  # "otrzymaliśmy od Rosji": we are the receiver
    elif "agent" not in args and speaker and first_person:
        args["agent"] = [speaker]
    if lemma in RECEIVING and "recipient" in roles:
        # the subject found as agent received; the giver came with "od"
        givers = [i for i in args.get("agent", []) if any(mentions[k].get("entity") == i and
                                                          preposition_before(view, mentions[k]) == "od"
                                                          for k in used)]
        takers = [i for i in args.get("agent", []) if i not in givers]
        args.pop("agent", None)
        if givers:
            args["agent"] = givers
        if takers:
            args["recipient"] = takers + [i for i in args.get("recipient", []) if i not in takers]
    return {role: ids[0] if len(ids) == 1 else ids for role, ids in args.items()}


DATIVE_PRONOUNS = frozenset({"mu", "jej", "jemu", "niemu", "im"})


def _made_thing(view: DocView, mentions: list[dict], used: set[int], trigger_end: int, is_verb: bool) -> int | None:
    """What is set up: "utworzenie Agencji Uzbrojenia", "w rocznicę powstania Sojuszu" (the genitive
    after the noun); "założył linię czarterową Ryanair Sun" (the object after the verb)."""
    case = "acc" if is_verb else "gen"
    for k, m in enumerate(mentions):
        if k in used or m["start"] < trigger_end or m["start"] - trigger_end > 40 or m["type"] not in ("ORG", "PRO", "LOC") \
                or preposition_before(view, m) or _clause_between(view, trigger_end, m["start"]):
            continue
        # only words in that case between ("linię czarterową"), not "budowie minister obrony Niemiec"
        between = view.tokens_in(trigger_end, m["start"])
        cases = mention_case(view, m)
        # a name after its kind keeps its own case: "linię czarterową Ryanair Sun"
        appositive = any(t.tag.startswith("subst") and t.text.islower() for t in between)
        if (case in cases or is_verb and not cases or appositive) and not _is_title_part(mentions, k) \
                and all(t.has(case) or t.tag.startswith(("adv", "qub")) for t in between):
            return k
        return None
    return None


def _pronoun_recipient(view: DocView, trigger_end: int, agents: set[str]) -> str | None:
    """"pogratulował mu", "podziękowała jej": the person last named before, other than the doer."""
    k = view.token_at(trigger_end)
    if not any(view.tokens[j].text.lower() in DATIVE_PRONOUNS for j in range(k, min(len(view.tokens), k + 2))):
        return None
    before = [m for m in view.mentions if m["end"] <= trigger_end and m["type"] == "PER" and m.get("entity")
              and m["entity"] not in agents]
    return before[-1]["entity"] if before else None


def _agents(view: DocView, mentions: list[dict], start: int, end: int, is_verb: bool, used: set[int]) -> list[int]:
    """Indices of the agent mention and any coordinated with it."""
    free = [k for k, m in enumerate(mentions) if k not in used and m["type"] in ACTORS
            and preposition_before(view, m) is None and not _is_title_part(mentions, k)]
    if is_verb:
        clause_end = _clause_end(view, end)  # "ostrzegł, że Moskwa…": Moskwa is in what was said
        # a name right before the verb is its subject even when its tag says accusative ("Wilno wprowadziło")
        before = [k for k in free if mentions[k]["end"] <= start and ("nom" in mention_case(view, mentions[k])
                                                                       or next_to(view, mentions[k], start)
                                                                       or _subject_of_coordinated(view, mentions[k], start))
                  and not _in_clause_before(view, mentions[k], start) and not _object_of_verb_before(view, mentions[k])]
        # a postverbal name the dictionary cannot decline, or whose first name it reads in another case
        # ("… w Brukseli premier Wielkiej Brytanii Theresa May"), may be the subject
        after = [k for k in free if end <= mentions[k]["start"] < clause_end
                 and ("nom" in mention_case(view, mentions[k])
                      or mentions[k]["type"] == "PER" and (not mention_case(view, mentions[k]) or any(
                          t.has("nom") for t in view.tokens_in(mentions[k]["start"], mentions[k]["end"]))))]
        # a subject right after the verb ("– ostrzegał prezydent Andrzej Duda") beats a distant one before it
        close_after = [k for k in after if mentions[k]["start"] - end <= 30 and mentions[k]["type"] == "PER"]
        distant_before = before and start - mentions[before[-1]]["end"] > 60
        groups = [k for k in free if _after_group_noun(view, mentions[k])
                  and (mentions[k]["end"] <= start or end <= mentions[k]["start"] < clause_end)]
        chosen = (close_after[:1] if distant_before and close_after else []) or before[-1:] or after[:1] or \
            _apposed_after(view, mentions, free, end, clause_end) or \
            [k for k in groups if mentions[k]["end"] <= start][-1:] or groups[:1]
    else:
        after = [k for k in free if mentions[k]["start"] >= end and "gen" in mention_case(view, mentions[k])
                 and mentions[k]["start"] - end < 40 and not _clause_between(view, end, mentions[k]["start"])]
        # "wizyta Łukaszenki"; else the subject of the sentence ("Zełenski … w rozmowach z Bidenem")
        before = [k for k in free if mentions[k]["end"] <= start and "nom" in mention_case(view, mentions[k])]
        # "Ministrowie … państw Unii Europejskiej zatwierdzili … pakiet sankcji": the group that acts
        groups = [k for k in free if mentions[k]["end"] <= start and _after_group_noun(view, mentions[k])]
        # "Gratulacje przesłał im szef MSZ Radosław Sikorski": the subject of the verb the noun is the object of
        after_verb = [k for k in free if mentions[k]["start"] >= end and "nom" in mention_case(view, mentions[k])
                      and mentions[k]["start"] - end < 60 and _verb_then_name(view, end, mentions[k]["start"])]
        chosen = after[:1] or before[-1:] or after_verb[:1] or groups[:1]
    if not chosen:
        return []
    group = [chosen[0]]
    for k in free:  # "Putin i Łukaszenka", either side of the chosen one
        if k > group[-1] and _coordinated(view, mentions[group[-1]], mentions[k]):
            group.append(k)
    for k in reversed(free):
        if k < group[0] and _coordinated(view, mentions[k], mentions[group[0]]):
            group.insert(0, k)
    return group
