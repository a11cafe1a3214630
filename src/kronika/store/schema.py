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
