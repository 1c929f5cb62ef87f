"""Code colours: a hue family per group, siblings clearly distinct, readable on light and dark."""

from __future__ import annotations

import itertools

import pytest

from annotator.core import palette
from annotator.core.changes import AddCode, RecolourSiblings
from annotator.core.codebook import CodeTree, load_codebook_yaml
from annotator.core.project import create_project
from annotator.core.resources import default_codebook_path

# OKLab distance: about 0.02 is just noticeable; the old default codebook's siblings were 0.005 apart.
CLEARLY = 0.04


def _hue_gap(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def _sibling_sets(codes) -> list[list]:
    tree = CodeTree(codes)
    sets = [tree.children(None)] + [tree.children(c.guid) for c in codes]
    return [s for s in sets if len(s) > 1]


def test_colour_science_round_trips() -> None:
    for color in ("#000000", "#ffffff", "#337acc", "#cb5650", "#00ff00"):
        lab = palette.rgb_to_oklab(palette.hex_to_rgb(color))
        back = palette.rgb_to_hex(palette._from_linear(max(0.0, c)) for c in palette._oklab_to_linear(lab))
        assert back == color
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.distance("#337acc", "#337acc") == 0


@pytest.mark.parametrize("hue", [0, 30, 60, 95, 140, 200, 255, 300])
def test_a_family_is_readable_on_both_bases_and_spread(hue: float) -> None:
    colors = palette.family(hue, 12, band=16)
    assert len(set(colors)) == 12
    for color in colors:
        assert palette.contrast(color, palette.LIGHT_BASE) >= palette.MIN_CONTRAST, color
        assert palette.contrast(color, palette.DARK_BASE) >= palette.MIN_CONTRAST, color
        assert _hue_gap(palette.hue_of(color), hue) <= 16 + 6, color
    assert min(palette.distance(a, b) for a, b in itertools.pairwise(colors)) >= CLEARLY
    assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= 0.03


def test_the_default_codebook_gives_siblings_distinct_colours() -> None:
    book = load_codebook_yaml(default_codebook_path())
    tree = CodeTree(book.codes)
    for sibs in _sibling_sets(book.codes):
        colors = [c.color for c in sibs]
        assert min(palette.distance(a, b) for a, b in itertools.pairwise(colors)) >= CLEARLY, colors
        assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= 0.03, colors
    band = palette.band_for(len(tree.children(None)))
    for code in book.codes:
        assert (
            palette.contrast(code.color, palette.LIGHT_BASE) >= 3
            and palette.contrast(code.color, palette.DARK_BASE) >= 3
        )
        top = code
        while top.parent is not None:
            top = tree.by_guid[top.parent]
        assert _hue_gap(palette.hue_of(code.color), palette.hue_of(top.color)) <= band + 6, tree.path(
            code.guid
        )
    # The file's colours are the palette's (regenerate them with palette.recolour_families).
    assert palette.recolour_families(book.codes) == {c.guid: c.color for c in book.codes}


def test_recolour_siblings_is_one_undoable_step_that_keeps_guids(tmp_path) -> None:
    store = create_project(tmp_path / "p.sqlite", codebook="empty")
    group = AddCode("Means", color="#cc3333")
    group.apply(store)
    kids = []
    for name in ("Debt", "Threats", "Confinement", "Violence", "Isolation"):
        add = AddCode(name, parent=group.code.guid, color="#cc3333")  # the old way: one colour for all
        add.apply(store)
        kids.append(add.code.guid)
    grandchild = AddCode("Debt bondage", parent=kids[0], color="#cc3333")
    grandchild.apply(store)
    before = {c.guid: c for c in store.codes()}
    entries = len(store.audit_entries())
    change = RecolourSiblings(group.code.guid)
    changed = change.apply(store)
    after = {c.guid: c for c in store.codes()}
    assert set(after) == set(before)  # no GUID changed
    assert changed.codes == {*kids, grandchild.code.guid}
    assert after[group.code.guid].color == "#cc3333"  # the group itself keeps its colour
    colors = [after[g].color for g in kids]
    assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= CLEARLY
    assert all(_hue_gap(palette.hue_of(c), palette.hue_of("#cc3333")) <= 24 + 2 for c in colors)
    assert after[grandchild.code.guid].color != after[kids[0]].color
    assert {g: (c.name, c.parent, c.position) for g, c in after.items()} == {
        g: (c.name, c.parent, c.position) for g, c in before.items()
    }
    assert len(store.audit_entries()) == entries + 1
    change.revert(store)
    assert {c.guid: c for c in store.codes()} == before
    store.close()


def test_a_new_code_takes_a_colour_unlike_its_siblings_and_parent(tmp_path) -> None:
    store = create_project(tmp_path / "p.sqlite", codebook="empty")
    group = AddCode("Means", color="#cb5650")
    group.apply(store)
    colors = ["#cb5650"]
    for i in range(6):
        add = AddCode(f"Code {i}", parent=group.code.guid)
        add.apply(store)
        colors.append(store.code(add.code.guid).color)
    assert min(palette.distance(a, b) for a, b in itertools.combinations(colors, 2)) >= CLEARLY, colors
    assert all(_hue_gap(palette.hue_of(c), palette.hue_of("#cb5650")) <= 24 + 2 for c in colors)
    other = AddCode("Another group")
    other.apply(store)
    assert _hue_gap(palette.hue_of(store.code(other.code.guid).color), palette.hue_of("#cb5650")) >= 60
    store.close()
