"""``tangible eval``: extraction figures on the evaluation data and the challenge set."""

from __future__ import annotations

import json

import click

from tangible.evaluation import PARTS


@click.command("eval")
@click.option("--only", type=click.Choice(PARTS), default=None, help="Run one part only.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_cmd(only: str | None, as_json: bool) -> None:
    """Print CASE-2021, ACLED, UCDP, IndiaPoliceEvents, factuality, challenge-set and incident-resolution figures.

    Half b of each shared set is held out from training and tuning; half a trains the learned components."""
    from tangible.evaluation import run

    result = run(only)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    if "case2021" in result:
        r = result["case2021"]
        click.echo(f"CASE-2021 (30 labels, {r['folds']}-fold CV, n={r['n']}): weighted F1 {r['weighted_f1']:.3f}  "
                   f"macro F1 {r['macro_f1']:.3f}  accuracy {r['accuracy']:.3f}")
    if "case_mapped" in result:
        for name, r in result["case_mapped"].items():
            click.echo(f"CASE-2021 mapped classes ({name}, {r['mapped']} snippets): right type {r['type_accuracy']:.3f}; "
                       f"other classes ({r['other']}) with a non-arrest action {r['other_with_non_arrest_action']:.3f}")
    if "acled" in result:
        for name, r in result["acled"].items():
            click.echo(f"ACLED 2015 Pakistan ({name}, {r['violent']} violent, {r['protests']} protest descriptions): "
                       f"type recall {r['type_recall']:.3f}  acting party {r['acting_party']:.3f}  province "
                       f"{r['province']:.3f}  killed {r['killed']:.3f}  protests with violence "
                       f"{r['protest_with_violence']:.3f}  asserted deeds supported {r['asserted_deeds_supported']:.3f}  "
                       f"named perpetrator carried {r['perpetrator_named']:.3f} (n={r['perpetrator_n']})")
    if "ucdp" in result:
        for name, r in result["ucdp"].items():
            click.echo(f"UCDP Pakistan headlines ({name}, {r['n']} events): violent event {r['violent_recall']:.3f}  "
                       f"a side carried {r['sides']:.3f} (n={r['sides_n']})  one-sided perpetrator "
                       f"{r['perpetrator']:.3f} (n={r['perpetrator_n']})  province precision "
                       f"{r['province_precision']:.3f} (n={r['province_n']})")
    if "ipe" in result:
        for name, r in result["ipe"].items():
            click.echo(f"IndiaPoliceEvents ({r['split']}, {r['n']} sentences):")
            for k in ("ARREST", "KILL", "FAIL"):
                v = r[k]
                click.echo(f"  {k:<7} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
    if "factuality" in result:
        r = result["factuality"]
        for name in ("MEANTIME", "UW"):
            click.echo(f"Factuality {name} test (asserted vs not, n={r[name]['n']}): accuracy {r[name]['accuracy']:.3f} "
                       f"(rules alone {r[name]['rule_accuracy']:.3f}, majority {r[name]['majority_baseline']:.3f})")
        click.echo(f"Factuality combined accuracy {r['combined_accuracy']:.3f}")
    if "challenge" in result:
        r = result["challenge"]
        click.echo(f"Challenge set (n={r['n']}, {r['non_asserted_sentences']} not asserted): asserted actions from "
                   f"non-asserted sentences {r['asserted_actions_from_non_asserted']}, missed asserted "
                   f"{r['missed_asserted']}, event+modality recall {r['event_and_modality_recall']:.3f}")
    if "resolution" in result:
        r = result["resolution"]
        click.echo(f"Incident resolution (evalsets/resolution, {r['items']} reports, {r['incidents']} incidents found): "
                   f"pairwise F1 {r['pairwise']['f1']:.3f}  B-cubed F1 {r['bcubed']['f1']:.3f}  "
                   f"grade accuracy {r['grade_accuracy']:.3f}")


def register(group: click.Group) -> None:
    group.add_command(eval_cmd)
