"""Indirect speech and opinion: "X powiedział, że …", "zdaniem X …", "według X …", "mówi się, że …".

The content is what was said: the że-clause up to the sentence's end, or the rest of the sentence
after "zdaniem X,". The cue word is kept; the stretch that names the speaker is handed on to
:mod:`kronika.quotes.speakers`.
"""

from __future__ import annotations

import regex as re

from kronika.quotes.cues import Cues
from kronika.quotes.direct import OWN_PERSON, SENTENCE_END, VERB_TAGS, is_dash, is_speech_verb
from kronika.quotes.found import Found
from kronika.quotes.view import DocView, Tok, trim

WORD_RE = re.compile(r"\w+")
COMPLEMENTISERS = {"że", "iż", "jakoby"}
# "tak, że", "to, że", "mimo że": że after these is not the object of a speech verb.
NOT_AFTER = {"tak", "to", "tym", "tego", "mimo", "pomimo", "dlatego", "tyle", "chyba", "zanim", "tylko",
             "tak_że", "przy", "poza"}
LOOK_BACK = 14
HEARSAY = {"spekulacja", "pogłoska", "plotka", "doniesienie", "głos", "sugestia", "insynuacja"}
# "z komunikatów wynika" is a source of facts (sources.py); a signed document speaks for its signatory
DOCUMENTS = {"dokument", "dekret", "ustawa", "doktryna", "umowa", "porozumienie", "deklaracja", "strategia", "list"}
REPORTING = {"informować", "poinformować", "podawać", "podać", "relacjonować", "donosić", "pisać", "napisać"}
SUBORDINATORS = {"gdzie", "choć", "chociaż", "bo", "ponieważ", "gdy", "kiedy", "który", "która", "które",
                 "którzy", "a", "ale", "lecz", "jednak", "jeśli", "jeżeli", "aby", "żeby"}
POSSESSIVES = {"jego", "jej", "ich"}
CONTENT_TRIM = " \t\n–—-,:;.!?"


def _finite(tok: Tok) -> bool:
    return tok.tag.split(":")[0] in ("fin", "praet", "impt", "bedzie", "imps")


def _clause_end(view: DocView, start: int, cue: Tok | None = None) -> int:
    """End of the reported content that starts at `start`: its sentence's end, or an earlier
    "– powiedział X" that closes it, or the speaker's next verb ("zaprzeczyła, jakoby Moskwa
    szantażowała Kiszyniów, i zarzuciła…": the content ends before ", i zarzuciła")."""
    sent_end = view.sentence_of(start)[1]
    para_end = view.paragraph_of(start)[1]
    end = min(sent_end, para_end) if sent_end > start else para_end
    if cue is not None and cue.tag.startswith("praet"):
        return _next_predicate(view, start, end, cue) or end
    return end


def _agreement(tok: Tok) -> tuple[str, ...]:
    return tuple(p for p in tok.tag.split(":")[1:3])


def _next_predicate(view: DocView, start: int, end: int, cue: Tok) -> int | None:
    """Where ", i" / ", a" brings in a second verb of the speaker's: a past verb in the speaker's
    number and gender, after the content has had a verb of its own."""
    tokens = view.tokens_in(start, end)
    had_verb = False
    for k, tok in enumerate(tokens[:-2]):
        if _finite(tok):
            had_verb = True
        nxt, verb = tokens[k + 1], tokens[k + 2]
        if had_verb and tok.text == "," and nxt.text.lower() in ("i", "a") and verb.tag.startswith("praet") \
                and _agreement(verb) == _agreement(cue) and verb.low != "być":
            return tok.start
    return None


def _phrase_at(view: DocView, k: int, phrases) -> int:
    """Length of the cue phrase ("zwraca uwagę", "nie wyklucza") that starts at token `k`, or 0."""
    for phrase in phrases:
        window = view.tokens[k:k + len(phrase)]
        if len(window) == len(phrase) and all(_word_matches(t, w) for t, w in zip(window, phrase)):
            return len(phrase)
    return 0


def _word_matches(tok: Tok, word: str) -> bool:
    return tok.low == word or tok.text.lower() == word


