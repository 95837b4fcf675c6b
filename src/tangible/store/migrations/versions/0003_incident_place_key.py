"""incidents.place_key and an index on lower(admin1): the place filter served by indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:50:00

The place filter matches a place name, a province or a country code exactly (any case)
instead of a substring, so that each branch of it has an index.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents') as batch:
        batch.add_column(sa.Column('place_key', sa.String(length=200), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("UPDATE incidents SET place_key = lower(location->>'name') WHERE location IS NOT NULL")
    else:
        op.execute("UPDATE incidents SET place_key = lower(json_extract(location, '$.name')) WHERE location IS NOT NULL")
    op.create_index('ix_incidents_place_key', 'incidents', ['place_key'])
    op.create_index('ix_incidents_admin1_lower', 'incidents', [sa.text('lower(admin1)')])


def downgrade() -> None:
    op.drop_index('ix_incidents_admin1_lower', table_name='incidents')
    op.drop_index('ix_incidents_place_key', table_name='incidents')
    with op.batch_alter_table('incidents') as batch:
        batch.drop_column('place_key')
