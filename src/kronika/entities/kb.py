"""A curated knowledge base of the people, places, organisations, outlets, products and events the
news about Eastern Europe keeps naming, kept in plain TOML files that users can read and extend.

The packaged files live in ``kronika/data/kb/*.toml``; folders or files named in ``KRONIKA_KB``
(``os.pathsep``-separated) and in ``KnowledgeBase.load(paths)`` are read after them, so a user file
can add entries or replace one by reusing its id. Every name is stored in its base form; the
lookups normalise spelling (case, hyphens, Cyrillic vs Latin script) and, through
``kronika.entities.linking.stem_key``, tolerate Polish inflection.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Iterable, Iterator

from kronika.entities.linking import stem_key
from kronika.errors import KronikaError

ENV_VAR = "KRONIKA_KB"

SUBTYPES: dict[str, frozenset[str]] = {
    "PER": frozenset({"politician", "military", "expert", "journalist", "other"}),
    "LOC": frozenset({"country", "city", "region", "other"}),
    "ORG": frozenset({"government_body", "armed_forces", "international_organisation", "party",
                      "company", "think_tank", "agency", "ngo", "other"}),
    "PRO": frozenset({"weapon_system", "media_outlet", "document", "infrastructure", "other"}),
    "EVT": frozenset({"exercise", "summit", "war", "election", "other"}),
}
OUTLET_KINDS = frozenset({"state-affiliated", "public", "private", "wire"})

_ENTRY_KEYS = frozenset({"name", "type", "subtype", "wikidata", "aliases", "roles", "country",
                         "outlet_kind", "adjectives", "note"})
_ROLE_KEYS = frozenset({"title", "from", "to"})
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_QID = re.compile(r"Q[1-9][0-9]*")
_LANG = re.compile(r"[a-z]{2,3}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# ---------------------------------------------------------------------------------------------
# Records


def _bounds(date: str) -> tuple[str, str]:
    """First and last day a partial ISO date can mean, as comparable strings: 2022 → 2022-01-01..2022-12-31."""
    m = _DATE.fullmatch(date)
    if not m:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {date!r}")
    year, month, day = m.groups()
    if day:
        return date, date
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


@dataclass(frozen=True, slots=True)
class Role:
    """A title a text may use instead of a person's name ("prezydent Białorusi"), and when it applied."""

    title: str
    start: str | None = None  # ISO date, possibly partial; None = since ever
    end: str | None = None    # inclusive; None = still holds it

    def active_on(self, date: str | None) -> bool:
        """Whether the title may refer to its holder on `date` (a partial ISO date; None = unknown,
        so every role counts). Partial dates are periods, and any overlap counts: the month of a
        handover matches both holders, which is the honest answer for "2008-05"."""
        if date is None:
            return True
        lo, hi = _bounds(date)
        start = _bounds(self.start)[0] if self.start else "0000-00-00"
        end = _bounds(self.end)[1] if self.end else "9999-99-99"
        return start <= hi and lo <= end


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One curated entity. Names are base forms (nominative); `aliases` maps a language code to names."""

    id: str
    name: str
    type: str
    subtype: str
    wikidata: str | None = None
    aliases: dict[str, tuple[str, ...]] | None = None
    roles: tuple[Role, ...] = ()
    country: str | None = None
    outlet_kind: str | None = None
    adjectives: tuple[str, ...] = ()  # Polish base forms of the adjective naming it: "unijny" for the EU
    note: str | None = None
    source: str = ""  # the file that defined it, for messages and for telling overrides apart

    def __hash__(self) -> int:  # the aliases dict is not hashable; the id identifies an entry
        return hash(self.id)

    @property
    def all_names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias, without repeats."""
        names = [self.name]
        for values in (self.aliases or {}).values():
            names.extend(values)
        return tuple(dict.fromkeys(names))

    def names_in(self, *langs: str) -> tuple[str, ...]:
        """The canonical name and the aliases in the given languages."""
        names = [self.name]
        for lang in langs:
            names.extend((self.aliases or {}).get(lang, ()))
        return tuple(dict.fromkeys(names))


# ---------------------------------------------------------------------------------------------
# Keys: how two spellings of a name are recognised as the same


_DASHES = dict.fromkeys(map(ord, "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad_/"), " ")
_QUOTES = dict.fromkeys(map(ord, "\"'„”“«»‚‘’`´"), None)


