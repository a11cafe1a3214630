"""Who said it: the speaker of each quotation as an entity id, or unnamed with its description.

The finders say where the speaker is named (the attribution clause, the words before "że", the
phrase after "zdaniem"). There the speaker is, in this order of preference: a name (a person, then
an organisation or outlet); a description used for a person or body named elsewhere in the
document ("ekspert OSW" for Kamil Kłysiński, whose title is "analityk OSW ds. Białorusi") or
known to the knowledge base for the document's date ("rosyjski przywódca"); an outlet described
by its kind ("państwowa agencja", the outlet last named); or, for plural and generic descriptions
("niezależni komentatorzy"), nobody in particular. When the text leaves the speaker out ("Dodał,
że…"), the previous speaker said it. Names after "w rozmowie z", "dla", "na antenie" are the
medium, not the speaker; names in "jak relacjonuje BelTA" are a source, not the speaker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex as re

from kronika.quotes.cues import Cues
from kronika.quotes.found import Found
from kronika.quotes.view import DocView, Tok

SPEAKER_TYPES = ("PER", "ORG", "PRO")
OUTLET_ROLES = {"agencja", "telewizja", "gazeta", "dziennik", "portal", "stacja", "radio", "serwis", "tygodnik"}
ROLE_CLASSES = [{"ekspert", "analityk", "specjalista", "badacz", "politolog", "wirusolog", "epidemiolog",
                 "socjolog", "ekonomista", "historyk", "naukowiec"}, {"szef", "szefowa", "dyrektor",
                "prezes", "przewodniczący", "przewodnicząca"}, {"przywódca", "lider", "prezydent", "dyktator",
                "władca", "autokrata"}, {"generał", "gen.", "dowódca"}, {"rzecznik", "rzeczniczka"},
                {"wiceszef", "wiceszefowa", "wiceprzewodniczący", "wiceprzewodnicząca", "wiceprezes"},
                {"dziennikarz", "dziennikarka", "korespondent", "korespondentka", "reporter", "publicysta"},
                {"poseł", "posłanka", "deputowany", "europoseł", "senator", "parlamentarzysta", "polityk"}]
# Professions the KB's office-holders do not have: its titles rule them out as "ekspert", "dziennikarz".
PROFESSIONS = ROLE_CLASSES[0] | ROLE_CLASSES[6]
MEDIUM_BEFORE = {("w", "rozmowie", "z"), ("w", "rozmowie", "ze"), ("w", "wywiadzie", "dla"), ("dla",),
                 ("na", "antenie"), ("na", "łamach"), ("w", "wywiadzie", "z"), ("w", "programie")}
# Roles that are bodies, not people: "agencja BelTA", "resort obrony" speak as the body they name.
# "Firma przewiduje", "przewoźnik zapewnia": the company the text last named.
COMPANY_ROLES = {"firma", "spółka", "przewoźnik", "koncern"}
BODY_ROLES = OUTLET_ROLES | COMPANY_ROLES | {"resort", "ministerstwo", "rząd", "kreml", "biuro", "służba", "urząd",
                                             "sąd", "instytut", "ośrodek", "komisja", "centrum", "organizacja", "straż"}
BODY_KINDS = BODY_ROLES | {"związek", "partia", "ugrupowanie", "stowarzyszenie", "fundacja", "bank", "fundusz",
                           "linia", "sieć", "operator", "producent", "komitet", "rada", "klub", "zespół"}
SUBCLAUSE_OPENERS = {"że", "iż", "czy", "który", "która", "które", "którzy", "którego", "której", "aby", "żeby"}
TO_US = {"słyszymy", "usłyszeliśmy", "nam", "naszemu", "naszej", "naszego"}
WORD = re.compile(r"\w+")
# Adjectives of a description that do not tell two holders apart ("rosyjski przywódca" keeps "rosyj").
ADJECTIVE_STEMS = {"niezal", "obecn", "były", "byłeg", "nowy", "noweg"}


@dataclass
class Speaker:
    entity: str | None
    text: str | None


def _stem(word: str) -> str:
    return word.lower().rstrip(".")[:5]


def _role_of(tok: Tok, cues: Cues) -> str | None:
    """The role noun a token is ("analityka" → "analityk"), tolerating a wrong lemma."""
    low, text = tok.low, tok.text.lower()
    if low in cues.roles:
        return low
    for role in cues.roles:
        if len(role) >= 4 and text.startswith(role) and len(text) - len(role) <= 3:
            return role
    return None


def _shares_stem(a: set[str], b: set[str]) -> bool:
    """Common stems; acronyms also when their letters are swapped ("OWS" for "OSW", a typo)."""
    if a & b or any(len(x) > 2 and x.isalpha() and sorted(x) == sorted(y) for x in a for y in b):
        return True
    initials = Counter(w[0] for w in b if w)  # "PE" for "Parlamentu Europejskiego (profesor)"
    return any(1 < len(x) <= len(b) and x.isalpha() and not Counter(x) - initials for x in a)


def _common_prefix(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]


def _place_id(ident: str) -> bool:
    """Ids of places and bodies: a "Polak" linked to GPE-Poland is not a person's name."""
    return ident.startswith(("GPE-", "LOC-", "ORG-", "PRO-", "EVT-"))


