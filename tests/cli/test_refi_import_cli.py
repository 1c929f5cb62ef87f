"""``annotator import PROJECT x.qdpx``: a package that would lose selections is refused unless
``--allow-partial``, and every dropped selection is listed either way."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.text import normalise
from tests.core.test_refi_qda_import import (
    QC_TEXTS,
    RAW,
    STANDARD,
    g,
    make_qdpx,
    project_xml,
    qc_package,
    selections_xml,
    text_source,
)


def _package_with_one_misfit(path: Path) -> tuple[Path, str]:
    doc, code, user, bad = g(), g(), g(), g()
    text = normalise(RAW)
    sels = selections_xml(text, STANDARD, code=code, user=user) + (
        f'<PlainTextSelection guid="{bad}" startPosition="3" endPosition="{len(text) + 40}">'
        f'<Coding guid="{g()}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
    )
    body = text_source(doc, sels, path=f"internal://{doc}.txt")
    qde = project_xml(body, origin="", code=code, user=user)
    return make_qdpx(path, qde, {f"sources/{doc}.txt": text.encode()}), bad


def _counts(run, project: Path) -> dict:
    return json.loads(run("info", project, "--json").out)


def test_a_dropped_selection_exits_1_and_lists_it_unless_allow_partial(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    assert run("new", project, "--codebook", "empty").code == 0
    package, bad = _package_with_one_misfit(tmp_path / "in.qdpx")

    refused = run("import", project, package, "--coder", "lead")
    assert refused.code == 1
    assert bad in refused.err and "outside its text" in refused.err
    assert "--allow-partial" in refused.err and "in.qdpx" in refused.err
    assert "Traceback" not in refused.err
    assert _counts(run, project)["documents"] == 0  # nothing imported

    partial = run("import", project, package, "--coder", "lead", "--allow-partial")
    assert partial.code == 0, partial.err
    assert "1 of 9 selections not imported" in partial.out
    assert bad in partial.out + partial.err
    assert _counts(run, project)["codings"] == 8


def test_a_qc_package_imports_through_the_command_line(run, tmp_path: Path) -> None:
    project = tmp_path / "p.sqlite"
    assert run("new", project, "--codebook", "empty").code == 0
    result = run("import", project, qc_package(tmp_path / "qc.qdpx"), "--coder", "lead")
    assert result.code == 0, result.err
    assert "not imported" not in result.out + result.err
    counts = _counts(run, project)
    assert counts["documents"] == len(QC_TEXTS) and counts["codings"] == 5
