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

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tangible.db').resolve()}"
