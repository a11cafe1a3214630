"""``kronika_events``: typed events with arguments, time, modality and source, in ``doc._.events``.

    >>> import kronika
    >>> doc = kronika.load()("Putin obiecał przekazać Iskandery Białorusi podczas wizyty w Petersburgu.")
    >>> [(e["type"], e["cameo"], e["args"], e["modality"]) for e in doc._.events]

Runs after ``kronika_entities`` (arguments are entity ids), ``kronika_quotes`` (the source of an
event said in a quotation is its speaker; of one in a "jak podaje BelTA" sentence, that outlet)
and ``kronika_time`` (the event's time is the nearest date of its sentence, else the document's).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

import regex as re

from spacy.language import Language
from spacy.tokens import Doc

from kronika.entities.kb import default_kb
from kronika.entities.linking import stem_key
from kronika.events.arguments import (AT_WHOM, PLACE_PREPOSITIONS, RECEIVING, fill, known_titles, mention_case, next_to,
                                      preposition_before)
from kronika.events.modality import OCCURRING, before_modifiers, modality
from kronika.events.triggers import Trigger, find_triggers
from kronika.events.types import STATEMENTS, SYMMETRIC, Schema, load_schema
from kronika.quotes.cues import load_cues
from kronika.quotes.speakers import OUTLET_ROLES, SpeakerResolver
from kronika.quotes.view import DocView
from kronika.temporal.tense import tense_of_verb

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

REF_VALUES = {"PRESENT_REF"}  # a vague "now" dates the event by the document
# "wielokrotnie krytykował": a habit, not an occurrence the chronicle can date
HABITUAL = frozenset({"wielokrotnie", "regularnie", "często", "zazwyczaj", "zwykle", "nieraz", "niejednokrotnie",
                      "codziennie", "stale"})
# "spotka się z krytyką": meeting a reaction, not a person
NOT_MET = frozenset({"reakcja", "krytyka", "odpowiedź", "sprzeciw", "zainteresowanie", "odzew", "aprobata", "uznanie",
                     "potępienie", "oburzenie", "zrozumienie", "poparcie", "entuzjazm", "odmowa"})
ARRIVING = frozenset({"trafić", "dotrzeć", "docierać"})
UNITS = frozenset({"dywizjon", "bateria", "eskadra", "kompania"})
SENDING = frozenset({"wysłać", "wysyłać", "przysłać", "przesłać", "przesyłać"})
TRAVEL = frozenset({"przybyć", "przylecieć", "przyjechać", "polecieć", "pojechać", "udać"})
STATE_ACTS = frozenset({"transfer", "deploy", "establish", "attack", "sanction", "exercise"})
OUTLETS = frozenset({"media_outlet", "news_agency"})
ACCORDING = frozenset({"według", "zdaniem", "wedle"})


def _span(start: int, end: int) -> dict[str, int]:
    return {"start": start, "end": end}


class EventFinder:
    def __init__(self, schema: Schema, kb=None) -> None:
        self.schema = schema
        self.kb = kb
        # force nouns that are not goods: "żołnierzy", "wojska" (a "system" may be handed over)
        self.forces = schema.types["deploy"].objects - schema.types["transfer"].objects

    def _add_from_kb(self, entry) -> None:
        self.added.setdefault(entry.id, {"id": entry.id, "name": entry.name, "type": entry.type,
                                         "subtype": entry.subtype, "aliases": [], "kb": entry.wikidata})

    def _add_unnamed(self, view: DocView, args: dict) -> None:
        """KB entities an argument names only by an adjective ("unijne sankcje") join the document's."""
        named = {m.get("entity") for m in view.mentions}
        for value in args.values():
            for ident in _ids_of(value):
                entry = self.kb.get(ident) if ident not in named and self.kb is not None else None
                if entry is not None:
                    self._add_from_kb(entry)

    def _country_of(self, person: str, date: str | None) -> str | None:
        """The country a person's title names on `date` ("prezydent Rosji" → Rosja), from the KB."""
        entry = self.kb.get(person) if self.kb is not None else None
        if entry is None:
            return None
        for role in entry.roles:
            if not role.active_on(date):
                continue
            for word in role.title.split():
                if word[:1].isupper():
                    place = self.kb.lookup(word, "LOC") or self.kb.lookup_stem(stem_key(word), "LOC")
                    if place is not None and place.subtype == "country":
                        self._add_from_kb(place)
                        return place.id
        return None

    def _arms(self, view: DocView, args: dict, trigger: Trigger, hi: int) -> bool:
        """Whether what arrives is weapons or troops: a weapon system named, or a force noun near."""
        themes = args.get("theme")
        for ident in [themes] if isinstance(themes, str) else themes or []:
            if (view.entities.get(ident) or {}).get("subtype") == "weapon_system":
                return True
        return self._troops(view, trigger, hi)

    def _troops_before(self, view: DocView, trigger: Trigger, lo: int) -> bool:
        """The subject just before a verb of travel is a force ("wojska rosyjskie, które przybyły")."""
        return any(view.tokens[k].low in self.forces for k in range(max(lo, trigger.first - 5), trigger.first))

    def _troops(self, view: DocView, trigger: Trigger, hi: int) -> bool:
        """A force noun (not goods) just after the trigger: "żołnierzy", "dwa dywizjony"."""
        # units moved ("dwa dywizjony", "bateria Patriot") are deployed too, though a battery can be handed over
        forces = self.forces | UNITS
        return any(view.tokens[k].low in forces for k in range(trigger.last + 1, min(hi, trigger.last + 8)))

    @staticmethod
    def _body_of_title(view: DocView, agent, mentions: list[dict]) -> bool:
        """"szef MON spotkał się": the agent found is the body a person's title names."""
        for m in mentions:
            if m.get("entity") == agent and m["type"] in ("ORG", "LOC"):
                k = view.token_at(m["start"]) - 1
                while k >= 0 and view.tokens[k].tag.startswith("adj"):
                    k -= 1
                if k >= 0 and view.tokens[k].low in known_titles():
                    return True
        return False

    @staticmethod
    def _is_person(view: DocView, ident: str | None) -> bool:
        """"Domagają się…" (plural) cannot continue one person named before."""
        # several actors ("Putin i Łukaszenka", a list) are not one person
        return isinstance(ident, str) and (view.entities.get(ident) or {}).get("type") == "PER"

    def __call__(self, view: DocView, quotes: list[dict], attributions: list[dict], timexes: list[dict],
                 date: str | None, describer=None) -> list[dict[str, Any]]:
        events = []
        self.describer = describer  # who a description ("szef MON") names, as the quotations' speakers
        self.last_actors: dict[str, Any] = {}
        self.last_of_type: dict[str, dict[str, Any]] = {}  # the participants of each type's latest event
        self.subject: str | None = None  # the last sentence subject named, for sentences that leave it out
        self.added: dict[str, dict[str, Any]] = {}  # KB entities an event names that the text does not
        for start, end in view.sentences:
            lo, hi = view.token_at(start), view.token_at(end)
            # the outlet of "według BelTA" / "jak podaje RIA Nowosti" vouches for the event; it is not in it
            credited = [a["evidence"] for a in attributions if start <= a["evidence"]["start"] < end]
            mentions = sorted((m for m in view.mentions_in(start, end)
                               if not any(c["start"] <= m["start"] < c["end"] for c in credited)),
                              key=lambda m: m["start"])
            seen: set[str] = set()
            blocked = {k for m in mentions for k in range(view.token_at(m["start"]), view.token_at(m["end"]))}
            triggers = find_triggers(view.tokens, lo, hi, self.schema, blocked)
            self.main_verb = _main_verb(view, lo, hi)
            self.carried = self.subject if self.main_verb is not None and _subjectless(view, self.main_verb, lo) \
                and not (view.tokens[self.main_verb].has("pl") and self._is_person(view, self.subject)) else None
            # a verb reports the occurrence its type's noun only names ("porozumienie podpisali Szojgu i Chrenin")
            verbs_first = sorted(triggers, key=lambda t: not t.is_verb)
            found = []
            for trigger in verbs_first:
                if trigger.type.name in seen and not _another_clauses(view, trigger, found) \
                        or _promised_action(view, trigger, triggers):
                    continue  # one event of a type per sentence: "spotkanie … rozmawiali" twice is one
                event = self._event(view, trigger, (start, end), lo, hi, mentions, quotes, attributions,
                                    timexes, date)
                if event and trigger.type.name in seen and any(
                        e["type"] == event["type"] and _pairs(event["args"]) <= _pairs(e["args"]) for e in found):
                    continue  # "nie wykona uderzenia…, a społeczeństwo nie zaakceptowałoby ataku": the same one
                if event:
                    self._add_unnamed(view, event["args"])
                    seen.add(trigger.type.name)
                    found.append(event)
                    if set(event["args"]) - {"place"}:
                        self.last_of_type[event["type"]] = event["args"]
                    if "agent" in event["args"]:
                        self.last_actors = {k: v for k, v in event["args"].items() if k in ("agent", "partner")}
            events += sorted(found, key=lambda e: e["trigger"]["start"])
            self.subject = _sentence_subject(view, mentions, lo, hi) or self.carried or self.subject
        _assert_what_the_text_asserts(events)
        for event in events:
            listed = _places_listed_after(view, event)
            if listed:
                event["args"]["place"] = listed[0] if len(listed) == 1 else listed
        return events

    def _event(self, view: DocView, trigger: Trigger, sentence: tuple[int, int], lo: int, hi: int,
               mentions: list[dict], quotes: list[dict], attributions: list[dict], timexes: list[dict],
               date: str | None) -> dict[str, Any] | None:
        first, last = view.tokens[trigger.first], view.tokens[trigger.last]
        clauses = _relative_clauses(view, lo, hi)
        if trigger.type.name == "meet" and first.low in TRAVEL and self._troops_before(view, trigger, lo):
            # "wojska rosyjskie, które przybyły na manewry": troops that arrive are deployed, not visiting
            trigger = replace(trigger, type=self.schema.types["deploy"])
        if trigger.type.name == "transfer" and first.low in SENDING \
                and (self._troops(view, trigger, hi) or self._troops_before(view, trigger, lo)):
            # "wysłał do Polski 2000 żołnierzy", "żołnierze zostali wysłani": troops sent are deployed,
            # arms sent are handed over
            trigger = replace(trigger, type=self.schema.types["deploy"])
        quote = next((q for q in quotes if q["start"] <= first.start < q["end"]), None)
        source_of = next((a for a in attributions if a["start"] <= first.start < a["end"]), None)
        speaker = quote.get("speaker") if quote else None
        if quote:  # inside a quotation its own words name the participants, not the "– powiedział X" after it
            mentions = [m for m in mentions if quote["start"] <= m["start"] and m["end"] <= quote["end"]]
        # the words of a quotation the trigger is outside name none ("– To flanka NATO – podkreślił podczas
        # wizyty"; "nazwał ją „dyktatem Brukseli”"), nor does the outlet of "Według agencji X nazwał…"
        mentions = [m for m in mentions if not _credited(view, view.token_at(m["start"]), lo) and not any(
            q is not quote and q["kind"] == "direct" and q["start"] <= m["start"] < q["end"] for q in quotes)]
        mentions = sorted([_seat_of_power(view, m) for m in mentions] + _governments(view, lo, hi, mentions)
                          + _speakers_government(view, quote, mentions), key=lambda m: m["start"])
        # "oddaliśmy" is the speaker's doing; "przekazaliście" the doing of whom they speak to
        said_by = _person(first) if trigger.is_verb else _person_of_light_verb(view, trigger.first, lo)
        if said_by is None and first.tag.startswith("inf"):
            # "Możemy ich przenieść", "chcemy przekazać": the person of the verb the infinitive depends on
            modal = next((k for k in range(trigger.first - 1, max(lo, trigger.first - 3) - 1, -1)
                          if view.tokens[k].tag.startswith(("fin", "praet"))), None)
            said_by = _person(view.tokens[modal]) if modal is not None else None
        doer = speaker if said_by == 1 else _addressee(view, speaker) if said_by == 2 else None
        promising = said_by == 1 and tense_of_verb(view.tokens, trigger.first, lo, hi) == "future"
        if doer and trigger.type.name in STATE_ACTS and _plural(first) and not promising:
            # "przekazaliście Białorusi", said to Putin: "you" is Russia, which a head of state speaks for
            doer = self._country_of(doer, date) or doer
        args = fill(view, mentions, first.start, last.end, trigger.type.roles, trigger.is_verb, doer,
                    bool(quote and doer), first.low, trigger.type.name, trigger.type.objects,
                    passive=not trigger.is_verb or first.tag.startswith("ppas") or _passive(view, trigger.first))
        if said_by == 1 and quote and trigger.is_verb:
            # "Dziękuję ci" is said to someone; "omówiliśmy" is the speaker with whom they speak to
            other = _addressee(view, speaker)
            role = None if first.low in RECEIVING else \
                "recipient" if "recipient" in trigger.type.roles and trigger.type.name not in SYMMETRIC else \
                "partner" if "partner" in trigger.type.roles and first.has("pl") else None
            if other and role and role not in args:
                args[role] = other
        if trigger.is_verb and "agent" not in args and said_by is None and quote and quote["kind"] == "indirect" \
                and not _has_subject(view, trigger.first, lo) and not _subject_after(view, trigger, hi) \
                and speaker and (quote.get("cue") or "").lower().split()[-1:] not in (["według"], ["zdaniem"], ["ocenie"]):
            args["agent"] = speaker  # "Putin przekazał, że rozmawiał z…": the speaker did it
        if trigger.is_verb and not args and said_by is None and self.last_actors \
                and first.tag.startswith(("fin", "praet", "bedzie")) and not _passive(view, trigger.first) \
                and (not _has_subject(view, trigger.first, lo) or _plural(first) and len(self.last_actors) > 1) \
                and not (_plural(first) and len(self.last_actors) == 1
                         and self._is_person(view, next(iter(self.last_actors.values())))):
            # "Fundamentaliści ostrzegali" has its own subject; "dyktatorzy rozmawiali" is the pair just named
            # "Uzgodnili też…": a verb without its subject continues the actors of the event before
            args = {**{k: v for k, v in self.last_actors.items() if k in trigger.type.roles}, **args}
        # "Mulook, który … wystąpił o azyl": the one the clause is about does it, or, for
        # "PGNiG, które nie otrzymuje gazu od Gazpromu", receives
        subject_role = "recipient" if first.low in RECEIVING else "agent"
        if trigger.is_verb and subject_role not in args and subject_role in trigger.type.roles and said_by is None:
            antecedent = _relative_subject(view, trigger, clauses, mentions)
            if antecedent and antecedent not in args.values():
                args[subject_role] = antecedent
        if "agent" in trigger.type.roles and said_by is None and self.describer \
                and ("agent" not in args or self._body_of_title(view, args["agent"], mentions)):
            described = _described_doer(view, trigger, lo, hi, mentions, self.describer)
            if described:
                # "brytyjska premier rozmawiała", "podczas wizyty szefa MON": the person, not their ministry
                args["agent"] = described
        if trigger.is_verb and "agent" not in args and self.last_actors and _both_sides(view, trigger.first, lo):
            # "Obie strony podpisały memorandum", "oba rządy uzgodniły": the two just named together
            args = {**{k: v for k, v in self.last_actors.items() if k in trigger.type.roles}, **args}
        according = bool(quote) and quote["kind"] == "indirect" and (quote.get("cue") or "").lower() in ACCORDING
        if "agent" not in args and self.carried and (not quote or according) and "agent" in trigger.type.roles \
                and self.carried not in args.values() and (not trigger.is_verb or trigger.first == self.main_verb):
            args["agent"] = self.carried  # "Przebywał wówczas z oficjalną wizytą": the one named before
        if "partner" in trigger.type.roles and "partner" not in args:
            side = _other_side(view, trigger, hi)
            if side and side not in _ids_of(args.get("agent")):
                args["partner"] = side  # "Trwają rozmowy ze stroną pakistańską"
        if "recipient" in trigger.type.roles and "recipient" not in args:
            target = _pronoun_addressee(view, trigger, hi)
            if target:
                args["recipient"] = target  # "groźby pod jej adresem": at the person named before
                if args.get("agent") == target:
                    del args["agent"]
        if trigger.is_verb and "recipient" in trigger.type.roles and "recipient" not in args:
            countries = _country_of_noun_after(view, trigger, hi, trigger.type.name)
            if countries:
                args["recipient"] = countries[0]  # "zarzuciła mołdawskim władzom", "przekazane armii białoruskiej"
        if not trigger.is_verb:
            # "rosyjska agresja", "rosyjsko-białoruskie ćwiczenia": the adjective names who does it,
            # rather than the subject of the sentence the noun stands in
            countries = _countries_before(view, trigger.first, lo)
            if countries:
                args["agent"] = countries[0]
                if len(countries) > 1 and "partner" in trigger.type.roles:
                    args["partner"] = countries[1]
        forces = _countries_of_forces(view, trigger, hi) if trigger.type.name == "deploy" else []
        if forces and ("agent" not in args or not first.tag.startswith(FINITE)):
            # "rozmieszczenie rosyjskich oddziałów", "zostanie rozmieszczonych 40 tysięcy polskich żołnierzy"
            args["agent"] = forces[0]
        if not trigger.is_verb and "agent" not in args and "agent" in trigger.type.roles:
            doer = _subject_of_describing_clause(view, trigger, clauses, mentions)
            if doer:
                args["agent"] = doer  # "Negocjacje, które Bruksela będzie prowadzić": Bruksela negotiates
        earlier = self.last_of_type.get(trigger.type.name)
        if not trigger.is_verb and earlier and not set(args) - {"place"}:
            # "Spotkanie było bardziej konkretne", "o tym porozumieniu": the noun takes up the event
            # of its type told before, and its participants
            args = {**{r: v for r, v in earlier.items() if r != "place"}, **args}
        if not trigger.is_verb and not args and not trigger.type.bare_nouns and not _takes_place(view, lo, hi) \
                and not (trigger.type.name in SYMMETRIC and _opens_as_subject(view, trigger.first, lo)):
            return None  # a bare noun ("rozmowy", "sankcje") is too often a topic, not an occurrence
        frame = _frame_before(view, trigger.first, lo) if not trigger.is_verb else None
        if frame and (frame in FRAMES_ALWAYS or not {r: v for r, v in args.items() if r != "place"}) \
                and not _takes_place(view, lo, hi):
            return None  # "na czas manewrów", "gospodarz spotkania": the frame of another fact, not one
        if _wished(view, trigger.first, lo):
            return None  # "żeby brytyjski rząd docenił…", "tę dyrektywę należy przyjąć": a wish, not an event
        if not self._occurrence(view, trigger, args, lo, hi, mentions):
            return None
        if quote and speaker and "recipient" in trigger.type.roles and "recipient" not in args:
            near = {view.tokens[k].text.lower() for k in range(trigger.last + 1, min(hi, trigger.last + 4))}
            if near & {"nam", "mi", "mnie"}:  # "przekazaliście nam": to the speaker, or the state they speak for
                args["recipient"] = (self._country_of(speaker, date) if "nam" in near else None) or speaker
            elif said_by == 2 and trigger.type.name == "promise":
                # "złożyliście obietnice", said to Putin: what "you" promised, you promised the speaker's side
                args["recipient"] = (self._country_of(speaker, date) if _plural(view.tokens[trigger.first - 1])
                                     or _plural(first) else None) or speaker
        if not trigger.is_verb and "agent" not in args and not quote:
            # "– … – podkreślił szef MON podczas wizyty w Kuźnicy": the visit is the speaker's
            told = next((q for q in quotes if q["kind"] == "direct" and q.get("speaker")
                         and sentence[0] <= q["end"] <= first.start and first.start - q["end"] < 80), None)
            if told is not None:
                args["agent"] = told["speaker"]
        said = _said_with(quotes, first, last, view.text)
        if said and said.get("speaker") and not (according and "agent" in args):
            # "Według agencji X nazwał ją „grą”": X tells of the words, the one named before said them
            args["agent"] = said["speaker"]  # "– …  – ostrzegał prezydent": the warning is the quotation's
        if args.get("partner") is not None and args.get("partner") == args.get("agent"):
            del args["partner"]
        quoted = quote["kind"] if quote else ("source" if source_of else None)
        if quoted == "indirect" and (quote.get("cue") or "").lower() in ACCORDING:
            quoted = "source"  # "Według przedstawicieli służb, Bibi jest … ze względu na groźby": their account
        event_type = trigger.type
        if first.low in ARRIVING and event_type.name == "transfer" and self._arms(view, args, trigger, hi):
            # "Na Białoruś trafiły S-400", "do enklawy trafiły dwa dywizjony": arms moved in are deployed
            event_type = self.schema.types["deploy"]
            if "recipient" in args:
                args["place"] = args.pop("recipient")
        if said_by == 1 and quote and event_type.name in ("transfer", "deploy") \
                and tense_of_verb(view.tokens, trigger.first, lo, hi) == "future":
            event_type = self.schema.types["promise"]  # "Przekażemy Białorusi Iskandery": a promise
        mood = modality(view.tokens, trigger.first, trigger.last, lo, hi, event_type.name, quoted,
                        speech_verb=said is not None, is_verb=trigger.is_verb)
        if mood == "asserted" and quoted == "direct" and said_by is None and trigger.is_verb \
                and event_type.name not in STATEMENTS and source_of:
            mood = "reported"  # "Jak informuje X, „Islamiści ostrzelali dom”": others' doing, in its words
        if trigger.conditional:  # the threat is made, whatever it makes depend on
            mood = "reported" if quoted in ("indirect", "source") else "asserted"
        source = speaker if quote else (source_of.get("source") if source_of else None)
        time = _time(
            timexes, sentence, first.start, date, mood, tense_of_verb(view.tokens, trigger.first, lo, hi) == "past",
            _clause(view, trigger, lo, hi),
            said_between=lambda a, b: any(t.text.lower() in ("że", "iż") for t in view.tokens_in(a, b)),
            relative=[(a, b) for k, a, b in clauses if _about_actor(view, k, view.mentions_in(*sentence))],
            describing=_describing_clause(view, trigger, clauses))
        named_year = _year_in_name(args.get("theme"), mentions)
        if named_year and (time is None or time.get("timex") is None and not time["value"].startswith(named_year)):
            # "przy okazji ćwiczeń Zapad-2021", in a 2022 article: that year's; Zapad-2025 in 2025 is news
            time = {"value": named_year, "timex": None}
        if mood in ("asserted", "reported") and _after_date(time, date):
            if trigger.is_verb and tense_of_verb(view.tokens, trigger.first, lo, hi) == "past" \
                    or event_type.name in STATEMENTS:
                time = {"value": date, "timex": None}  # "uzgodniły zwiększenie dostaw w 2027 roku": that date is the object's
            else:
                mood = "planned"  # "zwiększenie dostaw w 2027 roku": what is dated ahead is still to come
        if mood == "planned" and _before_date(time, date):
            mood = "reported" if quoted in ("indirect", "source") else "asserted"  # dated in the past: it happened
        return {
            "type": event_type.name,
            "cameo": event_type.cameo,
            "trigger": _span(first.start, last.end),
            "args": args,
            "time": time,
            "modality": mood,
            "source": source,
            "evidence": _span(*sentence),
        }


    def _occurrence(self, view: DocView, trigger: Trigger, args: dict, lo: int, hi: int, mentions: list[dict]) -> bool:
        """Whether the trigger reports an occurrence: not a habit, an interview, a figurative meeting,
        or a handover of nothing tangible ("sprawa powinna trafić do…")."""
        tokens = view.tokens
        window = range(max(lo, trigger.first - 5), min(hi, trigger.last + 5))
        if any(tokens[k].text.lower() in HABITUAL for k in window) or _for_a_long_time(view, trigger.first, lo):
            return False
        after = [tokens[k] for k in range(trigger.last + 1, min(hi, trigger.last + 6))]
        words = [t.low for t in after]
        if trigger.type.name == "meet" and {"z", "ze"} & {t.text.lower() for t in after[:2]} \
                and any(w in NOT_MET for w in words):
            return False
        if trigger.type.name == "consult" and not trigger.is_verb and tokens[trigger.first - 1].low == "w":
            end = tokens[trigger.last].end
            partner = next((m for m in mentions if 0 <= m["start"] - end <= 30), None)
            if partner is None or partner.get("subtype") in OUTLETS or partner["type"] in ("ORG", "PRO"):
                return False  # "w rozmowie z Interią / z dziennikarzami": an interview, a quotation's medium
        head = tokens[trigger.first].tag.split(":", 1)[0]
        # the auxiliary before it, or right after ("gdzie rozbudowywana jest infrastruktura")
        auxiliary = range(max(lo, trigger.first - 4), min(hi, trigger.last + 2))
        if trigger.type.name in STATEMENTS:
            auxiliary = range(max(lo, trigger.first - 2), trigger.first)
        if head == "ppas" and trigger.type.name == "threaten":
            return False  # "jej życie nie jest zagrożone": a state, not a threat
        if head == "ppas" and trigger.type.name not in ("transfer", "deploy") and \
                not any(tokens[k].low in ("zostać", "być") for k in auxiliary):
            return False  # "zatwierdzonych punktów", "oskarżona": a participle describing, not reporting
        if trigger.type.name in STATEMENTS and "agent" not in args and _pronoun_addressee(view, trigger, hi) is None \
                and not (trigger.is_verb and (_has_subject(view, trigger.first, lo) or _opens_with_subject(view, trigger.first, lo)
                                              or _plural(tokens[trigger.first]) and tokens[trigger.first].tag.startswith(FINITE))):
            # "grozi im śmierć": a threat needs someone who threatens ("Fundamentaliści ostrzegali", "Domagają się")
            return False
        if tokens[trigger.first].low in TRAVEL and trigger.type.name == "meet" and not any(
                m["type"] == "LOC" and preposition_before(view, m) in ("do", "na", "w", "we")
                and (m["start"] > tokens[trigger.last].end or preposition_before(view, m) == "do")
                for m in mentions):
            return False  # "przyjechało kilkuset instruktorów", "pojedziemy dalej": a visit goes somewhere named
        if tokens[trigger.first].low in TRAVEL and trigger.type.name == "meet" and "agent" not in args:
            return False  # "część migrantów przyleciała do Mińska", "wojska, które przybyły": a visit is someone's
        # a noun of trade ("dostawy do Polski", "zakup") names goods by itself; "przekazanie informacji" does not
        # a phrase names its object itself ("uruchomił operację", "nałożyła sankcje")
        if trigger.type.objects and trigger.first == trigger.last and not (head == "subst" and trigger.type.name == "transfer") \
                and not _tangible(args.get("theme"), mentions) \
                and (not trigger.type.objects_for or tokens[trigger.first].low in trigger.type.objects_for):
            near = range(max(lo, trigger.first - 6), min(hi, trigger.last + 7))
            return any(tokens[k].low in trigger.type.objects for k in near)
        return True


