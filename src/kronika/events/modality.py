"""How sure the press is: asserted, planned, promised, reported, speculated or negated.

Read from the words around the trigger in its sentence, strongest first: a negation of the
trigger, a speculation word, a promise, the future (tense, "mają powstać", "planowane"), then
speech the newsroom only reports (indirect speech, "jak podaje BelTA"); what a speaker says in
their own words is asserted by that speaker.
"""

from __future__ import annotations

from kronika.events.types import STATEMENTS
from kronika.quotes.view import Tok
from kronika.temporal.tense import clause_tense, tense_of_verb

SPECULATION = frozenset({
    "możliwe", "prawdopodobnie", "ewentualnie", "rzekomo", "podobno", "ponoć", "przypuszczalnie",
    "spekulować", "spekulacja", "wykluczać", "przypuszczać", "podejrzewać", "sugerować", "domniemany",
    "prawdopodobny", "możliwy", "potencjalny", "plotka", "niewykluczone", "spekulacje", "ewentualny",
    "ryzyko", "narażać", "gdyby", "liczyć", "nadzieja", "powinien",
})
MAY = frozenset({"móc"})
PLANNING = frozenset({"planować", "zamierzać", "zaplanować", "planowany", "zaplanowany", "zapowiadać",
                      "zapowiedzieć", "przygotowywać", "mieć", "chcieć"})
THREATENING = frozenset({"grozić", "zagrozić", "straszyć", "postraszyć"})
NEGATIONS = frozenset({"nie", "bez", "ani"})
DENIALS = frozenset({"zaprzeczać", "zaprzeczyć", "dementować", "zdementować", "zdementowany"})


CONDITIONS = frozenset({"gdyby", "jeśli", "jeżeli", "jeśliby", "jeżeliby"})
# verbs that tell that the thing a noun names happens ("spotkanie się odbyło", "szkolenie trwa")
OCCURRING = frozenset({"odbyć", "odbywać", "trwać", "zakończyć", "rozpocząć", "toczyć", "przynieść", "dojść",
                       "osiągnąć", "zawrzeć"})


def modality(tokens: list[Tok], first: int, last: int, lo: int, hi: int, event_type: str,
             quoted: str | None, speech_verb: bool = False, is_verb: bool = True) -> str:
    """`quoted`: "direct" or "indirect" when the trigger is inside a quotation, "source" when in a
    sentence credited to a source, else None; `speech_verb`: the trigger introduces a quotation."""
    if any(_condition(tokens, k) for k in range(max(lo, first - 8), first)) or _condition_after(tokens, last, hi) \
            or _after_opening_condition(tokens, first, lo):
        return "speculated"  # "jeśli nie uzgodnią…", "jest gotów dostarczyć gaz, jeśli…": only a possibility
    if not is_verb and any(tokens[k].low in THREATENING for k in range(max(lo, first - 3), first)):
        return "speculated"  # "Waszyngton grozi sankcjami": the sanctions are only threatened
    if _not_ruled_out(tokens, first, lo):
        return "speculated"  # "nie wyklucza wznowienia dostaw", "nie wykluczają, że … zgodzą się"
    if _negated(tokens, first, lo) or any(tokens[k].low in DENIALS for k in range(max(lo, first - 6), first)) \
            or not is_verb and (_stopped(tokens, first, lo) or _did_not_happen(tokens, last, hi)
                                or _refused(tokens, first, lo)):
        return "negated"
    if event_type == "promise" and speech_verb:
        return "promised"  # "kilka partii deklarowało, że poprze…": the promise is made
    if (speech_verb or event_type in STATEMENTS and tokens[first].tag.split(":", 1)[0] in ("praet", "fin", "impt")) \
            and quoted not in ("source", "indirect"):
        # "Według TASS Kreml zapowiedział…": a statement an outlet tells of is the outlet's claim
        # "– …mogą być tysiące – ostrzegał": the warning happened, whatever it says may happen
        own = tense_of_verb(tokens, first, lo, hi)
        return "planned" if own == "future" and event_type not in STATEMENTS else "asserted"
    if _speculated(tokens, first, last, lo, hi):
        return "speculated"
    if event_type == "promise":
        return "promised"
    if _planned(tokens, first, last, lo, hi):
        return "planned"
    if quoted in ("indirect", "source") and (is_verb or _occurs(tokens, first, last, hi)
                                             or quoted == "source" and not _framed(tokens, first, lo)) \
            or _reportedly(tokens, first, lo):
        # a verb in reported speech is the source's claim, and so is "szkolenie już trwa" and what an
        # outlet says took place ("Jak podała RIA Nowosti, załogi przeszły szkolenie"); a noun in
        # quoted speech ("w ćwiczeniach uczestniczy…") or one that frames the claim ("podczas wizyty")
        # names an occurrence the claim takes for granted
        return "reported"
    return "asserted"