def name_key(text: str) -> str:
    """Exact-match key: NFC, casefolded, quotes dropped, hyphens and dashes read as spaces, so
    "Iskander-M" ≡ "iskander m" and „Nasza Niwa” ≡ Nasza Niwa."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).translate(_DASHES)
    return " ".join(text.casefold().split())


_CYR_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
# Russian writes г as g and и as i; Ukrainian and Belarusian romanisations use h and y.
_CYR_SCHEMES = (
    str.maketrans({**_CYR_COMMON, "г": "g", "и": "i"}),
    str.maketrans({**_CYR_COMMON, "г": "h", "и": "y"}),
)
_FOLD = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ı": "i"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _fold(key: str) -> str:
    """Latin letters without diacritics: "łukaszenka" → "lukaszenka", "orbán" → "orban"."""
    decomposed = unicodedata.normalize("NFKD", key.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin_keys(text: str) -> frozenset[str]:
    """Script-blind keys: Cyrillic romanised (Russian and Ukrainian/Belarusian style), diacritics
    folded, so "Лукашенко", "Lukashenko" and "Лукашэнка"/"Lukashenka" meet."""
    key = name_key(text)
    if not _CYRILLIC.search(key):
        return frozenset({_fold(key)})
    return frozenset(_fold(key.translate(scheme)) for scheme in _CYR_SCHEMES)


def deep_stem_key(text: str) -> str:
    """`stem_key` applied until it stops changing, then without diacritics: a base form and its
    inflected forms can lose a different number of endings ("Gazprom" → gazpr, "Gazpromu" →
    gazprom → gazpr) and alternate vowels or softness ("Kijów"/"Kijowie", "Białoruś"/"Białorusi")."""
    key = stem_key(text)
    for _ in range(4):
        again = stem_key(key)
        if again == key:
            break
        key = again
    return _fold(key)


_ACRONYM_ENDING = re.compile(r"(\w*[A-Z]\w*[A-Z]\w*)-(\w{1,4})")


def _drop_acronym_ending(name: str) -> str:
    """Polish inflects acronyms with a hyphenated ending ("PAP-u", "PiS-owi", "TASS-em");
    stem_key would keep it as a word of its own."""
    m = _ACRONYM_ENDING.fullmatch(name.strip())
    return m.group(1) if m and m.group(2).islower() else name


# ---------------------------------------------------------------------------------------------
# Reading and validating files


class _Invalid(Exception):
    """A problem in one entry; turned into a KronikaError naming the file."""


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{what} must be a non-empty string")
    return " ".join(value.split())


def _date(value: Any, what: str) -> str | None:
    """A TOML date, a year, or an ISO string (possibly partial), as an ISO string."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if isinstance(value, str):
        m = _DATE.fullmatch(value.strip())
        if m:
            _, month, day = m.groups()
            try:
                if day:
                    _dt.date.fromisoformat(value.strip())
                elif month and not 1 <= int(month) <= 12:
                    raise ValueError
            except ValueError:
                raise _Invalid(f"{what}: no such date {value!r}") from None
            return value.strip()
    raise _Invalid(f"{what} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")


def _aliases(value: Any) -> dict[str, tuple[str, ...]]:
    """`aliases.<lang> = [...]`; a bare list is shorthand for Polish ones."""
    if isinstance(value, list):
        value = {"pl": value}
    if not isinstance(value, dict):
        raise _Invalid("aliases must be a table of language → list of names")
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if not _LANG.fullmatch(lang):
            raise _Invalid(f"aliases: {lang!r} is not a language code (pl, ru, be, uk, en, ...)")
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list):
            raise _Invalid(f"aliases.{lang} must be a list of names")
        out[lang] = tuple(dict.fromkeys(_str(n, f"aliases.{lang}") for n in names))
    return out


def _roles(value: Any) -> tuple[Role, ...]:
    """`roles = [{ title = "...", from = "...", to = "..." }]`; `title` may list several titles
    that share one period."""
    if not isinstance(value, list):
        raise _Invalid("roles must be a list of tables")
    roles: list[Role] = []
    for i, raw in enumerate(value):
        if not isinstance(raw, dict):
            raise _Invalid(f"roles[{i}] must be a table like {{ title = \"...\", from = \"...\" }}")
        unknown = set(raw) - _ROLE_KEYS
        if unknown:
            raise _Invalid(f"roles[{i}]: unknown key(s) {', '.join(sorted(unknown))} (expected title, from, to)")
        titles = raw.get("title")
        titles = titles if isinstance(titles, list) else [titles]
        start, end = _date(raw.get("from"), f"roles[{i}].from"), _date(raw.get("to"), f"roles[{i}].to")
        if start and end and _bounds(start)[0] > _bounds(end)[1]:
            raise _Invalid(f"roles[{i}]: from {start} is after to {end}")
        roles.extend(Role(_str(t, f"roles[{i}].title"), start, end) for t in titles)
    return tuple(roles)


