"""`tangible serve`: the JSON API and the pages in one process."""

from __future__ import annotations

import click

from tangible.cli.main import AppContext, pass_app


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@pass_app
def serve_command(app: AppContext, host: str, port: int) -> None:
    """Run the API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web pages."""
    import uvicorn

    from tangible.api import create_app

    web = create_app(app.settings, app.store, warm=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"tangible serving on http://{shown}:{port}/  (API: http://{shown}:{port}/api/v1/)  Ctrl-C to stop.")
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)


def register(group: click.Group) -> None:
    group.add_command(serve_command)
