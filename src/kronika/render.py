"""Plain-terminal views of analysed documents (the CLI's `show`, the demo)."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from kronika.document import Document

SENTENCES_SHOWN = 6


def describe_document(document: Document, sentences: int = SENTENCES_SHOWN):
    """Header, counts and the first sentences with their tokens' lemmas."""
    header = Text.assemble(
        (document.title or "(no title)", "bold"), "\n",
        f"id {document.id} · date {document.date or '—'} · lang {document.lang} · source {document.source}",
    )
    if document.near_duplicate_of:
        header.append(f"\nnear-duplicate of {document.near_duplicate_of}", style="yellow")
    counts = (f"{len(document.sentences)} sentences, {len(document.tokens)} tokens, "
              f"{len(document.mentions)} mentions, {len(document.quotes)} quotes, {len(document.events)} events")
    parts = [header, Text(counts, style="dim")]
    if document.entities:
        parts.append(_who(document))
    if document.quotes:
        parts.append(_said(document))
    if document.events:
        parts.append(_did(document))
    for sentence in document.sentences[:sentences]:
        parts.append(Text(document.text[sentence.start:sentence.end]))
        lemmas = [f"{t.text}→{t.lemma}" for t in _tokens_in(document, sentence) if t.lemma != t.text]
        if lemmas:
            parts.append(Text("   " + escape(" ".join(lemmas[:14])), style="cyan"))
    if len(document.sentences) > sentences:
        parts.append(Text(f"… {len(document.sentences) - sentences} more sentences", style="dim"))
    return Panel(Group(*parts), expand=False)


TYPE_STYLES = {"PER": "bold green", "ORG": "bold blue", "LOC": "bold magenta", "PRO": "bold yellow", "EVT": "bold red"}


def _who(document: Document) -> Text:
    """Who is in the document: each entity's base form and type, most mentioned first."""
    counts: dict[str, int] = {}
    for m in document.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    line = Text("who: ")
    ranked = sorted(document.entities, key=lambda e: -counts.get(e.id, 0))
    for k, entity in enumerate(ranked):
        if k:
            line.append(", ")
        line.append(entity.name, style=TYPE_STYLES.get(entity.type, "bold"))
        line.append(f" {entity.type}" + (f"/{entity.subtype}" if entity.subtype else "") + f" ×{counts.get(entity.id, 0)}",
                    style="dim")
    return line


QUOTES_SHOWN = 8


def _said(document: Document) -> Text:
    """Who said what: each quotation's speaker (or how the text describes an unnamed one) and words."""
    names = {e.id: e.name for e in document.entities}
    lines = Text("said:")
    for quote in document.quotes[:QUOTES_SHOWN]:
        who = names.get(quote.speaker, quote.speaker) if quote.speaker else f"({quote.speaker_text or 'unnamed'})"
        words = " ".join(document.text[quote.start:quote.end].split())
        words = words if len(words) <= 90 else words[:87] + "…"
        lines.append("\n  ")
        lines.append(who, style="bold green" if quote.speaker else "dim")
        lines.append(f" {quote.kind[:3]}" + (f" «{quote.cue}»" if quote.cue else "") + ": ", style="dim")
        lines.append(words)
    if len(document.quotes) > QUOTES_SHOWN:
        lines.append(f"\n  … {len(document.quotes) - QUOTES_SHOWN} more", style="dim")
    return lines


EVENTS_SHOWN = 8


def _did(document: Document) -> Text:
    """What happened: each event's time, type, participants and how sure the text is."""
    names = {e.id: e.name for e in document.entities}

    def who(value) -> str:
        ids = [value] if isinstance(value, str) else list(value or [])
        return ", ".join(names.get(i, i) for i in ids)

    lines = Text("did:")
    for event in document.events[:EVENTS_SHOWN]:
        lines.append("\n  ")
        lines.append(event.time.value if event.time and event.time.value else "????", style="bold")
        lines.append(f" {event.type}/{event.cameo} ", style="dim")
        lines.append(" ".join(f"{role}={who(ids)}" for role, ids in event.args.items()) or "—")
        lines.append(f"  [{event.modality}" + (f", wg {who(event.source)}" if event.source else "") + "]",
                     style="italic")
    if len(document.events) > EVENTS_SHOWN:
        lines.append(f"\n  … {len(document.events) - EVENTS_SHOWN} more", style="dim")
    return lines


def _tokens_in(document: Document, sentence):
    return [t for t in document.tokens if sentence.start <= t.start and t.end <= sentence.end]
