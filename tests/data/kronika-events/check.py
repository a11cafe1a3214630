#!/usr/bin/env python3
"""Check an event gold file (JSONL) against its documents and print every event.

Usage: python3 tests/data/kronika-events/check.py FILE --root DIR

Fails (exit 1) on: bad JSON, missing keys, a span outside the text or empty,
an unknown type / role / modality / date_from, a malformed date or time value,
a trigger not inside its evidence, or (when "text"/"args_text" are present)
a text that does not match its span.  Prints, for each event: type, trigger
text, args texts, time and modality (span texts are read from the document).
"""
import argparse
import json
import os
import re
import sys

TYPES = {"meet", "consult", "agree", "promise", "transfer", "deploy", "exercise",
         "establish", "decree", "thank", "praise", "criticise", "threaten", "warn",
         "sanction", "attack", "demand"}
ROLES = {"agent", "recipient", "theme", "place", "partner"}
MODALITIES = {"asserted", "planned", "promised", "reported", "speculated", "negated"}
DATE_FROM = {"header", "text", "chosen", None}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIME_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")  # event time may also be an ISO week
EVENT_KEYS = {"type", "trigger", "evidence", "args", "time", "modality", "source"}
OPTIONAL_EVENT_KEYS = {"text", "args_text", "note"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--root", required=True)
    ap.add_argument("--quiet", action="store_true", help="print only errors and totals")
    a = ap.parse_args()
    errors = []
    n_docs = n_events = 0
    by_type = {}

    def err(msg):
        errors.append(msg)
        print("  ERROR: " + msg)

    with open(a.file, encoding="utf-8") as fh:
        lines = [l for l in fh if l.strip()]
    seen = set()
    for ln, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON: {e}")
            continue
        n_docs += 1
        doc = rec.get("doc")
        print(f"== line {ln}: {doc}  date={rec.get('date')} ({rec.get('date_from')})")
        for k in ("doc", "date", "date_from", "events"):
            if k not in rec:
                err(f"line {ln}: missing key {k!r}")
        extra = set(rec) - {"doc", "date", "date_from", "events"}
        if extra:
            err(f"line {ln}: unknown keys {sorted(extra)}")
        if doc in seen:
            err(f"line {ln}: duplicate doc {doc}")
        seen.add(doc)
        d, df = rec.get("date"), rec.get("date_from")
        if df not in DATE_FROM:
            err(f"line {ln}: unknown date_from {df!r}")
        if d is not None and not (isinstance(d, str) and DATE_RE.match(d)):
            err(f"line {ln}: malformed date {d!r}")
        if (d is None) != (df is None):
            err(f"line {ln}: date and date_from must be both null or both set")
        path = os.path.join(a.root, doc or "")
        try:
            text = open(path, encoding="utf-8").read()
        except OSError as e:
            err(f"line {ln}: cannot read {path}: {e}")
            continue
        if d is not None and df == "header":
            m = re.match(r"\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s", text)
            if not m or m.group(1) != d:
                err(f"line {ln}: date {d} does not match header marker")

        def span(s, what):
            if (not isinstance(s, list) or len(s) != 2
                    or not all(isinstance(x, int) and not isinstance(x, bool) for x in s)):
                err(f"line {ln}: {what}: not a [start, end] pair: {s!r}")
                return None
            if not (0 <= s[0] < s[1] <= len(text)):
                err(f"line {ln}: {what}: span {s} outside text (len {len(text)}) or empty")
                return None
            t = text[s[0]:s[1]]
            if t != t.strip():
                err(f"line {ln}: {what}: span {s} has surrounding whitespace: {t!r}")
            return t

        evs = rec.get("events")
        if not isinstance(evs, list):
            err(f"line {ln}: events is not a list")
            continue
        for i, ev in enumerate(evs):
            n_events += 1
            w = f"event {i}"
            missing = EVENT_KEYS - set(ev)
            if missing:
                err(f"line {ln}: {w}: missing keys {sorted(missing)}")
            extra = set(ev) - EVENT_KEYS - OPTIONAL_EVENT_KEYS
            if extra:
                err(f"line {ln}: {w}: unknown keys {sorted(extra)}")
            ty = ev.get("type")
            if ty not in TYPES:
                err(f"line {ln}: {w}: unknown type {ty!r}")
            by_type[ty] = by_type.get(ty, 0) + 1
            mod = ev.get("modality")
            if mod not in MODALITIES:
                err(f"line {ln}: {w}: unknown modality {mod!r}")
            tm = ev.get("time")
            if tm is not None and not (isinstance(tm, str) and TIME_RE.match(tm)):
                err(f"line {ln}: {w}: malformed time {tm!r}")
            trig = span(ev.get("trigger"), f"{w} trigger")
            evid = span(ev.get("evidence"), f"{w} evidence")
            if trig is not None and evid is not None:
                if not (ev["evidence"][0] <= ev["trigger"][0] and ev["trigger"][1] <= ev["evidence"][1]):
                    err(f"line {ln}: {w}: trigger {ev['trigger']} not inside evidence {ev['evidence']}")
            if "text" in ev and trig is not None and ev["text"] != trig:
                err(f"line {ln}: {w}: text {ev['text']!r} != trigger span text {trig!r}")
            src = ev.get("source")
            src_t = None if src is None else span(src, f"{w} source")
            args = ev.get("args", {})
            if not isinstance(args, dict):
                err(f"line {ln}: {w}: args is not an object")
                args = {}
            args_out = {}
            for role, spans in args.items():
                if role not in ROLES:
                    err(f"line {ln}: {w}: unknown role {role!r}")
                if not isinstance(spans, list) or not spans:
                    err(f"line {ln}: {w}: role {role}: must be a non-empty list of spans")
                    continue
                args_out[role] = [span(s, f"{w} {role}") for s in spans]
            at = ev.get("args_text")
            if at is not None:
                if not isinstance(at, dict) or set(at) != set(args):
                    err(f"line {ln}: {w}: args_text roles {sorted(at or {})} != args roles {sorted(args)}")
                else:
                    for role in at:
                        if len(at[role]) != len(args[role]):
                            err(f"line {ln}: {w}: args_text[{role}] has {len(at[role])} items, args has {len(args[role])}")
            if not a.quiet:
                roles = "; ".join(f"{r}={args_out[r]}" for r in sorted(args_out))
                print(f"  {ty:10s} {trig!r:26s} time={tm} {mod}"
                      + (f" source={src_t!r}" if src is not None else "")
                      + (f"  [{roles}]" if roles else ""))
    print(f"-- {n_docs} documents, {n_events} events; by type: "
          + ", ".join(f"{k}={v}" for k, v in sorted(by_type.items(), key=lambda kv: str(kv[0]))))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
