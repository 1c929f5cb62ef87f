"""The cases issue's "done means" on the demo: a testimony describing two victims, a survivor
with two interviews, dated events; the HTCDS export gives one row per victim and their events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.core.demo import build_demo
from annotator.core.resources import demo_dir
from annotator.core.store import ProjectStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


def _quotes(store: ProjectStore, label: str) -> set[str]:
    case = store.case_by_label(label)
    assert case is not None
    return {store.document_text(c.document)[c.start : c.end] for c in store.codings_of_case(case.guid)}


def test_two_victims_in_one_testimony_and_one_survivor_in_two(demo: Path) -> None:
    with ProjectStore.open(demo, readonly=True) as store:
        names = {d.guid: d.name for d in store.documents()}
        survivor = store.case_by_label("Survivor 02")
        assert survivor is not None
        assert [names[d] for d in store.case_documents(survivor.guid)] == [
            "02-en-sold-as-wife.txt",
            "12-en-second-interview-02.txt",
        ]
        hye, ok = _quotes(store, "Hye"), _quotes(store, "Ok")
    ok_price = "she was sold to a karaoke bar in Shenyang for 30,000 yuan"
    hye_price = "His family paid 20,000 yuan for me."
    assert ok_price in ok and ok_price not in hye
    assert hye_price in hye and hye_price not in ok
    crossing = "We crossed the Tumen River in March 2014, at night, with the woman and a guide."
    assert crossing in hye and crossing in ok  # linked to no one: the whole testimony's cases share it


def test_the_timeline_of_the_younger_sister(run, demo: Path) -> None:
    done = run("case", "timeline", demo, "Ok", "--json")
    assert done.code == 0, done.err
    data = json.loads(done.out)
    dates = [e["date"]["from"][:7] for e in data["events"]]
    assert dates == sorted(dates) and dates[0] == "2014-03" and dates[-1].startswith("2016")
    assert data["figures"]["times_sold"] == 1


def test_htcds_export_refuses_undecided_disagreements_then_pools_them_on_request(
    run, demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "htcds.csv"
    refused = run("export", demo, "--format", "cases", "--schema", "htcds-2.0", "-o", out)
    assert refused.code == 1 and "consensus layer has not decided" in refused.err
    assert not out.exists()
    done = run("export", demo, "--format", "cases", "--schema", "htcds-2.0", "-o", out, "--pool", "any")
    assert done.code == 0, done.err
    standard = demo_dir().parent / "standards"
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    meta = json.loads(out.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert len(rows) == 12  # one per victim: 10 survivors, Hye and Ok (not the broker)
    assert meta["layer"]["mode"] == "pool-any"
    assert {r["vic_AgeWhenTrafficked"] for r in rows} >= {"15", "20"}
    header = next(csv.reader(out.open(encoding="utf-8")))
    assert header and all(h.startswith(("prs_", "vic_")) for h in header)
    assert (standard / "README.md").exists()
    with out.with_suffix(".events.csv").open(encoding="utf-8", newline="") as f:
        events = list(csv.DictReader(f))
    assert any(e["hte_Date"].startswith("2016") for e in events)  # Ok's repatriation
    assert all(e["hte_Date"] for e in events)
