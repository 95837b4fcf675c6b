"""mention_event_fields: the document-level event of a mention, its perpetrator's basis, origin and verification

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:00:00

A report spreads one event over several sentences; the extractor links them into one document-level event
(``event_key``), records how the perpetrator is known when another sentence names it, where an attack was
launched from (with the sentence that says so) and whether the report is verified, unverified or disputed.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mentions') as batch:
        batch.add_column(sa.Column('event_key', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('perpetrator_basis', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('launched_from', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('verification', sa.String(length=16), nullable=True))
    with op.batch_alter_table('incidents') as batch:
        batch.add_column(sa.Column('verification', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('launched_from', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents') as batch:
        batch.drop_column('launched_from')
        batch.drop_column('verification')
    with op.batch_alter_table('mentions') as batch:
        batch.drop_column('verification')
        batch.drop_column('launched_from')
        batch.drop_column('perpetrator_basis')
        batch.drop_column('event_key')
