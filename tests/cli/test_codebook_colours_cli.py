"""`annotator codebook recolour` and the default colour of `codebook add` (core/palette.py)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from annotator.core import palette


def _colors(run, project: Path) -> dict[str, tuple[str, str]]:
    rows = json.loads(run("codebook", "list", project, "--json").out)
    return {r["path"]: (r["guid"], r["color"]) for r in rows}


def test_recolour_gives_siblings_distinct_colours_and_keeps_guids(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    assert run("new", project, "--codebook", "empty").code == 0
    for name in ("A", "B", "C", "D"):
        assert run("codebook", "add", project, f"Means/{name}", "--color", "#cc3333").code == 0
    before = _colors(run, project)
    result = run("codebook", "recolour", project, "Means")
    assert result.code == 0 and "Recoloured 4 codes" in result.out
    after = _colors(run, project)
    assert {p: g for p, (g, _) in after.items()} == {p: g for p, (g, _) in before.items()}
    kids = [after[f"Means/{n}"][1] for n in "ABCD"]
    assert min(palette.distance(a, b) for a, b in itertools.combinations(kids, 2)) >= 0.04
    assert run("codebook", "recolour", project, "No/such").code == 1


def test_add_without_colour_takes_the_next_of_the_family(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    assert run("new", project, "--codebook", "empty").code == 0
    assert run("codebook", "add", project, "Means", "--color", "#cb5650").code == 0
    for name in ("A", "B", "C"):
        assert run("codebook", "add", project, f"Means/{name}").code == 0
    colors = [c for _, c in _colors(run, project).values()]
    assert len(set(colors)) == 4
    assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= 0.04