# "w manewrach bierze udział…", "podczas wizyty": the scene of the claim ("ze względu na groźby" is its content)
FRAMING = frozenset({"podczas", "trakcie", "po", "przed", "przy", "marginesie", "czas", "w", "we"})


def before_modifiers(tokens: list[Tok], k: int, lo: int) -> int:
    """The index of the word before the noun at k, past its adjectives and numerals ("podczas
    czerwcowej wizyty" → podczas); below `lo` when the sentence opens with them."""
    j = k - 1
    while j >= lo and tokens[j].tag.startswith(("adj", "num")):
        j -= 1
    return j


def _framed(tokens: list[Tok], first: int, lo: int) -> bool:
    """"podczas czerwcowej wizyty", "w manewrach": the noun dates or places another fact."""
    k = before_modifiers(tokens, first, lo)
    return k >= lo and tokens[k].text.lower() in FRAMING


RULING_OUT = frozenset({"wykluczać", "wykluczyć"})
# verbs that stop what the noun after them names: "wstrzymał dostawy", "zawiesił rozmowy"
STOPPING = frozenset({"wstrzymać", "wstrzymywać", "zawiesić", "zawieszać", "przerwać", "przerywać", "odwołać",
                      "odwoływać", "anulować", "zerwać", "zrywać", "udaremnić", "udaremniać", "zapobiec",
                      "zapobiegać", "storpedować"})


def _condition(tokens: list[Tok], k: int) -> bool:
    """"jeśli władze przyjmą pomoc"; not "jeśli chodzi o", which only says what about."""
    return tokens[k].text.lower() in CONDITIONS and not (k + 1 < len(tokens) and tokens[k + 1].low == "chodzić")


def _after_opening_condition(tokens: list[Tok], first: int, lo: int) -> bool:
    """"Jeśli prace pójdą sprawnie, obie strony mogą jesienią podpisać umowę": the main clause
    after an opening condition, however long the condition."""
    opening = next((k for k in range(lo, min(first, lo + 3)) if _condition(tokens, k)), None)
    if opening is None:
        return False
    between = tokens[opening + 1:first]
    return any(t.text == "," for t in between) and not any(t.text in (";", "–", "—", ":") for t in between)


def _condition_after(tokens: list[Tok], last: int, hi: int) -> bool:
    """"rząd jest gotów dostarczyć gaz z rynku europejskiego, jeśli władze przyjmą pomoc": a condition
    right after the trigger's clause."""
    for k in range(last + 1, min(hi, last + 12)):
        word = tokens[k].text.lower()
        if _condition(tokens, k):
            return tokens[k - 1].text == ","
        if word in (";", "–", ":") or word in ("że", "iż"):
            return False
    return False


def _not_ruled_out(tokens: list[Tok], first: int, lo: int) -> bool:
    """"nie wyklucza wznowienia dostaw", "nie wykluczają, że po 1 lipca … zgodzą się": not ruling out
    is speculating, however far the clause it governs goes."""
    for k in range(first - 1, lo - 1, -1):
        if tokens[k].low in RULING_OUT and k > lo and tokens[k - 1].text.lower() == "nie":
            between = tokens[k + 1:first]
            # the trigger is its object, or in the "że" clause it opens (not after a new speech verb)
            # ("Nie wykluczył jednak, że…": a particle and a comma may come before the "że")
            return len(between) <= 2 or any(t.text.lower() in ("że", "iż") for t in between[:4])
    return False


def _stopped(tokens: list[Tok], first: int, lo: int) -> bool:
    return any(tokens[k].low in STOPPING and tokens[k].tag.startswith(("fin", "praet", "ger", "inf", "bedzie", "imps"))
               for k in range(max(lo, first - 2), first))


def _refused(tokens: list[Tok], first: int, lo: int) -> bool:
    """"nie zgodzi się na utworzenie Związku", "nie planuje finansowania": the noun is the object of
    a negated verb."""
    j = before_modifiers(tokens, first, lo)
    if j >= lo and tokens[j].text.lower() in ("na", "do"):
        j -= 1
    if j >= lo and tokens[j].text.lower() == "się":
        j -= 1
    return j > lo and tokens[j].tag.startswith(("fin", "praet", "bedzie", "inf")) \
        and tokens[j - 1].text.lower() == "nie" and tokens[j].low not in RULING_OUT


def _did_not_happen(tokens: list[Tok], last: int, hi: int) -> bool:
    """"do spotkania z premierem jednak nie doszło", "rozmowy nie odbyły się": the noun did not occur."""
    for k in range(last + 1, min(hi, last + 8)):
        if tokens[k].text in (",", ";", "–", ":"):
            return False
        if tokens[k].text.lower() == "nie" and k + 1 < hi and tokens[k + 1].low in OCCURRING:
            return True
    return False


