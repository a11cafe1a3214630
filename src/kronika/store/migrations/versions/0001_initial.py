"""Initial store: documents, their JSON and MinHash, LSH band keys, the search index.

Revision ID: 0001
Revises:
Created: 2025-11-22
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copy of kronika.store.schema as of this revision (later revisions alter, never edit this).
FTS5_DDL = (
    "CREATE VIRTUAL TABLE doc_fts USING fts5(keys, "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '-_~'\")"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        raise RuntimeError(f"the Kronika store supports SQLite and PostgreSQL, not {dialect}")
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("near_duplicate_of", sa.String(255)),
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
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_lang", "documents", ["lang"])
    op.create_index("ix_documents_near_duplicate_of", "documents", ["near_duplicate_of"])

    op.create_table(
        "document_data",
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("minhash", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_document_data_doc", ondelete="CASCADE"),
    )
    op.create_table(
        "doc_bands",
        sa.Column("band", sa.String(64), primary_key=True),
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_bands_doc", ondelete="CASCADE"),
    )
    op.create_index("ix_doc_bands_doc_pk", "doc_bands", ["doc_pk"])

    if dialect == "sqlite":
        op.execute(FTS5_DDL)
    else:
        op.create_table(
            "doc_search",
            sa.Column("doc_pk", sa.Integer, primary_key=True),
            sa.Column("n_keys", sa.Integer, nullable=False),
            sa.Column("keys", postgresql.TSVECTOR, nullable=False),
            sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name="fk_doc_search_doc", ondelete="CASCADE"),
        )
        op.create_index("ix_doc_search_keys", "doc_search", ["keys"], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE doc_fts")
    else:
        op.drop_table("doc_search")
    op.drop_table("doc_bands")
    op.drop_table("document_data")
    op.drop_table("documents")
