"""indexes for lists at volume: newest-first keyset pages, status scans, mention filters, lookup by URL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:30:00

Newest-first lists order by ``date DESC NULLS LAST, id DESC``. SQLite walks an ascending
``(date, id)`` index backwards for that order; PostgreSQL needs the index declared in that order
(a backward walk of an ascending index puts NULLs first).
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_documents_status_id', 'documents', ['status', 'id'])
    op.create_index('ix_documents_url', 'documents', ['url'])
    op.create_index('ix_mentions_type_modality_id', 'mentions', ['type', 'modality', 'id'])
    op.create_index('ix_mentions_type_id', 'mentions', ['type', 'id'])
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('CREATE INDEX ix_documents_published_desc_id ON documents (published DESC NULLS LAST, id DESC)')
        op.execute('CREATE INDEX ix_incidents_date_desc_id ON incidents (date DESC NULLS LAST, id DESC)')
        op.execute('CREATE INDEX ix_incidents_type_date_desc_id ON incidents (type, date DESC NULLS LAST, id DESC)')
        op.execute('CREATE INDEX ix_incidents_grade_date_desc_id ON incidents (grade, date DESC NULLS LAST, id DESC)')
    else:
        op.create_index('ix_documents_published_id', 'documents', ['published', 'id'])
        op.create_index('ix_incidents_type_date_id', 'incidents', ['type', 'date', 'id'])
        op.create_index('ix_incidents_grade_date_id', 'incidents', ['grade', 'date', 'id'])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name in ('ix_documents_published_desc_id', 'ix_incidents_date_desc_id',
                     'ix_incidents_type_date_desc_id', 'ix_incidents_grade_date_desc_id'):
            op.execute(f'DROP INDEX IF EXISTS {name}')
    else:
        op.drop_index('ix_incidents_grade_date_id', table_name='incidents')
        op.drop_index('ix_incidents_type_date_id', table_name='incidents')
        op.drop_index('ix_documents_published_id', table_name='documents')
    op.drop_index('ix_mentions_type_id', table_name='mentions')
    op.drop_index('ix_mentions_type_modality_id', table_name='mentions')
    op.drop_index('ix_documents_url', table_name='documents')
    op.drop_index('ix_documents_status_id', table_name='documents')
