"""TIMEX3 values for what the finder read, relative to the document's date.

The document date may be partial ("2022-12"). A value never claims more precision than its anchor
gives: "wczoraj" in a December 2022 article is "2022-12", not an invented day; without a document
date, relative expressions stay unresolved (None)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kronika.temporal.tense import Tense

TIME_UNITS = {"H", "MIN", "S"}
# how many of the next smaller unit a fraction of a unit is counted in ("pół roku" = P6M)
SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60)}


@dataclass(frozen=True)
class Anchor:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "Anchor | None":
        if not value:
            return None
        parts = [int(p) for p in value[:10].split("-")]
        return cls(*parts)

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    def value(self) -> str:
        return format_date(self.year, self.month, self.day)


@dataclass
class Reading:
    """What an expression says, before it is placed in time. `kind` picks the rule in `value_of`."""

    type: str                      # DATE, TIME, DURATION, SET
    kind: str                      # fixed, no_year, weekday, day_offset, ago, calendar, anchored, season, clock
    value: str | None = None       # for `fixed`
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    amount: float | None = None
    season: str | None = None
    hour: int | None = None
    minute: int = 0
    part: str | None = None        # part of the day (MO, AF, EV, NI): "we wtorek rano"
    tense: Tense | None = None     # when the words say it ("zeszły piątek"), not the verb


def format_date(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def duration(amount: float | str, unit: str) -> str:
    """P6M, PT5H, PXY: TIMEX3 duration values; half units count in the smaller unit."""
    if amount != "X" and float(amount) != int(amount) and unit in SMALLER:
        unit, factor = SMALLER[unit]
        amount = float(amount) * factor
    number = "X" if amount == "X" else str(int(amount))
    letter = "M" if unit == "MIN" else unit
    return f"PT{number}{letter}" if unit in TIME_UNITS else f"P{number}{letter}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def value_of(reading: Reading, anchor: Anchor | None, tense: Tense, previous: Anchor | None = None) -> str | None:
    """The TIMEX3 value of `reading` told in `tense`, for a document dated `anchor`; `previous` is
    the last date the text gave before it (for "następnego dnia")."""
    if reading.kind == "fixed":
        return reading.value
    if reading.kind == "told":
        return {"past": "PAST_REF", "future": "FUTURE_REF"}.get(tense, "PRESENT_REF")
    if reading.kind == "anchored":
        return _shifted(previous, reading.unit, reading.amount or 0) if previous else None
    if anchor is None:
        return None
    rule = {
        "no_year": _no_year, "weekday": _weekday, "day_offset": _day_offset, "ago": _ago,
        "calendar": _calendar, "season": _season, "clock": _clock, "weekend": _weekend,
    }[reading.kind]
    return rule(reading, anchor, tense)


def _no_year(r: Reading, a: Anchor, tense: Tense) -> str:
    here = (a.month or 0, a.day or 0)
    there = (r.month, r.day or 0)
    year = a.year
    if a.month is not None and tense == "present" and r.day is None:
        # "od lipca przywraca", said in June: the July nearest the date
        year = min((a.year - 1, a.year, a.year + 1), key=lambda y: abs((y - a.year) * 12 + r.month - a.month))
    elif a.month is not None:
        if tense == "past" and there > here and (r.month != a.month or a.day is not None):
            year -= 1
        elif tense == "future" and there < here and r.month != a.month:
            year += 1
    return format_date(year, r.month, r.day)


def _weekday(r: Reading, a: Anchor, tense: Tense) -> str:
    today = a.date
    if today is None:
        return a.value()
    delta = r.weekday - today.isoweekday()
    if tense == "past":
        # "w środę" said on a Wednesday in the past tense is today; "zeszłej środy" is a week before
        delta = delta if delta < 0 or delta == 0 and r.tense != "past" else delta - 7
    elif tense == "future":
        delta = delta if delta > 0 else delta + 7
    return (today + dt.timedelta(days=delta)).isoformat()


def _weekend(r: Reading, a: Anchor, tense: Tense) -> str:
    if a.date is None:
        return a.value()
    saturday = dt.date.fromisoformat(_weekday(Reading("DATE", "weekday", weekday=6), a, tense))
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _day_offset(r: Reading, a: Anchor, tense: Tense) -> str:
    today = a.date
    if today is None:
        return a.value()
    return (today + dt.timedelta(days=int(r.amount or 0))).isoformat()


def _shifted(a: Anchor, unit: str, amount: float) -> str:
    """`a` moved by `amount` units, at the granularity the unit and the anchor allow."""
    if unit == "Y" and float(amount).is_integer():
        return format_date(a.year + int(amount))
    if unit in ("Y", "M", "Q"):
        months = round(amount * {"Y": 12, "M": 1, "Q": 3}[unit])
        if a.month is None:
            return format_date(a.year + round(months / 12))
        return format_date(*add_months(a.year, a.month, months))
    if unit in ("W", "D"):
        if a.date is None:
            return a.value()
        days = round(amount * (7 if unit == "W" else 1))
        return (a.date + dt.timedelta(days=days)).isoformat()
    return a.value()


def _ago(r: Reading, a: Anchor, tense: Tense) -> str:
    return _shifted(a, r.unit, r.amount or 0)


def _calendar(r: Reading, a: Anchor, tense: Tense) -> str:
    """This / last / next week, month, year (of the document date)."""
    n = int(r.amount or 0)
    if r.unit == "Y":
        return format_date(a.year + n)
    if r.unit == "M":
        return format_date(*add_months(a.year, a.month, n)) if a.month else format_date(a.year)
    if r.unit == "W" and a.date is not None:
        year, week, _ = (a.date + dt.timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return a.value()


def _season(r: Reading, a: Anchor, tense: Tense) -> str:
    """A season or a half ("H2") of the year named, or of the document's year shifted by `amount`."""
    year = r.year or a.year + int(r.amount or 0)
    return f"{year:04d}-{r.season}"


def _clock(r: Reading, a: Anchor, tense: Tense) -> str | None:
    if a.date is None:
        return None
    return f"{a.date.isoformat()}T{r.hour:02d}:{r.minute:02d}"