COUNTED = frozenset({"establish", "deploy"})
# first words of a sentence that goes on through counted things: "Pierwszy będzie…", "Dwa kolejne…"
GOING_THROUGH = frozenset({"pierwszy", "drugi", "trzeci", "czwarty", "piąty", "kolejny", "następny", "ostatni",
                           "jeden", "dwa", "trzy", "cztery", "pozostały"})


def _places_listed_after(view: DocView, event: dict[str, Any], most: int = 3) -> list[str]:
    """"mają powstać trzy ośrodki. Pierwszy … w obwodzie grodzieńskim. Dwa kolejne powstaną w Rosji.
    – W obwodach niżnonowogrodzkim i kaliningradzkim": the places of counted things, from the
    sentences after the event that go through them; in each, regions rather than their country."""
    if event["type"] not in COUNTED:
        return []
    k = view.token_at(event["trigger"]["end"])
    end = view.token_at(event["evidence"]["end"])
    if not any(view.tokens[i].tag.startswith("num") for i in range(k, min(end, k + 4))):
        return []
    places: list[str] = []
    before: list[str] = []  # the places of the sentence before, which one without a verb may narrow
    sentences = [s for s in view.sentences if s[0] >= event["evidence"]["end"]][:most]
    for start, stop in sentences:
        words = [t for t in view.tokens_in(start, stop) if t.text not in ("–", "—", "-", "„", '"')]
        if not words or not (words[0].low in GOING_THROUGH or words[0].tag.startswith(("num", "prep"))):
            break
        here: list[dict] = []
        for m in view.mentions_in(start, stop):
            if m["type"] != "LOC" or not m.get("entity"):
                continue
            if preposition_before(view, m) in PLACE_PREPOSITIONS or \
                    here and view.text[here[-1]["end"]:m["start"]].strip() in ("i", "oraz", ","):
                here.append(m)
        found = [m["entity"] for m in ([m for m in here if m.get("subtype") == "region"] or here)]
        if words[0].tag.startswith("prep") and not _has_verb(view.tokens_in(start, stop)[1:]):
            places = [p for p in places if p not in before]  # "– W obwodach …" says where in the country just named
        places += [p for p in found if p not in places]
        before = found
    return places if len(places) > 1 else []


