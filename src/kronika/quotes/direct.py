"""Direct quotations: dash paragraphs ("– … – powiedział X", "X: – …") and text in quote marks.

Polish news marks the speaker's own words in two ways. A dash opens the quotation at the start
of a paragraph or sentence and a second dash followed by a speech verb closes it; a dash inside
the quotation that is not followed by a speech verb is an aside and does not end it. Quote marks
(„…”, "…", «…») hold whole quotations, quoted phrases and headline quotes, but also titles and
names, which are told apart by the word before the marks and by the shape of the content.
"""

from __future__ import annotations

import regex as re

from kronika.quotes.cues import Cues
from kronika.quotes.found import Found
from kronika.quotes.view import DocView, Tok, trim

DASHES = {"-", "–", "—"}
SENTENCE_END = {".", "!", "?", "…", "?!", "!?", "..."}
VERB_TAGS = ("fin", "praet", "impt", "inf", "pcon", "pant", "imps", "bedzie", "winien", "pred")
# "„" closes with "”" or, in texts typed on a keyboard, with '"' („Rz", „ma kluczowe znaczenie")
CLOSERS = {"„": '”“"', "“": "”“", '"': '"', "«": "»", "»": "«"}
WORD = re.compile(r"\w+")
OWN_PERSON = re.compile(r"(bym|byś|byśmy|łem|łam|liśmy|łyśmy|łeś|łaś)$")
TO_US = {"słyszymy", "usłyszeliśmy", "słyszę"}
FIRST_PERSON = {"ja", "my", "mój", "nasz", "mnie", "nas", "nam", "mi"}


def is_speech_verb(tok: Tok, cues: Cues) -> bool:
    return tok.low in cues.verbs and tok.tag.split(":")[0] in VERB_TAGS


def is_dash(tok: Tok) -> bool:
    return tok.text in DASHES


def attribution_after(view: DocView, k: int, cues: Cues) -> int | None:
    """If the dash at token `k` introduces an attribution ("– powiedział X", "– jak mówi X",
    "– Kłysiński dodaje", "– słyszymy"), the index of its speech verb. A verb in the first or
    second person ("– Nie nazwałbym…") or negated opens the speaker's words instead."""
    tokens = view.tokens
    para_end = view.paragraph_of(tokens[k].start)[1]
    j = k + 1
    if j < len(tokens) and tokens[j].text.lower() == "jak":
        j += 1
    mention = next((m for m in view.mentions if j < len(tokens) and m["start"] == tokens[j].start
                    and m["type"] in ("PER", "ORG")), None)
    if mention is not None:
        while j < len(tokens) and tokens[j].start < mention["end"]:
            j += 1
    if j >= len(tokens) or tokens[j].start >= para_end:
        return None
    tok = tokens[j]
    asked = tok.low in ("pytać", "zapytać") and k > 0 and tokens[k - 1].text.endswith("?")
    if not is_speech_verb(tok, cues) or tok.low in cues.needs_clause and not asked:
        return None
    if j + 1 < len(tokens) and tokens[j + 1].text.lower() == "się" and not (
            j + 2 < len(tokens) and any(m["start"] == tokens[j + 2].start and m["type"] in ("PER", "ORG")
                                        for m in view.mentions)):
        # "– mówi się o tym w Mińsku –": an impersonal aside; "– skarży się Andrzej Łapiński" names who
        return None
    if (":pri" in tok.tag or ":sec" in tok.tag or OWN_PERSON.search(tok.text)) and tok.text.lower() not in TO_US:
        return None
    return j


def sentence_end_after(view: DocView, j: int) -> int:
    """Offset where the sentence holding token `j` ends (its final stop included), within its paragraph."""
    para_end = view.paragraph_of(view.tokens[j].start)[1]
    end = view.tokens[j].end
    for tok in view.tokens[j + 1:]:
        if tok.start >= para_end:
            break
        end = tok.end
        if tok.text in SENTENCE_END:
            break
        if is_dash(tok) and tok is not view.tokens[j + 1]:
            break  # "– dodał. – Dalsze słowa": a new quotation starts
    return end


