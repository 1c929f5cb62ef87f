"""The README's Architecture section stays true to the code.

A new maintainer finds where a change belongs from that section, so it must not drift:
every path in its tree exists, every package under ``annotator/`` is in the tree, and its
list of the core's layers is the one ``.importlinter`` enforces in CI. Two of its rules are
checked here too: no SQL outside ``core/store/``, and no ``# type: ignore`` in the core
(ruff, import-linter and mypy check the others).
"""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

# An entry line: indentation, one or more names ("store/", "cli.py, cli_team.py"), then
# two or more spaces and a description (or nothing). Other lines continue a description.
_NAME = r"[\w.]+(?:/|\.py)"
_ENTRY = re.compile(rf"^(?P<indent> *)(?P<names>{_NAME}(?:, {_NAME})*)(?: {{2,}}|$)")
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def architecture_section(text: str) -> str:
    """The README's ``## Architecture`` section, up to the next ``## `` heading."""
    start = text.index("\n## Architecture\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def code_blocks(section: str) -> list[str]:
    return _FENCE.findall(section)


def tree_paths(block: str) -> list[str]:
    """Repository paths named by an indented tree (two spaces per level; a trailing ``/``
    marks a folder, whose entries are indented below it)."""
    paths: list[str] = []
    parents: list[tuple[int, str]] = []  # (indent, folder path) of the open folders
    for line in block.splitlines():
        match = _ENTRY.match(line)
        if match is None:
            assert line.strip() == "" or line.startswith(" "), f"not a tree line: {line!r}"
            continue
        indent = len(match["indent"])
        while parents and parents[-1][0] >= indent:
            parents.pop()
        assert indent == (len(parents) * 2), f"indentation of {line.strip()!r} does not follow its folder"
        base = parents[-1][1] if parents else ""
        names = match["names"].split(", ")
        for name in names:
            paths.append(base + name)
        if len(names) == 1 and names[0].endswith("/"):
            parents.append((indent, base + names[0]))
    return paths


def layers_of(block: str) -> list[str]:
    return [" ".join(line.split()) for line in block.splitlines() if line.strip()]


def test_the_tree_parser_reads_nesting_and_lists() -> None:
    block = (
        "a/\n  b.py, c.py   two modules\n  d/              a folder\n    e.py\n       wrapped text\n  f.py\n"
    )
    assert tree_paths(block) == ["a/", "a/b.py", "a/c.py", "a/d/", "a/d/e.py", "a/f.py"]


def test_every_path_in_the_readme_tree_exists() -> None:
    tree = code_blocks(architecture_section(README.read_text(encoding="utf-8")))[0]
    paths = tree_paths(tree)
    assert "annotator/core/store/" in paths  # the parser read the tree
    missing = []
    for path in paths:
        target = ROOT / path
        exists = (target / "__init__.py").is_file() if path.endswith("/") else target.is_file()
        if not exists:
            missing.append(path)
    assert not missing, f"README's Architecture tree names what does not exist: {missing}"


def test_every_package_is_in_the_readme_tree() -> None:
    tree = code_blocks(architecture_section(README.read_text(encoding="utf-8")))[0]
    listed = set(tree_paths(tree))
    packages = sorted(
        init.parent.relative_to(ROOT).as_posix() + "/"
        for init in (ROOT / "annotator").rglob("__init__.py")
        if "__pycache__" not in init.parts
    )
    unlisted = [p for p in packages if p not in listed]
    assert not unlisted, f"packages missing from README's Architecture tree: {unlisted}"


def test_the_readme_layers_are_the_enforced_ones() -> None:
    readme_layers = layers_of(code_blocks(architecture_section(README.read_text(encoding="utf-8")))[1])
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter", encoding="utf-8")
    enforced = [
        " ".join(line.replace("annotator.core.", "").split())
        for line in config["importlinter:contract:core-layers"]["layers"].splitlines()
        if line.strip()
    ]
    assert readme_layers == enforced


# Files outside core/store/ allowed to run SQL, each with its reason. Move the SQL into the
# store rather than adding to this list.
SQL_ELSEWHERE = {
    # whole-file work on raw connections: ATTACH + sqlcipher_export, quick_check of a copy,
    # exclusive locking and checkpoints while a file is replaced
    "annotator/core/protection/conversion.py",
    "annotator/core/protection/backups.py",
    "annotator/core/protection/exclusive.py",
    # PRAGMA data_version: has another connection changed the project?
    "annotator/gui/session.py",
}
_SQL_CALL = re.compile(r"\.(?:execute|executemany|executescript)\(")


def test_no_sql_outside_the_store() -> None:
    found = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "annotator").rglob("*.py")
        if "store" not in path.relative_to(ROOT / "annotator").parts[:2]
        and _SQL_CALL.search(path.read_text(encoding="utf-8"))
    )
    assert set(found) <= SQL_ELSEWHERE, (
        f"SQL outside annotator/core/store/: {sorted(set(found) - SQL_ELSEWHERE)}"
    )


def test_the_core_holds_no_type_ignore() -> None:
    """mypy checks the core with every ignore reported unless used; none is needed: fix the
    type (a stub, a Protocol, a TypedDict, a narrower annotation) instead of silencing it."""
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{number}"
        for path in sorted((ROOT / "annotator" / "core").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line
    ]
    assert not found, f"type: ignore in the core: {found}"
