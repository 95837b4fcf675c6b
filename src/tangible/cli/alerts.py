"""`tangible alert add|list|remove|deliver|feed|log`: saved alert rules and their outbox."""

from __future__ import annotations

import json

import click

from tangible.cli.main import AppContext, pass_app


@click.group("alert")
def alert_group() -> None:
    """Alert rules: saved filters that alert (Atom feed, email, signed webhook) when the evidence changes."""


@alert_group.command("add")
@click.option("--name", required=True, help="A name for the rule (letters, digits, spaces, _ . : -).")
@click.option("--commitment", help="Only incidents that bear on this commitment (or only its rating).")
@click.option("--group", "group_", help="Only incidents concerning this armed group (case-file id).")
@click.option("--type", "type_", help="Only incidents of this event type (ATTACK, ARREST, ...).")
@click.option("--place", help="Only incidents in this place, province or country code.")
@click.option("--grade", help="Only incidents of this grade (corroborated, single-source, claimed, disputed).")
@click.option("--verification", help="Only incidents of this verification (verified, unverified, disputed).")
@click.option("--contradicting", is_flag=True, help="Alert on a new incident that contradicts a commitment.")
@click.option("--rating-change", is_flag=True, help="Alert when a commitment's rating changes.")
@click.option("--claimed", is_flag=True, help="Alert on a new claim resting on the acting party's own word.")
@click.option("--disputed", is_flag=True, help="Alert when an incident becomes disputed.")
@click.option("--new-incident", is_flag=True, help="Alert on any new matching incident (the default trigger).")
@click.option("--email", multiple=True, help="Send each alert to this address (repeatable).")
@click.option("--webhook", multiple=True, help="POST each alert, signed, to this URL (repeatable).")
@click.option("--webhook-secret", help="The secret that signs webhook bodies (default: generated, shown once).")
@click.option("--digest", type=click.Choice(["none", "hourly", "daily"]), default="none", show_default=True,
              help="Send one message per hour or day instead of one per alert.")
@click.option("--json", "as_json", is_flag=True, help="Print the rule as JSON.")
@pass_app
def alert_add(app: AppContext, name, commitment, group_, type_, place, grade, verification, contradicting,
              rating_change, claimed, disputed, new_incident, email, webhook, webhook_secret, digest, as_json) -> None:
    """Save an alert rule; it alerts about what is new from now on."""
    from tangible.services import alerts

    triggers = [t for t, on in (("incident", new_incident), ("contradicting", contradicting),
                                ("rating", rating_change), ("claimed", claimed), ("disputed", disputed)) if on]
    rule = alerts.add_rule(app.store, app.settings, name=name, owner="cli", triggers=triggers,
                           filters={"commitment": commitment, "group": group_, "type": type_, "place": place,
                                    "grade": grade, "verification": verification},
                           emails=list(email), webhooks=list(webhook), digest=digest, webhook_secret=webhook_secret)
    data = rule.to_dict(secrets=True)
    data["feed"] = alerts.feed_url(app.settings, rule)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"Saved alert rule {rule.name!r} ({', '.join(rule.triggers)}"
               + (f"; {', '.join(f'{k}={v}' for k, v in rule.filters.items())}" if rule.filters else "") + ").")
    click.echo(f"Atom feed: {data['feed']}")
    if rule.webhooks:
        click.echo(f"Webhook secret (shown once; bodies are signed in {alerts.SIGNATURE_HEADER}): "
                   f"{rule.webhook_secret}")
    if rule.emails and not app.settings.smtp_host:
        click.echo("Note: TANGIBLE_SMTP_HOST is not set; emails wait in the outbox until it is.", err=True)


@alert_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the rules and their alerts as JSON.")
@click.option("--limit", default=20, show_default=True, help="Alerts shown per rule (newest first).")
@pass_app
def alert_list(app: AppContext, as_json: bool, limit: int) -> None:
    """Every alert rule with the alerts it has produced."""
    from tangible.services import alerts

    rules = alerts.describe(app.store, app.settings, limit=limit)
    if as_json:
        click.echo(json.dumps(rules, indent=2, ensure_ascii=False))
        return
    if not rules:
        click.echo("No alert rules; add one with `tangible alert add --name NAME ...`.")
    for r in rules:
        filters = ", ".join(f"{k}={v}" for k, v in r["filters"].items()) or "no filters"
        channels = ", ".join(r["emails"] + r["webhooks"]) or "Atom feed only"
        n = r["alerts_count"]
        click.echo(f"{r['name']}  [{', '.join(r['triggers'])}; {filters}]  {n} alert{'s' if n != 1 else ''}; "
                   f"to {channels}; digest {r['digest']}; outbox {r['deliveries']['pending']} pending, "
                   f"{r['deliveries']['delivered']} delivered")
        for a in r["alerts"]:
            click.echo(f"    {a['created_at'][:16]}  {a['title']}")


@alert_group.command("remove")
@click.argument("name")
@pass_app
def alert_remove(app: AppContext, name: str) -> None:
    """Remove an alert rule, its alerts and its outbox."""
    from tangible.services import alerts

    rule = alerts.remove_rule(app.store, name)
    click.echo(f"Removed alert rule {rule.name!r}.")


@alert_group.command("deliver")
@pass_app
def alert_deliver(app: AppContext) -> None:
    """Send what the outbox holds that is due (ingest, poll and watch do this after each run)."""
    from tangible.services import alerts

    figures = alerts.deliver_due(app.store, app.settings)
    click.echo(f"{figures['delivered']} delivered, {figures['failed']} failed (retried later), "
               f"{figures['digests']} digests queued.")


@alert_group.command("feed")
@click.argument("name")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File to write.")
@pass_app
def alert_feed(app: AppContext, name: str, output) -> None:
    """Print a rule's Atom feed."""
    from tangible.services import alerts

    output.write(alerts.atom_feed(app.store, app.settings, alerts.get_rule(app.store, name)))


@alert_group.command("log")
@click.option("--name", help="Only this rule's deliveries.")
@click.option("--pending", is_flag=True, help="Only deliveries not yet delivered.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def alert_log(app: AppContext, name: str | None, pending: bool, as_json: bool) -> None:
    """The outbox and every delivery attempt."""
    from tangible.services import alerts

    rule_id = alerts.get_rule(app.store, name).id if name else None
    items = alerts.deliveries(app.store, rule_id=rule_id, pending=pending)
    if as_json:
        click.echo(json.dumps([d.to_dict() for d in items], indent=2))
        return
    for d in items:
        click.echo(f"#{d.id} {d.channel} to {d.target}: {d.status} after {d.attempts} attempt"
                   f"{'s' if d.attempts != 1 else ''}" + (f"; next {d.next_attempt_at:%Y-%m-%d %H:%M}"
                                                          if d.status == "pending" else ""))
        for entry in d.log:
            click.echo(f"    {entry['at'][:19]} attempt {entry['attempt']}: {entry['outcome']}"
                       + (f" ({entry['error']})" if entry["error"] else ""))


def register(group: click.Group) -> None:
    group.add_command(alert_group)