def _opens(view: DocView, k: int) -> bool:
    """A dash that opens a quotation: first in its paragraph, after a sentence's end, or after a colon."""
    tok = view.tokens[k]
    para_start = view.paragraph_of(tok.start)[0]
    if k == 0 or view.tokens[k - 1].end <= para_start:
        return True
    return view.tokens[k - 1].text in SENTENCE_END or view.tokens[k - 1].text == ":"


def dash_quotes(view: DocView, cues: Cues) -> list[Found]:
    found: list[Found] = []
    tokens = view.tokens
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if not (is_dash(tok) and _opens(view, k) and attribution_after(view, k, cues) is None):
            k += 1
            continue
        para_start, para_end = view.paragraph_of(tok.start)
        colon = k > 0 and tokens[k - 1].text == ":" and tokens[k - 1].end > para_start
        j = k + 1
        close = None
        stop = para_end
        inline = tok.start > para_start and not colon
        while j < len(tokens) and tokens[j].start < para_end:
            if is_dash(tokens[j]) and (verb := attribution_after(view, j, cues)) is not None:
                close = (j, verb)
                break
            if inline and tokens[j - 1].text in SENTENCE_END and _narrative_resumes(view, j, cues):
                stop = tokens[j].start
                break
            j += 1
        if close is None:
            start, end = trim(view.text, tok.end, stop)
            quote = Found(start, end, "direct", "dash", follows_previous=True)
            if colon:
                sent_start = view.sentence_of(tokens[k - 1].start)[0]
                quote.speaker_zone = (max(sent_start, para_start), tokens[k - 1].start)
                quote.follows_previous = False
                quote.cue = _cue_in(view, quote.speaker_zone, cues)
            k = j
        else:
            dash, verb = close
            start, end = trim(view.text, tok.end, tokens[dash].start)
            zone_end = sentence_end_after(view, verb)
            quote = Found(start, end, "direct", "dash", cue=tokens[verb].text,
                          speaker_zone=(tokens[dash].end, zone_end))
            k = view.token_at(zone_end)
        if WORD.search(view.text[quote.start:quote.end]):
            found.append(quote)
    return found


def _narrative_resumes(view: DocView, k: int, cues: Cues) -> bool:
    """The sentence at token `k` reports somebody's speech in the third person ("Aleksander Nowak
    przekonywał, że…"): a quotation opened by a dash inside a paragraph has ended before it."""
    sent_end = view.sentence_of(view.tokens[k].start)[1]
    words = view.tokens_in(view.tokens[k].start, sent_end)
    opening = {t.start for t in words[:2]}  # "Aleksander Nowak przekonywał", "Tymczasem Manisha Singh…"
    named = [m for m in view.mentions_in(view.tokens[k].start, sent_end)
             if m["type"] in ("PER", "ORG") and m["start"] in opening]
    for i, tok in enumerate(words[:-2]):
        if is_speech_verb(tok, cues) and (":ter" in tok.tag + ":" or tok.tag.startswith("praet")):
            if OWN_PERSON.search(tok.text):
                return False
            if words[i + 1].text == "," and words[i + 2].low in ("że", "iż") and any(m["end"] <= tok.start for m in named):
                return True
    return False


def closing_dash_summaries(view: DocView, cues: Cues, taken: list[Found]) -> list[Found]:
    """Sentences without an opening dash that end "– poinformował X": the speaker's words when in
    the first person (direct), a summary in the third person otherwise (indirect)."""
    found = []
    for k, tok in enumerate(view.tokens):
        if not is_dash(tok) or k == 0 or view.tokens[k - 1].text in SENTENCE_END | {":"}:
            continue
        verb = attribution_after(view, k, cues)
        if verb is None or any(q.start <= tok.start <= q.end + 2 for q in taken):
            continue
        sent_start = max(view.sentence_of(view.tokens[k - 1].start)[0], view.paragraph_of(tok.start)[0])
        start, end = trim(view.text, sent_start, tok.start, " \t\n–—-,:;„”\"«»")
        if len(WORD.findall(view.text[start:end])) < 3:
            continue
        words = view.tokens_in(start, end)
        first_person = any(":pri" in t.tag or t.low in FIRST_PERSON for t in words)
        found.append(Found(start, end, "direct" if first_person else "indirect", "dash-summary",
                           cue=view.tokens[verb].text,
                           speaker_zone=(tok.end, sentence_end_after(view, verb))))
    return found


