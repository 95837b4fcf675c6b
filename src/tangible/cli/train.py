"""``tangible train``: rebuild the bundled classifier and gazetteer from the evaluation data."""

from __future__ import annotations

import json

import click


@click.command("train")
@click.option("--seed", default=13, show_default=True, help="Random seed (results are reproducible).")
def train_cmd(seed: int) -> None:
    """Train the subtype and assertion classifiers and rebuild the gazetteer from TANGIBLE_EVAL_DIR."""
    from tangible.evaluation import eval_dir
    from tangible.nlp.train import train_all

    click.echo(json.dumps(train_all(eval_dir(), seed=seed), indent=2))


def register(group: click.Group) -> None:
    group.add_command(train_cmd)
