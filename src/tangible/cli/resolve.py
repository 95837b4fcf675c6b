"""`tangible resolve`, `tangible review …` and `tangible eval-resolution`."""

from __future__ import annotations

import json

import click

from tangible.cli.main import AppContext, pass_app
from tangible.errors import E, InputError


def _case(app: AppContext):
    from tangible.services.case import get_case

    return get_case(app.settings)


@click.command("resolve")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_app
def resolve_command(app: AppContext, as_json: bool) -> None:
    """Cluster stored mentions into graded incidents (human decisions are kept)."""
    from tangible.services.resolution import resolve_all

    summary = resolve_all(app.store, _case(app))
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    grades = ", ".join(f"{n} {g}" for g, n in summary["grades"].items()) or "none"
    click.echo(f"{summary['incidents']} incidents from {summary['mentions']} mentions ({grades}); "
               f"{summary['human_incidents']} shaped by reviewers kept; {summary['seconds']} s.")


def _changes(pairs: tuple[str, ...]) -> dict:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"--set {pair!r} is not FIELD=VALUE.", "Example: --set type=ARREST", code=E.NOT_FIELD_VALUE)
        key, value = pair.split("=", 1)
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


@click.group("review")
def review_group() -> None:
    """Confirm, reject or correct mentions and incidents; merge and split incidents (audited)."""


_who = click.option("--reviewer", required=True, help="Who decides (recorded in the audit log).")
_why = click.option("--reason", help="Why (recorded in the audit log).")


@review_group.command("mention")
@click.argument("mention_id")
@click.argument("action", type=click.Choice(["confirm", "reject", "correct"]))
@click.option("--set", "sets", multiple=True, help="FIELD=VALUE to correct (VALUE may be JSON); repeatable.")
@_who
@_why
@pass_app
def review_mention_cmd(app: AppContext, mention_id, action, sets, reviewer, reason) -> None:
    """Confirm, reject or correct one mention, then re-resolve."""
    from tangible.services.review import review_mention

    out = review_mention(app.store, mention_id, action, reviewer=reviewer, reason=reason,
                         changes=_changes(sets) or None, case=_case(app))
    click.echo(f"Review {out['review']} recorded for mention {mention_id}.")


@review_group.command("incident")
@click.argument("incident_id")
@click.argument("action", type=click.Choice(["confirm", "reject", "correct"]))
@click.option("--set", "sets", multiple=True, help="FIELD=VALUE to correct (VALUE may be JSON); repeatable.")
@_who
@_why
@pass_app
def review_incident_cmd(app: AppContext, incident_id, action, sets, reviewer, reason) -> None:
    """Confirm, reject or correct one incident (its mentions are pinned to it)."""
    from tangible.services.review import review_incident

    out = review_incident(app.store, incident_id, action, reviewer=reviewer, reason=reason,
                          changes=_changes(sets) or None)
    click.echo(f"Review {out['review']} recorded for incident {incident_id}.")


@review_group.command("merge")
@click.argument("into")
@click.argument("others", nargs=-1, required=True)
@_who
@_why
@pass_app
def merge_cmd(app: AppContext, into, others, reviewer, reason) -> None:
    """Merge OTHERS into INTO."""
    from tangible.services.review import merge_incidents

    out = merge_incidents(app.store, into, list(others), reviewer=reviewer, reason=reason, case=_case(app))
    click.echo(f"Merged {', '.join(others)} into {into} (review {out['review']}).")


@review_group.command("split")
@click.argument("incident_id")
@click.argument("mention_ids", nargs=-1, required=True)
@_who
@_why
@pass_app
def split_cmd(app: AppContext, incident_id, mention_ids, reviewer, reason) -> None:
    """Move MENTION_IDS out of INCIDENT_ID into a new incident."""
    from tangible.services.review import split_incident

    out = split_incident(app.store, incident_id, list(mention_ids), reviewer=reviewer, reason=reason, case=_case(app))
    click.echo(f"Split {len(mention_ids)} mention(s) into {out['new_incident']} (review {out['review']}).")


@review_group.command("log")
@click.option("--object", "object_id", help="Only decisions on this mention or incident.")
@click.option("--limit", default=50, show_default=True)
@pass_app
def log_cmd(app: AppContext, object_id, limit) -> None:
    """The audit log: who decided what, when and why."""
    from tangible.services.incidents import review_log

    for r in review_log(app.store, object_id=object_id, limit=limit):
        when = r.created_at.isoformat() if r.created_at else None
        click.echo(f"{when}  {r.reviewer:<16} {r.action:<8} {r.object_kind} {r.object_id}"
                   f"  {json.dumps(r.changes) if r.changes else ''} {r.reason or ''}".rstrip())


@click.command("eval-resolution")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print every figure and error as JSON.")
def eval_resolution_cmd(folder, as_json) -> None:
    """Clustering F1 (pairwise, B-cubed) and grade accuracy on a labelled set (default evalsets/resolution)."""
    from tangible.evaluation.resolution import evaluate_resolution

    scores = evaluate_resolution(folder)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), indent=2))
        return
    click.echo(f"items {scores.items} (aligned {scores.aligned}), predicted incidents {scores.incidents}")
    click.echo(f"pairwise  P {scores.pairwise['precision']:.3f} R {scores.pairwise['recall']:.3f} "
               f"F1 {scores.pairwise['f1']:.3f}")
    click.echo(f"B-cubed   P {scores.bcubed['precision']:.3f} R {scores.bcubed['recall']:.3f} F1 {scores.bcubed['f1']:.3f}")
    click.echo(f"grade accuracy {scores.grade_accuracy:.3f}")


def register(group: click.Group) -> None:
    group.add_command(resolve_command)
    group.add_command(review_group)
    group.add_command(eval_resolution_cmd)
