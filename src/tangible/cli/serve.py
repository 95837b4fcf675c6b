"""`tangible serve`: the JSON API and the pages, in one process or several."""

from __future__ import annotations

import os

import click

from tangible.cli.main import AppContext, pass_app


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Server processes sharing the port (0: one per CPU). Default: TANGIBLE_SERVE_WORKERS, else 1.")
@pass_app
def serve_command(app: AppContext, host: str, port: int, workers: int | None) -> None:
    """Run the API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web pages.

    Several processes use several cores (one Python process runs on one); each keeps its own caches
    of the dashboard's aggregates and computes them at start.
    """
    import uvicorn

    from tangible.server import create_app, prepare

    n = app.settings.serve_workers if workers is None else workers
    n = (os.cpu_count() or 1) if n == 0 else n
    shown = f"[{host}]" if ":" in host else host
    where = f"http://{shown}:{port}/  (API: http://{shown}:{port}/api/v1/)"
    from tangible.services.case import get_case
    from tangible.services.ledger import sync_case_commitments

    if n == 1:
        sync_case_commitments(app.store, get_case(app.settings))  # the commitment pages of a store never resolved
        web = create_app(app.settings, app.store, warm=True)
        click.echo(f"tangible serving on {where}  Ctrl-C to stop.")
        # proxy_headers off: the app believes X-Forwarded-For only from TANGIBLE_TRUSTED_PROXIES
        uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False, proxy_headers=False)
        return
    prepare(app.settings)  # done once here, before the processes start
    click.echo(f"tangible serving on {where} with {n} processes  Ctrl-C to stop.")
    uvicorn.run("tangible.server.served:create_served_app", factory=True, workers=n, host=host, port=port,
                log_level="warning", access_log=False, proxy_headers=False)


def register(group: click.Group) -> None:
    group.add_command(serve_command)
