"""The command line for codes in other languages: show --json, label, labels --from-default,
language, and export --code-language (paths stay canonical everywhere on the command line)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from annotator.core.model import LABEL_FIELDS

MARRIAGE = "Forms of exploitation/Forced marriage"


def test_show_label_and_language(run, tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    assert run("new", project).code == 0
    shown = json.loads(run("codebook", "show", project, MARRIAGE, "--json").out)
    (row,) = shown
    assert {"path", "name", "guid", "color", "labels", *LABEL_FIELDS} <= set(row)
    assert row["path"] == MARRIAGE and row["name"] == "Forced marriage"
    assert row["labels"]["ko"]["name"] == "강제 결혼" and row["labels"]["zh_CN"]["name"] == "强迫婚姻"

    result = run(
        "codebook",
        "label",
        project,
        MARRIAGE,
        "--language",
        "ko",
        "--definition",
        "새 정의",
        "--coder",
        "lee",
    )
    assert result.code == 0, result.err
    row = json.loads(run("codebook", "show", project, MARRIAGE, "--json").out)[0]
    assert row["labels"]["ko"]["definition"] == "새 정의" and row["labels"]["ko"]["name"] == "강제 결혼"
    # codebook list keeps its contract: canonical paths, the same four keys
    listed = json.loads(run("codebook", "list", project, "--json").out)
    assert set(listed[0]) == {"path", "name", "guid", "color"}

    bad = run("codebook", "label", project, MARRIAGE, "--language", "fr", "--name", "Mariage forcé")
    assert bad.code == 1 and len(bad.err.strip().splitlines()) == 1
    assert run("codebook", "label", project, MARRIAGE, "--language", "ko").code == 2  # nothing to set

    assert run("codebook", "language", project).out.strip() == "interface"
    assert run("codebook", "language", project, "ko").code == 0
    assert run("codebook", "language", project).out.strip() == "ko"


def test_labels_from_default_fill_an_empty_codebook_project(run, tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    run("new", project)
    # A project whose codes lost their labels (made before labels existed) gets them back by GUID.
    import sqlite3

    conn = sqlite3.connect(project)
    conn.execute("DELETE FROM code_labels")
    conn.commit()
    conn.close()
    result = run("codebook", "labels", project, "--from-default", "--language", "ko")
    assert result.code == 0, result.err
    assert "140 labels" in result.out
    row = json.loads(run("codebook", "show", project, MARRIAGE, "--json").out)[0]
    assert set(row["labels"]) == {"ko"}
    again = run("codebook", "labels", project, "--from-default", "--language", "ko")
    assert "0 labels" in again.out  # nothing left to fill, nothing overwritten


def test_export_names_codes_in_korean_only_when_asked(run, tmp_path: Path) -> None:
    project = tmp_path / "study.sqlite"
    run("new", project)
    text = tmp_path / "t.txt"
    text.write_text("그는 나를 강제로 결혼시켰다.", encoding="utf-8")
    run("import", project, text, "--coder", "lee")
    run("autocode", project, "--code", MARRIAGE, "--pattern", "결혼", "--coder", "lee")
    plain, korean = tmp_path / "en.csv", tmp_path / "ko.csv"
    assert run("export", project, "-o", plain).code == 0
    assert run("export", project, "-o", korean, "--code-language", "ko").code == 0
    en_rows = list(csv.DictReader(plain.open(encoding="utf-8-sig")))
    ko_rows = list(csv.DictReader(korean.open(encoding="utf-8-sig")))
    assert MARRIAGE in json.dumps(en_rows, ensure_ascii=False)
    assert "착취 형태/강제 결혼" in json.dumps(ko_rows, ensure_ascii=False)
    assert "Forced marriage" not in json.dumps(ko_rows, ensure_ascii=False)
