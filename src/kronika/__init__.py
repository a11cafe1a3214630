"""Kronika: Polish news articles in, an evidence-linked chronicle out.

    >>> import kronika
    >>> nlp = kronika.load()
    >>> doc = nlp("Putin spotkał się z Łukaszenką w Mińsku.")
    >>> [(t.text, t.lemma_) for t in doc][:2]
"""

from kronika.document import SCHEMA_VERSION, Document

__version__ = "0.1.0"
__all__ = ["Document", "SCHEMA_VERSION", "load", "__version__"]


def load():
    """The Polish pipeline as a spaCy `Language`: `nlp(text)` gives a `Doc`."""
    from kronika.analyse.pipeline import build_nlp

    return build_nlp()
