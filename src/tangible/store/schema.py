"""Tables of the store (SQLAlchemy Core). Only the store package speaks SQL.

Changes go through Alembic migrations in ``store/migrations/versions``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, cast

from sqlalchemy import (
    func,
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC, read back with its time zone on every backend (SQLite keeps no zone: what it
    returns is taken as UTC, which is what was written)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if isinstance(value, datetime):
            return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return cast("datetime | None", value)  # None (a driver that parses no dates is not used)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # feed | page | file | bulk
    Column("url", Text, nullable=False),
    Column("publisher", String(200)),
    Column("every_seconds", Integer),
    Column("active", Boolean, nullable=False, default=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled_at", UTCDateTime()),
    Column("next_due_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("meta", JSON),
    UniqueConstraint("kind", "url"),
)

fetches = Table(
    "fetches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("url", Text, nullable=False),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("status_code", Integer),
    Column("bytes", Integer),
    Column("elapsed_ms", Integer),
    Column("outcome", String(32), nullable=False),  # ok | not_modified | error | refused | too_large …
    Column("error", Text),
    Index(None, "source_id", "fetched_at"),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # files | url | feed | bulk
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime()),
    Column("args", JSON),
    Column("added", Integer, nullable=False, default=0),
    Column("versions", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False, default="running"),  # running | ok | partial | interrupted | died
    Column("stage", String(16)),  # read | extract | resolve | done: how far the run got
    Column("host", String(255)),  # the process that runs it, to tell a live run from a killed one
    Column("pid", Integer),
    Column("heartbeat_at", UTCDateTime()),
    Index(None, "status"),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),  # from the content hash: re-runs are idempotent
    Column("url", Text),
    Column("canonical_url", Text),
    Column("publisher", String(200)),
    Column("title", Text),
    Column("published", Date),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("language", String(16)),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("raw", LargeBinary),  # original input, zlib-compressed
    Column("raw_type", String(64)),
    Column("version", Integer, nullable=False, default=1),
    Column("previous_id", String(32), ForeignKey("documents.id", ondelete="SET NULL")),
    Column("is_latest", Boolean, nullable=False, default=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", ondelete="SET NULL")),
    Column("external_id", Text),
    Column("status", String(24), nullable=False, default="ok"),  # ok | unsupported_language | irrelevant
    Column("meta", JSON),
    Column("extracted_at", UTCDateTime()),
    Column("extractor_version", String(64)),
    Index(None, "canonical_url"),
    Index(None, "published"),
    Index(None, "publisher"),
    Index(None, "external_id"),
    Index(None, "status", "extractor_version"),  # documents waiting for (re-)extraction
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("acled_subtype", String(40)),
    Column("source_actor", String(64)),
    Column("source_text", Text),
    Column("target_actor", String(64)),
    Column("target_text", Text),
    Column("groups", JSON),
    Column("location", JSON),
    Column("country", String(8)),
    Column("admin1", String(120)),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("quantities", JSON),
    Column("attribution", JSON),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("confidence", Float),
    Column("trigger", Text),
    Column("event_key", String(40)),  # the document-level event the mention reports
    Column("perpetrator_basis", String(16)),  # stated | claimed | suspected | blamed | place
    Column("launched_from", JSON),  # {"country", "admin1", "basis", "sentence"}
    Column("verification", String(16)),  # verified | unverified | disputed
    Column("extractor_version", String(64)),
    Column("reviewed", Boolean, nullable=False, default=False),  # a human decision is on record
    Column("review_status", String(16)),  # confirmed | rejected | corrected
    Column("created_at", UTCDateTime(), nullable=False),
    Index(None, "doc_id", "seq"),
    Index(None, "type", "modality", "date"),
    Index(None, "date"),
    Index(None, "type", "date_precision"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("acled_subtype", String(40)),
    Column("grade", String(16), nullable=False),
    Column("grade_reason", Text),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("location", JSON),
    Column("country", String(8)),
    Column("admin1", String(120)),
    Column("place_key", String(200)),  # lower-cased place name, for the place filter
    Column("source_actor", String(64)),
    Column("source_text", Text),
    Column("target_actor", String(64)),
    Column("target_text", Text),
    Column("groups", JSON),
    Column("quantities", JSON),
    Column("verification", String(16)),  # verified | unverified | disputed
    Column("launched_from", JSON),  # {"country", "admin1", "basis", "sentence"}
    Column("quantities_reported", JSON),  # every reported figure, disagreements kept
    Column("publishers", JSON),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_publishers", Integer, nullable=False, default=0),
    Column("reviewed", Boolean, nullable=False, default=False),
    Column("review_status", String(16)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index(None, "date", "id"),
    Index(None, "reviewed"),  # the few reviewed incidents, found without reading the others
    Index(None, "type", "date"),
    Index(None, "grade", "date"),
    Index(None, "country", "admin1"),
    Index(None, "place_key"),
)
Index("ix_incidents_admin1_lower", func.lower(incidents.c.admin1))

incident_mentions = Table(
    "incident_mentions",
    metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("mention_id", String(40), ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("pinned", Boolean, nullable=False, default=False),  # placed by a human merge/split
    Index(None, "mention_id"),
    Index(None, "pinned", "incident_id"),  # the few pinned links, found without reading the others
)

incident_groups = Table(
    "incident_groups",
    metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", String(64), primary_key=True),
    Index(None, "group_id", "incident_id"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("object_kind", String(16), nullable=False),  # mention | incident
    Column("object_id", String(40), nullable=False),
    Column("action", String(16), nullable=False),  # confirm | reject | correct | merge | split
    Column("changes", JSON),
    Column("reviewer", String(120), nullable=False),
    Column("reason", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Index(None, "object_kind", "object_id"),
)

commitments = Table(
    "commitments",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("by_actor", String(64), nullable=False),
    Column("to_actor", String(64)),
    Column("made_on", Date),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("groups", JSON),
    Column("action_types", JSON),
    Column("territory", JSON),
    Column("contradicted_by", JSON),
    Column("status", String(16), nullable=False, default="active"),  # active | proposed | rejected
    Column("origin", String(16), nullable=False, default="case"),  # case | news
    Column("mention_id", String(40), ForeignKey("mentions.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime(), nullable=False),
)

ratings = Table(
    "ratings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("commitment_id", String(64), ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False),
    Column("at", Date, nullable=False),
    Column("rating", String(24), nullable=False),
    Column("counts", JSON),
    Column("trend", JSON),
    Column("reasons", JSON),
    Column("supporting", JSON),
    Column("contradicting", JSON),
    Column("computed_at", UTCDateTime(), nullable=False),
    UniqueConstraint("commitment_id", "at"),
)

replies = Table(
    "replies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("object_kind", String(16), nullable=False),  # incident | commitment
    Column("object_id", String(64), nullable=False),
    Column("name", String(100), nullable=False),
    Column("email", String(254), nullable=False),  # for moderation only; never published
    Column("body", Text, nullable=False),
    Column("status", String(16), nullable=False, default="pending"),  # pending | approved | rejected
    Column("client_hash", String(64)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("moderated_by", String(120)),
    Column("moderated_at", UTCDateTime()),
    Index(None, "object_kind", "object_id", "status"),
    Index(None, "client_hash", "created_at"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False),
    Column("role", String(16), nullable=False),  # analyst | moderator | admin
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime()),
    Column("last_used_at", UTCDateTime()),
)

# One row: how many times mentions changed, and the change resolution last caught up with (a run that
# died between extracting and resolving leaves them apart; the next run resolves).
pipeline_state = Table(
    "pipeline_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("mentions_generation", Integer, nullable=False, default=0),
    Column("resolved_generation", Integer, nullable=False, default=0),
    Column("resolved_key", String(64)),  # resolver and case the recorded output (resolved_links) was made with
)

# The output of the last resolution, one row per mention and incident it went to (role member | dispute |
# attached; no incident when it joined none), with the mention's type and day: what an incremental run
# compares with and restores incidents from.
resolved_links = Table(
    "resolved_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", String(40), nullable=False),
    Column("doc_id", String(32), nullable=False),
    Column("type", String(16), nullable=False),
    Column("day", Date),
    Column("incident_id", String(40)),
    Column("role", String(16)),
    Index(None, "mention_id"),
    Index(None, "doc_id"),
    Index(None, "incident_id"),
    Index(None, "type", "day"),
    Index(None, "day"),  # whether any recorded mention is undated, without reading the others
)

# The ledger's count of supporting and contradicting incidents on each day, per commitment (``rule_key``: what the
# count depends on, the commitment's rules and the case's territory names), and the day's incidents as a rating
# reads them (``weighed``: [id, kind, why, type, grade, groups, party] each; none when the day has none). Filled
# as ratings are stored: a rating counts every incident since the commitment was made and lists those of its
# period, so rating again reads only the days cleared since; every write to incidents, or to the mentions they
# quote, clears the days it touches.
rating_days = Table(
    "rating_days",
    metadata,
    Column("rule_key", String(32), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("supporting", Integer, nullable=False),
    Column("contradicting", Integer, nullable=False),
    Column("weighed", JSON),
    Index(None, "day"),
)

# Documents whose mentions or facts changed since resolution last ran (the next run re-resolves around them).
resolution_queue = Table(
    "resolution_queue",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), nullable=False),
)

# One row whose counter every committed write transaction advances: readers key their caches of derived
# views (the dashboard's aggregates, list counts) on it, so a cache is valid until the next write from any
# process.
store_revision = Table(
    "store_revision",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("revision", Integer, nullable=False, default=0),
)

# Alert rules (saved filters) and what they produced. ``alert_marks`` holds, per rule and trigger, the
# mentions of every incident the rule has already seen (when it was created, or in an alert): an incident
# that shares a mention with one seen is not new, whatever id a rebuild gives it.
alert_rules = Table(
    "alert_rules",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("owner", String(120), nullable=False),  # the token's name, or "cli"
    Column("filters", JSON),  # {"commitment", "group", "type", "place", "grade", "verification"}
    Column("triggers", JSON),  # incident | contradicting | rating | claimed | disputed
    Column("emails", JSON),
    Column("webhooks", JSON),
    Column("webhook_secret", String(128)),  # signs each webhook body (HMAC-SHA256)
    Column("feed_key", String(64), nullable=False),  # in the Atom feed's address, for feed readers
    Column("digest", String(8), nullable=False, default="none"),  # none | hourly | daily
    Column("state", JSON),  # {"ratings": {commitment id: rating}}: what the rule last saw
    Column("created_at", UTCDateTime(), nullable=False),
)

alert_marks = Table(
    "alert_marks",
    metadata,
    Column("rule_id", Integer, ForeignKey("alert_rules.id", ondelete="CASCADE"), primary_key=True),
    Column("trigger", String(16), primary_key=True),
    Column("mention_id", String(40), primary_key=True),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule_id", Integer, ForeignKey("alert_rules.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),  # the trigger and a stable identity of the subject
    Column("trigger", String(16), nullable=False),
    Column("subject_kind", String(16), nullable=False),  # incident | commitment
    Column("subject_id", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("payload", JSON),  # quote, grade, link, date, place, groups, rating change
    Column("window", String(16)),  # the digest window (hourly: YYYY-MM-DDTHH, daily: YYYY-MM-DD), or null
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("rule_id", "key"),
    Index(None, "rule_id", "created_at"),
)

# The outbox: one row per message to send (an alert, or a digest of a window's alerts, to one address or
# URL), written with the alerts it carries; retried with backoff until delivered, never dropped.
alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule_id", Integer, ForeignKey("alert_rules.id", ondelete="CASCADE"), nullable=False),
    Column("channel", String(16), nullable=False),  # email | webhook
    Column("target", Text, nullable=False),
    Column("key", String(200), nullable=False),  # the alert's key, or "digest:" and the window
    Column("alert_ids", JSON, nullable=False),
    Column("status", String(16), nullable=False, default="pending"),  # pending | delivered
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("delivered_at", UTCDateTime()),
    UniqueConstraint("rule_id", "channel", "target", "key"),
    Index(None, "status", "next_attempt_at"),
)

alert_delivery_log = Table(
    "alert_delivery_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("delivery_id", Integer, ForeignKey("alert_deliveries.id", ondelete="CASCADE"), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("outcome", String(16), nullable=False),  # delivered | failed
    Column("status_code", Integer),
    Column("error", Text),
    Column("elapsed_ms", Integer),
    Index(None, "delivery_id"),
)