def that_clauses(view: DocView, cues: Cues) -> list[Found]:
    found = []
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.text.lower() not in COMPLEMENTISERS:
            continue
        prev = k - 1
        if prev >= 0 and tokens[prev].text == ",":
            prev -= 1
        if prev >= 0 and tokens[prev].text.lower() in NOT_AFTER:
            continue
        sent_start = max(view.sentence_of(tok.start)[0], view.paragraph_of(tok.start)[0])
        cue = _cue_before(view, k, sent_start, cues)
        if cue is None:
            cue = _hearsay_before(view, k, sent_start) or _document_before(view, k, sent_start, cues)
        if cue is None:
            continue
        cue_index, cue_length, impersonal = cue
        start, end = trim(view.text, tok.end, _clause_end(view, tok.end, tokens[cue_index]), CONTENT_TRIM)
        if end - start < 3:
            continue
        cue_text = view.text[tokens[cue_index].start:tokens[cue_index + cue_length - 1].end]
        quote = Found(start, end, "indirect", "that", cue=cue_text,
                      speaker_zone=(sent_start, tokens[cue_index + cue_length - 1].end if impersonal
                                    else tokens[k].start))
        if impersonal:
            quote.impersonal = cue_text
        found.append(quote)
    return found


def _hearsay_before(view: DocView, k: int, sent_start: int) -> tuple[int, int, bool] | None:
    """"pojawiły się spekulacje, jakoby…", "krążą pogłoski, że…": nobody in particular says it."""
    j = k - 1 if k > 0 and view.tokens[k - 1].text == "," else k
    if j > 0 and view.tokens[j - 1].start >= sent_start and view.tokens[j - 1].low in HEARSAY:
        return j - 1, 1, True
    return None


def _document_before(view: DocView, k: int, sent_start: int, cues: Cues) -> tuple[int, int, bool] | None:
    """"Z dokumentu wynika, że…": the document says it, that is whoever issued it (the speaker left out)."""
    words = [t for t in view.tokens_in(sent_start, view.tokens[k].start) if t.text != ","]
    lows = [t.low for t in words]
    for i in range(len(words) - 2):
        if lows[i] in ("z", "ze") and lows[i + 1] in DOCUMENTS and lows[i + 2] == "wynikać":
            return view.tokens.index(words[i + 2]), 1, False
    return None


def _own_voice(tok: Tok) -> bool:
    """A speech verb in the first or second person, or an infinitive."""
    tags = tok.tag.split(":")
    return "pri" in tags or "sec" in tags or tags[0] == "inf" or bool(OWN_PERSON.search(tok.text))


def _cue_before(view: DocView, k: int, sent_start: int, cues: Cues) -> tuple[int, int, bool] | None:
    """The speech cue that governs the że at token `k`: (its first token, its length, impersonal?)."""
    tokens = view.tokens
    for j in range(k - 1, max(-1, k - LOOK_BACK), -1):
        tok = tokens[j]
        if tok.start < sent_start or tok.text in SENTENCE_END or is_dash(tok) and j < k - 1:
            return None
        for phrase in cues.impersonal:
            length = len(phrase)
            if j - length + 1 >= 0 and _phrase_at(view, j - length + 1, [phrase]):
                return j - length + 1, length, True
        for phrase in cues.phrases:
            start = j - len(phrase) + 1
            if start >= 0 and _phrase_at(view, start, [phrase]):
                return start, len(phrase), False
        if is_speech_verb(tok, cues):
            if tok.tag.startswith("imps"):
                return j, 1, True  # "poinformowano, że": nobody named
            if _own_voice(tok):
                return None  # "Uważam, że…", "Regulacja ma wskazać, że…": not somebody's reported words
            return j, 1, False
        if _finite(tok) and j < k - 1:
            return None  # another verb stands between: the że belongs to it
    return None