def _entry(ident: str, raw: Any, source: str) -> KBEntry:
    """One table of a KB file, checked, as a KBEntry."""
    if not _SLUG.fullmatch(ident):
        raise _Invalid("ids must be lowercase ASCII slugs like 'obwod-grodzienski'")
    if not isinstance(raw, dict):
        raise _Invalid("each entry must be a table: [id] followed by name = ..., type = ...")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise _Invalid(f"unknown key(s) {', '.join(sorted(unknown))}")
    if "name" not in raw:
        raise _Invalid("missing name")
    type_ = raw.get("type")
    if type_ not in SUBTYPES:
        raise _Invalid(f"type must be one of {', '.join(SUBTYPES)}, got {type_!r}")
    subtype = raw.get("subtype")
    if subtype not in SUBTYPES[type_]:
        raise _Invalid(f"subtype for {type_} must be one of {', '.join(sorted(SUBTYPES[type_]))}, got {subtype!r}")
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _QID.fullmatch(wikidata)):
        raise _Invalid(f"wikidata must look like 'Q159', got {wikidata!r}")
    country = raw.get("country")
    if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
        raise _Invalid(f"country must be an ISO 3166 alpha-2 code like 'BY', got {country!r}")
    outlet_kind = raw.get("outlet_kind")
    is_outlet = type_ == "PRO" and subtype == "media_outlet"
    if is_outlet and (country is None or outlet_kind is None):
        raise _Invalid("media outlets need country and outlet_kind")
    if outlet_kind is not None and (not is_outlet or outlet_kind not in OUTLET_KINDS):
        raise _Invalid(f"outlet_kind is for media outlets and must be one of {', '.join(sorted(OUTLET_KINDS))}")
    note = raw.get("note")
    adjectives = raw.get("adjectives", [])
    if not (isinstance(adjectives, list) and all(isinstance(a, str) and a.islower() and " " not in a for a in adjectives)):
        raise _Invalid(f"adjectives must be a list of lower-case base forms like 'unijny', got {adjectives!r}")
    return KBEntry(
        id=ident, name=_str(raw["name"], "name"), type=type_, subtype=subtype, wikidata=wikidata,
        aliases=_aliases(raw.get("aliases", {})), roles=_roles(raw.get("roles", [])),
        country=country, outlet_kind=outlet_kind, adjectives=tuple(adjectives),
        note=_str(note, "note") if note is not None else None,
        source=source,
    )


def read_file(path: Path | Traversable, label: str | None = None) -> list[KBEntry]:
    """All entries of one TOML file; any problem is a KronikaError naming the file (and entry)."""
    label = label or str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise KronikaError(f"{label}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise KronikaError(f"{label}: not valid TOML: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise KronikaError(f"{label}: cannot be read: {exc.strerror or exc}") from None
    entries = []
    for ident, raw in data.items():
        try:
            entries.append(_entry(ident, raw, label))
        except _Invalid as exc:
            raise KronikaError(f"{label}: [{ident}] {exc}") from None
    return entries


def _packaged_files() -> list[Traversable]:
    """The KB files shipped with kronika, in name order."""
    folder = resources.files("kronika").joinpath("data", "kb")
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()), key=lambda f: f.name)


