"""alerts: saved alert rules, the alerts they produce, and a durable outbox with a delivery log

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-03 08:30:00

``alert_rules`` are saved filters with their channels (email addresses, webhook URLs and the secret that
signs them, an Atom feed key) and digest mode. ``alert_marks`` records, per rule and trigger, the mentions
of the incidents a rule has seen, so an alert is produced once per incident however often derivation runs
or incidents are rebuilt. ``alerts`` are unique per rule and key. ``alert_deliveries`` is the outbox, retried
with backoff until delivered; ``alert_delivery_log`` records every attempt.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'alert_rules',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('owner', sa.String(length=120), nullable=False),
        sa.Column('filters', sa.JSON(), nullable=True),
        sa.Column('triggers', sa.JSON(), nullable=True),
        sa.Column('emails', sa.JSON(), nullable=True),
        sa.Column('webhooks', sa.JSON(), nullable=True),
        sa.Column('webhook_secret', sa.String(length=128), nullable=True),
        sa.Column('feed_key', sa.String(length=64), nullable=False),
        sa.Column('digest', sa.String(length=8), nullable=False),
        sa.Column('state', sa.JSON(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_rules')),
        sa.UniqueConstraint('name', name=op.f('uq_alert_rules_name')),
    )
    op.create_table(
        'alert_marks',
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('trigger', sa.String(length=16), nullable=False),
        sa.Column('mention_id', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], name=op.f('fk_alert_marks_rule_id_alert_rules'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('rule_id', 'trigger', 'mention_id', name=op.f('pk_alert_marks')),
    )
    op.create_table(
        'alerts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('trigger', sa.String(length=16), nullable=False),
        sa.Column('subject_kind', sa.String(length=16), nullable=False),
        sa.Column('subject_id', sa.String(length=64), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=True),
        sa.Column('window', sa.String(length=16), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], name=op.f('fk_alerts_rule_id_alert_rules'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
        sa.UniqueConstraint('rule_id', 'key', name=op.f('uq_alerts_rule_id_key')),
    )
    op.create_index('ix_alerts_rule_id_created_at', 'alerts', ['rule_id', 'created_at'])
    op.create_table(
        'alert_deliveries',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('target', sa.Text(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('alert_ids', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['rule_id'], ['alert_rules.id'], name=op.f('fk_alert_deliveries_rule_id_alert_rules'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_deliveries')),
        sa.UniqueConstraint('rule_id', 'channel', 'target', 'key', name=op.f('uq_alert_deliveries_rule_id_channel_target_key')),
    )
    op.create_index('ix_alert_deliveries_status_next_attempt_at', 'alert_deliveries', ['status', 'next_attempt_at'])
    op.create_table(
        'alert_delivery_log',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('delivery_id', sa.Integer(), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('status_code', sa.Integer(), nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('elapsed_ms', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['delivery_id'], ['alert_deliveries.id'],
                                name=op.f('fk_alert_delivery_log_delivery_id_alert_deliveries'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_delivery_log')),
    )
    op.create_index('ix_alert_delivery_log_delivery_id', 'alert_delivery_log', ['delivery_id'])


def downgrade() -> None:
    op.drop_index('ix_alert_delivery_log_delivery_id', table_name='alert_delivery_log')
    op.drop_table('alert_delivery_log')
    op.drop_index('ix_alert_deliveries_status_next_attempt_at', table_name='alert_deliveries')
    op.drop_table('alert_deliveries')
    op.drop_index('ix_alerts_rule_id_created_at', table_name='alerts')
    op.drop_table('alerts')
    op.drop_table('alert_marks')
    op.drop_table('alert_rules')
