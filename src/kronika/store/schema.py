"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL except the search index.

documents       one row per stored document: identity, metadata and counts (small, scanned by stats)
document_data   the full analysed document as JSON (exactly `Document.model_dump_json()`) and its MinHash
doc_bands       (band, doc_pk): the fingerprint's LSH band keys, looked up to find near-duplicates
search index    SQLite: `doc_fts`, an FTS5 table whose rowid is `documents.pk`;
                PostgreSQL: `doc_search`, a `tsvector` per document with a GIN index.
                Both hold the same "key stream" (see `kronika.store.keys`), so both rank alike.

The migrations in `kronika/store/migrations/versions` create these; change both together.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String(255), nullable=False),
    sa.Column("content_hash", sa.String(128), nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("lang", sa.String(16), nullable=False, index=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("near_duplicate_of", sa.String(255), index=True),
    sa.Column("similarity", sa.Float),
    sa.Column("schema_version", sa.String(32), nullable=False),
    sa.Column("n_words", sa.Integer, nullable=False),
    sa.Column("n_sentences", sa.Integer, nullable=False),
    sa.Column("n_tokens", sa.Integer, nullable=False),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("n_entities", sa.Integer, nullable=False),
    sa.Column("n_quotes", sa.Integer, nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("n_timexes", sa.Integer, nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.current_timestamp()),
    sa.UniqueConstraint("id", name="uq_documents_id"),
    sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    sa.ForeignKeyConstraint(
        ["near_duplicate_of"], ["documents.id"], name="fk_documents_near_duplicate_of", ondelete="SET NULL"
    ),
)

document_data = sa.Table(
    "document_data",
    metadata,
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("minhash", sa.Text, nullable=False),  # JSON list of ints
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_document_data_doc", ondelete="CASCADE"),
)

doc_bands = sa.Table(
    "doc_bands",
    metadata,
    sa.Column("band", sa.String(64), primary_key=True),
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_bands_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_bands_doc_pk", "doc_pk"),
)

# PostgreSQL only.
doc_search = sa.Table(
    "doc_search",
    metadata,
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("n_keys", sa.Integer, nullable=False),
    sa.Column("keys", postgresql.TSVECTOR, nullable=False),
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_search_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_search_keys", "keys", postgresql_using="gin"),
    info={"dialects": ("postgresql",)},
)

# SQLite only: an FTS5 virtual table (created by the migration with raw DDL; rowid = documents.pk).
doc_fts = sa.table("doc_fts", sa.column("rowid", sa.Integer), sa.column("keys", sa.Text))

FTS5_TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '-_~'"
FTS5_DDL = f"CREATE VIRTUAL TABLE doc_fts USING fts5(keys, tokenize = \"{FTS5_TOKENIZE}\")"

COUNT_COLUMNS = ("n_sentences", "n_tokens", "n_mentions", "n_entities", "n_quotes", "n_events", "n_timexes")

# -- read-side indexes (revision 0002) ----------------------------------------------------------
# What `kronika serve` looks up per request, taken out of the JSON once, when a document is stored,
# so that an entity page or a filtered list never parses the bodies of the whole store. Dates and
# times are copied next to the keys so that "the latest 20 of this entity's N" is read from an index
# instead of sorting all N. `kronika.store.facts` computes the rows; document rows cascade.

entity_index = sa.Table(  # one row per entity (Entity.id: a KB id or TYPE:stem, stable across documents)
    "entity_index",
    metadata,
    sa.Column("entity_key", sa.String(255), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),  # as the first document that named it gives it
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("subtype", sa.String(64)),
    sa.Column("kb", sa.String(64)),
    sa.Column("aliases", sa.Text, nullable=False),  # JSON list, from that first document
    sa.Column("n_documents", sa.Integer, nullable=False),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Index("ix_entity_index_n_documents", "n_documents"),
    sa.Index("ix_entity_index_type", "type", "n_documents"),
)

doc_entities = sa.Table(
    "doc_entities",
    metadata,
    sa.Column("entity_key", sa.String(255), primary_key=True),
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("date", sa.String(10)),  # the document's
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_entities_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_entities_doc_pk", "doc_pk"),
    sa.Index("ix_doc_entities_date", "entity_key", "date", "doc_pk"),
)

entity_names = sa.Table(  # every form a text or the KB gives an entity, as a stem key: "Łukaszenką" finds it
    "entity_names",
    metadata,
    sa.Column("name_key", sa.String(255), primary_key=True),
    sa.Column("entity_key", sa.String(255), primary_key=True),
)

doc_quotes = sa.Table(
    "doc_quotes",
    metadata,
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),  # index into Document.quotes
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("speaker", sa.String(255)),
    sa.Column("speaker_text", sa.Text),
    sa.Column("date", sa.String(10)),  # the document's
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_quotes_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_quotes_speaker", "speaker", "date"),
)

quote_about = sa.Table(  # entities named inside a quotation
    "quote_about",
    metadata,
    sa.Column("entity_key", sa.String(255), primary_key=True),
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("date", sa.String(10)),  # the document's
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_quote_about_doc", ondelete="CASCADE"),
    sa.Index("ix_quote_about_doc_pk", "doc_pk"),
    sa.Index("ix_quote_about_date", "entity_key", "date"),
)

doc_events = sa.Table(
    "doc_events",
    metadata,
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),  # index into Document.events
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("cameo", sa.String(16)),
    sa.Column("time", sa.String(64)),
    sa.Column("time_key", sa.String(64), nullable=False),  # sortable (kronika.chronicle.time_key)
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("source", sa.String(255)),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("trigger", sa.Text, nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("args", sa.Text, nullable=False),  # JSON: role → entity ids
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_events_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_events_time_key", "time_key"),
    sa.Index("ix_doc_events_type", "type", "time_key"),
)

event_entities = sa.Table(  # who takes part in an event (or is its source): one row per entity and event
    "event_entities",
    metadata,
    sa.Column("entity_key", sa.String(255), primary_key=True),
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("roles", sa.Text, nullable=False),  # comma-separated: agent,source
    sa.Column("time_key", sa.String(64), nullable=False),  # the event's
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_event_entities_doc", ondelete="CASCADE"),
    sa.Index("ix_event_entities_doc_pk", "doc_pk"),
    sa.Index("ix_event_entities_time", "entity_key", "time_key"),
)

doc_reports = sa.Table(  # what a source reported: attributions and outlets' quotations (kronika.quotes.reports)
    "doc_reports",
    metadata,
    sa.Column("doc_pk", sa.Integer, primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("source_key", sa.String(255), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("label", sa.Text),  # how the text names the source
    sa.Column("how", sa.String(16), nullable=False),  # attribution | direct | indirect
    sa.Column("date", sa.String(10)),  # the document's
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_reports_doc", ondelete="CASCADE"),
    sa.Index("ix_doc_reports_source", "source_key", "date"),
)

FACT_TABLES = (doc_entities, doc_quotes, quote_about, doc_events, event_entities, doc_reports)
