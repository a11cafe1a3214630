"""Base forms of whole names: Rosji → Rosja, Departamentu Obrony → Departament Obrony,
Alaksandra Łukaszenki → Alaksandr Łukaszenka.

Word by word, in this order of trust:

1. the whole mention as seen in training (surface + type → most frequent gold lemma);
2. the word as seen in training in the same role (single word, first word, later word) and type;
3. Morfeusz 2 (SGJP) for words it knows: the word is put in the nominative keeping its number and
   gender (Europejczyków → Europejczycy, Niemczech → Niemcy), but only where Polish grammar inflects
   it in a name: every word of a person's name; otherwise the leading adjectives, the head noun and
   the adjectives agreeing with it — a genitive complement stays (Departamentu Obrony);
4. suffix-rewrite rules learned from the training pairs (longest matching suffix, per role and
   type) for words the dictionary does not know (Łukaszenki → Łukaszenka, Streamem → Stream).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterable, Sequence

import regex as re

from kronika.analyse.lexicon import analyse_word, bare_lemma, morfeusz

NOMINAL = ("subst", "depr", "adj", "ppas", "pact")
APOSTROPHE = re.compile(r"^(.+?)['’`](?:a|owi|em|ego|emu|m|s|u|ie|y|ow|ów|om|ami|ach)$")
MAX_SUFFIX = 5


VOWELS = set("aeiouyąęó")


def _suffix_keys(low: str) -> list[str]:
    """Suffixes of a word, longest first, and before the one-letter suffix a key of the last letter
    with the class of the one before it (~Cu: consonant + u, as in Greifswaldu; ~Vu: Trudeau)."""
    keys = [low[-k:] for k in range(min(MAX_SUFFIX, len(low) - 1), 1, -1)]
    if len(low) >= 2:
        keys.append("~" + ("V" if low[-2] in VOWELS else "C") + low[-1])
    if len(low) >= 2:
        keys.append(low[-1:])
    return keys


def _role(i: int, n: int) -> str:
    return "single" if n == 1 else "first" if i == 0 else "later"


def match_case(form: str, like: str) -> str:
    if not form:
        return form
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def suffix_rule(word: str, lemma: str) -> tuple[int, str]:
    """(characters to strip, text to add) that turn `word` into `lemma`."""
    k = 0
    while k < min(len(word), len(lemma)) and word[k] == lemma[k]:
        k += 1
    return len(word) - k, lemma[k:]


def apply_rule(word: str, rule: tuple[int, str]) -> str:
    strip, add = rule
    return (word[: len(word) - strip] if strip else word) + add


@lru_cache(maxsize=100_000)
def _forms(lemma: str) -> tuple[tuple[str, str], ...]:
    try:
        return tuple((form, tag) for form, _, tag, _, _ in morfeusz().generate(lemma))
    except Exception:  # noqa: BLE001 - an odd lemma must not stop the pipeline
        return ()


def _parse(tag: str) -> tuple[str, set[str], set[str], set[str]] | None:
    parts = tag.split(":")
    if parts[0] not in NOMINAL or len(parts) < 4:
        return None
    return parts[0], set(parts[1].split(".")), set(parts[2].split(".")), set(parts[3].split("."))


@lru_cache(maxsize=200_000)
def nominal_analyses(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    out = []
    if not word.isalnum():
        return ()  # Morfeusz would analyse only the first segment of BASF-Wintershall
    for lemma, tag, classes in analyse_word(word):
        if _parse(tag):
            out.append((lemma, tag, classes))
    return tuple(out)


@lru_cache(maxsize=200_000)
def nominative(lemma: str, tag: str, genders: frozenset[str] | None = None,
               numbers: frozenset[str] | None = None) -> str | None:
    """The form of `lemma` in the nominative with the number and gender of `tag` (or those given,
    for an adjective agreeing with its head noun)."""
    parsed = _parse(tag)
    if parsed is None:
        return None
    pos, own_numbers, _, own_genders = parsed
    numbers = set(numbers or own_numbers)
    genders = set(genders or own_genders)
    bare = bare_lemma(lemma)
    if pos == "subst" and "sg" in numbers:
        return bare
    want_pos = "subst" if pos == "depr" else pos
    for form, ftag in _forms(lemma):
        fp = _parse(ftag)
        if fp is None or fp[0] != want_pos or "nom" not in fp[2] or not (numbers & fp[1]):
            continue
        if want_pos != "subst" and not (genders & fp[3]):
            continue
        if want_pos == "adj" and ftag.split(":")[-1] != tag.split(":")[-1]:
            continue
        if want_pos == "subst" and not (own_genders & fp[3]):
            continue
        return form
    return bare if pos in ("subst", "depr") else None


TYPE_CLASSES = {
    "PER": {"imię", "nazwisko", "pseudonim"},
    "LOC": {"nazwa_geograficzna", "człon_nazwy_geograficznej"},
    "ORG": {"nazwa_organizacji", "człon_nazwy_organizacji", "nazwa_instytucji"},
    "PRO": {"nazwa_marki", "nazwa_produktu", "nazwa_obiektu"},
    "EVT": {"nazwa_wydarzenia"},
}


def _rank(analysis, word: str, type_: str, want_subst: bool) -> int:
    lemma, tag, classes = analysis
    pos = tag.split(":", 1)[0]
    r = 0
    if set(classes) & TYPE_CLASSES.get(type_, set()):
        r -= 8
    if word[:1].isupper() and bare_lemma(lemma)[:1].isupper():
        r -= 4
    if want_subst and pos == "subst":
        r -= 2
    if pos == "depr":
        r += 1
    return r


class Lemmatizer:
    def __init__(self) -> None:
        self.whole: dict[str, Counter] = defaultdict(Counter)          # type \t surface → lemma
        self.words: dict[str, Counter] = defaultdict(Counter)          # type \t role \t word → lemma word
        self.rules: dict[str, Counter] = defaultdict(Counter)          # role \t known \t suffix → rule
        self.capitalise: dict[str, float] = {}                          # type → share of lemmas capitalised
        self.renames: dict[str, Counter] = defaultdict(Counter)        # SGJP proper lemma → gold word
        self.use_morph = True
        self.use_memory = True
        self.known_names: dict[str, frozenset[str]] = {}               # type → KB names (base forms)
        self.known_words: frozenset[str] = frozenset()                  # the words of those names

    def use_names(self, names_by_type: dict[str, Iterable[str]]) -> None:
        """Base forms known from the knowledge base: a mention spelled like one is already in its
        base form, and a word of one is not cut by a suffix rule (Łukaszenka, Cichanouska)."""
        self.known_names = {t: frozenset(names) for t, names in names_by_type.items()}
        self.known_words = frozenset(w for names in self.known_names.values() for n in names for w in n.split())

    # -- training --------------------------------------------------------------------------
    @classmethod
    def train(cls, docs: Iterable[Any]) -> "Lemmatizer":
        lem = cls()
        caps: dict[str, Counter] = defaultdict(Counter)
        for doc in docs:
            for m in doc.mentions:
                lem.whole[f"{m.type}\t{m.surface}"][m.lemma] += 1
                if not m.surface[:1].isupper() and m.surface[:1].isalpha():
                    caps[m.type][m.lemma[:1].isupper()] += 1
                sw, lw = m.surface.split(), m.lemma.split()
                if len(sw) != len(lw):
                    continue
                prev = "^"
                for i, (s, l) in enumerate(zip(sw, lw)):
                    role = _role(i, len(sw))
                    lem.words[f"{m.type}\t{role}\t{s}"][l] += 1
                    rule = suffix_rule(s.lower(), l.lower())
                    low = s.lower()
                    prevs = ("",) if m.type != "PER" else ("", prev)
                    prev = "%d%s" % rule
                    analyses = nominal_analyses(s)
                    if analyses:
                        # the corpus's base form where the dictionary's differs (SGJP Łukaszenko,
                        # SlavicNER Łukaszenka): what our own nominative gives → the gold word
                        a = min(analyses, key=lambda a: _rank(a, s, m.type, True))
                        form = nominative(a[0], a[1])
                        if form and form[:1].isupper():
                            lem.renames[form][l] += 1
                        continue
                    for key_prev in prevs:
                        for suffix in _suffix_keys(low):
                            lem.rules[f"{role}\t{key_prev}\t{suffix}"][rule] += 1
        lem.capitalise = {t: c[True] / max(1, sum(c.values())) for t, c in caps.items()}
        lem._prune()
        return lem

    def _prune(self) -> None:
        # Keep a suffix only when it predicts a rule it could apply; drop the ones seen once.
        self.rules = defaultdict(Counter, {k: Counter(dict(v.most_common(3)))
                                           for k, v in self.rules.items() if sum(v.values()) >= 2})

    def to_json(self) -> dict:
        return {
            "whole": {k: dict(v.most_common(3)) for k, v in self.whole.items()},
            "words": {k: dict(v.most_common(3)) for k, v in self.words.items()},
            "rules": {k: [[r[0], r[1], c] for r, c in v.most_common(3)] for k, v in self.rules.items()},
            "capitalise": self.capitalise,
            "renames": {k: dict(v.most_common(2)) for k, v in self.renames.items()
                        if v.most_common(1)[0][0] != k},
        }

    @classmethod
    def from_json(cls, data: dict) -> "Lemmatizer":
        lem = cls()
        lem.whole = defaultdict(Counter, {k: Counter(v) for k, v in data["whole"].items()})
        lem.words = defaultdict(Counter, {k: Counter(v) for k, v in data["words"].items()})
        lem.rules = defaultdict(Counter, {k: Counter({(s, a): c for s, a, c in v}) for k, v in data["rules"].items()})
        lem.capitalise = data.get("capitalise", {})
        lem.renames = defaultdict(Counter, {k: Counter(v) for k, v in data.get("renames", {}).items()})
        return lem

    # -- inference -------------------------------------------------------------------------
    def lemma(self, tokens: Sequence[str] | None, type_: str, surface: str,
              vocab: frozenset[str] | set[str] = frozenset()) -> str:
        """Base form of a mention; `vocab` (the document's words) lets an unknown word's candidate
        base form win when the document uses it (Gazpromu → Gazprom when "Gazprom" occurs)."""
        if surface in self.known_names.get(type_, ()):
            return surface
        if self.use_memory:
            seen = self.whole.get(f"{type_}\t{surface}")
            if seen:
                return seen.most_common(1)[0][0]
        words = surface.split()
        out = self._words(words, type_, vocab)
        result = " ".join(out)
        if result and not result[:1].isupper() and self.capitalise.get(type_, 0) > 0.5:
            result = result[:1].upper() + result[1:]
        return result

    def _rule(self, word: str, role: str, known: str) -> str | None:
        low = word.lower()
        for k in range(min(MAX_SUFFIX, len(low) - 1), 0, -1):
            counter = self.rules.get(f"{role}\t{known}\t{low[-k:]}")
            if counter:
                (rule, c), total = counter.most_common(1)[0], sum(counter.values())
                if total >= 2 and c / total >= 0.5:
                    return match_case(apply_rule(low, rule), word) if rule != (0, "") else word
                return word if c / total < 0.5 else None
        return None

    def _rename(self, lemma: str, form: str | None) -> str | None:
        """The corpus's own base form of a dictionary lemma, when training shows it consistently."""
        counter = self.renames.get(form or "")
        if not counter:
            return None
        best, c = counter.most_common(1)[0]
        if best != form and c >= 2 and c / sum(counter.values()) >= 0.7:
            return best
        return None

    def _memory(self, word: str, role: str, type_: str) -> str | None:
        if not self.use_memory:
            return None
        counter = self.words.get(f"{type_}\t{role}\t{word}")
        if counter:
            return counter.most_common(1)[0][0]
        return None

    def _words(self, words: list[str], type_: str, vocab: frozenset[str] | set[str] = frozenset()) -> list[str]:
        n = len(words)
        out = list(words)
        plan: list[tuple[str, str, frozenset | None, frozenset | None] | None] = [None] * n
        inflect = [True] * n
        if self.use_morph:
            analyses = [nominal_analyses(w) for w in words]
            if type_ == "PER" or n == 1:
                if type_ == "PER":
                    analyses = [_name_readings(w, a) for w, a in zip(words, analyses)]
                for i, a in enumerate(_agreeing_readings(words, analyses, type_)):
                    if a is not None:
                        plan[i] = (a[0], a[1], None, None)
            else:
                plan, inflect = _phrase_plan(words, analyses, type_)
        prev_rule = "^"
        for i, w in enumerate(words):
            role = _role(i, n)
            # Training memory only for words the dictionary leaves open: for the others the phrase
            # plan knows better (Rady Unii Europejskiej: "Europejskiej" stays after a genitive).
            mem = self._memory(w, role, type_) if inflect[i] and (plan[i] is None or type_ == "PER") else None
            if mem is not None and plan[i] is not None and mem not in _nominatives(analyses[i]):
                mem = None  # training saw "Mario" for Maria; SGJP knows Maria only as itself
            if not inflect[i]:
                pass
            elif mem is not None:
                out[i] = mem
            elif APOSTROPHE.match(w):
                out[i] = APOSTROPHE.match(w).group(1)
            elif "-" in w and w.rsplit("-", 1)[1] in ("u", "em", "owi", "ie", "a", "ów", "y", "om"):
                out[i] = w.rsplit("-", 1)[0]
            elif "-" in w and all(p[:1].isupper() for p in w.split("-") if p):
                out[i] = "-".join(self._words([p], type_, vocab)[0] if p else p for p in w.split("-"))
            elif any(c in w for c in "./"):
                pass
            elif _mixed_case(w) or (not analyses_known(w) and w in self.known_words):
                pass  # BelTA, EurActiv; a KB name word unknown to SGJP is a base form already
            elif plan[i] is not None:
                lemma, tag, genders, numbers = plan[i]
                form = nominative(lemma, tag, genders, numbers)
                # a word already in the dictionary's base form is not renamed (Maria stays Maria)
                renamed = self._rename(lemma, form) if self.use_memory and form != w else None
                if renamed:
                    out[i] = renamed
                elif form:
                    out[i] = form if form[:1].isupper() else match_case(form, w)
                if type_ == "PER" and out[i] not in vocab:
                    # the document's own spelling of the name beats the dictionary's (SGJP gives
                    # Łukaszenko for Łukaszenki; a text writing "Łukaszenka" means Łukaszenka)
                    guess = self._rule(w, role, prev_rule, vocab)
                    if guess != w and guess in vocab:
                        out[i] = guess
            else:
                out[i] = self._rule(w, role, prev_rule if type_ == "PER" else "", vocab)
            prev_rule = "%d%s" % suffix_rule(w.lower(), out[i].lower())
        return out

    def _rule(self, word: str, role: str, prev: str, vocab) -> str:
        """Suffix-rewrite for a word the dictionary does not know; identity when nothing applies."""
        low = word.lower()
        if word.isupper() or not word[:1].isalpha() or any(c in word for c in "./_'’"):
            return word  # acronyms, web addresses: no inflection without a hyphen
        scores: Counter = Counter()
        for key_prev in ((prev, "") if prev else ("",)):
            for suffix in _suffix_keys(low):
                counter = self.rules.get(f"{role}\t{key_prev}\t{suffix}")
                if counter:
                    total = sum(counter.values())
                    k = len(suffix.lstrip("~"))
                    for rule, c in counter.items():
                        if rule[0] <= k:
                            scores[rule] += c / total
                    break
            if scores:
                break
        if not scores:
            return word
        best_form, best = word, -1.0
        for rule, score in scores.items():
            form = apply_rule(word, (rule[0], rule[1].upper() if word.isupper() else rule[1]))
            if form != word and (form in vocab or form in self.known_words):
                score += 1.0
            if score > best:
                best_form, best = form, score
        return best_form


def _name_readings(word: str, analyses):
    """For a word of a person's name, a capitalised word read as a common adjective is no reading
    at all (Pieskowa is not the adjective pieskowy): the suffix rules decide instead."""
    if not word[:1].isupper():
        return analyses
    return tuple(a for a in analyses if bare_lemma(a[0])[:1].isupper() or a[1].startswith("subst"))


def _agreeing_readings(words, analyses, type_):
    """One reading per word; in a multi-word name, readings that agree in case, number and gender
    with the other words' win (Wiesława Kukuły → Wiesław Kukuła, both genitive masculine)."""
    best = [min(a, key=lambda x: _rank(x, w, type_, True)) if a else None for w, a in zip(words, analyses)]
    known = [i for i, a in enumerate(analyses) if a]
    if len(known) < 2:
        return best
    out = list(best)
    for i in known:
        others = [analyses[j] for j in known if j != i]
        def score(a, w=words[i], others=others):
            agree = sum(1 for o in others if any(_agrees(a[1], b[1]) for b in o))
            plural = "pl" in a[1].split(":")[1].split(".") and "sg" not in a[1].split(":")[1]
            cases = len(a[1].split(":")[2].split("."))  # an inflected reading beats an indeclinable one
            return (-agree, plural, _rank(a, w, type_, True), cases)
        out[i] = min(analyses[i], key=score)
    return out


def _nominatives(analyses) -> set[str]:
    return {form for a in analyses if (form := nominative(a[0], a[1]))}


def _mixed_case(word: str) -> bool:
    """BelTA, EurActiv, UOKiK: capitals after the first letter, but not all capitals."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 2 and not word.isupper() and any(c.isupper() for c in letters[1:])


def analyses_known(word: str) -> bool:
    return bool(nominal_analyses(word))


def _phrase_plan(words, analyses, type_):
    """Which words of a multi-word name inflect, and to which number and gender.

    Leading adjectives, the head noun (first noun, or first word the dictionary lacks) and the
    adjectives right after it that agree with it inflect; from the first other word on, nothing
    does (Departamentu Obrony → Departament Obrony; Morza Bałtyckiego → Morze Bałtyckie)."""
    n = len(words)
    plan = [None] * n
    inflect = [False] * n
    head = None
    for i in range(n):
        if not analyses[i]:
            head = i
            break
        if any(t.startswith("subst") for _, t, _ in analyses[i]) and not _modifies_next(i, words, analyses):
            head = i
            break
    if head is None:
        return plan, [True] * n
    leading = [i for i in range(head) if any(t.startswith(("adj", "ppas", "pact")) for _, t, _ in analyses[i])]
    if len(leading) != head:  # something else before the head: leave the name alone
        return plan, inflect
    head_options = [a for a in analyses[head] if a[1].startswith("subst")]
    if not head_options:  # unknown head word: inflect it by rule, adjectives before it by themselves
        while (head + 1 < n and not analyses[head + 1] and words[head + 1][:1].isupper()
               and words[head + 1].isalpha()):
            head += 1  # a foreign name inflects on its last word: Nord Streamu → Nord Stream
        for i in range(head):
            if not analyses[i]:
                continue
            a = min(analyses[i], key=lambda a: _rank(a, words[i], type_, False))
            plan[i] = (a[0], a[1], None, None)
            inflect[i] = True
        inflect[head] = True
        return plan, inflect

    def agreeing(i, h):
        return [a for a in analyses[i] if a[1].startswith(("adj", "ppas", "pact")) and _agrees(a[1], h[1])]

    def score(h):
        s = _rank(h, words[head], type_, True)
        s -= 3 * sum(1 for i in range(head) if agreeing(i, h))
        for i in range(head + 1, n):
            if not agreeing(i, h):
                break
            s -= 3
        return s

    h = min(head_options, key=score)
    hp = _parse(h[1])
    numbers, genders = frozenset(hp[1]), frozenset(hp[3])
    plan[head] = (h[0], h[1], None, None)
    inflect[head] = True
    for i in range(head):
        options = agreeing(i, h) or list(analyses[i])
        a = options[0]
        plan[i] = (a[0], a[1], genders, numbers)
        inflect[i] = True
    for i in range(head + 1, n):
        options = agreeing(i, h)
        if not options:
            break
        plan[i] = (options[0][0], options[0][1], genders, numbers)
        inflect[i] = True
    return plan, inflect


def _modifies_next(i, words, analyses) -> bool:
    """Polskiego Instytutu: an adjective reading agreeing with a noun right after it makes the word
    a modifier, even where SGJP also has it as a surname."""
    if i + 1 >= len(words) or not analyses[i + 1]:
        return False
    adjectives = [t for _, t, _ in analyses[i] if t.startswith(("adj", "ppas", "pact"))]
    nouns = [t for _, t, _ in analyses[i + 1] if t.startswith("subst")]
    return any(_agrees(a, h) for a in adjectives for h in nouns)


def _agrees(tag: str, head: str) -> bool:
    a, h = _parse(tag), _parse(head)
    if not a or not h:
        return False
    return bool(a[1] & h[1]) and bool(a[2] & h[2]) and bool(a[3] & h[3])
