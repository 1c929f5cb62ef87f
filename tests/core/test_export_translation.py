"""Exports with both sides: each coded passage with its aligned passage in the linked document
(``--with-translation``), through the one export path, cleaned by the same privacy step as every
other text; merges and coder packages keep the links."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.core.changes import ApplyCode, LinkTranslation
from annotator.core.errors import UsageError
from annotator.core.exporters import ExportRequest, run_export
from annotator.core.model import Coder
from annotator.core.pseudonymise import Pseudonym, SetPseudonyms
from annotator.core.store import ProjectStore

KO = "김영희는 2013년에 중국으로 건너갔습니다. 중개인은 공장 일을 약속했어요.\n저는 농가에 팔렸습니다."
EN = "Kim Young-hee crossed into China in 2013. The broker promised factory work.\nI was sold to a farm."


@pytest.fixture
def linked(store: ProjectStore, add_text, add_code) -> ProjectStore:
    ko, en = add_text(KO, "ko.txt"), add_text(EN, "en.txt")
    LinkTranslation(original=ko.guid, translation=en.guid).apply(store)
    with store.atomic():
        store.insert_coder(Coder("c-mina", "mina"))
    code = add_code("Crossing")
    ApplyCode(document=ko.guid, start=0, end=KO.index("건너갔습니다.") + 7, code=code, coder="c-mina").apply(
        store
    )
    ApplyCode(document=en.guid, start=EN.index("I was"), end=len(EN), code=code, coder="c-mina").apply(store)
    return store


def test_csv_gives_each_passage_beside_its_translation(linked: ProjectStore, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    run_export(linked, ExportRequest("csv", out, with_translation=True))
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(rows[0])[-3:] == ["aligned_document", "aligned_language", "aligned_text"]
    by_doc = {r["document"]: r for r in rows}
    assert by_doc["ko.txt"]["text"] == "김영희는 2013년에 중국으로 건너갔습니다."
    assert (by_doc["ko.txt"]["aligned_document"], by_doc["ko.txt"]["aligned_language"]) == ("en.txt", "en")
    assert by_doc["ko.txt"]["aligned_text"] == "Kim Young-hee crossed into China in 2013."
    assert by_doc["en.txt"]["aligned_text"] == "저는 농가에 팔렸습니다."  # a translation's original
    plain = tmp_path / "plain.csv"
    run_export(linked, ExportRequest("csv", plain))
    assert "aligned_text" not in plain.read_text(encoding="utf-8-sig")  # only when asked


def test_json_and_xlsx_carry_it_too_and_other_formats_refuse(linked: ProjectStore, tmp_path: Path) -> None:
    out = tmp_path / "coded.json"
    run_export(linked, ExportRequest("json", out, with_translation=True))
    codings = json.loads(out.read_text(encoding="utf-8"))["codings"]
    assert codings[0]["aligned"] == [
        {"document": "en.txt", "language": "en", "text": "Kim Young-hee crossed into China in 2013."}
    ]
    from openpyxl import load_workbook

    xlsx = tmp_path / "coded.xlsx"
    run_export(linked, ExportRequest("xlsx", xlsx, with_translation=True))
    sheet = load_workbook(xlsx, read_only=True).worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert "aligned_text" in header
    with pytest.raises(UsageError, match="with-translation"):
        run_export(linked, ExportRequest("html", tmp_path / "x.html", with_translation=True))


def test_pseudonymised_and_text_free_exports_clean_the_aligned_text(
    linked: ProjectStore, tmp_path: Path
) -> None:
    SetPseudonyms([Pseudonym("Kim Young-hee", "Participant 1"), Pseudonym("김영희", "참여자 1")]).apply(
        linked
    )
    out = tmp_path / "p.csv"
    run_export(linked, ExportRequest("csv", out, with_translation=True, pseudonymise=True))
    text = out.read_text(encoding="utf-8-sig")
    assert "Kim Young-hee" not in text and "김영희" not in text
    assert "Participant 1 crossed into China in 2013." in text
    dropped = tmp_path / "d.csv"
    run_export(linked, ExportRequest("csv", dropped, with_translation=True, no_text=True))
    rows = list(csv.DictReader(dropped.open(encoding="utf-8-sig")))
    assert all(r["aligned_text"] == "" for r in rows) and "Kim" not in dropped.read_text(encoding="utf-8-sig")


# -- merges and coder packages keep the links --------------------------------------------------------
def test_package_and_merge_carry_the_link_and_the_coders_corrections(
    linked: ProjectStore, tmp_path: Path
) -> None:
    from annotator.core.analysis.merge import merge_projects
    from annotator.core.analysis.package import make_package
    from annotator.core.changes import UnlinkSpans
    from annotator.core.project import create_project

    lead = linked.path
    en = linked.document_by_name("en.txt").guid
    beads = linked.beads(en)
    linked.close()
    package = tmp_path / "mina.sqlite"
    make_package(lead, Coder("c-mina", "mina"), package)
    with ProjectStore.open(package) as coder_copy:
        assert coder_copy.beads(en) == beads  # the package carries the link
        UnlinkSpans(translation=en, side="original", start=0, end=1).apply(
            coder_copy
        )  # the coder corrects it
        corrected = coder_copy.beads(en)
    fresh = tmp_path / "fresh.sqlite"
    create_project(fresh, codebook="empty").close()
    [report] = merge_projects(fresh, [package])
    assert report.translations_added == 1 and report.to_json()["translations_added"] == 1
    with ProjectStore.open(fresh, readonly=True) as merged:
        [link] = merged.translation_links()
        assert merged.document(link.original).name == "ko.txt" and (
            link.original_language,
            link.translation_language,
        ) == ("ko", "en")
        assert merged.beads(link.translation) == corrected
    [again] = merge_projects(fresh, [package])  # merging twice changes nothing
    assert again.translations_added == 0 and not again.conflicts
    [into_lead] = merge_projects(lead, [package])  # the lead's own alignment wins, the difference is said
    assert into_lead.translations_added == 0
    assert any("alignment of 'en.txt' differs" in c for c in into_lead.conflicts)
