#!/usr/bin/env python3
"""Check a TIMEX3 gold file of tests/data/kronika-time against its documents.

Usage (from the repository root):
    python3 tests/data/kronika-time/check.py timex-own.jsonl --root .
    python3 tests/data/kronika-time/check.py timex-seeds.jsonl --root /work/shared/seeds
    python3 tests/data/kronika-time/check.py timex-slavicner.jsonl --root /work/shared/data/slavicner

The gold file may be given as a path or as a bare name in this folder.
Every span is printed as  doc  start:end  TYPE  value  [text].  The check
fails (exit status 1) when a span does not match its "text" (own group),
lies outside the document, does not start and end on a word boundary,
starts or ends with white space, overlaps another span, is out of order,
or when a type, value, date or date_from is malformed.
"""
import argparse
import json
import os
import re
import sys

TYPES = {"DATE", "TIME", "DURATION", "SET"}
VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
RE_DATE = re.compile(
    r"^(\d{2}|\d{3}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI|H[12]|Q[1-4]))$")
RE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}:\d{2}|MO|AF|EV|NI)$")
RE_DUR = re.compile(r"^P(\d+|X)(Y|M|W|D|DE|CE)$|^PT(\d+|X)(H|M|S)$|^PTNI$")
RE_SET = re.compile(r"^P\d+(Y|M|W|D)$|^PT\d+H$")
RE_DOCDATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
RE_MARKER = re.compile(r"^\s*date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ")


def value_ok(typ, val):
    if val is None:
        return True
    if typ == "DATE":
        return val in VAGUE or bool(RE_DATE.match(val))
    if typ == "TIME":
        return bool(RE_TIME.match(val))
    if typ == "DURATION":
        return bool(RE_DUR.match(val))
    if typ == "SET":
        return bool(RE_SET.match(val))
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold .jsonl (path, or name inside tests/data/kronika-time)")
    ap.add_argument("--root", required=True, help="folder the 'doc' paths are relative to")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary")
    args = ap.parse_args()

    gold = args.gold
    if not os.path.exists(gold):
        gold = os.path.join(os.path.dirname(os.path.abspath(__file__)), args.gold)
    errors = []
    ndocs = nspans = 0
    seen = set()

    def err(msg):
        errors.append(msg)
        print("ERROR: " + msg)

    with open(gold, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            ndocs += 1
            doc = rec.get("doc")
            where = f"line {lineno} ({doc})"
            for key in ("doc", "date", "date_from", "timexes"):
                if key not in rec:
                    err(f"{where}: missing key {key!r}")
            if doc in seen:
                err(f"{where}: duplicate document")
            seen.add(doc)
            path = os.path.join(args.root, doc)
            if not os.path.exists(path):
                err(f"{where}: no such file {path}")
                continue
            text = open(path, encoding="utf-8").read()
            date, dfrom = rec.get("date"), rec.get("date_from")
            if (date is None) != (dfrom is None):
                err(f"{where}: date and date_from must both be null or both set")
            if date is not None and not RE_DOCDATE.match(date):
                err(f"{where}: bad date {date!r}")
            if dfrom not in (None, "header", "text", "chosen"):
                err(f"{where}: bad date_from {dfrom!r}")
            m = RE_MARKER.match(text)
            if m and (dfrom != "header" or date != m.group(1)):
                err(f"{where}: file has marker date {m.group(1)}, gold says {date!r}/{dfrom!r}")
            if dfrom == "header" and not m:
                err(f"{where}: date_from 'header' but the file has no marker")
            prev_end = -1
            for it in rec.get("timexes", []):
                nspans += 1
                s, e, typ, val = it.get("start"), it.get("end"), it.get("type"), it.get("value", "MISSING")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                    err(f"{where}: bad offsets {s}:{e}")
                    continue
                span = text[s:e]
                if not args.quiet:
                    print(f"{doc}\t{s}:{e}\t{typ}\t{val}\t[{span}]")
                if "text" in it and it["text"] != span:
                    err(f"{where}: {s}:{e} is [{span}], expected [{it['text']}]")
                if span != span.strip():
                    err(f"{where}: {s}:{e} [{span}] has surrounding white space")
                if (s > 0 and text[s - 1].isalnum() and span[0].isalnum()) or \
                   (e < len(text) and text[e].isalnum() and span[-1].isalnum()):
                    err(f"{where}: {s}:{e} [{span}] cuts a word")
                if s < prev_end:
                    err(f"{where}: {s}:{e} overlaps or is out of order")
                prev_end = e
                if typ not in TYPES:
                    err(f"{where}: {s}:{e} bad type {typ!r}")
                if val == "MISSING" or not value_ok(typ, val):
                    err(f"{where}: {s}:{e} bad value {val!r} for {typ}")
    print(f"{ndocs} documents, {nspans} timexes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