def _user_files(spec: str | os.PathLike[str], origin: str) -> list[Path]:
    """A user path: a .toml file, or a folder whose *.toml files are read in name order."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return sorted(p for p in path.glob("*.toml") if p.is_file())
    if path.is_file():
        return [path]
    raise KronikaError(f"{origin}: no such knowledge-base file or folder: {path}")


def _env_paths() -> list[str]:
    return [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]


# ---------------------------------------------------------------------------------------------
# The knowledge base


class KnowledgeBase:
    """Entries by id plus dict-based indexes built once, so every lookup is a few hash probes."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self._entries: dict[str, KBEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry  # a later entry with the same id replaces the earlier
        self._exact: dict[str, list[str]] = {}
        self._latin: dict[str, list[str]] = {}
        self._stem: dict[str, list[str]] = {}
        self._deep: dict[str, list[str]] = {}
        self._titles: dict[str, list[tuple[str, Role]]] = {}
        self._title_stems: dict[str, list[tuple[str, Role]]] = {}
        self._adjectives: dict[str, list[str]] = {}
        for entry in self._entries.values():
            self._index(entry)

    # -- building

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]] | None = None) -> "KnowledgeBase":
        """The packaged KB, then files and folders from $KRONIKA_KB, then `paths`; later ones may
        add entries or replace an entry by reusing its id."""
        entries: list[KBEntry] = []
        seen: dict[str, str] = {}
        for file in _packaged_files():
            for entry in read_file(file, f"kronika/data/kb/{file.name}"):
                if entry.id in seen:
                    raise KronikaError(f"{entry.source}: [{entry.id}] id already used in {seen[entry.id]}")
                seen[entry.id] = entry.source
                entries.append(entry)
        user = [(p, ENV_VAR) for p in _env_paths()] + [(p, "knowledge base") for p in (paths or [])]
        for spec, origin in user:
            for file in _user_files(spec, origin):
                entries.extend(read_file(file))
        return cls(entries)

    @staticmethod
    def _add(index: dict[str, list[Any]], key: str, value: Any) -> None:
        if key:
            bucket = index.setdefault(key, [])
            if value not in bucket:
                bucket.append(value)

    def _index(self, entry: KBEntry) -> None:
        for name in entry.all_names:
            self._add(self._exact, name_key(name), entry.id)
            for key in latin_keys(name):
                self._add(self._latin, key, entry.id)
        # Inflection only concerns names that appear in Polish text: Polish and English ones.
        for name in entry.names_in("pl", "en"):
            self._add(self._stem, stem_key(name), entry.id)
            self._add(self._deep, deep_stem_key(name), entry.id)
        for role in entry.roles:
            self._add(self._titles, name_key(role.title), (entry.id, role))
            self._add(self._title_stems, stem_key(role.title), (entry.id, role))
        for adjective in entry.adjectives:
            self._add(self._adjectives, adjective, entry.id)

    # -- lookups

    def get(self, ident: str) -> KBEntry | None:
        """The entry with this id, if any."""
        return self._entries.get(ident)

    def _pick(self, ids: Iterable[str], type_: str | None) -> KBEntry | None:
        """One entry out of those sharing a key: the only one, or the only one of `type_`; else None,
        because a guess between two real entities is worse than no link."""
        candidates = [self._entries[i] for i in dict.fromkeys(ids)]
        if len(candidates) > 1 and type_:
            candidates = [e for e in candidates if e.type == type_]
        return candidates[0] if len(candidates) == 1 else None

    def lookup(self, name: str, type: str | None = None) -> KBEntry | None:
        """The entry one of whose names (canonical or alias, any language or script) is `name`,
        up to case, hyphenation, diacritics and Cyrillic/Latin script."""
        ids = self._exact.get(name_key(name))
        if not ids:
            ids = [i for key in latin_keys(name) for i in self._latin.get(key, ())]
        return self._pick(ids, type) if ids else None

    def lookup_stem(self, name: str, type: str | None = None) -> KBEntry | None:
        """Like `lookup` but by `stem_key`, for inflected Polish mentions ("Gazpromu", "Łukaszenki").
        Takes a name or its `stem_key` alike: the fallback stems to a fixed point, so both meet."""
        name = _drop_acronym_ending(name)
        ids = self._stem.get(stem_key(name)) or self._deep.get(deep_stem_key(name))
        return self._pick(ids, type) if ids else None

    def by_title(self, title: str, date: str | None = None) -> list[KBEntry]:
        """Who a title ("prezydent Białorusi", "szef MON") named on `date` (partial ISO; None =
        anyone who ever held it). Falls back to stems for inflected titles ("prezydenta Białorusi")."""
        holders = self._titles.get(name_key(title)) or self._title_stems.get(stem_key(title), [])
        found = [ident for ident, role in holders if role.active_on(date)]
        return [self._entries[i] for i in dict.fromkeys(found)]

    def by_adjective(self, lemma: str) -> KBEntry | None:
        """The entry an adjective's base form names ("unijny" → Unia Europejska), if one does."""
        ids = self._adjectives.get(lemma)
        return self._entries[ids[0]] if ids else None

    def outlets(self) -> list[KBEntry]:
        """Media outlets (PRO/media_outlet), the source registry."""
        return [e for e in self if e.type == "PRO" and e.subtype == "media_outlet"]

    def of_type(self, type_: str, subtype: str | None = None) -> list[KBEntry]:
        """Entries of one type (and subtype)."""
        return [e for e in self if e.type == type_ and (subtype is None or e.subtype == subtype)]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def __contains__(self, ident: object) -> bool:
        return ident in self._entries

    def __repr__(self) -> str:
        return f"KnowledgeBase({len(self)} entries)"


@lru_cache(maxsize=4)
def _cached(env: str) -> KnowledgeBase:
    return KnowledgeBase.load()


def default_kb() -> KnowledgeBase:
    """The packaged KB plus $KRONIKA_KB, loaded once per value of $KRONIKA_KB."""
    return _cached(os.environ.get(ENV_VAR, ""))