def _cue_in(view: DocView, zone: tuple[int, int], cues: Cues) -> str | None:
    verbs = [t for t in view.tokens_in(*zone) if is_speech_verb(t, cues)]
    return verbs[-1].text if verbs else None


def _marked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open mark, close mark) offsets of quote-mark pairs inside [start, end)."""
    pairs = []
    i = start
    while i < end:
        ch = text[i]
        closers = CLOSERS.get(ch)
        if closers is None:
            i += 1
            continue
        j = i + 1
        while j < end and text[j] not in closers:
            j += 1
        if j >= end:
            i += 1
            continue
        pairs.append((i, j))
        i = j + 1
    return pairs


def _looks_like_title(view: DocView, start: int, end: int, cues: Cues) -> bool:
    content = view.text[start:end]
    words = WORD.findall(content)
    before = [t for t in view.tokens_in(max(0, start - 40), start - 1)][-2:]
    if any(t.low in cues.title_nouns for t in before):
        return True
    if content.rstrip()[-1:] in ".!?…,":
        return False
    long_words = [w for w in words if len(w) > 3 and not w.isdigit()]
    if len(words) <= 6 and long_words and all(w[0].isupper() for w in long_words):
        return True  # "Prawo i Sprawiedliwość", "Zapad 2021": a name in quote marks
    covered = sum(m["end"] - m["start"] for m in view.mentions_in(start, end))
    return covered >= 0.8 * len(content.strip())


def marked_quotes(view: DocView, cues: Cues, dash: list[Found]) -> list[Found]:
    found = []
    for para_start, para_end in view.paragraphs:
        for open_at, close_at in _marked_spans(view.text, para_start, para_end):
            start, end = trim(view.text, open_at + 1, close_at, " \t\n")
            if len(WORD.findall(view.text[start:end])) < 2:
                continue
            if any(q.start <= start and end <= q.end for q in dash) and not _introduced(view, open_at, cues):
                continue  # a quotation quoted inside the speaker's words is part of them
            if _looks_like_title(view, start, end, cues):
                continue
            quote = _attribute_marked(view, cues, open_at, close_at, para_start, para_end)
            quote.start, quote.end = start, end
            words = len(WORD.findall(view.text[start:end]))
            if quote.speaker_zone is None and not quote.follows_previous and words < 4:
                quote.extra["phrase"] = True  # kept only inside reported speech (the component decides)
            found.append(quote)
    return found


def _introduced(view: DocView, open_at: int, cues: Cues) -> bool:
    """„…” right after "X nie powiedział:" inside somebody's words: a quotation of its own."""
    k = view.token_at(open_at)
    return k >= 2 and view.tokens[k - 1].text == ":" and is_speech_verb(view.tokens[k - 2], cues)


def _attribute_marked(view: DocView, cues: Cues, open_at: int, close_at: int,
                      para_start: int, para_end: int) -> Found:
    quote = Found(open_at, close_at, "direct", "marks")
    after = view.token_at(close_at + 1)
    tokens = view.tokens
    if after < len(tokens) and tokens[after].start < para_end:
        nxt = tokens[after]
        if is_dash(nxt) or nxt.text == ",":
            verb = attribution_after(view, after, cues)
            if verb is not None:
                quote.cue = tokens[verb].text
                quote.speaker_zone = (nxt.end, sentence_end_after(view, verb))
                return quote
    sent_start = max(view.sentence_of(open_at)[0], para_start)
    if sent_start == open_at and open_at > para_start:
        previous = view.tokens[max(0, view.token_at(open_at) - 1)]
        sent_start = view.sentence_of(previous.start)[0]  # headline "Łukaszenka dziękuje. „…”"
    zone = (max(sent_start, para_start), open_at)
    before = view.tokens_in(*zone)
    cue = [t for t in before if is_speech_verb(t, cues) or t.low in cues.source_verbs]
    if cue or (before and before[-1].text == ":"):
        quote.cue = cue[-1].text if cue else None
        quote.speaker_zone = zone
    elif before and _is_headline(view, para_start, para_end):
        quote.speaker_zone = zone
    return quote


def _is_headline(view: DocView, start: int, end: int) -> bool:
    line = view.text[start:end].rstrip()
    return len(line) < 200 and line[-1:] not in ".:"
