"""Codebook tree, paths and YAML: what a lead edits and ships must round-trip exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.codebook import (
    CodebookFile,
    CodeTree,
    dump_codebook_yaml,
    load_codebook_yaml,
    parse_codebook_yaml,
    split_path,
)
from annotator.core.errors import CodebookError, UnknownCode
from annotator.core.model import Code
from annotator.core.resources import default_codebook_path

BOOK = """\
format: testimony-annotator-codebook
format_version: 1
name: Small
version: 0.2.0
description: A small codebook for tests.
sources:
  PAL:
    title: Palermo Protocol
    url: https://example.org/pal
codes:
- name: Means of control
  guid: 11111111-1111-4111-8111-111111111111
  ref: MEANS
  color: '#3b7dd8'
  short_definition: How control is kept.
  source_refs:
  - PAL:means
  children:
  - name: Deception
    guid: 22222222-2222-4222-8222-222222222222
    color: '#5a93e0'
    short_definition: Lies used to gain compliance.
    definition: Longer text.
    when_to_use: When the speaker was lied to.
    when_not_to_use: Not for later threats.
    example: '"They said it was restaurant work."'
    shortcut: '1'
    source_refs:
    - PAL:means/deception
    - ILO11:#2
    export:
      ctdc: meansOfControlFalsePromises
- name: 착취 형태
  guid: 33333333-3333-4333-8333-333333333333
  color: '#d8543b'
  codable: false
  children:
  - name: 강제 결혼 𠀀
    guid: 44444444-4444-4444-8444-444444444444
    color: '#d8543b'
"""


def test_yaml_round_trips_byte_for_byte() -> None:
    book = parse_codebook_yaml(BOOK)
    assert dump_codebook_yaml(book) == BOOK
    assert parse_codebook_yaml(dump_codebook_yaml(book)) == book


def test_yaml_fields_are_read() -> None:
    book = parse_codebook_yaml(BOOK)
    tree = book.tree
    deception = tree.find("Means of control/Deception")
    assert deception.shortcut == "1"
    assert deception.source_refs == ("PAL:means/deception", "ILO11:#2")
    assert deception.export == {"ctdc": "meansOfControlFalsePromises"}
    assert deception.parent == "11111111-1111-4111-8111-111111111111"
    assert tree.find("착취 형태/강제 결혼 𠀀").guid.startswith("4444")
    assert tree.find("착취 형태").codable is False
    assert book.sources["PAL"]["title"] == "Palermo Protocol"


def test_paths_are_case_insensitive_and_unknown_paths_are_clear() -> None:
    tree = parse_codebook_yaml(BOOK).tree
    assert tree.find(" means of control / deception ").name == "Deception"
    assert tree.path("22222222-2222-4222-8222-222222222222") == "Means of control/Deception"
    with pytest.raises(UnknownCode, match="no code 'Means of control/Nope'"):
        tree.find("Means of control/Nope")
    with pytest.raises(UnknownCode, match="invalid code path"):
        split_path("A//B")


def test_tree_walk_order_and_relations() -> None:
    codes = [
        Code("b", "B", position=1),
        Code("a", "A", position=0),
        Code("a2", "A2", parent="a", position=1),
        Code("a1", "A1", parent="a", position=0),
    ]
    tree = CodeTree(codes)
    assert [(d, c.guid) for d, c in tree.walk()] == [(0, "a"), (1, "a1"), (1, "a2"), (0, "b")]
    assert tree.descendants("a") == ["a1", "a2"]
    assert tree.ancestors("a2") == ["a"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("codes: [ {name: A, children: [ {name: 'x/y'} ]} ]", "contains '/'"),
        ("codes: [ {name: A}, {name: a} ]", "two codes named"),
        ("codes: [ {name: A, color: red} ]", "invalid colour"),
        ("codes: [ {name: A, guid: g1}, {name: B, guid: g1} ]", "repeats the guid"),
        ("just a string", "not a codebook"),
        ("codes: [ {name: A, children: {x: 1}} ]", "must be a list"),
        ("format: other\ncodes: []", "unknown codebook format"),
        ("codes: [\n  {name: A", "not valid YAML at line"),
        ("!!python/object/apply:os.system ['echo hi']", "not valid YAML"),
    ],
)
def test_bad_codebooks_are_refused_clearly(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "book.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError, match=message) as info:
        load_codebook_yaml(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_codes_without_guids_get_stable_ones() -> None:
    text = "codes: [ {name: A, children: [ {name: B} ]} ]"
    first, second = parse_codebook_yaml(text), parse_codebook_yaml(text)
    assert [c.guid for c in first.codes] == [c.guid for c in second.codes]
    assert len({c.guid for c in first.codes}) == 2


def test_default_typology_is_complete_and_round_trips() -> None:
    path = default_codebook_path()
    book = load_codebook_yaml(path)
    tree = book.tree
    groups = tree.children(None)
    assert [g.name for g in groups] == [
        "Acts and recruitment",
        "Means of control",
        "Forms of exploitation",
        "Actors",
        "Transactions and prices",
        "Movement and locations",
        "Victim characteristics",
        "Exit, repatriation and aftermath",
        "Harms",
    ]
    assert len(book.codes) >= 100
    assert tree.find("Means of control/Deception")
    assert all(c.short_definition and c.source_refs for c in book.codes)
    guided = [c for c in book.codes if c.when_to_use and c.when_not_to_use and c.example and c.definition]
    assert len(guided) >= 30
    assert len({g.color for g in groups}) == 9  # a distinct colour per group
    assert dump_codebook_yaml(book) == path.read_text(encoding="utf-8")
    assert isinstance(book, CodebookFile)


def test_yaml_aliases_and_huge_codebooks_are_refused(tmp_path: Path) -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ncodes: [*b]\n"
    with pytest.raises(CodebookError, match="aliases are not allowed"):
        parse_codebook_yaml(laughs)
    many = "codes:\n" + "".join(f"- {{name: c{i}}}\n" for i in range(50_001))
    with pytest.raises(CodebookError, match="more than 50000 codes"):
        parse_codebook_yaml(many)