def opinion_phrases(view: DocView, cues: Cues) -> list[Found]:
    """"zdaniem X, …", "według X …", "w ocenie X …": the rest of the sentence is X's view."""
    found = []
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        length = _phrase_at(view, k, cues.prepositions)
        if not length:
            continue
        np_start = k + length
        possessive = k > 0 and tokens[k - 1].text.lower() in POSSESSIVES
        np_end = np_start if possessive else _genitive_phrase_end(view, np_start, cues)
        if not possessive and (np_end == np_start or _not_a_speaker(tokens[np_start:np_end], cues)):
            continue
        sent_start, sent_end = view.sentence_of(tok.start)
        sent_end = min(sent_end, view.paragraph_of(tok.start)[1])
        content_from = tokens[np_end - 1].end
        para_start = view.paragraph_of(tok.start)[0]
        before = view.tokens_in(max(sent_start, para_start), tok.start)
        rest = view.text[content_from:sent_end]
        if not WORD_RE.search(rest):
            content_from = sent_end  # "…, w ocenie niezależnych ekspertów.": the view comes first (below)
        elif len([t for t in before if WORD_RE.match(t.text)]) >= 2 and not _clause_opens_before(before):
            content_from = max(sent_start, para_start)  # "Królestwo, w ocenie politologa, nie jest…": the whole sentence
        start, end = trim(view.text, content_from, sent_end, CONTENT_TRIM)
        if end - start < 3:  # "…, zdaniem eksperta.": the view comes first
            start, end = trim(view.text, max(sent_start, view.paragraph_of(tok.start)[0]), tok.start,
                              CONTENT_TRIM)
        if end - start < 3:
            continue
        cue = view.text[tok.start:tokens[k + length - 1].end]
        if possessive:  # "Jego zdaniem …": the person just spoken of
            found.append(Found(start, end, "indirect", "opinion", cue=cue, follows_previous=True))
            continue
        found.append(Found(start, end, "indirect", "opinion", cue=cue,
                           speaker_zone=(tokens[np_start].start, tokens[np_end - 1].end), case="gen"))
    return found


def _clause_opens_before(before: list[Tok]) -> bool:
    """"gdzie według świadków…", "choć zdaniem prawników…", "…, że według AP…": the opinion covers
    only the clause it opens, not the whole sentence."""
    if before and (before[-1].tag.startswith(("comp", "conj")) or before[-1].low in SUBORDINATORS):
        return True
    return any(t.text.lower() in COMPLEMENTISERS for t in before)


def _genitive_phrase_end(view: DocView, k: int, cues: Cues) -> int:
    """Token index after the noun phrase that follows "zdaniem"/"według" (its genitive words,
    names and their complements: "analityka OSW ds. Białorusi", "agencji Reutera")."""
    tokens = view.tokens
    end = k
    limit = min(len(tokens), k + 8)
    mention_ends = {m["start"]: m["end"] for m in view.mentions}
    base_forms = {m["start"] for m in view.mentions if m["type"] == "PER" and m.get("lemma") == m["text"]}
    org_starts = {m["start"] for m in view.mentions if m["type"] in ("ORG", "PRO")}
    person_ends = {m["end"] for m in view.mentions if m["type"] == "PER"}
    # a name not in its base form is not the clause's subject, whatever case the tagger guessed
    inflected = {m["start"] for m in view.mentions if m["type"] == "PER" and m.get("lemma")
                 and m["lemma"] != m["text"]}
    after_person = False
    j = k
    while j < limit:
        tok = tokens[j]
        if tok.start in base_forms and j > k:
            break  # "w ocenie komentatorów Władimir Putin poleciał": a name in its base form starts the clause
        if tok.start in mention_ends and (j == k or tok.start in inflected
                                          or _genitive(view, tok.start, mention_ends[tok.start])):
            stop = mention_ends[tok.start]  # a whole name, in the genitive unless it comes first
            while j < len(tokens) and tokens[j].start < stop:
                j += 1
            end = j
            after_person = stop in person_ends
            continue
        if tok.text in (",", ":", ";") or tok.text in SENTENCE_END or is_dash(tok):
            break
        if after_person and tok.text[:1].islower() and tok.low not in ("z", "ze", "ds."):
            break  # "Według Dmitrija Pieskowa | rozmowy…": a name closes the phrase
        if tok.low in ("z", "ze") and end > k and j + 1 < len(tokens) and tokens[j + 1].start in org_starts:
            stop = mention_ends[tokens[j + 1].start]  # "Kamila Kłysińskiego z OSW": where the speaker works
            while j < len(tokens) and tokens[j].start < stop:
                j += 1
            end = j
            continue
        head = tok.tag.split(":")[0]
        if head in ("subst", "adj", "depr", "ign", "brev", "ppas", "pact") or tok.text in ("ds.", "m.in."):
            if head in ("subst", "adj", "ppas", "pact") and ":gen" not in tok.tag and (j > k or ":nom" not in tok.tag):
                break  # "Według Dmitrija Pieskowa | rozmowy…": the clause's subject begins
            j += 1
            end = j
            continue
        break
    return end


