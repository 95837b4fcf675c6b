"""run_tracking_and_derivation: where each ingest run is, which process runs it, and what is left to derive

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 09:00:00

An ingest run records the stage it has reached (read, extract, resolve, done), the process that runs
it (host and pid) and when it last showed signs of life, so a run that was killed is told from one
that is still going and marked ``died``. ``pipeline_state`` counts the changes to mentions and the
change resolution last caught up with: a run that died before resolving leaves them apart, and the
next run resolves. An index on (status, extractor_version) finds the documents not yet extracted
with the current extractor and case file without reading the others.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ingest_runs') as batch:
        batch.add_column(sa.Column('stage', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('host', sa.String(length=255), nullable=True))
        batch.add_column(sa.Column('pid', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_ingest_runs_status', 'ingest_runs', ['status'])
    op.create_index('ix_documents_status_extractor_version', 'documents', ['status', 'extractor_version'])
    table = op.create_table(
        'pipeline_state',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('mentions_generation', sa.Integer(), nullable=False),
        sa.Column('resolved_generation', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pipeline_state')),
    )
    # a store migrated from before this revision has mentions no run is known to have resolved
    op.bulk_insert(table, [{'id': 1, 'mentions_generation': 1, 'resolved_generation': 0}])


def downgrade() -> None:
    op.drop_table('pipeline_state')
    op.drop_index('ix_documents_status_extractor_version', table_name='documents')
    op.drop_index('ix_ingest_runs_status', table_name='ingest_runs')
    with op.batch_alter_table('ingest_runs') as batch:
        batch.drop_column('heartbeat_at')
        batch.drop_column('pid')
        batch.drop_column('host')
        batch.drop_column('stage')
