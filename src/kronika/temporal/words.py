"""The time words of ``data/time_words.toml``, with users' additions from ``$KRONIKA_TIME_WORDS``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kronika.datafiles import read_with_additions


@dataclass(frozen=True)
class TimeWords:
    months: dict[str, int]
    month_adjectives: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    numbers: dict[str, float | str]
    units: dict[str, str]
    days: dict[str, int]
    relative: dict[str, int]
    vague: dict[tuple[str, ...], str]
    sets: dict[tuple[str, ...], str]
    weekday_adjectives: dict[str, int]
    back_references: dict[tuple[str, ...], int]


@lru_cache(maxsize=4)
def load_time_words(extra_path: str | None = None) -> TimeWords:
    data, extra = read_with_additions("time_words.toml", extra_path, "KRONIKA_TIME_WORDS")
    for table, values in extra.items():
        data.setdefault(table, {}).update(values)

    def sequences(table: str) -> dict[tuple[str, ...], str]:
        return {tuple(key.lower().split()): value for key, value in data.get(table, {}).items()}

    return TimeWords(data["months"], data["month_adjectives"], data["weekdays"], data["seasons"],
                     data["numbers"], data["units"], data["days"], data["relative"],
                     sequences("vague"), sequences("sets"), data.get("weekday_adjectives", {}),
                     sequences("back_references"))