def _genitive(view: DocView, start: int, end: int) -> bool:
    tokens = view.tokens_in(start, end)
    tags = [t.tag for t in tokens]
    if all(t.text.isupper() for t in tokens):
        return True  # an acronym does not decline: its case is the tagger's guess ("szefa MON")
    return any(":gen" in tag for tag in tags) or all(tag.startswith(("ign", "brev")) for tag in tags)


def _not_a_speaker(words: list[Tok], cues: Cues) -> bool:
    """"według planu", "według obecnego harmonogramu": a rule or a record, not somebody's opinion."""
    nouns = [t for t in words if t.tag.startswith(("subst", "ign", "brev"))] or words
    return bool(nouns) and (nouns[0].low in cues.not_speakers or nouns[0].text.lower() in cues.not_speakers)


def headline_statements(view: DocView, cues: Cues) -> list[Found]:
    """A headline "Tusk o Brexicie: Nie jest za późno" or "Kuź: To będzie rok przesileń" gives the
    named speaker's words in the newsroom's paraphrase (indirect); quoted ones are direct elsewhere."""
    if len(view.paragraphs) < 2:
        return []  # a lone paragraph is a text, not a headline over one
    para_start, para_end = view.paragraphs[0]
    line = view.text[para_start:para_end]
    colon = line.find(":")
    if colon < 0 or len(line) > 200 or line.rstrip()[-1:] in (":", "."):
        return []
    colon += para_start
    head = [t for t in view.tokens_in(para_start, colon) if WORD_RE.match(t.text)]
    named = [m for m in view.mentions_in(para_start, colon) if m["type"] in ("PER", "ORG")]
    if not named or len(head) > 5 or named[0]["start"] != head[0].start:
        return []
    start, end = trim(view.text, colon + 1, para_end, CONTENT_TRIM + "„”\"«»")
    if len(WORD_RE.findall(view.text[start:end])) < 2 or _quoted_whole(view.text, colon + 1, para_end):
        return []
    return [Found(start, end, "indirect", "headline", speaker_zone=(para_start, colon))]


def _quoted_whole(text: str, start: int, end: int) -> bool:
    body = text[start:end].strip().rstrip(".!?")
    return body[:1] in "„\"«“–-—" and (body[:1] in "–-—" or body[-1:] in "”\"»“")


def as_said_asides(view: DocView, cues: Cues) -> list[Found]:
    """"Jak dodał, dużo zależy od…", "Polska uważa – jak mówił – że…", "Ale – ostrzega Carney – cena
    będzie…": an aside naming the speech verb makes the rest of the sentence reported speech."""
    found = []
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        opener = tok.text.lower() == "jak" or is_dash(tok) and k > 0 and tokens[k - 1].text not in SENTENCE_END
        if not opener or k + 1 >= len(tokens) or not is_speech_verb(tokens[k + 1], cues):
            continue
        verb = tokens[k + 1]
        if ":pri" in verb.tag or ":sec" in verb.tag or verb.low in cues.needs_clause or verb.low in REPORTING:
            continue  # "jak informuje Komisja Europejska": a source of facts (sources.py), not speech
        sent_start, sent_end = view.sentence_of(tok.start)
        para_start, para_end = view.paragraph_of(tok.start)
        sent_start, sent_end = max(sent_start, para_start), min(sent_end, para_end)
        closer = _aside_end(view, k + 2, sent_end, dash=is_dash(tok))
        if closer is None:
            continue
        at_start = not [t for t in view.tokens_in(sent_start, tok.start) if WORD_RE.match(t.text)]
        content_from = tokens[closer].end if at_start else sent_start
        start, end = trim(view.text, content_from, sent_end, CONTENT_TRIM)
        if len(WORD_RE.findall(view.text[start:end])) < 3:
            continue
        zone = (verb.end, tokens[closer].start)
        named = view.mentions_in(*zone)
        found.append(Found(start, end, "indirect", "aside", cue=verb.text, speaker_zone=zone if named else None,
                           follows_previous=not named))
    return found


def _aside_end(view: DocView, k: int, sent_end: int, dash: bool) -> int | None:
    """Index of the comma or dash that closes an aside starting at token `k` (at most 5 words on)."""
    for j in range(k, min(len(view.tokens), k + 6)):
        tok = view.tokens[j]
        if tok.start >= sent_end:
            return None
        if is_dash(tok) or (tok.text == "," and not dash):
            return j
        if tok.text in SENTENCE_END or tok.text.lower() in COMPLEMENTISERS:
            return None
    return None