def _occurs(tokens: list[Tok], first: int, last: int, hi: int) -> bool:
    """"trwa szkolenie", "szkolenie pilotów już trwa": the noun is what the clause says happens."""
    for side in (range(first - 1, max(-1, first - 3), -1), range(last + 1, min(hi, last + 8))):
        for k in side:
            if tokens[k].low in OCCURRING:
                return True
            if tokens[k].text in (",", ";", "–", ":"):
                break
    return False


def _negated(tokens: list[Tok], first: int, lo: int) -> bool:
    """"nie podpisali", "nie doszło do spotkania", "bez porozumienia"."""
    for k in range(first - 1, max(lo, first - 7) - 1, -1):
        word = tokens[k].text.lower()
        # "nie został jednak w piątek podpisany": the auxiliary carries the negation further
        if word in NEGATIONS and (first - k <= 3 or k + 1 < first and tokens[k + 1].low in ("zostać", "być")):
            return True
        if tokens[k].text in (",", ";", "–") or (k < first - 1 and word == "że"):
            return False
    return False


def _speculated(tokens: list[Tok], first: int, last: int, lo: int, hi: int) -> bool:
    window = range(max(lo, first - 14), min(hi, last + 2))
    for k in window:
        tok = tokens[k]
        if tok.low in SPECULATION or tok.text.lower() in SPECULATION:
            return True
        # "Kreml może znów dostarczyć" (the verb, or "może" the tagger reads as a particle)
        if (tok.low in MAY and tok.tag.startswith("fin") or tok.text.lower() == "może") and k < first and not any(
                t.tag.startswith(("fin", "praet", "bedzie")) for t in tokens[k + 1:first]):
            return True  # "Kreml może znów dostarczyć"; not "…mogą zdestabilizować, i przypomniała, że…"
        if tok.text.lower() in ("aby", "żeby", "by") and k < first and first - k <= 6:
            return True  # "chce, aby armia uderzyła", "nie ma przesłanek, by zostali wysłani": not a fact
        if tok.tag.startswith("praet") and (k + 1 < hi and tokens[k + 1].text.lower() == "by"
                                            or tok.text.lower().endswith(("łby", "łaby", "łoby", "liby", "łyby"))):
            return True  # a conditional: "miałby przekazać", "trafiłby do negocjacji", "podpisaliby"
    return False


def _reportedly(tokens: list[Tok], first: int, lo: int) -> bool:
    """"O sprawie miała już rozmawiać": a past "mieć" before an infinitive is hearsay, not a plan."""
    return tokens[first].tag.startswith("inf") and any(
        tokens[k].low == "mieć" and tokens[k].tag.startswith("praet") for k in range(max(lo, first - 3), first))


# "decyzja o utworzeniu dowództwa", "prośba o rozmieszczenie": what is decided or asked for is yet to happen
DECIDED = frozenset({"decyzja", "postanowienie", "plan", "zamiar", "prośba", "wniosek", "apel", "zgoda", "porozumienie",
                     "umowa", "zdecydować", "postanowić"})


def _decided(tokens: list[Tok], first: int, lo: int) -> bool:
    k = before_modifiers(tokens, first, lo)
    return k >= lo and tokens[k].text.lower() == "o" and any(tokens[i].low in DECIDED for i in range(max(lo, k - 3), k))


def _planned(tokens: list[Tok], first: int, last: int, lo: int, hi: int) -> bool:
    if _reportedly(tokens, first, lo):
        return False
    if not tokens[first].tag.startswith(("fin", "praet", "inf", "bedzie", "impt")) and _decided(tokens, first, lo):
        return True
    for k in range(max(lo, first - 4), first):
        if tokens[k].low in PLANNING and tokens[k].tag.startswith(("fin", "adj", "ppas", "praet", "bedzie")):
            if tokens[k].low == "mieć" and not tokens[first].tag.startswith("inf"):
                continue
            return True
    own = tense_of_verb(tokens, first, lo, hi) or _tense_of_predicate(tokens, first, last, lo, hi)
    return (own or clause_tense(tokens, first, last, lo, hi)) == "future"


def _tense_of_predicate(tokens: list[Tok], first: int, last: int, lo: int, hi: int):
    """A noun that is its clause's subject takes the tense of the verb it is subject of ("pierwsze
    rozmowy techniczne o przebiegu trasy odbędą się we wrześniu", "dostawy wyrzutni opóźnią się")."""
    if not tokens[first].tag.startswith("subst") or not tokens[first].has("nom"):
        return None
    for k in range(last + 1, min(hi, last + 9)):
        if tokens[k].text in (",", ";", ":", "–") or tokens[k].text.lower() in ("że", "iż", "który", "która", "które"):
            return None
        if tokens[k].tag.startswith(("fin", "praet", "bedzie")):
            return tense_of_verb(tokens, k, lo, hi)
    return None