def _has_verb(tokens) -> bool:
    """Whether the words up to the first dash (the end of "– W obwodach … –" said) hold a verb."""
    for tok in tokens:
        if tok.text in ("–", "—"):
            return False
        if tok.tag.startswith(("fin", "praet", "bedzie")):
            return True
    return False


def _assert_what_the_text_asserts(events: list[dict[str, Any]]) -> None:
    """A reported event the article also states as fact ("Wizyta Putina w Mińsku" beside "w ocenie
    komentatorów Putin poleciał do Mińska, aby…") is asserted: same type, agent, place and time."""
    def ids(value) -> set[str]:
        return {value} if isinstance(value, str) else set(value or [])

    facts = [e for e in events if e["modality"] == "asserted"]
    for event in events:
        if event["modality"] != "reported" or not event["args"].get("agent"):
            continue
        for fact in facts:
            if fact["type"] == event["type"] and ids(fact["args"].get("agent")) & ids(event["args"]["agent"]) \
                    and ids(fact["args"].get("place")) == ids(event["args"].get("place")) \
                    and (fact["time"] or {}).get("value") == (event["time"] or {}).get("value"):
                event["modality"] = "asserted"
                break


def _said_with(quotes: list[dict], first, last, text: str) -> dict | None:
    """The quotation the trigger introduces as its speech verb ("– … – ostrzegał Duda", "Ostrzegł: …",
    "ostrzegał wówczas, że…")."""
    word = first.text.lower()
    return next((q for q in quotes if (q.get("cue") or "").lower() == word
                 and (0 <= first.start - q["end"] <= 6 or 0 <= q["start"] - last.end <= 6
                      or 0 <= q["start"] - last.end <= 40 and INTRODUCES.search(text[last.end:q["start"]]))), None)


