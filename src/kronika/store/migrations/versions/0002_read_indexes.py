"""Read-side index tables for `kronika serve`: entities, their names, quotations, events, reports.

Revision ID: 0002
Revises: 0001
Created: 2026-12-04

Stores written before this revision are backfilled from their JSON bodies, in batches, inside the
migration's transaction. The rows come from `kronika.store.facts` as it is now (not a frozen copy):
the backfill must give exactly what `Store.add` would write, and a later revision that changes the
rows will rebuild them itself.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BACKFILL_BATCH = 200


def _doc_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], name=f"fk_{table}_doc", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "entity_index",
        sa.Column("entity_key", sa.String(255), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("subtype", sa.String(64)),
        sa.Column("kb", sa.String(64)),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_entity_index_n_documents", "entity_index", ["n_documents"])
    op.create_index("ix_entity_index_type", "entity_index", ["type", "n_documents"])
    op.create_table(
        "doc_entities",
        sa.Column("entity_key", sa.String(255), primary_key=True),
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("date", sa.String(10)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        _doc_fk("doc_entities"),
    )
    op.create_index("ix_doc_entities_doc_pk", "doc_entities", ["doc_pk"])
    op.create_index("ix_doc_entities_date", "doc_entities", ["entity_key", "date", "doc_pk"])
    op.create_table(
        "entity_names",
        sa.Column("name_key", sa.String(255), primary_key=True),
        sa.Column("entity_key", sa.String(255), primary_key=True),
    )
    op.create_table(
        "doc_quotes",
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(255)),
        sa.Column("speaker_text", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        _doc_fk("doc_quotes"),
    )
    op.create_index("ix_doc_quotes_speaker", "doc_quotes", ["speaker", "date"])
    op.create_table(
        "quote_about",
        sa.Column("entity_key", sa.String(255), primary_key=True),
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("date", sa.String(10)),
        _doc_fk("quote_about"),
    )
    op.create_index("ix_quote_about_doc_pk", "quote_about", ["doc_pk"])
    op.create_index("ix_quote_about_date", "quote_about", ["entity_key", "date"])
    op.create_table(
        "doc_events",
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("cameo", sa.String(16)),
        sa.Column("time", sa.String(64)),
        sa.Column("time_key", sa.String(64), nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("source", sa.String(255)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("args", sa.Text, nullable=False),
        _doc_fk("doc_events"),
    )
    op.create_index("ix_doc_events_time_key", "doc_events", ["time_key"])
    op.create_index("ix_doc_events_type", "doc_events", ["type", "time_key"])
    op.create_table(
        "event_entities",
        sa.Column("entity_key", sa.String(255), primary_key=True),
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("time_key", sa.String(64), nullable=False),
        _doc_fk("event_entities"),
    )
    op.create_index("ix_event_entities_doc_pk", "event_entities", ["doc_pk"])
    op.create_index("ix_event_entities_time", "event_entities", ["entity_key", "time_key"])
    op.create_table(
        "doc_reports",
        sa.Column("doc_pk", sa.Integer, primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("source_key", sa.String(255), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("how", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        _doc_fk("doc_reports"),
    )
    op.create_index("ix_doc_reports_source", "doc_reports", ["source_key", "date"])
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    from kronika.document import Document
    from kronika.store.facts import write_facts

    data = sa.table("document_data", sa.column("doc_pk", sa.Integer), sa.column("body", sa.Text))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(data.c.doc_pk, data.c.body).where(data.c.doc_pk > last).order_by(data.c.doc_pk)
            .limit(BACKFILL_BATCH)
        ).all()
        if not rows:
            return
        for pk, body in rows:
            write_facts(conn, pk, Document.model_validate_json(body))
        last = rows[-1].doc_pk


def downgrade() -> None:
    for table in ("doc_reports", "event_entities", "doc_events", "quote_about", "doc_quotes", "entity_names",
                  "doc_entities", "entity_index"):
        op.drop_table(table)
