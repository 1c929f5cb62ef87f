"""Limits on the codebook, the same wherever codes come in.

- depth: at most ``MAX_DEPTH`` levels (a 1,000-level path used to crash every export
  with RecursionError): AddCode, MoveCode, MergeCodes, ``codebook add``, YAML, ``.qdc``,
  ``.qdpx`` and merge all refuse deeper codes with one line;
- names: control characters (NUL, line breaks, tabs, C1), line/paragraph separators
  and bidi overrides/isolates (U+202A–U+202E, U+2066–U+2069: text that displays in
  another order than it reads) are refused in every entry path; an in-vivo code's
  name is cleaned instead (passage text is what it is);
- unusual but honest names (markup characters, Hangul, Arabic, emoji sequences,
  combining marks, zero-width and no-break spaces) survive a ``.qdpx``, ``.qdc`` and
  YAML round trip unchanged.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.changes import AddCode, EditCode, InVivoCode, MergeCodes, MoveCode
from annotator.core.changes.codebook import in_vivo_name
from annotator.core.codebook import (
    MAX_DEPTH,
    CodeTree,
    dump_codebook_yaml,
    load_codebook_yaml,
    parse_codebook_yaml,
)
from annotator.core.errors import AnnotatorError, CodebookError
from annotator.core.exporters import export, write_qdpx
from annotator.core.project import (
    CodebookImport,
    create_project,
    import_codebook,
    project_codebook,
    resolve_codebook,
)
from annotator.core.refi_qda import import_file, read_qdc, write_qdc
from annotator.core.store import ProjectStore

BAD_CHARACTERS = {
    "newline": "\n",
    "carriage return": "\r",
    "tab": "\t",
    "NUL": "\x00",
    "bell": "\x07",
    "DEL": "\x7f",
    "C1 next line": "\x85",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
    **{f"U+{cp:04X}": chr(cp) for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}
# Characters XML 1.0 cannot carry even as references: they cannot be in a .qdc/.qdpx at all.
NOT_IN_XML = {"\x00", "\x07"}
# REFI-QDA files from other tools are read tolerantly: in a name these become a space.
SPACES_IN_REFI = {"\n", "\r", "\t", "\u2028", "\u2029"}

UNUSUAL_BUT_FINE = [
    "Tom & Jerry <b> \"quoted\" 'single'",
    "double  space inside",
    "Hangul 강제 결혼",
    "Arabic الاتجار بالبشر",
    "Hebrew סחר בבני אדם",
    "family 👩\u200d👩\u200d👧 emoji",
    "e\u0301 combining accent",
    "zero\u200bwidth space",
    "no-break\u00a0space",
    "left-to-right\u200emark",
    "beyond the BMP 𠀀 𝔘",
    "’curly‘ quotes and back\\slash 50%",
]


def chain(depth: int) -> str:
    return "/".join(f"L{i}" for i in range(depth))


def yaml_chain(depth: int) -> str:
    text = "codes:\n"
    for i in range(depth):
        indent = "  " * (2 * i)
        text += f"{indent}- name: L{i}\n"
        if i < depth - 1:
            text += f"{indent}  children:\n"
    return text


def code_chain(depth: int) -> str:
    inner = ""
    for i in reversed(range(depth)):
        inner = f'<Code guid="00000000-0000-4000-8000-{i:012d}" name="L{i}" isCodable="true">{inner}</Code>'
    return inner


def qdc_chain(depth: int) -> bytes:
    return _qdc(code_chain(depth))


def _qdc(codes: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>{codes}</Codes></CodeBook>'
    ).encode()


def _qdpx(path: Path, codes: str) -> Path:
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
        f"<CodeBook><Codes>{codes}</Codes></CodeBook></Project>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde)
    return path


def codes_of(store: ProjectStore) -> int:
    return store.counts()["codes"]


def run_cli(*args: object) -> int:
    try:
        main([str(a) for a in args])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


# -- depth ----------------------------------------------------------------------------------


def test_add_code_refuses_a_code_below_the_deepest_level(store: ProjectStore) -> None:
    parent = None
    for level in range(MAX_DEPTH):
        add = AddCode(f"L{level}", parent=parent)
        add.apply(store)
        parent = add.code.guid
    with pytest.raises(CodebookError, match=f"deeper than {MAX_DEPTH} levels"):
        AddCode("one too deep", parent=parent).apply(store)
    assert codes_of(store) == MAX_DEPTH
    tree = CodeTree(store.codes())
    assert tree.path(parent) == chain(MAX_DEPTH)


def test_move_and_merge_refuse_to_push_a_subtree_too_deep(store: ProjectStore) -> None:
    parent = None
    for level in range(MAX_DEPTH - 1):
        add = AddCode(f"L{level}", parent=parent)
        add.apply(store)
        parent = add.code.guid
    deepest = parent
    top = AddCode("Top")
    top.apply(store)
    child = AddCode("Child", parent=top.code.guid)
    child.apply(store)
    other = AddCode("Other")
    other.apply(store)
    kid = AddCode("Kid", parent=other.code.guid)
    kid.apply(store)
    AddCode("Grandkid", parent=kid.code.guid).apply(store)
    before = sorted((c.guid, c.parent, c.position) for c in store.codes())
    with pytest.raises(CodebookError, match=f"deeper than {MAX_DEPTH} levels"):
        MoveCode(top.code.guid, parent=deepest).apply(store)  # Top/Child would reach level 33
    with pytest.raises(CodebookError, match=f"deeper than {MAX_DEPTH} levels"):
        MergeCodes(other.code.guid, deepest).apply(store)  # Kid's Grandkid would land at level 33
    assert sorted((c.guid, c.parent, c.position) for c in store.codes()) == before
    MoveCode(child.code.guid, parent=deepest).apply(store)  # a leaf fits at the last level
    assert CodeTree(store.codes()).path(child.code.guid) == chain(MAX_DEPTH - 1) + "/Child"


def test_codebook_add_refuses_a_thousand_level_path_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.sqlite"
    create_project(project, codebook="empty").close()
    assert run_cli("codebook", "add", project, chain(1000)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"deeper than {MAX_DEPTH} levels" in err
    with ProjectStore.open(project) as store:
        assert codes_of(store) == 0
    assert run_cli("codebook", "add", project, chain(MAX_DEPTH)) == 0
    for fmt, name in (("json", "out.json"), ("qdpx", "out.qdpx")):
        assert run_cli("export", project, "--format", fmt, "-o", tmp_path / name) == 0
    assert run_cli("codebook", "export", project, tmp_path / "book.yaml") == 0
    assert run_cli("codebook", "export", project, tmp_path / "book.qdc") == 0
    assert len(load_codebook_yaml(tmp_path / "book.yaml").codes) == MAX_DEPTH


def test_yaml_qdc_and_qdpx_refuse_codes_nested_too_deep(tmp_path: Path, store: ProjectStore) -> None:
    assert len(parse_codebook_yaml(yaml_chain(MAX_DEPTH)).codes) == MAX_DEPTH
    with pytest.raises(CodebookError, match=f"deeper than {MAX_DEPTH} levels"):
        parse_codebook_yaml(yaml_chain(MAX_DEPTH + 1))
    ok = tmp_path / "ok.qdc"
    ok.write_bytes(qdc_chain(MAX_DEPTH))
    assert len(read_qdc(ok).codes) == MAX_DEPTH
    deep = tmp_path / "deep.qdc"
    deep.write_bytes(qdc_chain(MAX_DEPTH + 1))
    with pytest.raises(CodebookError, match=f"deeper than {MAX_DEPTH} levels") as info:
        read_qdc(deep)
    assert "deep.qdc" in str(info.value)
    with pytest.raises(AnnotatorError, match=f"deeper than {MAX_DEPTH} levels"):
        import_file(store, deep)
    package = _qdpx(tmp_path / "deep.qdpx", code_chain(MAX_DEPTH + 1))
    with pytest.raises(AnnotatorError, match=f"deeper than {MAX_DEPTH} levels") as info:
        import_file(store, package)
    assert "deep.qdpx" in str(info.value) and "\n" not in str(info.value)
    assert codes_of(store) == 0


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(BAD_CHARACTERS))
def test_add_and_rename_refuse_control_and_bidi_characters(store: ProjectStore, kind: str) -> None:
    bad = f"Debt{BAD_CHARACTERS[kind]}bondage"
    with pytest.raises(CodebookError, match=r"U\+[0-9A-F]{4}") as info:
        AddCode(bad).apply(store)
    assert "\n" not in str(info.value)
    add = AddCode("Debt bondage")
    add.apply(store)
    with pytest.raises(CodebookError, match=r"U\+[0-9A-F]{4}"):
        EditCode(add.code.guid, name=bad).apply(store)
    assert [c.name for c in store.codes()] == ["Debt bondage"]


@pytest.mark.parametrize("kind", list(BAD_CHARACTERS))
def test_files_with_control_or_bidi_characters_in_names_are_refused(
    tmp_path: Path, store: ProjectStore, kind: str
) -> None:
    char = BAD_CHARACTERS[kind]
    escaped = json.dumps(f"Debt{char}bondage")  # a YAML double-quoted scalar
    book = tmp_path / "book.yaml"
    book.write_text(f"codes:\n  - name: {escaped}\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"U\+[0-9A-F]{4}"):
        load_codebook_yaml(book)
    if char in NOT_IN_XML | SPACES_IN_REFI:
        return  # an XML parser refuses the first; the others become spaces (see below)
    reference = f"&#x{ord(char):X};"
    qdc = tmp_path / "book.qdc"
    guid = "6a1c8d1e-8f3f-4b9e-9d7a-0c1b2a3d4e5f"
    code = f'<Code guid="{guid}" name="Debt{reference}bondage" isCodable="true"/>'
    qdc.write_bytes(_qdc(code))
    with pytest.raises(CodebookError, match=r"U\+[0-9A-F]{4}") as info:
        read_qdc(qdc)
    assert "book.qdc" in str(info.value)
    package = _qdpx(tmp_path / "p.qdpx", code)
    with pytest.raises(AnnotatorError, match=r"U\+[0-9A-F]{4}") as info:
        import_file(store, package)
    assert "p.qdpx" in str(info.value)
    assert codes_of(store) == 0


def test_refi_qda_line_breaks_in_names_become_spaces(tmp_path: Path) -> None:
    """Other tools' files are read tolerantly: a name's line break or tab is a space."""
    qdc = tmp_path / "book.qdc"
    qdc.write_bytes(_qdc('<Code guid="6a1c8d1e-8f3f-4b9e-9d7a-0c1b2a3d4e5f" name="Debt&#10;bondage&#9;x"/>'))
    assert [c.name for c in read_qdc(qdc).codes] == ["Debt bondage x"]


def test_codebook_add_refuses_a_bidi_override_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.sqlite"
    create_project(project, codebook="empty").close()
    assert run_cli("codebook", "add", project, "Group/Sold \u202egnp.exe") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "U+202E" in err
    with ProjectStore.open(project) as store:
        assert codes_of(store) == 0


def test_in_vivo_names_are_cleaned_not_refused(store: ProjectStore, add_text) -> None:
    assert in_vivo_name("Kim\u202e said\n\nhe\x07 would\tpay\u2028 us") == "Kim said he would pay us"
    assert in_vivo_name("\u2066\u2069") == "in vivo"
    text = "He said:\n“I will\u202e pay\x0b you”\nand left."
    doc = add_text(text)
    start, end = text.index("“"), text.index("”") + 1
    coder = store.ensure_coder("lee")
    InVivoCode(document=doc.guid, start=start, end=end, coder=coder.guid).apply(store)
    [code] = store.codes()
    assert code.name == "I will pay you"
    [coding] = store.codings()
    assert (coding.start, coding.end) == (start, end)  # the coded passage itself is untouched


# -- round trips ----------------------------------------------------------------------------


def test_unusual_names_survive_qdpx_qdc_and_yaml_round_trips(tmp_path: Path, store: ProjectStore) -> None:
    group = AddCode("Names")
    group.apply(store)
    for name in UNUSUAL_BUT_FINE:
        AddCode(name, parent=group.code.guid).apply(store)
    expected = sorted(CodeTree(store.codes()).path(c.guid) for c in store.codes())

    write_qdpx(store, tmp_path / "names.qdpx")
    copy = create_project(tmp_path / "copy.sqlite", codebook="empty")
    import_file(copy, tmp_path / "names.qdpx")
    assert sorted(CodeTree(copy.codes()).path(c.guid) for c in copy.codes()) == expected
    copy.close()

    book = project_codebook(store)
    write_qdc(book, tmp_path / "names.qdc")
    assert sorted(read_qdc(tmp_path / "names.qdc").tree.path(c.guid) for c in book.codes) == expected

    (tmp_path / "names.yaml").write_text(dump_codebook_yaml(book), encoding="utf-8")
    again = load_codebook_yaml(tmp_path / "names.yaml")
    assert sorted(again.tree.path(c.guid) for c in again.codes) == expected

    export(store, "json", tmp_path / "names.json")
    exported = json.loads((tmp_path / "names.json").read_text(encoding="utf-8"))
    [names] = exported["codebook"]["codes"]
    assert [c["name"] for c in names["children"]] == UNUSUAL_BUT_FINE


# -- import semantics kept by the fast import ------------------------------------------------


def _counts(result: CodebookImport) -> dict[str, int]:
    return {"added": result["added"], "updated": result["updated"]}


def test_codebook_import_matches_updates_and_appends_like_before(tmp_path: Path, store: ProjectStore) -> None:
    first = parse_codebook_yaml("codes:\n- name: A\n  children:\n  - {name: x}\n  - {name: y}\n- name: B\n")
    assert _counts(import_codebook(store, first)) == {"added": 4, "updated": 0}
    assert _counts(import_codebook(store, first)) == {"added": 0, "updated": 0}
    second = parse_codebook_yaml(
        "codes:\n- name: a\n  color: '#123456'\n  children:\n  - {name: z}\n"
        "  - {name: X, short_definition: new}\n"
        "- name: C\n  children:\n  - {name: c1}\n"
    )
    assert _counts(import_codebook(store, second)) == {"added": 3, "updated": 2}
    tree = CodeTree(store.codes())
    assert [tree.path(c.guid) for _, c in tree.walk()] == ["A", "A/x", "A/y", "A/z", "B", "C", "C/c1"]
    assert tree.find("A").color == "#123456" and tree.find("A/x").short_definition == "new"
    assert [c.position for c in tree.children(tree.find("A").guid)] == [0, 1, 2]


def test_new_with_a_big_codebook_builds_the_whole_tree(tmp_path: Path) -> None:
    lines = ["codes:"]
    for g in range(20):
        lines.append(f"- name: Group {g}\n  children:")
        lines += [f"  - name: Code {g}.{i}" for i in range(50)]
    book = tmp_path / "big.yaml"
    book.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = create_project(tmp_path / "big.sqlite", codebook=book)
    tree = CodeTree(store.codes())
    assert len(tree) == 20 * 51 and tree.find("Group 19/Code 19.49")
    assert [c.name for c in tree.children(tree.find("Group 3").guid)][:3] == [
        "Code 3.0",
        "Code 3.1",
        "Code 3.2",
    ]
    assert len(resolve_codebook(book).codes) == len(tree)
    store.close()
