"""Find temporal expressions in an analysed Polish text.

Matchers run at each token, most specific first, and the first that matches consumes its tokens.
Spans leave out a preposition that only signals a relation ("w piątek" → "piątek", "od 2022 roku"
→ "2022 roku") and keep the words that change the value ("pół roku temu", "za tydzień").
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass, replace

from kronika.quotes.view import Tok
from kronika.temporal.normalise import Reading, duration, format_date
from kronika.temporal.words import TimeWords

NUMERIC_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DAY = re.compile(r"^(\d{1,2})$")
DAY_RANGE = re.compile(r"^(\d{1,2})[-–](\d{1,2})$")
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d\d))?$")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
YEAR_PREPOSITIONS = frozenset({"w", "we", "od", "do", "z", "ze", "po", "przed", "roku", "rok", "latach", "lat"})
SEASONS_WHEN = {"wiosną": "wiosna", "latem": "lato", "jesienią": "jesień", "zimą": "zima"}
PART_OF_YEAR = frozenset({"koniec", "początek"})
HALVES = {"pierwszy": "H1", "drugi": "H2"}
AROUND = frozenset({"ponad", "prawie", "niemal", "blisko", "około", "ok.", "niespełna", "zaledwie", "aż", "przeszło"})
LATER = {"późno": 1, "wcześnie": -1}
ANCHOR_DAY = {"następny": 1, "kolejny": 1, "poprzedni": -1}
# "dwudniowe obrady", "30-minutowej rozmowy", "wielogodzinnej": a length as an adjective
LENGTH_ADJECTIVE = re.compile(r"^(\d+-|dwu|trzy|cztero|pięcio|sześcio|siedmio|ośmio|dziesięcio|wielo|kilku|kilkunasto)"
                              r"(minutow|godzinn|dniow|tygodniow|miesięczn)")
PREFIX_AMOUNTS = {"dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7, "ośmio": 8,
                  "dziesięcio": 10, "wielo": "X", "kilku": "X", "kilkunasto": "X"}
LENGTH_UNITS = {"minutow": "MIN", "godzinn": "H", "dniow": "D", "tygodniow": "W", "miesięczn": "M"}
YEAR_ADJECTIVES = {"tegoroczny": 0, "zeszłoroczny": -1, "ubiegłoroczny": -1, "przyszłoroczny": 1}
WITHIN = frozenset({"ciąg", "przez", "na"})
DAY_KINDS = frozenset({"weekday", "day_offset", "no_year", "fixed"})
PARTS_OF_DAY = {"rano": "MO", "rankiem": "MO", "przed południem": "MO", "po południu": "AF", "wieczorem": "EV",
                "wieczór": "EV", "wieczoru": "EV", "wieczora": "EV", "nocą": "NI", "w nocy": "NI", "nocy": "NI"}
SOON_AFTER = (("wkrótce", "potem"), ("zaraz", "potem"), ("niedługo", "potem"), ("tuż", "potem"))


@dataclass(frozen=True)
class Found:
    first: int   # token indices, inclusive
    last: int
    reading: Reading


def _by_first_word(table: dict[tuple[str, ...], object]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """Word sequences grouped by their first word, longest first, for a quick lookup at each token."""
    out: dict[str, list] = {}
    for words, value in sorted(table.items(), key=lambda item: -len(item[0])):
        out.setdefault(words[0], []).append((words, value))
    return out


def roman(text: str) -> int | None:
    if not text or any(c not in ROMAN for c in text):
        return None
    total = 0
    for k, c in enumerate(text):
        value = ROMAN[c]
        total += -value if k + 1 < len(text) and ROMAN[text[k + 1]] > value else value
    return total


class Finder:
    def __init__(self, words: TimeWords) -> None:
        self.w = words
        self.matchers = (
            self._numeric_date, self._day_month, self._weekday, self._month, self._month_adjective,
            self._part_of_year, self._year, self._decade, self._century, self._season, self._anchored, self._ago,
            self._ahead,
            self._length_adjective, self._calendar, self._day_word, self._clock, self._set,
            self._back_reference, self._vague, self._duration,
        )

        w = words
        self.starts = frozenset(
            [*w.months, *w.month_adjectives, *w.weekdays, *w.weekday_adjectives, *w.seasons, *w.numbers,
             *w.units, *w.days, *w.relative, *(k[0] for k in (*w.vague, *w.sets, *w.back_references)),
             *YEAR_ADJECTIVES, *AROUND, *(first for first, _ in SOON_AFTER), "za", "przed", "weekend", "ostatni",
             "dawna", "latami", "kiedyś", "dzisiejszy", "wczorajszy", "jutrzejszy", "rok", "noc",
             *PART_OF_YEAR, *HALVES, *SEASONS_WHEN])
        self.sequences = {name: _by_first_word(table) for name, table in
                          (("sets", w.sets), ("vague", w.vague), ("back", w.back_references))}

    def _may_start(self, tok: Tok) -> bool:
        """A cheap test before the matchers: most tokens cannot begin a time expression."""
        text = tok.text.lower()
        return text in self.starts or tok.low in self.starts or text[:1].isdigit() or \
            roman(tok.text) is not None or LENGTH_ADJECTIVE.match(text) is not None

    def find(self, tokens: list[Tok], blocked: set[int] = frozenset()) -> list[Found]:
        """Expressions in `tokens`; token indices in `blocked` (inside names) are never used."""
        self.tokens = tokens
        found, i = [], 0
        while i < len(tokens):
            hit = None if i in blocked or not self._may_start(tokens[i]) else self._first_match(i)
            if hit and not any(k in blocked for k in range(hit.first, hit.last + 1)):
                found.append(hit)
                i = hit.last + 1
            else:
                i += 1
        return found

    def _first_match(self, i: int) -> Found | None:
        for matcher in self.matchers:
            hit = matcher(i)
            if hit:
                return self._with_part_of_day(hit)
        return None

    def _with_part_of_day(self, hit: Found) -> Found:
        """"wtorek rano", "niedzielnego wieczoru", "dziś po południu": a day narrowed to a part of it."""
        if hit.reading.kind not in DAY_KINDS or hit.reading.part:
            return hit
        k = hit.last + 1
        words = (self.text(k), self.text(k) + " " + self.text(k + 1))
        for size, key in enumerate(words, start=1):
            if key in PARTS_OF_DAY:
                hit.reading.part = PARTS_OF_DAY[key]
                hit.reading.type = "TIME"
                return Found(hit.first, hit.last + size, hit.reading)
        return hit

    # -- token helpers --------------------------------------------------------------------------
    def tok(self, i: int) -> Tok | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    def text(self, i: int) -> str:
        t = self.tok(i)
        return t.text.lower() if t else ""

    def number(self, i: int) -> float | str | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.text.isdigit() and len(t.text) <= 3:
            return int(t.text)
        return self.w.numbers.get(t.low, self.w.numbers.get(t.text.lower()))

    def unit(self, i: int) -> str | None:
        t = self.tok(i)
        if t is None or not t.tag.startswith(("subst", "brev")):
            return None
        return self.w.units.get(t.low)

    def attached(self, i: int) -> bool:
        """The token is glued to the previous one by a hyphen (Zapad-2025 split apart)."""
        t, before = self.tok(i), self.tok(i - 1)
        return bool(before and before.end == t.start and before.text in "-–")

    def year_after(self, i: int) -> tuple[int, int] | None:
        """A year at token i, with "r." / "roku" after it: (year, last token index)."""
        t = self.tok(i)
        if t is None or not YEAR.match(t.text):
            return None
        last = i + 1 if self.low(i + 1) == "rok" else i
        return int(t.text), last

    # -- matchers -------------------------------------------------------------------------------
    def _numeric_date(self, i: int) -> Found | None:
        t = self.tokens[i]
        m = NUMERIC_DATE.match(t.text)
        if m:
            day, month, year = (int(g) for g in m.groups())
        else:
            m = ISO_DATE.match(t.text)
            if not m:
                return None
            year, month, day = (int(g) for g in m.groups())
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        last = i + 1 if self.low(i + 1) == "rok" else i
        return Found(i, last, Reading("DATE", "fixed", format_date(year, month, day)))

    def _day_month(self, i: int) -> Found | None:
        t = self.tokens[i]
        single, span = DAY.match(t.text), DAY_RANGE.match(t.text)
        if not (single or span) or self.low(i + 1) not in self.w.months:
            return None
        month = self.w.months[self.low(i + 1)]
        day = int(single.group(1)) if single else None  # a range of days keeps the month
        if day is not None and not 1 <= day <= 31:
            return None
        year = self.year_after(i + 2)
        if year:
            return Found(i, year[1], Reading("DATE", "fixed", format_date(year[0], month, day)))
        return Found(i, i + 1, Reading("DATE", "no_year", month=month, day=day))

    def _weekday(self, i: int) -> Found | None:
        # "w nocy z czwartku na piątek": the night that begins on the first day
        if self.low(i) == "noc" and self.text(i + 1) == "z" and self.low(i + 2) in self.w.weekdays:
            last = i + 4 if self.text(i + 3) == "na" and self.low(i + 4) in self.w.weekdays else i + 2
            return Found(i, last, Reading("TIME", "weekday", weekday=self.w.weekdays[self.low(i + 2)], part="NI"))
        first, told = i, None
        if self.low(i) in ("zeszły", "ubiegły", "przyszły", "najbliższy") and \
                (self.low(i + 1) in self.w.weekdays or self.low(i + 1) == "weekend"):
            told, i = "past" if self.w.relative[self.low(i)] < 0 else "future", i + 1
        if self.low(i) == "weekend" and self.tokens[i].tag.startswith("subst"):
            return Found(first, i, Reading("DATE", "weekend", tense=told))
        if self.low(i) in self.w.weekday_adjectives and self.tokens[i].tag.startswith("adj"):
            reading = Reading("DATE", "weekday", weekday=self.w.weekday_adjectives[self.low(i)])
            return Found(first, i, reading)
        if self.low(i) not in self.w.weekdays or not self.tokens[i].tag.startswith("subst"):
            return None
        if self.text(i - 1) == "wielki":
            return None
        # "w piątek 9 grudnia": the date after the weekday gives the value
        nxt = i + 2 if self.text(i + 1) == "," else i + 1
        dated = self._day_month(nxt) if self.tok(nxt) else None
        if dated:
            return Found(first, dated.last, dated.reading)
        return Found(first, i, Reading("DATE", "weekday", weekday=self.w.weekdays[self.low(i)], tense=told))

    def _month(self, i: int) -> Found | None:
        t = self.tokens[i]
        if t.low not in self.w.months or not self._month_noun(i) or t.text[0].isupper() and i and \
                self.tokens[i - 1].end == t.start - 1 and self.tokens[i - 1].text[0].isupper():
            return None
        month = self.w.months[t.low]
        year = self.year_after(i + 1)
        if year:
            return Found(i, year[1], Reading("DATE", "fixed", format_date(year[0], month)))
        return Found(i, i, Reading("DATE", "no_year", month=month))

    def _month_noun(self, i: int) -> bool:
        """The month as a noun; the tagger may read "lutym" as the adjective "luty" (fierce), which
        would agree with a noun after it ("lutym mrozem"), while "w lutym 2022 roku" has none."""
        t = self.tokens[i]
        if t.tag.startswith("subst"):
            return True
        nxt = self.tok(i + 1)
        return t.tag.startswith("adj") and (nxt is None or not nxt.tag.startswith("subst") or nxt.text[:1].isdigit())

    def _month_adjective(self, i: int) -> Found | None:
        t = self.tokens[i]
        if t.low not in self.w.month_adjectives or not t.tag.startswith("adj"):
            return None
        return Found(i, i, Reading("DATE", "no_year", month=self.w.month_adjectives[t.low]))

    def _year(self, i: int) -> Found | None:
        year = self.year_after(i)
        if not year or self.attached(i):
            return None
        has_noun = year[1] > i
        if not has_noun and self.text(i - 1) not in YEAR_PREPOSITIONS:
            return None
        return Found(i, year[1], Reading("DATE", "fixed", format_date(year[0])))

    def _decade(self, i: int) -> Found | None:
        if self.low(i) != "rok" or not self.text(i).startswith("lat"):
            return None
        m = re.match(r"^(\d{2}|\d{4})", self.text(i + 1))
        if not m:
            return None
        digits = m.group(1)
        decade = digits[:3] if len(digits) == 4 else ("19" if int(digits) >= 30 else "20") + digits[0]
        last = i + 2 if self.text(i + 2) in (".", "-tych", "tych") else i + 1
        return Found(i, last, Reading("DATE", "fixed", decade))

    def _century(self, i: int) -> Found | None:
        number = roman(self.tokens[i].text)
        if not number or self.low(i + 1) not in ("wiek", "stulecie"):
            return None
        return Found(i, i + 1, Reading("DATE", "fixed", f"{number - 1:02d}"))

    def _part_of_year(self, i: int) -> Found | None:
        """"do końca roku", "na początku przyszłego roku" (that year); "w drugiej połowie roku",
        "w pierwszej połowie 2025 roku" (its half)."""
        half = HALVES.get(self.low(i)) if self.low(i + 1) == "połowa" else None
        k = i + 2 if half else i + 1 if self.low(i) in PART_OF_YEAR else None
        if k is None:
            return None
        year = self.year_after(k)
        if year:
            return Found(i, year[1], Reading("DATE", "season", season=half, year=year[0])) if half else None
        shift = self.w.relative.get(self.low(k)) if self.low(k + 1) == "rok" else None
        last = k + 1 if shift is not None else k
        if self.low(last) != "rok" or not self.tokens[last].has("sg") or (shift is None and YEAR.match(self.text(k + 1))):
            return None
        if half:
            return Found(i, last, Reading("DATE", "season", season=half, amount=shift or 0))
        return Found(i, last, Reading("DATE", "calendar", unit="Y", amount=shift or 0))

    def _season(self, i: int) -> Found | None:
        t = self.tokens[i]
        if t.text.lower() in SEASONS_WHEN:  # "jesienią", which the tagger may read as a verb
            t = replace(t, lemma=SEASONS_WHEN[t.text.lower()], tag="subst:sg:inst:f")
        if t.low not in self.w.seasons or not t.tag.startswith("subst"):
            return None
        year = self.year_after(i + 1)
        if not (year or t.has("inst") or self.low(i - 1) in self.w.relative
                or self.low(i - 1) in ("do", "od", "przed", "po") and t.has("gen")):
            return None
        first = i - 1 if self.low(i - 1) in ("zeszły", "ubiegły", "przyszły", "tegoroczny") else i
        reading = Reading("DATE", "season", season=self.w.seasons[t.low], year=year[0] if year else None)
        return Found(first, year[1] if year else i, reading)

    def _amount_unit(self, i: int) -> tuple[float | str, str, int] | None:
        """[number] unit at token i: (amount, unit, last token); a unit alone counts one."""
        amount = self.number(i)
        if amount is not None and self.unit(i + 1):
            return amount, self.unit(i + 1), i + 1
        if self.unit(i):
            return 1, self.unit(i), i
        return None

    def _anchored(self, i: int) -> Found | None:
        """Dated from another date of the text: "następnego dnia", "rok później"."""
        if self.low(i) in ANCHOR_DAY and self.low(i + 1) == "dzień":
            return Found(i, i + 1, Reading("DATE", "anchored", unit="D", amount=ANCHOR_DAY[self.low(i)]))
        if self.low(i) == "ten" and self.low(i + 1) == "sam" and self.unit(i + 2) in ("D", "W", "M", "Y"):
            # "tego samego dnia", "w tym samym miesiącu": the date told before, at that unit
            return Found(i, i + 2, Reading("DATE", "anchored", unit=self.unit(i + 2), amount=0))
        hit = self._amount_unit(i)
        if hit and self.low(hit[2] + 1) in LATER and self.tokens[hit[2] + 1].has("com"):
            if hit[0] != "X":
                amount = float(hit[0]) * LATER[self.low(hit[2] + 1)]
                return Found(i, hit[2] + 1, Reading("DATE", "anchored", unit=hit[1], amount=amount))
            # "kilka godzin wcześniej": the same day as the date before it; "kilka dni później": unknown
            if hit[1] in ("H", "MIN"):
                return Found(i, hit[2] + 1, Reading("DATE", "anchored", unit="D", amount=0))
            return Found(i, hit[2] + 1, Reading("DATE", "fixed", None))
        if tuple(self.text(i + k) for k in range(2)) in SOON_AFTER:
            return Found(i, i + 1, Reading("DATE", "fixed", None))
        return None

    def _back_reference(self, i: int) -> Found | None:
        """"wówczas", "od tego czasu": the date the text gave last."""
        hit = self._sequence(i, "back")
        if hit is None:
            return None
        shift, last = hit
        return Found(i, last, Reading("DATE", "anchored", unit="D" if shift else None, amount=shift))

    def _length_adjective(self, i: int) -> Found | None:
        t = self.tokens[i]
        if t.low in YEAR_ADJECTIVES and t.tag.startswith("adj"):
            return Found(i, i, Reading("DATE", "calendar", unit="Y", amount=YEAR_ADJECTIVES[t.low]))
        m = LENGTH_ADJECTIVE.match(t.text.lower())
        if not m or not t.tag.startswith("adj"):
            return None
        prefix = m.group(1)
        amount = int(prefix[:-1]) if prefix.endswith("-") else PREFIX_AMOUNTS[prefix]
        return Found(i, i, Reading("DURATION", "fixed", duration(amount, LENGTH_UNITS[m.group(2)])))

    def _ago(self, i: int) -> Found | None:
        """"pół roku temu", "przed tygodniem", "przed laty"."""
        if self.low(i) == "przed" and self.unit(i + 1) and self.tokens[i + 1].has("inst"):
            if self.text(i + 1) == "laty":
                return Found(i, i + 1, Reading("DATE", "fixed", "PAST_REF"))
            return Found(i, i + 1, Reading("DATE", "ago", unit=self.unit(i + 1), amount=-1))
        hit = self._amount_unit(i)
        if not hit or self.low(hit[2] + 1) != "temu":
            return None
        amount, unit, last = hit
        if amount == "X":
            return Found(i, last + 1, Reading("DATE", "fixed", "PAST_REF"))
        return Found(i, last + 1, Reading("DATE", "ago", unit=unit, amount=-float(amount)))

    def _ahead(self, i: int) -> Found | None:
        """"za tydzień", "za dwa lata"."""
        if self.low(i) != "za":
            return None
        hit = self._amount_unit(i + 1)
        if not hit or hit[1] in ("CE", "DE") or not self.tokens[hit[2]].has("acc") and hit[0] == 1:
            return None
        amount, unit, last = hit
        if amount == "X":
            return Found(i, last, Reading("DATE", "fixed", "FUTURE_REF"))
        return Found(i, last, Reading("DATE", "ago", unit=unit, amount=float(amount)))

    def _calendar(self, i: int) -> Found | None:
        """"przyszłym tygodniu", "ubiegłym roku", "tym miesiącu"."""
        shift = self.w.relative.get(self.low(i))
        unit = self.unit(i + 1)
        if shift is None or unit not in ("W", "M", "Y", "Q"):
            return None
        if self.low(i) == "ten" and self.low(i + 2) == "sam":
            return None
        if self.low(i) in ("najbliższy", "kolejny", "następny") and self.low(i - 1) in WITHIN \
                and self.tokens[i + 1].has("sg"):
            return Found(i, i + 1, Reading("DURATION", "fixed", duration(1, unit)))
        return Found(i, i + 1, Reading("DATE", "calendar", unit=unit, amount=shift))

    def _day_word(self, i: int) -> Found | None:
        t = self.tokens[i]
        key = t.text.lower() if t.text.lower() in self.w.days else t.low
        adjectives = {"dzisiejszy": 0, "wczorajszy": -1, "jutrzejszy": 1}
        if key in self.w.days and t.tag.startswith(("adv", "subst", "qub", "ign")):
            return Found(i, i, Reading("DATE", "day_offset", amount=self.w.days[key]))
        if t.low in adjectives and t.tag.startswith("adj"):
            return Found(i, i, Reading("DATE", "day_offset", amount=adjectives[t.low]))
        return None

    def _clock(self, i: int) -> Found | None:
        if self.low(i) != "godzina" or not self.tokens[i].tag.startswith(("brev", "subst")):
            return None
        m = CLOCK.match(self.text(i + 1))
        if not m or int(m.group(1)) > 24:
            return None
        return Found(i, i + 1, Reading("TIME", "clock", hour=int(m.group(1)), minute=int(m.group(2) or 0)))

    def _sequence(self, i: int, name: str) -> tuple[str, int] | None:
        for words, value in self.sequences[name].get(self.text(i), ()):
            if all(self.text(i + k) == word for k, word in enumerate(words)):
                return value, i + len(words) - 1
        return None

    def _set(self, i: int) -> Found | None:
        hit = self._sequence(i, "sets")
        return Found(i, hit[1], Reading("SET", "fixed", hit[0])) if hit else None

    def _vague(self, i: int) -> Found | None:
        if self.text(i) == "kiedyś":  # past or future, as its verb says
            return Found(i, i, Reading("DATE", "told"))
        hit = self._sequence(i, "vague")
        return Found(i, hit[1], Reading("DATE", "fixed", hit[0])) if hit else None

    def _duration(self, i: int) -> Found | None:
        first = i
        if self.text(i) in AROUND:
            i += 1
        amount = self.number(i)
        if amount is not None and self.unit(i + 1):
            return Found(first, i + 1, Reading("DURATION", "fixed", duration(amount, self.unit(i + 1))))
        if self.low(i) == "ostatni" and self.unit(i + 1) and self.tokens[i + 1].has("pl"):
            return Found(i, i + 1, Reading("DURATION", "fixed", duration("X", self.unit(i + 1))))
        if self.text(i) == "dawna" and self.low(i - 1) == "od":
            return Found(i, i, Reading("DURATION", "fixed", "PXY"))
        # "od lat", "przez lata", "latami": an unknown number of years
        if first == i and self.unit(i) and self.tokens[i].has("pl") and self.low(i - 1) in ("od", "przez") \
                or self.text(i) == "latami":
            return Found(i, i, Reading("DURATION", "fixed", duration("X", self.unit(i))))
        # "od roku", "przez miesiąc", "od ponad roku": one unit
        if self.unit(i) in ("Y", "M", "W", "D", "H") and self.tokens[i].has("sg") \
                and self.low(first - 1) in ("przez", "od"):
            return Found(first, i, Reading("DURATION", "fixed", duration(1, self.unit(i))))
        return None
