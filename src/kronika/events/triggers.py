"""Event triggers: the verb or noun that names an event ("przekazaliście", "wizyty"), found by base
form in the schema; a word that several types share is resolved by a longer phrase first."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.events.types import STATEMENTS, EventType, Schema
from kronika.quotes.view import Tok

VERB_TAGS = ("fin", "praet", "inf", "impt", "imps", "bedzie", "pcon", "pant", "ger", "ppas")
# a speech verb that introduces what was said ("przekazał, że…") reports speech, not a handover
# verbs whose gerund names a state, not the event ("pozostanie w UE", "trafienie")
NOT_AS_NOUNS = frozenset({"pozostać", "dotrzeć", "docierać", "służyć", "skierować", "trafić", "powstawać"})
SPEECH_OPENERS = frozenset({"że", "iż", ":", "jakoby", "by", "aby"})


@dataclass(frozen=True)
class Trigger:
    first: int            # token indices, inclusive
    last: int
    type: EventType
    is_verb: bool
    conditional: bool = False  # a consequence set as a threat ("jeśli…, przeniesiemy")


def _is_verb(tok: Tok) -> bool:
    return tok.tag.split(":", 1)[0] in VERB_TAGS


def _word_matches(tok: Tok, word: str) -> bool:
    return tok.low == word or tok.text.lower() == word


FAR_PREPOSITIONS = frozenset({"o", "aby", "żeby"})
CLAUSE_OPENERS = frozenset({"aby", "żeby"})  # "prosiłem prezydenta Trumpa, aby…": past a comma


def _phrase_at(tokens: list[Tok], i: int, phrase: tuple[str, ...], hi: int) -> int | None:
    """Last token index of `phrase` starting at i; one unrelated word may sit between its first
    word and the rest ("nałożyła nowe sankcje", "złożył oficjalną wizytę"), and a closing "o" may
    come after whom it is asked of ("zwróciło się do komendanta głównego SG o wyjaśnienia"), and so
    may a clause of purpose ("prosiłem prezydenta Trumpa, aby…")."""
    if not _word_matches(tokens[i], phrase[0]):
        return None
    if (len(phrase) > 2 or phrase[-1] in CLAUSE_OPENERS) and phrase[-1] in FAR_PREPOSITIONS:
        head = _phrase_at(tokens, i, phrase[:-1], hi)
        if head is None:
            return None
        for k in range(head + 1, min(hi + 1, head + 7)):
            if tokens[k].text.lower() == phrase[-1]:
                return head
            comma_then_clause = tokens[k].text == "," and phrase[-1] in CLAUSE_OPENERS and k + 1 <= hi \
                and tokens[k + 1].text.lower() == phrase[-1]
            if tokens[k].text in (",", ";", "–", ":") and not comma_then_clause:
                break
        return None
    for gap in (0, 1, 2):
        k = i + 1 + gap
        if k + len(phrase) - 1 > hi:
            break
        if all(_word_matches(tokens[k + n], w) for n, w in enumerate(phrase[1:])):
            return k + len(phrase) - 2
    return None


def find_triggers(tokens: list[Tok], lo: int, hi: int, schema: Schema, blocked: set[int] = frozenset()) -> list[Trigger]:
    """Triggers in the sentence tokens[lo:hi], left to right, none overlapping; tokens in `blocked`
    (inside a name: "Traktat o utworzeniu Państwa Związkowego") trigger nothing."""
    phrases = schema.phrases()
    out, used = [], set(blocked)
    for i in range(lo, hi):
        if i in used:
            continue
        candidates = phrases.get(tokens[i].low, []) + phrases.get(tokens[i].text.lower(), [])
        for phrase, event_type in candidates:
            last = _phrase_at(tokens, i, phrase, hi - 1)
            if last is not None:
                # "z zadowoleniem przyjął": a phrase the verb ends is that verb's event
                verb = next((k for k in range(i, last + 1) if _is_verb(tokens[k])), None)
                first = verb if verb is not None and not _is_verb(tokens[i]) else i
                out.append(Trigger(first, last, event_type, _is_verb(tokens[first])))
                used |= set(range(i, last + 1))
                break
    for i in range(lo, hi):
        if i in used:
            continue
        tok = tokens[i]
        head = tok.tag.split(":", 1)[0]
        if head == "ger":  # "podpisanie", "rozmieszczenie": base form is the verb's
            candidates = [] if tok.low in NOT_AS_NOUNS else schema.by_verb(tok.low) or schema.by_noun(tok.low)
        elif head in VERB_TAGS:
            candidates = schema.by_verb(tok.low) or (schema.by_judging_verb(tok.low) if _judges(tokens, i, hi) else [])
            # "przekazał, że" is speech; "ostrzegł, że" is still a warning
            # "uzgodnili, że…" is still an agreement
            if candidates and candidates[0].name not in STATEMENTS | {"promise", "agree"} and _opens_speech(tokens, i, hi):
                candidates = []
        elif head == "subst":
            # the written plural too ("manewry"), should the tagger pick a rare base form ("manewra")
            candidates = schema.by_noun(tok.low) or schema.by_noun(tok.text.lower())
            # a form that may be plural counts: the tagger reads "ćwiczenia" as a singular genitive too
            candidates = [t for t in candidates if tok.low not in t.plural_nouns or tok.has("pl")
                          or tok.text.lower().endswith(("a", "y"))]
        else:
            candidates = []
        conditional = False
        if not candidates and head in ("fin", "inf", "bedzie", "praet") and schema.by_consequence(tok.low) \
                and _set_as_consequence(tokens, i, lo):
            candidates, conditional = schema.by_consequence(tok.low), True
        if candidates:
            out.append(Trigger(i, i, candidates[0], head in VERB_TAGS and head != "ger", conditional))
    return sorted(out, key=lambda t: t.first)


CONDITIONAL = frozenset({"jeśli", "jeżeli", "gdyby", "jeśliby", "jeżeliby"})
READY = frozenset({"gotowy", "gotów", "gotowa", "gotowi", "gotowe", "skłonny"})


def _set_as_consequence(tokens: list[Tok], i: int, lo: int) -> bool:
    """"Jeśli będziecie strajkować, przeniesiemy…", "jest gotów zwolnić", "możemy przebazować flotę":
    a harm the speaker sets as what follows a condition, or is ready or able to do, in the first person
    or, readiness, of whom the text tells."""
    before = [tokens[k] for k in range(max(lo, i - 3), i)]
    if any(t.text.lower() in READY or t.low in READY for t in before):
        return True
    if any(t.low == "móc" and t.has("pri") for t in before):
        return True
    condition = next((k for k in range(lo, i) if tokens[k].text.lower() in CONDITIONAL), None)
    # the consequence comes after the condition's clause: past a comma, in the first person
    return condition is not None and any(tokens[k].text == "," for k in range(condition, i)) \
        and (tokens[i].has("pri") or any(t.has("pri") for t in before))


JUDGEMENT_MARKS = frozenset({"jako", "za", "„", '"', "«"})


def _judges(tokens: list[Tok], i: int, hi: int) -> bool:
    """"nazwał głosowanie „farsą”", "ocenił ruch Moskwy jako próbę zastraszania": a judgement follows
    the verb in its clause; "ocenił, że…" is speech and "nazwał go po imieniu" neither."""
    for k in range(i + 1, min(hi, i + 7)):
        word = tokens[k].text.lower()
        if word in JUDGEMENT_MARKS:
            return True
        if word in SPEECH_OPENERS or word in (",", ";", "–"):
            return False
    return False


def _opens_speech(tokens: list[Tok], i: int, hi: int) -> bool:
    """"przekazał, że", "poinformował:": the verb introduces speech."""
    for k in range(i + 1, min(hi, i + 4)):
        if tokens[k].text.lower() in SPEECH_OPENERS:
            return True
        if tokens[k].text not in (",",) and not tokens[k].tag.startswith(("adv", "qub", "subst")):
            break
    return False
