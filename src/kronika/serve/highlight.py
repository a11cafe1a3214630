"""A document's text as HTML, with its entity mentions, quotations and event evidence marked.

Built on the server from the code-point offsets: the text is cut at every span boundary and each
piece is escaped on its own, so nothing in an article (a `<script>`, an `onerror=`) can become
markup. Spans may overlap (a mention inside a quotation inside an event's sentence), so each
piece carries every span that covers it: a CSS class per quotation, `data-ev`/`data-q` lists that
the page's script lights up when a link jumps to `#ev-N` or `#q-N`, and empty anchors at the
start of each evidence and quotation to jump to.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup, escape

from kronika.document import Document

TYPE_NAMES = {"PER": "osoba", "ORG": "organizacja", "LOC": "miejsce", "PRO": "produkt", "EVT": "wydarzenie"}


def entity_url(key: str) -> str:
    return "/entities/" + quote(key, safe="")


def highlighted_text(document: Document) -> Markup:
    text = document.text
    names = {e.id: e.name for e in document.entities}
    cuts = {0, len(text)}
    for span in (*document.mentions, *document.quotes):
        cuts.update((span.start, span.end))
    for event in document.events:
        cuts.update((event.evidence.start, event.evidence.end, event.trigger.start, event.trigger.end))
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))

    starts: dict[int, list[str]] = {}
    for i, quote_ in enumerate(document.quotes):
        speaker = names.get(quote_.speaker or "", quote_.speaker_text or "nieznany mówca")
        label = Markup('<span class="who">{}</span>').format(speaker)
        starts.setdefault(quote_.start, []).append(Markup('<span id="q-{}" class="anchor"></span>').format(i) + label)
    for i, event in enumerate(document.events):
        starts.setdefault(event.evidence.start, []).append(Markup('<span id="ev-{}" class="anchor"></span>').format(i))

    out: list[str] = []
    for begin, end in zip(cuts, cuts[1:]):
        out.extend(starts.get(begin, ()))
        piece = escape(text[begin:end])
        mention = next((m for m in document.mentions if m.start <= begin and end <= m.end), None)
        if mention is not None:
            entity = names.get(mention.entity or "")
            hover = f"forma podstawowa: {mention.lemma} · {TYPE_NAMES.get(mention.type, mention.type)}"
            if entity:
                hover += f" · encja: {entity}"
                piece = Markup('<a class="m m-{}" href="{}" title="{}">{}</a>').format(
                    mention.type, entity_url(mention.entity), hover, piece)
            else:
                piece = Markup('<span class="m m-{}" title="{}">{}</span>').format(mention.type, hover, piece)
        quotes = [str(i) for i, q in enumerate(document.quotes) if q.start <= begin and end <= q.end]
        evidence = [str(i) for i, e in enumerate(document.events) if e.evidence.start <= begin and end <= e.evidence.end]
        trigger = any(e.trigger.start <= begin and end <= e.trigger.end for e in document.events)
        classes = (["q"] if quotes else []) + (["tr"] if trigger else [])
        attributes = [(name, " ".join(values)) for name, values in
                      (("class", classes), ("data-q", quotes), ("data-ev", evidence)) if values]
        if attributes:
            piece = Markup("<span{}>{}</span>").format(
                Markup("").join(Markup(' {}="{}"').format(Markup(n), v) for n, v in attributes), piece)
        out.append(piece)
    out.extend(starts.get(len(text), ()))
    return Markup("").join(out)
