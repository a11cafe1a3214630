"""Temporal expressions: find them in Polish text (finder), tell the tense of their clause (tense),
and give them TIMEX3 values relative to the document's date (normalise)."""