def _gender_ok(tokens: list[Tok], gender: str | None) -> bool:
    """A name agrees with "powiedziała" when one of its words can be feminine (and so on)."""
    if gender is None:
        return True
    genders = {g for t in tokens for g in t.tag.split(":") if g in ("m1", "m2", "m3", "f", "n")}
    if not genders:
        return True
    return gender in genders or gender == "m1" and bool(genders & {"m2", "m3"})


def _case_of(tok: Tok) -> str | None:
    return next((c for c in ("nom", "gen", "dat", "acc", "inst", "loc") if c in tok.tag.split(":")), None)


def _case_ok(tokens: list[Tok], case: str) -> bool:
    tags = [t.tag for t in tokens if t.tag and not t.tag.startswith(("ign", "interp", "brev"))]
    if not tags or case != "nom":
        return True
    # inanimate and neuter nouns look the same in the accusative: "resort szacuje" tagged acc
    return any(":nom" in tag or ":acc" in tag and (":m3" in tag or ":n" in tag) for tag in tags)


class SpeakerResolver:
    def __init__(self, view: DocView, cues: Cues, kb=None, date: str | None = None, outlet: str | None = None,
                 attributions: list[dict] | None = None) -> None:
        self.view, self.cues, self.kb, self.date, self.outlet = view, cues, kb, date, outlet
        self.attributions = attributions or []
        self.excluded = [(a["evidence"]["start"], a["evidence"]["end"]) for a in self.attributions]
        self.added: dict[str, dict[str, Any]] = {}
        self.described: dict[str, set[str]] = {}  # a description's head noun → who it named so far

    # -- the whole document -----------------------------------------------------------------
    def resolve(self, found: list[Found]) -> list[dict[str, Any]]:
        quotes = []
        previous: tuple[int, Speaker] | None = None
        self.spans = [(q.start, q.end) for q in found]
        self.direct_spans = [(q.start, q.end) for q in found if q.kind == "direct"]
        outer_end = -1
        reported: list[tuple[Found, Speaker]] = []
        for quote in sorted(found, key=lambda q: (q.start, q.end)):
            speaker, medium = self.speaker_of(quote, previous)
            if quote.kind == "direct" and speaker.entity is None:
                speaker = self._reporter_of(quote, reported) or speaker
            if quote.kind == "indirect":
                reported.append((quote, speaker))
            nested = quote.start < outer_end  # "– … mówiąc, że … – zauważa X": X goes on speaking, not the inner one
            if not nested and (speaker.entity or (speaker.text and not quote.impersonal)):
                previous = (quote.start, speaker)
            if quote.kind == "direct" and not nested:
                outer_end = quote.end
            quotes.append({"start": quote.start, "end": quote.end, "kind": quote.kind,
                           "speaker": speaker.entity, "speaker_text": speaker.text,
                           "cue": quote.cue, "medium": medium or quote.medium})
        self._echoes(quotes)
        return quotes

    @staticmethod
    def _reporter_of(quote: Found, reported: list[tuple[Found, Speaker]]) -> Speaker | None:
        """„…” inside "Stwierdził, że politycy nie przestaną „płakać i żałować”": a phrase quoted
        inside reported speech, without a speech verb of its own ("politycy mówili o „…”"), is the reporter's."""
        for outer, speaker in reversed(reported):
            inside = outer.start <= quote.start and quote.end <= outer.end + 1
            if inside and speaker.entity and quote.cue in (None, outer.cue):
                return speaker
        return None

    def _echoes(self, quotes: list[dict[str, Any]]) -> None:
        """A headline or subheading quote without a verb ("„Dobrze, że to spotkanie się odbyło”")
        repeats words somebody says in the article: theirs is the speaker."""
        def words(q):
            return WORD.findall(self.view.text[q["start"]:q["end"]].casefold())
        for q in quotes:
            if q["cue"] is not None or q["kind"] != "direct":
                continue
            mine = words(q)
            if len(mine) < 3:
                continue
            for other in quotes:
                if other is q or other["speaker"] is None or other["start"] <= q["start"] <= other["end"]:
                    continue
                theirs = words(other)
                if any(theirs[i:i + len(mine)] == mine for i in range(len(theirs) - len(mine) + 1)):
                    q["speaker"], q["speaker_text"] = other["speaker"], other["speaker_text"]
                    break

    def speaker_of(self, quote: Found, previous: tuple[int, Speaker] | None) -> tuple[Speaker, str | None]:
        if quote.impersonal:
            return Speaker(None, quote.impersonal), None
        medium = None
        if quote.speaker_zone is not None:
            zone_tokens = self.view.tokens_in(*quote.speaker_zone)
            medium, skip = self._medium(zone_tokens)
            found = self._in_zone(quote, zone_tokens, skip)
            if found is not None:
                return found, medium
            if quote.form == "opinion" and zone_tokens:
                return self._opinion_holder(zone_tokens), medium
        group = self._plural_subject(quote)
        if group is not None:
            return group, medium
        return self._left_out(quote, previous), medium

    def _plural_subject(self, quote: Found) -> Speaker | None:
        """"Związki reprezentujące personel podały, że…", "– … – zapowiedzieli Belgowie": a plural verb
        with a plural noun in the nominative beside it is said by that group, named or not — not
        by the one person spoken of last."""
        tok = self._cue_token(quote)
        if tok is None or ":pl:" not in tok.tag + ":" or quote.speaker_zone is None:
            return None
        zone = self.view.tokens_in(*quote.speaker_zone)
        k = next((i for i, t in enumerate(zone) if t is tok), None)
        if k is None:
            return None
        near = zone[max(0, k - 4):k] if quote.speaker_zone[0] < quote.start else zone[k + 1:k + 5]
        heads = [t for t in near if t.tag.startswith("subst") and ":pl:" in t.tag + ":" and ":nom" in t.tag]
        if not heads:
            return None
        head = heads[0]
        words = [t for t in near if t.start >= head.start and t.tag.startswith(("subst", "adj", "pact", "ppas"))]
        text = self.view.text[head.start:(words[-1] if words else head).end]
        return Speaker(None, text)

    def _opinion_holder(self, zone_tokens: list[Tok]) -> Speaker:
        """"według Wilna": a place that is the whole phrase speaks as its government; "według
        ukraińskiego wywiadu": somebody the text names, if by nobody we know."""
        text = self.view.text[zone_tokens[0].start:zone_tokens[-1].end]
        place = self._mention_at(zone_tokens[0].start)
        if place is not None and place["type"] == "LOC" and place["end"] >= zone_tokens[-1].end:
            return Speaker(place.get("entity"), text)
        return Speaker(None, text)

    def _left_out(self, quote: Found, previous: tuple[int, Speaker] | None) -> Speaker:
        """A speaker the text leaves out ("– … – ostrzegał.", "Dodał, że…"): whoever spoke or was
        the subject last — the previous quotation's speaker or a person named (in the nominative,
        agreeing with the verb's gender) after it, in this paragraph or the one before."""
        gender = self._cue_gender(quote)
        paragraph = self.view.paragraph_of(quote.start)
        before = [p for p in self.view.paragraphs if p[1] <= paragraph[0]][-1:]
        floor = before[0][0] if before else paragraph[0]
        person = None
        for m in self.view.mentions:
            if m["end"] > quote.start or m["start"] < floor or not self._is_person(m):
                continue
            if any(a <= m["start"] < b for a, b in self.spans) or self._is_excluded(m["start"]):
                continue
            words = self.view.tokens_in(m["start"], m["end"])
            if _case_ok(words, "nom") and _gender_ok(words, gender) and not self._in_subclause(m):
                person = m
        if previous is not None and (person is None or previous[0] > person["start"]):
            return Speaker(previous[1].entity, None)
        if person is not None:
            return Speaker(person["entity"], None)
        return Speaker(None, None)

    def _in_subclause(self, mention: dict) -> bool:
        """"Prezydent Francji skomentował to, że prezydent Donald Trump nazwał…": a name after "że",
        "który", "czy" in its sentence is the subject of a clause about something, not the one
        who goes on speaking."""
        sent_start, _ = self.view.sentence_of(mention["start"])
        return any(t.low in SUBCLAUSE_OPENERS for t in self.view.tokens_in(sent_start, mention["start"]))

    def _is_person(self, mention: dict) -> bool:
        """A PER mention of a person ("Polak", "Amerykanin" are linked to their country)."""
        if mention["type"] != "PER" or not mention.get("entity") or _place_id(mention["entity"]):
            return False
        return (self.view.entities.get(mention["entity"]) or {}).get("type") in (None, "PER")

    def _cue_token(self, quote: Found) -> Tok | None:
        if not quote.cue or quote.speaker_zone is None:
            return None
        return next((t for t in self.view.tokens_in(*quote.speaker_zone) if t.text == quote.cue.split()[0]), None)

    def _cue_gender(self, quote: Found) -> str | None:
        tok = self._cue_token(quote)
        return next((g for g in ("m1", "f", "n") if g in tok.tag.split(":")), None) if tok else None

    def _number_clash(self, quote: Found, words: list[Tok]) -> bool:
        """"powiedział" is not said by "Francuzi": a singular verb wants a singular speaker."""
        tok = self._cue_token(quote)
        if tok is None or ":sg:" not in tok.tag + ":":
            return False
        tags = [w.tag + ":" for w in words if w.tag.startswith(("subst", "adj"))]
        return bool(tags) and all(":pl:" in t for t in tags)

    # -- one attribution clause -------------------------------------------------------------
    def _medium(self, tokens: list[Tok]) -> tuple[str | None, set[int]]:
        """The medium or interviewer ("w rozmowie z Interią"), and the tokens it covers."""
        skip: set[int] = set()
        medium = None
        lows = [t.text.lower() for t in tokens]
        for k in range(len(tokens)):
            if lows[k] in TO_US:
                medium = self.outlet or "redakcja"
            for pattern in MEDIUM_BEFORE:
                if tuple(lows[k:k + len(pattern)]) == pattern and k + len(pattern) < len(tokens):
                    at = k + len(pattern)
                    # "w wywiadzie dla rosyjskiej telewizji Rossija-1": the outlet's kind may come first
                    while at + 1 < len(tokens) and self._mention_at(tokens[at].start) is None and (
                            tokens[at].tag.startswith("adj") or _role_of(tokens[at], self.cues) in OUTLET_ROLES):
                        at += 1
                    mention = self._mention_at(tokens[at].start)
                    if mention is not None:
                        medium = medium or mention["lemma"]
                        skip.update(t.i for t in tokens if mention["start"] <= t.start < mention["end"])
                    else:
                        at = k + len(pattern)
                    skip.update(t.i for t in tokens[k:at + 1])
        return medium, skip

    def _mention_at(self, offset: int) -> dict | None:
        for m in self.view.mentions:
            if m["start"] <= offset < m["end"]:
                return m
        return None

    def _is_excluded(self, start: int) -> bool:
        return any(a <= start < b for a, b in self.excluded)

    def _in_zone(self, quote: Found, tokens: list[Tok], skip: set[int]) -> Speaker | None:
        candidates: list[tuple[int, Speaker]] = []
        used: set[int] = set()
        zone_start, zone_end = quote.speaker_zone
        # words of an earlier direct quotation (a subheading run into the text) are not who says this one
        earlier = [(a, b) for a, b in self.direct_spans if b <= quote.start]
        skip = skip | {t.i for t in tokens if any(a <= t.start < b for a, b in earlier)}
        for m in self.view.mentions_in(zone_start, zone_end):
            words = [t for t in tokens if m["start"] <= t.start < m["end"]]
            if not words or any(t.i in skip for t in words) or self._is_excluded(m["start"]):
                continue
            if m["type"] not in SPEAKER_TYPES:
                continue
            if not self._mention_case_ok(m, words, quote.case) and not self._group_of_body(m, tokens, words[0]):
                continue
            if m["type"] == "PER" and self._number_clash(quote, words):
                continue
            if m["type"] == "PER" and m.get("entity") and not self._is_person(m) and ":sg:" in words[0].tag + ":":
                person = self._compatriot_before(m) or self._person_named_before(words[0], "", [words[0]])
                if person is not None:  # "Polak, który pełni funkcję…", "Amerykanin": the person just named
                    candidates.append((2, m["start"], Speaker(person, m["text"])))
                continue
            if not self._can_speak(m, tokens, words[0]) or quote.case == "nom" and self._complements_noun(m, tokens, words[0]):
                continue
            if m["type"] != "PER" and self._complements_role(tokens, words[0]):
                continue  # "analityk OSW": OSW says who the analyst works for, the analyst speaks
            used.update(t.i for t in words)
            rank = 0 if m["type"] == "PER" else 1
            entity_id = self._qualified_body(m, tokens, words[0]) or m.get("entity")
            description = self._description_before(tokens, words[0], skip)
            text = f"{description} {m['text']}" if description else m["text"]
            candidates.append((rank, m["start"], Speaker(entity_id, text)))
        for k, tok in enumerate(tokens):
            if tok.i in used or tok.i in skip or self._is_excluded(tok.start):
                continue
            role = _role_of(tok, self.cues)
            unnamed = tok.low in self.cues.unnamed or _role_of(tok, self.cues) is None and \
                any(tok.text.lower().startswith(u) for u in self.cues.unnamed if len(u) > 5)
            if role is None and not unnamed:
                continue
            if not _case_ok([tok], quote.case):
                continue
            if self._name_follows(tokens, k, used):
                continue  # "analityk OSW Kamil Kłysiński": the name speaks, the role is its title
            described = self._describe(tokens, k, role, skip)
            if described is not None:
                candidates.append((2 if described.entity else 3, tok.start, described))
        if not candidates:
            return self._source_in_zone(zone_start, zone_end)
        if quote.form in ("dash", "marks", "dash-summary") and quote.speaker_zone[0] >= quote.end:
            candidates.sort(key=lambda c: (c[0], c[1]))  # after the quotation: the first named
        else:
            candidates.sort(key=lambda c: (c[0], zone_end - c[1]))  # before "że": the nearest
        return candidates[0][2]

    def _qualified_body(self, mention: dict, tokens: list[Tok], first: Tok) -> str | None:
        """"rosyjskie MSZ", "MSZ Rosji": the KB's body of that country, not the bare name's."""
        if self.kb is None or mention["type"] != "ORG":
            return None
        k = next(i for i, t in enumerate(tokens) if t is first)
        last = k + len(self.view.tokens_in(mention["start"], mention["end"]))
        names = []
        if k > 0 and tokens[k - 1].tag.startswith("adj"):
            names += [f"{tokens[k - 1].text} {mention['text']}", f"{tokens[k - 1].lemma} {mention['text']}"]
        if last < len(tokens) and tokens[last].text[:1].isupper():
            names.append(f"{mention['text']} {tokens[last].text}")
        for name in names:
            entry = self.kb.lookup(name, "ORG") or self.kb.lookup(name[:1].lower() + name[1:], "ORG")
            if entry is not None:
                return self._doc_id_of(entry) or self._add_entity(entry)
        return None

    def _can_speak(self, mention: dict, tokens: list[Tok], first: Tok) -> bool:
        """Subjects do not follow a preposition ("w UE", "przez Galileo"); a product speaks only
        when it is an outlet; "Polak", "Amerykanin" linked to a country are not a person."""
        k = next(i for i, t in enumerate(tokens) if t is first)
        if k > 0 and tokens[k - 1].tag.startswith("prep"):
            return False
        entity = self.view.entities.get(mention.get("entity") or "") or {}
        if mention["type"] == "PRO":
            return entity.get("subtype") in ("media_outlet", "news_agency") or mention.get("subtype") == "media_outlet"
        return mention["type"] != "PER" or not mention.get("entity") or self._is_person(mention)

    @staticmethod
    def _mention_case_ok(mention: dict, words: list[Tok], case: str) -> bool:
        """A name that is its own base form is in the nominative, whatever the tagger guessed
        for a foreign name ("Eddie Wilson" tagged vocative and genitive)."""
        if case == "nom" and mention.get("lemma") == mention["text"]:
            return True
        return _case_ok(words, case)

    def _complements_noun(self, mention: dict, tokens: list[Tok], first: Tok) -> bool:
        """"za opuszczeniem UE", "projekt Gazpromu": an acronym or inflected name right after a common
        noun that is not in the nominative completes that noun, whatever case the tagger gave it.
        A name in its base form is a subject ("sekretarz stanu Piotr Naimski")."""
        k = next(i for i, t in enumerate(tokens) if t is first)
        acronym = mention["text"].isupper()
        if k == 0 or mention.get("lemma") == mention["text"] and not acronym:
            return False
        prev = tokens[k - 1]
        if not prev.tag.startswith("subst") or not prev.lemma[:1].islower() or _role_of(prev, self.cues) is not None:
            return False
        if prev.low in BODY_KINDS or prev.low in self.cues.title_nouns:
            return False  # "związek BALPA", "partia PiS": the body's kind, then its name
        # an acronym after a common noun completes it ("list KE uznał…"): the tagger's nominative there is a guess
        return acronym and prev.low not in self.cues.unnamed or ":nom" not in prev.tag

    def _group_of_body(self, mention: dict, tokens: list[Tok], first: Tok) -> bool:
        """"Analitycy Polskiego Instytutu Spraw Międzynarodowych zwracają uwagę": the body speaks
        through its people, so its name in the genitive after them is the speaker."""
        if mention["type"] not in ("ORG", "PRO"):
            return False
        k = next(i for i, t in enumerate(tokens) if t is first)
        for tok in reversed(tokens[max(0, k - 3):k]):
            if tok.tag.startswith("adj"):
                continue
            noun = tok.low in self.cues.unnamed or _role_of(tok, self.cues) is not None
            return noun and ":pl:" in tok.tag + ":" and ":nom" in tok.tag
        return False

    def _complements_role(self, tokens: list[Tok], first: Tok) -> bool:
        """The name completes a person's role ("analityk OSW"), so the person, not the body, speaks.
        Not so for a body's own kind ("agencja BelTA") or a group ("analitycy PISM"): the body speaks."""
        k = next(i for i, t in enumerate(tokens) if t is first)
        for tok in reversed(tokens[max(0, k - 3):k]):
            role = _role_of(tok, self.cues)
            if role is not None:
                return role not in BODY_ROLES and ":pl:" not in tok.tag + ":"
            if not (tok.tag.startswith(("adj", "brev")) or tok.text in ("ds.",)):
                return False
        return False

    def _source_in_zone(self, start: int, end: int) -> Speaker | None:
        """„…” after "jak podawała RIA Nowosti": the words are the source's."""
        for a in self.attributions:
            if start <= a["evidence"]["start"] < end and a["source"]:
                return Speaker(a["source"], a["source_text"])
        return None

    def _name_follows(self, tokens: list[Tok], k: int, used: set[int]) -> bool:
        for tok in tokens[k + 1:k + 6]:
            if tok.i in used:
                m = self._mention_at(tok.start)
                return m is not None and m["type"] == "PER"
            if tok.text in (",", ".", "–", "-", ":") or tok.tag.startswith(("fin", "praet", "comp")):
                return False
        return False

    def _description_before(self, tokens: list[Tok], first: Tok, skip: set[int]) -> str | None:
        k = next(i for i, t in enumerate(tokens) if t is first)
        words = []
        for tok in reversed(tokens[max(0, k - 5):k]):
            if tok.i in skip:
                break
            if tok.tag.startswith(("subst", "adj", "brev", "ign")) or tok.text in ("ds.", "gen."):
                words.insert(0, tok)
                continue
            break
        if not any(_role_of(t, self.cues) for t in words):
            return None
        return self.view.text[words[0].start:words[-1].end]

    # -- descriptions ----------------------------------------------------------------------
    def who(self, tokens: list[Tok], k: int) -> str | None:
        """Whom a singular description at tokens[k] names ("brytyjska premier", "szef MON"), found
        as for a speaker; None for a plural or generic one ("eksperci") and for nobody known."""
        role = _role_of(tokens[k], self.cues)
        if role is None or ":pl:" in tokens[k].tag + ":":
            return None
        return self._describe(tokens, k, role, set()).entity

    def _describe(self, tokens: list[Tok], k: int, role: str | None, skip: set[int]) -> Speaker | None:
        start = k
        while start > 0 and tokens[start - 1].tag.startswith("adj") and tokens[start - 1].i not in skip:
            start -= 1
        end = k + 1
        head_case = _case_of(tokens[k])
        while end < len(tokens) and end - k <= 5:
            tok = tokens[end]
            case = _case_of(tok)
            if head_case and case and case not in (head_case, "gen") and tok.tag.startswith(("subst", "adj")) \
                    and tok.text[:1].islower():  # acronyms' cases are guesses ("szef MON")
                break  # "przewodniczący Rady Europejskiej | eurodeputowanym": the audience, not the title
            if tok.i in skip or tok.text.lower() in (",", ".", ":", "–", "-", ";", "nie") or tok.tag.startswith(
                    ("fin", "praet", "comp", "conj", "prep", "imps", "inf", "qub", "adv")):
                if tok.text not in ("ds.",):
                    break
            end += 1
        words = tokens[start:end]
        text = self.view.text[words[0].start:words[-1].end]
        head = tokens[k]
        plural = ":pl:" in head.tag + ":"
        if role is None or (plural and role not in OUTLET_ROLES):
            return Speaker(None, text)  # komentatorzy, eksperci, źródła: nobody in particular
        if role in OUTLET_ROLES:
            outlet = self._last_outlet_before(head.start)
            return Speaker(outlet, text) if outlet else Speaker(None, text)
        entity = self._person_with_title(words, role) or self._kb_title(words) or self._home_title(words) \
            or self._person_with_title(words, role, loose=True)
        if entity is None and len(words) == 1:
            entity = self._described_before(head)
        if entity is None and role in BODY_ROLES:
            entity = self._kb_body(words) or self._body_named_before(head)
        elif entity is None:
            entity = self._person_named_before(head, role, words)
        if entity is not None:
            self.described.setdefault(head.low, set()).add(entity)
        return Speaker(entity, text)

    def _described_before(self, head: Tok) -> str | None:
        """A bare "premier" after "Premier Wielkiej Brytanii" has been resolved: the one the text
        has already described with that noun."""
        earlier = self.described.get(head.low, set())
        return next(iter(earlier)) if len(earlier) == 1 else None

    def _kb_body(self, words: list[Tok]) -> str | None:
        """"białoruskiego resortu obrony": a body the KB knows by that description."""
        if self.kb is None:
            return None
        text = self.view.text[words[0].start:words[-1].end]
        base = " ".join(t.lemma if t.tag.startswith(("adj", "subst")) and k <= 1 else t.text
                        for k, t in enumerate(words))
        for name in (base, base[:1].lower() + base[1:], text):
            entry = self.kb.lookup(name, "ORG")
            if entry is not None and entry.type == "ORG":
                return self._doc_id_of(entry) or self._add_entity(entry)
        return None

    def _body_named_before(self, head: Tok) -> str | None:
        """"resort", "ministerstwo", "Sąd" for the last body of that kind the text named."""
        stem = _stem(head.lemma)
        company = head.low in COMPANY_ROLES
        for m in reversed([m for m in self.view.mentions if m["end"] <= head.start]):
            if m["type"] != "ORG" or not m.get("entity"):
                continue
            if company:
                if (self.view.entities.get(m["entity"]) or {}).get("subtype") in (None, "company", "other"):
                    return m["entity"]
                continue
            first = (m.get("lemma") or m["text"]).split()[0]
            ministry = stem in ("resor", "minis") and (first.lower().startswith("minist") or
                                                       first.isupper() and first.startswith("M"))
            if ministry or _stem(first) == stem:
                return m["entity"]
        return None

    def _person_named_before(self, head: Tok, role: str, words: list[Tok]) -> str | None:
        """A singular description nobody in the text or the KB holds as a title ("powiedział
        korespondent TVP", "sekretarz generalny PO") is the last person named before it whose gender
        agrees, who has no other kind of title and, when the description says whose ("TVP", "PO"),
        whose sentences say so too: news describe the person they have just named."""
        gender = "f" if ":f" in head.tag else None  # "premier" names women too; "szefowa" only women
        role_class = next((c for c in ROLE_CLASSES if role in c), {role})
        role_stems = {_stem(r) for r in role_class}
        qualifiers = {_stem(t.text) for t in words if t is not head and len(t.text) > 1} - role_stems - ADJECTIVE_STEMS
        floor = self.view.paragraphs[max(0, self._paragraph_index(head.start) - 2)][0]
        for m in reversed([m for m in self.view.mentions if floor <= m["start"] and m["end"] <= head.start]):
            if not self._is_person(m):
                continue
            name_words = self.view.tokens_in(m["start"], m["end"])
            if not _gender_ok(name_words, gender) or all(":pl:" in w.tag + ":" for w in name_words):
                continue
            if not self._mention_case_ok(m, name_words, "nom"):
                continue  # "z kanclerz Angelą Merkel": spoken of, not speaking
            titles = (m.get("titles") or []) + (self._kb_titles(m["entity"]) if role in PROFESSIONS else [])
            if titles and not any(_stem(w) in role_stems for t in titles for w in WORD.findall(t)):
                continue  # somebody else ("prezydent Rosji" is not the "rzecznik", nor the "ekspert")
            if qualifiers and not self._said_of(m["entity"], qualifiers):
                continue
            return m["entity"]
        return None

    def _kb_titles(self, ident: str) -> list[str]:
        """The titles the KB knows for the person on the document's date."""
        entry = self.kb.get(ident) if self.kb is not None else None
        return [r.title for r in entry.roles if r.active_on(self.date)] if entry is not None else []

    def _said_of(self, entity: str, qualifiers: set[str]) -> bool:
        """Words next to a mention of `entity` ("Marcin Kierwiński z Platformy Obywatelskiej",
        "korespondent TVP Cezary Gmyz") share a word, or an acronym's initials, with `qualifiers`."""
        for m in self.view.mentions:
            if m.get("entity") != entity:
                continue
            own = {_stem(w) for w in WORD.findall(m["text"])}
            near = self._next_to(m)
            stems = ({_stem(t.text) for t in near} | {_stem(t.lemma) for t in near}) - own
            if qualifiers - own and (qualifiers - own) <= stems | self._initials(near):
                return True
        return False

    def _next_to(self, mention: dict, reach: int = 5) -> list[Tok]:
        """Up to `reach` tokens either side of a mention, within its clause."""
        first, last = self.view.token_at(mention["start"]), self.view.token_at(mention["end"] - 1)
        near = []
        for step, edge in ((-1, first), (1, last)):
            k = edge + step
            while 0 <= k < len(self.view.tokens) and abs(k - edge) <= reach:
                tok = self.view.tokens[k]
                apposition = step == 1 and k == edge + 1  # "Mark Carney, prezes Banku Anglii"
                if tok.text in (".", "!", "?", ";", "–", "-", ":") or tok.tag.startswith(("fin", "praet")) \
                        or tok.text == "," and not apposition:
                    break
                near.append(tok)
                k += step
        return near

    @staticmethod
    def _initials(tokens: list[Tok]) -> set[str]:
        capitals = [t.text for t in tokens if t.text[:1].isupper()]
        return {"".join(w[0] for w in capitals[i:j]).lower() for i in range(len(capitals))
                for j in range(i + 2, min(len(capitals), i + 5) + 1)}

    def _paragraph_index(self, offset: int) -> int:
        return next((i for i, (a, b) in enumerate(self.view.paragraphs) if a <= offset < b or offset < a),
                    len(self.view.paragraphs) - 1)

    def _person_with_title(self, words: list[Tok], role: str, loose: bool = False) -> str | None:
        """A person (or body) of this document whose titles match the description. `loose` also
        takes a bare title ("komisarz") for a qualified description ("Unijna komisarz"), asked only
        when neither the document nor the KB has a title that says as much."""
        described = {_stem(t.text) for t in words} | {_stem(t.lemma) for t in words}
        role_class = next((c for c in ROLE_CLASSES if role in c), {role})
        scored: dict[str, int] = {}
        for m in self.view.mentions:
            if m["type"] != "PER" or not m.get("entity"):
                continue
            for title in m.get("titles") or []:
                title_words = WORD.findall(title) or [title]
                stems = {_stem(w) for w in title_words}
                head_match = any(w.lower().rstrip(".") in {r.rstrip(".") for r in role_class}
                                 or _stem(w) in {_stem(r) for r in role_class} for w in title_words)
                if not head_match:
                    continue
                role_stems = {_stem(r) for r in role_class}
                wanted, offered = described - role_stems - ADJECTIVE_STEMS, stems - role_stems
                wanted -= self._country_adjectives(words, title_words)
                if wanted and not _shares_stem(wanted, offered) and not (loose and not offered):
                    continue  # "prezydent Białorusi" is not the "prezydent Rosji" (or a bare "prezydent") of this text
                score = 1 + len(wanted & offered) + _shares_stem(wanted, offered)
                scored[m["entity"]] = max(scored.get(m["entity"], 0), score)
        if not scored:
            return None
        best = max(scored.values())
        winners = [e for e, s in scored.items() if s == best]
        return winners[0] if len(winners) == 1 else None

    def _countries_in(self, title_words: list[str]) -> list[str]:
        """Ids and names of the countries a title names ("sekretarz energii USA")."""
        if self.kb is None:
            return []
        found = []
        for word in title_words:
            entry = self.kb.lookup(word, "LOC") if word[:1].isupper() else None
            if entry is not None:
                found.append((entry.id, [n.casefold() for n in entry.all_names]))
        return found

    def _country_adjectives(self, words: list[Tok], title_words: list[str]) -> set[str]:
        """Stems of the description's adjectives that name a country of the title: "Amerykański
        sekretarz" for "sekretarz energii USA" (USA is Ameryka), "rosyjski minister" for "minister Rosji"."""
        names = [n for _, ns in self._countries_in(title_words) for n in ns]
        matched = set()
        for tok in words:
            low = tok.text.casefold()
            if tok.tag.startswith("adj") and any(len(_common_prefix(low, n)) >= 3 for n in names):
                matched.add(_stem(tok.text))
        return matched

    def _compatriot_before(self, demonym: dict) -> str | None:
        """"– … – zadeklarował Amerykanin": the last person named before whose title names that
        country ("sekretarz energii USA Rick Perry"), passing over others named in between."""
        country = demonym.get("entity")
        for m in reversed([m for m in self.view.mentions if m["end"] <= demonym["start"]]):
            if not self._is_person(m):
                continue
            for title in m.get("titles") or []:
                if any(ident == country for ident, _ in self._countries_in(WORD.findall(title))):
                    return m["entity"]
        return None

    def _kb_title(self, words: list[Tok]) -> str | None:
        if self.kb is None:
            return None
        base = " ".join(t.lemma if t.tag.startswith(("adj", "subst")) and k <= 1 else t.text
                        for k, t in enumerate(words))
        for title in (base, self.view.text[words[0].start:words[-1].end]):
            holders = self.kb.by_title(title, self.date)
            if not holders:
                continue
            in_doc = [ident for ident in map(self._doc_id_of, holders) if ident is not None]
            if len(in_doc) == 1:
                return in_doc[0]
            if len(holders) == 1:
                return self._add_entity(holders[0])
        return None

    def _home_title(self, words: list[Tok]) -> str | None:
        """A bare "premier", "szef rządu" in the Polish press is Poland's, when that holder is in the
        text: "szef polskiego rządu", "premier Polski" in the KB."""
        if self.kb is None or len(words) > 2:
            return None
        lemmas = [t.lemma.lower() if t.tag.startswith(("subst", "adj")) else t.text.lower() for t in words]
        variants = [" ".join(lemmas) + " Polski", " ".join(lemmas[:-1] + ["polskiego", words[-1].text.lower()]),
                    "polski " + " ".join(lemmas)]
        for title in variants:
            in_doc = {self._doc_id_of(e) for e in self.kb.by_title(title, self.date)} - {None}
            if len(in_doc) == 1:
                return in_doc.pop()
        return None

    def _doc_id_of(self, entry) -> str | None:
        """The document's id for a KB entry: its own, or that of an entity with one of its names
        (the model may have linked "Theresa May" under an id of its own)."""
        if entry.id in self.view.entities:
            return entry.id
        names = {n.casefold() for n in entry.all_names}
        for ident, entity in self.view.entities.items():
            if entity.get("type") == entry.type and {n.casefold() for n in [entity.get("name") or "",
                                                                             *(entity.get("aliases") or [])]} & names:
                return ident
        return None

    def _add_entity(self, entry) -> str:
        """Adds a KB entry the text names only by title to the document's entities; its id."""
        if entry.id not in self.view.entities and entry.id not in self.added:
            self.added[entry.id] = {"id": entry.id, "name": entry.name, "type": entry.type,
                                    "subtype": entry.subtype, "kb": entry.wikidata,
                                    "aliases": [a for a in entry.all_names if a != entry.name]}
        return entry.id

    def _last_outlet_before(self, offset: int) -> str | None:
        outlets = [m for m in self.view.mentions if m["start"] < offset and m.get("entity")
                   and (m.get("subtype") in ("media_outlet", "news_agency") or m["type"] == "PRO"
                        and self._is_outlet(m["entity"]))]
        return outlets[-1]["entity"] if outlets else None

    def _is_outlet(self, ident: str) -> bool:
        entity = self.view.entities.get(ident) or {}
        return entity.get("subtype") == "media_outlet"

    def _unused_nearest_person_before(self, offset: int) -> Speaker:
        para_start = self.view.paragraph_of(offset)[0]
        people = [m for m in self.view.mentions if m["type"] == "PER" and para_start <= m["start"] < offset]
        if people and people[-1].get("entity"):
            return Speaker(people[-1]["entity"], people[-1]["text"])
        return Speaker(None, None)
