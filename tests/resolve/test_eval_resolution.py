"""Floors for resolution on the labelled set evalsets/resolution; lowering one is a deliberate act."""

from pathlib import Path

import pytest

from tangible.evaluation.resolution import evaluate_resolution

FOLDER = Path(__file__).resolve().parents[2] / "evalsets" / "resolution"
# Measured: pairwise F1 1.0, B-cubed F1 1.0, grade accuracy 1.0 (23/23), 48/48 sentences aligned.
FLOORS = {"pairwise": 0.95, "bcubed": 0.97, "grades": 0.95, "aligned": 46}


@pytest.fixture(scope="module")
def scores():
    if not (FOLDER / "labels.yaml").exists():
        pytest.skip("evalsets/resolution is absent")
    return evaluate_resolution(FOLDER)


def test_clustering_floors(scores):
    assert scores.pairwise["f1"] >= FLOORS["pairwise"], scores.cluster_errors
    assert scores.bcubed["f1"] >= FLOORS["bcubed"], scores.cluster_errors
    assert scores.aligned >= FLOORS["aligned"]


def test_grade_floor(scores):
    assert scores.grade_accuracy >= FLOORS["grades"], scores.grade_errors


def test_tangible_eval_reports_resolution():
    from click.testing import CliRunner

    from tangible.cli.main import cli

    if not FOLDER.exists():
        pytest.skip("evalsets/resolution is absent")
    result = CliRunner().invoke(cli, ["eval", "--only", "resolution"])
    assert result.exit_code == 0, result.output
    assert "pairwise F1" in result.output and "B-cubed F1" in result.output and "grade accuracy" in result.output
