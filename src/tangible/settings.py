"""One typed settings object, read from ``TANGIBLE_*`` environment variables.

Built once at start-up by a front end (``Settings()``) and passed down; never
created at import time.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TANGIBLE_", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Folder for the SQLite store and other state.")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default is SQLite at DATA_DIR/tangible.db. "
        "PostgreSQL: postgresql+psycopg://user@host/db",
    )
    case_file: Path | None = Field(default=None, description="Case file (YAML); default is the bundled Afghanistan case.")
    allow_private_network: bool = Field(
        default=False, description="Allow fetching URLs that resolve to private, loopback or link-local addresses."
    )
    user_agent: str = Field(
        default="tangible/0.1 (+https://example.org/tangible; news evidence ledger)",
        description="User-Agent sent with every fetch.",
    )
    fetch_timeout: float = Field(default=20.0, description="Seconds for connect and read timeouts.")
    fetch_max_bytes: int = Field(default=5_000_000, description="Largest response body accepted, in bytes.")
    host_delay: float = Field(default=1.0, description="Seconds between requests to one host.")
    respect_robots: bool = Field(default=True, description="Honour robots.txt when fetching.")
    workers: int = Field(default=1, description="Worker processes for extraction.")
    serve_workers: int = Field(default=1, description="Server processes for `tangible serve` (0: one per CPU).")
    secret_key: str | None = Field(default=None, description="Key for CSRF tokens; generated and stored under DATA_DIR if unset.")
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses or networks (CIDR) of reverse proxies whose X-Forwarded-For and "
        "X-Forwarded-Proto headers are believed; empty: none, the peer address is the client.",
    )
    max_request_bytes: int = Field(default=65_536, ge=1_024,
                                   description="Largest request body the server accepts, in bytes (larger: 413).")
    max_reply_chars: int = Field(default=5_000, ge=100, description="Longest reader reply, in characters.")
    max_document_chars: int = Field(
        default=500_000, ge=1_000,
        description="Longest document text stored, in characters (after cleaning); a longer one is refused.")
    max_sentence_chars: int = Field(
        default=1_500, ge=200,
        description="Longest stretch of text parsed as one sentence; longer run-on text is cut at spaces.")
    max_feed_bytes: int = Field(default=2_000_000, ge=10_000,
                                description="Largest feed body accepted when polling, in bytes.")
    max_feed_items: int = Field(default=500, ge=1,
                                description="Most items read from one feed per poll (the newest first, as the feed lists them).")
    public_url: str = Field(default="http://127.0.0.1:8000",
                            description="Address of the dashboard as readers reach it; alerts and briefs link to it.")
    smtp_host: str | None = Field(default=None, description="SMTP server that sends alert emails; unset: emails wait "
                                  "in the outbox until it is set.")
    smtp_port: int = Field(default=25, ge=1, le=65535, description="Port of the SMTP server.")
    smtp_username: str | None = Field(default=None, description="SMTP login, if the server needs one.")
    smtp_password: str | None = Field(default=None, description="SMTP password, if the server needs one.")
    smtp_sender: str = Field(default="tangible@localhost", description="From address of alert emails.")
    smtp_starttls: bool = Field(default=False, description="Upgrade the SMTP connection with STARTTLS.")
    alert_retry_seconds: float = Field(
        default=60.0, gt=0, description="Wait before the first retry of a failed alert delivery; doubled after "
        "each further failure, up to six hours (failed deliveries are retried until delivered).")

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tangible.db').resolve()}"