INTRODUCES = re.compile(r"^[^\W\d]*(?:\s+[^\W\d]+)?\s*,?\s*(?:że|iż)\s*$")


CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _clause(view: DocView, trigger: Trigger, lo: int, hi: int) -> tuple[int, int]:
    """The stretch between the punctuation marks around the trigger, as character offsets."""
    tokens = view.tokens
    start, end = trigger.first, trigger.last
    while start > lo and tokens[start - 1].text not in CLAUSE_MARKS:
        start -= 1
    while end + 1 < hi and tokens[end + 1].text not in CLAUSE_MARKS:
        end += 1
    return tokens[start].start, tokens[end].end


def _opens_as_subject(view: DocView, k: int, lo: int) -> bool:
    """"Spotkanie było bardziej konkretne", "Rozmowy z prezydencją są intensywne": the noun is the
    subject the sentence opens with, so the sentence is about a meeting that took place."""
    tok = view.tokens[k]
    before = [t for t in view.tokens[lo:k] if t.text not in ("–", "—", "-", "„", '"')]
    return tok.has("nom") and not before


def _relative_clauses(view: DocView, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """", który … ,": the relative clauses of the sentence, as (pronoun token, start, end offsets)."""
    clauses, tokens = [], view.tokens
    for k in range(lo + 1, hi):
        if tokens[k].low == "który" and tokens[k - 1].text == ",":
            end = k + 1
            while end < hi and tokens[end].text not in CLAUSE_MARKS:
                end += 1
            clauses.append((k, tokens[k].start, tokens[end - 1].end))
    return clauses


def _about_actor(view: DocView, k: int, mentions: list[dict]) -> bool:
    """Whether the relative pronoun at k describes the named person or body before its comma
    ("Cichanouska, która …"); it agrees with a person in number: "Putinem, które w sobotę trwały"
    is about the talks."""
    before = view.tokens[k - 2].end if k >= 2 else -1
    return any(m["type"] in ("PER", "ORG") and m["end"] == before and (m["type"] == "ORG" or view.tokens[k].has("sg"))
               for m in mentions)


def _described_doer(view: DocView, trigger: Trigger, lo: int, hi: int, mentions: list[dict], describer) -> str | None:
    """The one a description names as the doer: a nominative role noun in the trigger verb's clause
    ("brytyjska premier rozmawiała", "ostrzegł szef MSZ") or a genitive one after a noun trigger
    ("podczas wizyty szefa MON"), not inside a name."""
    tokens = view.tokens
    named = {k for m in mentions for k in range(view.token_at(m["start"]), view.token_at(m["end"]))}
    before = []
    for k in range(trigger.first - 1, max(lo, trigger.first - 6) - 1, -1):
        if tokens[k].text in CLAUSE_MARKS or tokens[k].low in ("że", "iż", "który"):
            break
        before.append(k)
    after = range(trigger.last + 1, min(hi, trigger.last + 4)) if trigger.is_verb else []
    candidates = [k for k in [*before, *after] if tokens[k].tag.startswith("subst") and tokens[k].has("nom")]
    if not trigger.is_verb:  # "wizyty szefa MON" first, then the sentence's subject ("szef MON podczas wizyty")
        k = trigger.last + 1
        while k < hi and tokens[k].tag.startswith("adj"):
            k += 1
        candidates = ([k] if k < hi and tokens[k].tag.startswith("subst") and tokens[k].has("gen") else []) + candidates
    sentence = tokens[lo:hi]
    for k in candidates:
        if k in named:
            continue
        ident = describer.who(sentence, k - lo)
        if ident:
            return ident
    return None


def _relative_subject(view: DocView, trigger: Trigger, clauses: list[tuple[int, int, int]],
                      mentions: list[dict]) -> str | None:
    """The named person or body a relative clause in the nominative is about, when the trigger verb
    is in that clause: "Mulook, który od soboty jest w Holandii i tam wystąpił o azyl" → Mulook."""
    first = view.tokens[trigger.first]
    for k, start, end in clauses:
        if not (start <= first.start < end) or not view.tokens[k].has("nom"):
            continue
        before = view.tokens[k - 2].end
        antecedent = next((m for m in mentions if m["end"] == before and m["type"] in ("PER", "ORG")
                           and m.get("entity")), None)
        if antecedent is not None:
            return antecedent["entity"]
    return None


def _subject_of_describing_clause(view: DocView, trigger: Trigger, clauses: list[tuple[int, int, int]],
                                  mentions: list[dict]) -> str | None:
    """The named subject of the relative clause that describes a noun trigger: the pronoun is then its
    object ("Negocjacje, które Bruksela będzie prowadzić z krajami członkowskimi")."""
    clause = _describing_clause(view, trigger, clauses)
    if clause is None:
        return None
    subject = next((m for m in mentions if clause[0] <= m["start"] < clause[1] and m["type"] in ("PER", "ORG", "LOC")
                    and m.get("entity") and "nom" in mention_case(view, m) and preposition_before(view, m) is None), None)
    return subject["entity"] if subject else None


def _describing_clause(view: DocView, trigger: Trigger, clauses: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The relative clause right after a noun trigger and its complements ("Rozmowy prezydenta …
    z Władimirem Putinem, które w sobotę trwały…"), which says when it happened."""
    if trigger.is_verb:
        return None
    for k, start, end in clauses:
        between = view.tokens[trigger.last + 1:k - 1]
        if k > trigger.last and len(between) <= 8 and not any(t.tag.startswith(FINITE) for t in between):
            return start, end
    return None


YEAR_IN_NAME = re.compile(r"(?:^|[\s-])((?:19|20)\d\d)$")


def _year_in_name(theme, mentions: list[dict]) -> str | None:
    """The year an exercise's or event's name carries ("Zapad-2021", "Sojusznicza Determinacja-2022")."""
    themes = {theme} if isinstance(theme, str) else set(theme or [])
    for m in mentions:
        found = YEAR_IN_NAME.search(m["text"]) if m.get("entity") in themes else None
        if found:
            return found.group(1)
    return None


def _before_date(time: dict | None, date: str | None) -> bool:
    """The event's time lies before the document date (compared at the coarser of the two)."""
    if not time or not time.get("value") or not date or not time["value"][:4].isdigit():
        return False
    size = min(len(time["value"]), len(date))
    return time["value"][:size] < date[:size]


def _after_date(time: dict | None, date: str | None) -> bool:
    """The event's time, as the text gives it, lies wholly after the document date."""
    if not time or time.get("timex") is None or not date or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", time["value"] or ""):
        return False
    size = min(len(time["value"]), len(date))
    return time["value"][:size] > date[:size]


def _tangible(theme, mentions: list[dict]) -> bool:
    """A named thing that can be handed over or deployed: a product, not a newspaper or an event."""
    ids = {theme} if isinstance(theme, str) else set(theme or [])
    return any(m.get("entity") in ids and m["type"] == "PRO" and m.get("subtype") not in OUTLETS for m in mentions)


def _promised_action(view: DocView, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """"obiecał przekazać", "dostawę obiecał": the handover is what was promised, told by the promise
    event itself."""
    if trigger.type.name == "promise":
        return False
    promises = [t for t in triggers if t.type.name == "promise"]
    if view.tokens[trigger.first].tag.startswith("inf"):
        return any(0 < trigger.first - t.last <= 2 for t in promises)
    return not trigger.is_verb and any(0 < t.first - trigger.last <= 3 or 0 < trigger.first - t.last <= 2
                                       for t in promises)


FINITE = ("fin", "praet", "bedzie")


def _main_verb(view: DocView, lo: int, hi: int) -> int | None:
    """The first finite verb of the sentence, if it comes before any clause break."""
    for k in range(lo, hi):
        tok = view.tokens[k]
        if tok.text in (",", ";", ":", "–", "—", "„", '"') or tok.low in ("że", "iż", "który", "gdy", "jeśli"):
            return None
        if tok.tag.startswith(FINITE):
            return k
    return None


def _subjectless(view: DocView, verb: int, lo: int) -> bool:
    """"Przebywał wówczas z wizytą…": a third-person verb with no nominative noun or pronoun before it
    or right after it; the subject is the one the text named last."""
    tok = view.tokens[verb]
    if _person(tok) is not None or tok.has("imps") or _passive(view, verb):
        return False
    words = [t for k, t in enumerate(view.tokens[lo:verb], lo) if not _credited(view, k, lo)] \
        + view.tokens[verb + 1:verb + 4]
    return not any(t.tag.startswith(("subst", "ppron", "ign", "brev")) and (t.has("nom") or t.tag.startswith("ign"))
                   for t in words)


GOVERNING = frozenset({"władza", "władze", "rząd", "reżim", "administracja", "kierownictwo", "przywództwo"})


def _governments(view: DocView, lo: int, hi: int, mentions: list[dict]) -> list[dict]:
    """"Litewskie władze zapowiedziały", "przez brytyjskie władze": a country's adjective and the noun
    of who governs it stand for the country, in that noun's role and case."""
    found = []
    for k in range(lo + 1, hi):
        tok = view.tokens[k]
        if tok.low not in GOVERNING or not tok.text.islower() or not view.tokens[k - 1].tag.startswith("adj") \
                or any(m["start"] <= tok.start < m["end"] for m in mentions):
            continue
        countries = _countries_before(view, k, max(lo, k - 1))
        if countries:
            found.append(_stand_in(view, view.tokens[k - 1].start, tok.end, tok.low, countries[0]))
    return found


def _stand_in(view: DocView, start: int, end: int, lemma: str, entity: str) -> dict:
    """A mention, for finding arguments only, of words that stand for an entity ("Litewskie władze")."""
    return {"start": start, "end": end, "text": view.text[start:end], "type": "ORG", "lemma": lemma,
            "entity": entity, "seat": True}


def _speakers_government(view: DocView, quote: dict | None, mentions: list[dict]) -> list[dict]:
    """"premier Mołdawii Dorin Recean przekazał, że rząd jest gotów…": a bare "rząd" or "władze" in what a
    speaker says is the government of the country their title names."""
    if not quote or quote["kind"] != "indirect" or not quote.get("speaker"):
        return []
    titles = [t for m in view.mentions if m.get("entity") == quote["speaker"] for t in m.get("titles") or []]
    places = {m["lemma"].casefold(): m["entity"] for m in view.mentions if m["type"] == "LOC" and m.get("entity")}
    place = next(filter(None, (_place_in_title(t, places) for t in titles)), None)
    if place is None:
        return []
    found = []
    for k in range(view.token_at(quote["start"]), view.token_at(quote["end"])):
        tok, nxt = view.tokens[k], view.tokens[k + 1] if k + 1 < len(view.tokens) else None
        # bare: no adjective before ("polski rząd"), no name after ("rząd Litwy")
        if tok.low in ("rząd", "władza", "władze") and tok.text.islower() and not (nxt and nxt.text[:1].isupper()) \
                and not view.tokens[k - 1].tag.startswith("adj") \
                and not any(m["start"] <= tok.start < m["end"] for m in mentions):
            found.append(_stand_in(view, tok.start, tok.end, tok.low, places[place]))
    return found


def _place_in_title(title: str, places: dict[str, str]) -> str | None:
    """The place a title names, among the document's ("premier Mołdawii" → mołdawia)."""
    for word in title.split()[1:]:
        key = next((p for p in places if len(os.path.commonprefix([p, word.casefold()])) >= max(4, len(p) - 2)), None)
        if key:
            return key
    return None


def _seat_of_power(view: DocView, mention: dict) -> dict:
    """"władze w Prisztinie", "reżim w Mińsku": the place stands for who governs there, in the role
    and case of the noun before it."""
    k = view.token_at(mention["start"])
    if mention["type"] != "LOC" or k < 2 or view.tokens[k - 1].text.lower() not in ("w", "we") \
            or view.tokens[k - 2].low not in GOVERNING or not view.tokens[k - 2].text.islower():
        return mention
    return {**mention, "start": view.tokens[k - 2].start, "type": "ORG", "seat": True}


def _pairs(args: dict) -> set[tuple[str, str]]:
    return {(role, ident) for role, value in args.items() for ident in _ids_of(value)}


CLAUSE_LINKS = frozenset({"a", "ale", "lecz", "jednak", "natomiast", "zaś"})


def _another_clauses(view: DocView, trigger: Trigger, found: list[dict]) -> bool:
    """"Litwa zapowiedziała zakup HIMARS, a Estonia przygotowuje zakup…", "zobowiązał Polskę …, nie
    nakazał jednak…": a trigger in a clause of its own, after a comma and "a"/"ale" or a semicolon, is a
    second event of its type, when both clauses have a finite verb."""
    start = view.tokens[trigger.first].start
    for event in found:
        if event["type"] != trigger.type.name:
            continue
        a, b = sorted((event["trigger"]["end"], start))
        between = view.tokens_in(a, b)
        link = next((j for j, t in enumerate(between) if t.text == ";" or t.text == "," and j + 1 < len(between)
                     and between[j + 1].low in CLAUSE_LINKS), None)
        # each in a clause with a verb of its own
        if link is None or not any(t.tag.startswith(FINITE) for t in between[link:]) and not trigger.is_verb \
                or not any(t.tag.startswith(FINITE) for t in view.tokens_in(view.sentence_of(a)[0], a)):
            return False
    return True


def _credited(view: DocView, k: int, lo: int) -> bool:
    """"Według separatystycznej agencji Nowosti nazwał…": a word of the genitive group "według" opens
    names who tells, not who does."""
    if not any(view.tokens[i].low in ACCORDING for i in range(lo, k)):
        return False  # most sentences credit no one
    # an outlet's name after its kind ("agencji Nowosti"), whatever case the tagger gives it
    outlets = [m for m in view.mentions_in(view.tokens[lo].start, view.sentence_of(view.tokens[k].start)[1])
               if view.token_at(m["start"]) > lo and view.tokens[view.token_at(m["start"]) - 1].low in OUTLET_ROLES]

    def named(j: int) -> bool:
        return any(m["start"] <= view.tokens[j].start < m["end"] for m in outlets)

    j = k
    while j > lo and (named(j) or view.tokens[j].has("gen") or view.tokens[j].tag.startswith(("ign", "brev"))):
        j -= 1
    return j < k and view.tokens[j].low in ACCORDING


def _sentence_subject(view: DocView, mentions: list[dict], lo: int, hi: int) -> str | None:
    """The named person or body before the sentence's first finite verb, in the nominative; the one
    nearest the verb ("Sekretarz generalny NATO Mark Rutte odwiedził": Rutte, not his title's NATO)."""
    verb = _main_verb(view, lo, hi)
    if verb is None:
        return None
    found = None
    for m in mentions:
        if m["end"] > view.tokens[verb].start:
            break
        # any word in the nominative: a first name the dictionary reads as another case still counts
        if m["type"] in ("PER", "ORG") and m.get("entity") and preposition_before(view, m) is None \
                and (any(t.has("nom") for t in view.tokens_in(m["start"], m["end"]))
                     or m["type"] == "PER" and next_to(view, m, view.tokens[verb].start)):
            found = m["entity"]  # "Miloš Vučević odrzucił": right before the verb, whatever the tags say
    return found


WISHES = frozenset({"żeby", "aby", "by", "należy", "trzeba", "powinien", "powinna", "powinno", "powinni", "powinny"})


def _for_a_long_time(view: DocView, k: int, lo: int) -> bool:
    """"od miesięcy apelowała", "od lat krytykuje": a stance held for long, not an occurrence."""
    tokens = view.tokens
    return any(tokens[j].text.lower() == "od" and tokens[j + 1].text.lower() in ("miesięcy", "lat", "tygodni", "dawna",
                                                                                 "dekad", "dziesięcioleci")
               for j in range(max(lo, k - 4), k - 1))


def _wished(view: DocView, k: int, lo: int) -> bool:
    """A verb in a clause of wish or duty ("żeby rząd docenił", "należy przyjąć", "powinny patrolować")."""
    return view.tokens[k].tag.startswith(("praet", "inf")) and any(
        view.tokens[j].text.lower() in WISHES for j in range(max(lo, k - 4), k))


BOTH = frozenset({"oba", "obie", "obaj", "obydwa", "obydwie", "obydwaj"})
SIDES = frozenset({"strona", "kraj", "państwo", "rząd", "przywódca", "delegacja", "prezydent", "premier", "minister"})


def _both_sides(view: DocView, k: int, lo: int) -> bool:
    """"Obie strony", "oba rządy", "obaj przywódcy" just before the verb: its subject is a pair."""
    window = view.tokens[max(lo, k - 3):k]
    return any(t.text.lower() in BOTH for t in window) and any(t.low in SIDES for t in window)


def _opens_with_subject(view: DocView, k: int, lo: int) -> bool:
    """"Mąż uniewinnionej chrześcijanki…, skazanej…, zaapelował": the sentence opens with a nominative
    noun and the trigger is its first finite verb."""
    words = [t for t in view.tokens[lo:k] if t.text not in ("–", "—", "-", "„", '"')]
    return bool(words) and words[0].tag.startswith("subst") and words[0].has("nom") \
        and not any(t.tag.startswith(FINITE) for t in words)


def _subject_after(view: DocView, trigger: Trigger, hi: int) -> bool:
    """"na miejsce dotrze polski okręt patrolowy": a nominative noun after the verb is its subject."""
    for j in range(trigger.last + 1, min(hi, trigger.last + 5)):
        tok = view.tokens[j]
        if tok.text in (",", ";", "–", ":"):
            return False
        if tok.tag.startswith("subst") and tok.has("nom") and not tok.has("acc"):
            return True
    return False


def _has_subject(view: DocView, k: int, lo: int) -> bool:
    """"Fundamentaliści ostrzegali": a nominative noun before the verb is its subject, even unnamed."""
    for j in range(k - 1, max(lo, k - 4) - 1, -1):
        tok = view.tokens[j]
        if tok.text in (",", ";", "–", ":"):
            return False
        if tok.tag.startswith(("subst", "ger")) and tok.has("nom"):
            return True  # "pozostawanie w Pakistanie grozi im…": a gerund is a subject too
        if j == k - 1 and j > lo and tok.text[:1].isupper() and not tok.tag.startswith(("prep", "conj")):
            return True  # "w Belgradzie Vučić oskarżył": a name the tagger misread, right before the verb
    return False


def _passive(view: DocView, k: int) -> bool:
    """"zostanie zatwierdzony", "zostały przekazane": the subject is what is acted on."""
    return any(view.tokens[j].low in ("zostać", "być") for j in range(max(0, k - 2), k)) or \
        view.tokens[k].tag.startswith(("ppas", "imps"))


def _takes_place(view: DocView, lo: int, hi: int) -> bool:
    """"Spotkanie się odbyło", "rozmowy trwały": the sentence tells that the named thing happened."""
    # a verb, not a gerund: "po zakończeniu ćwiczeń" tells of no occurrence
    return any(view.tokens[k].low in OCCURRING and not view.tokens[k].tag.startswith("ger") for k in range(lo, hi))


RELATION_ADJECTIVE = re.compile(r"[sc]k(?:i|a|ą|ie|iej|iego|iemu|im|imi|ich|o)$")


def _country_of_noun_after(view: DocView, trigger: Trigger, hi: int, event_type: str) -> list[str]:
    """The country whose adjective marks the common noun a verb is done to: the first dative noun
    (or accusative, for what is done at someone) after it, with its adjectives on either side."""
    wanted = ("dat", "acc") if event_type in AT_WHOM else ("dat",)
    for k in range(trigger.last + 1, min(hi, trigger.last + 5)):
        tok = view.tokens[k]
        if tok.text in CLAUSE_MARKS or tok.tag.startswith(("fin", "praet", "prep")):
            return []
        if tok.tag.startswith("subst") and any(tok.has(c) for c in wanted):
            return _countries_before(view, k, trigger.last + 1) or _countries_before(view, k + 2, k + 1)
    return []


def _ids_of(value) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def _other_side(view: DocView, trigger: Trigger, hi: int) -> str | None:
    """"rozmowy ze stroną pakistańską": the country whose adjective follows "stroną" just after the trigger."""
    for k in range(trigger.last + 1, min(hi - 2, trigger.last + 4)):
        if view.tokens[k].text.lower() in ("z", "ze") and view.tokens[k + 1].low == "strona" \
                and view.tokens[k + 1].has("inst") and view.tokens[k + 2].tag.startswith("adj"):
            countries = _countries_before(view, k + 3, k + 2)
            return countries[0] if countries else None
    return None


def _pronoun_addressee(view: DocView, trigger: Trigger, hi: int) -> str | None:
    """"groźby pod jej adresem": the person named last before the trigger."""
    after = view.text[view.tokens[trigger.last].end:view.tokens[min(hi, trigger.last + 5) - 1].end]
    if not re.match(r"\s+pod\s+(?:jej|jego|ich)\s+adresem\b", after):
        return None
    before = [m for m in view.mentions if m["end"] <= view.tokens[trigger.first].start and m["type"] == "PER"
              and m.get("entity")]
    return before[-1]["entity"] if before else None


def _countries_before(view: DocView, k: int, lo: int) -> list[str]:
    """Countries named by the adjectives just before token k, matched to the countries the document
    names ("rosyjsko-białoruskie" → Rosja, Białoruś when both are mentioned), and bodies whose
    adjective the KB lists ("unijny")."""
    named = {m["entity"]: m["lemma"].casefold() for m in view.mentions
             if m["type"] == "LOC" and m.get("subtype") == "country" and m.get("entity")}
    found: list[str] = []
    j = k - 1
    while j >= lo and j >= k - 2 and view.tokens[j].tag.startswith("adj"):
        entry = default_kb().by_adjective(view.tokens[j].low)  # "unijnym ministrom", "natowskie ćwiczenia"
        if entry is not None and entry.id not in found:
            found.append(entry.id)
        for part in view.tokens[j].text.casefold().split("-"):
            # any word of the name: "brytyjskie" for Wielka Brytania
            scored = [(max(len(os.path.commonprefix([part, word])) for word in name.split()), ident)
                      for ident, name in named.items()]
            best = max(scored, default=(0, None))
            if best[0] >= 3 and best[1] not in found and RELATION_ADJECTIVE.search(part):
                found.append(best[1])
        j -= 1
    return found


# words before a noun that make it the frame or a property of something else ("po zakończeniu ćwiczeń");
# a gerund's base form is its verb's ("ustalenia szczytu" → ustalić)
FRAMES = frozenset({"podczas", "czas", "trakcie", "przeddzień", "marginesie", "gospodarz", "odsłona", "ustalenie",
                    "rocznica", "zakończenie", "koniec", "początek", "przed", "po", "to", "ten",
                    "nad", "przy", "dotyczący", "dotyczyć", "temat", "sprawa", "kwestia", "strategia", "o",
                    "mocy", "ramach", "myśli", "ustalić", "zakończyć", "centrum"})
# what comes after "o" is what was decided or reported ("decyzja o utworzeniu", "poinformował o przerzuceniu
# wojsk"), not a topic ("mówiła o nowelizacji")
DECIDING = frozenset({"decyzja", "porozumienie", "umowa", "zgoda", "wniosek", "prośba", "apel", "uchwała", "ustawa",
                      "traktat", "postanowienie", "zgodzić", "zdecydować", "postanowić", "porozumieć", "umówić",
                      "poinformować", "informować", "donieść", "donosić", "powiadomić", "zawiadomić", "wiadomość",
                      "informacja", "doniesienie", "raport", "meldunek", "wieść"})
# frames that make the noun a time or a property of something else even when participants are named
# ("na czas manewrów w pobliżu granicy z Białorusią"); "podczas wizyty Łukaszenki" still reports the visit
FRAMES_ALWAYS = frozenset({"czas", "przeddzień", "marginesie", "gospodarz", "odsłona", "ustalenie", "rocznica",
                           "zakończenie", "to", "nad", "dotyczący", "dotyczyć", "temat", "kwestia", "strategia",
                           "mocy", "ramach", "myśli", "o", "ustalić", "zakończyć", "centrum"})


def _frame_before(view: DocView, k: int, lo: int) -> str | None:
    """The frame word before the noun at k, past its adjectives ("podczas jubileuszowego szczytu")."""
    j = before_modifiers(view.tokens, k, lo)
    if j < lo:
        return None
    tok = view.tokens[j]
    if tok.text.lower() == "o" and any(view.tokens[i].low in DECIDING for i in range(max(lo, j - 3), j)):
        return None
    return next((w for w in (tok.low, tok.text.lower()) if w in FRAMES), None)


def _countries_of_forces(view: DocView, trigger: Trigger, hi: int) -> list[str]:
    """Countries whose adjective marks the forces or arms just after the trigger ("polskich żołnierzy")."""
    for j in range(trigger.last + 1, min(hi, trigger.last + 7)):
        if view.tokens[j].low in trigger.type.objects and view.tokens[j - 1].tag.startswith("adj"):
            return _countries_before(view, j, trigger.last + 1)
    return []


# verbs that carry a noun event and lend it their subject: "złożyliście obietnice", "podjęliśmy decyzję"
LIGHT_VERBS = frozenset({"złożyć", "składać", "dać", "dawać", "podjąć", "przeprowadzić", "odbyć", "wydać",
                         # and verbs that change how much of it there is: "Zwiększymy dostawy", "wznowimy rozmowy"
                         "zwiększyć", "zwiększać", "wznowić", "wznawiać", "kontynuować", "rozszerzyć", "rozszerzać",
                         "ograniczyć", "ograniczać", "wstrzymać", "wstrzymywać"})


def _person_of_light_verb(view: DocView, k: int, lo: int) -> int | None:
    """The person of the light verb just before the noun at k ("złożyliście obietnice" → 2)."""
    for j in range(k - 1, max(lo, k - 3) - 1, -1):
        if view.tokens[j].low in LIGHT_VERBS:
            return _person(view.tokens[j])
    return None


def _plural(tok) -> bool:
    return tok.has("pl") or tok.text.lower().endswith(("śmy", "ście"))


def _person(tok) -> int | None:
    """1 or 2 for a verb in the first or second person ("oddaliśmy", "przekazaliście", "podpiszemy");
    past forms carry the person in their ending, which the tag of the whole word leaves out."""
    if tok.has("pri"):
        return 1
    if tok.has("sec"):
        return 2
    if tok.tag.startswith("praet"):
        word = tok.text.lower()
        if word.endswith(("śmy", "łem", "łam")):
            return 1
        if word.endswith(("ście", "łeś", "łaś")):
            return 2
    return None


def _addressee(view: DocView, speaker: str | None) -> str | None:
    """Whom a speaker says "you" to: the person the document names most often besides them."""
    counts: dict[str, int] = {}
    for m in view.mentions:
        if m["type"] == "PER" and m.get("entity") and m["entity"] != speaker:
            counts[m["entity"]] = counts.get(m["entity"], 0) + 1
    return max(counts, key=lambda ident: counts[ident]) if counts else None


def _time(timexes: list[dict], sentence: tuple[int, int], offset: int, date: str | None,
          mood: str, said_in_past: bool = False, clause: tuple[int, int] | None = None,
          said_between=lambda a, b: False, relative: list[tuple[int, int]] = (),
          describing: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """The nearest dated expression of the sentence; else the document date for what is reported as
    having happened (news is mostly about the last days), nothing for what is only planned."""
    dated = [(k, t) for k, t in enumerate(timexes) if sentence[0] <= t["start"] < sentence[1]
             and t["type"] in ("DATE", "TIME") and t.get("value")
             and (t["value"][:1].isdigit() or t["value"] in REF_VALUES)]
    # the trigger's own clause first ("…który przekazaliście nam, po tym, jak złożyliście obietnice
    # pół roku temu": that date is the promise's), then what the sentence set before it
    clause = clause or sentence
    # "Rozmowy…, które w sobotę trwały w Soczi": a relative clause on the event noun dates it
    own = [(k, t) for k, t in dated if clause[0] <= t["start"] < clause[1]
           or describing and describing[0] <= t["start"] < describing[1]]
    # a date before a "że" is when something was said ("poinformował wczoraj, że…"), not when it happens;
    # one in a clause describing a person ("Cichanouska, która od 2020 roku kieruje opozycją, wezwała")
    # is that person's
    earlier = [(k, t) for k, t in dated if t["start"] < clause[0] and not said_between(t["end"], offset)
               and not any(a <= t["start"] < b for a, b in relative)]
    dated = own or earlier[-1:]
    if dated:
        k, t = min(dated, key=lambda item: abs(item[1]["start"] - offset))
        value = date if t["value"] in REF_VALUES else t["value"]
        if value and "T" in value:
            value = value.split("T")[0]  # "we wtorek wieczorem": the event is dated by its day
        if value and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI|H[12]|Q[1-4])", value):
            value = value[:4]  # "wiosną 2022": an event is dated by day, week, month or year
        return {"value": value, "timex": k} if value else None
    if date and (mood in ("asserted", "reported") or mood == "promised" and said_in_past):
        return {"value": date, "timex": None}  # a promise made (in the past tense) is dated like news
    return None


class EventComponent:
    def __init__(self, types_path: str | None = None) -> None:


        self.find = EventFinder(load_schema(types_path), default_kb())
        self.cues = load_cues()

    def __call__(self, doc: Doc) -> Doc:
        view = DocView.from_doc(doc)
        self.find.added = {}
        date = doc.user_data.get("kronika_date")
        describer = SpeakerResolver(view, self.cues, self.find.kb, date)
        doc._.events = self.find(view, list(doc._.quotes or []) if Doc.has_extension("quotes") else [],
                                 list(doc._.attributions or []) if Doc.has_extension("attributions") else [],
                                 list(doc._.timexes or []), date, describer)
        self.find.added.update(describer.added)
        known = {e["id"] for e in doc._.entities or []}
        extra = [e for ident, e in self.find.added.items() if ident not in known]
        if extra:
            doc._.entities = list(doc._.entities or []) + extra
        return doc


@Language.factory("kronika_events", default_config={"types": None})
def make_events(nlp: Language, name: str, types: str | None) -> EventComponent:
    return EventComponent(types)
