"""The scale benchmark: every step a team goes through, at one, ten and a hundred times the demo.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_scale.py --scale 1|10|100 [--step NAME ...]

Scales (1× is the size measured side by side with QualCoder; 10× and 100× are where costs that
grow faster than the work show):

| scale | documents of 20 KB | long testimony | codings in it | codings in all | coders |
| 1     | 200                | 1 MB           | 9,000         | 10,000         | 2      |
| 10    | 2,000              | 5 MB           | 50,000        | 100,000        | 3      |
| 100   | 20,000             | 5 MB           | 50,000        | 500,000        | 3      |

GUI times run until the text view has painted the result (what a coder sees), with
``processEvents`` after each action; the repaint is the one the app itself does.

The corpus (text files) and the coded study (a project built by bulk insert, not timed) are
built once and cached in ``$ANNOTATOR_BENCH_CACHE`` (default ``~/.cache/annotator-bench``).
Each step runs in its own process, so its peak memory (``ru_maxrss``) is its own, and prints
one JSON line; the parent prints the table. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_CODER", "coder0")

SCALES: dict[int, dict[str, int]] = {
    1: {"documents": 200, "long_bytes": 1_000_000, "long_codings": 9_000, "codings": 10_000, "coders": 2},
    10: {
        "documents": 2_000,
        "long_bytes": 5_000_000,
        "long_codings": 50_000,
        "codings": 100_000,
        "coders": 3,
    },
    100: {
        "documents": 20_000,
        "long_bytes": 5_000_000,
        "long_codings": 50_000,
        "codings": 500_000,
        "coders": 3,
    },
}
STEPS = (
    "import",
    "info",
    "open",
    "code",
    "scroll",
    "click",
    "coder-filter",
    "agreement",
    "export-csv",
    "export-xlsx",
    "export-qdpx",
    "merge",
)
SENTENCES = (
    "He said the job was in a restaurant and that the pay would be good. ",
    "그 사람은 식당에서 일하게 될 거라고 했어요. 도착하자 여권을 가져갔어요. ",
    "We worked every day from early morning until late at night. ",
    "브로커는 그녀를 2만 5천 위안에 팔았다고 말했어요. ",
    "They said I owed them 18,000 yuan for the journey across the river. ",
)


DEMO = 0  # ``--scale 0``: the bundled demo project (the window steps only)
WINDOW_STEPS = ("open", "code", "scroll", "click", "coder-filter")


def cache_dir(scale: int) -> Path:
    base = Path(os.environ.get("ANNOTATOR_BENCH_CACHE", Path.home() / ".cache" / "annotator-bench"))
    return base / ("demo" if scale == DEMO else f"scale-{scale}")


def testimony(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        para = rng.choice(("Interviewer: ", "Respondent: ")) + "".join(
            rng.choice(SENTENCES) for _ in range(rng.randint(2, 6))
        )
        parts.append(para.strip())
        total += len(para.encode("utf-8")) + 1
    return "\n".join(parts)


def build(scale: int) -> Path:
    """The corpus folder and the coded study for ``scale`` (cached)."""
    from annotator.core.changes import AddCode
    from annotator.core.model import Coding, Document, new_guid, utc_now
    from annotator.core.project import create_project
    from annotator.core.text import sha256_text

    folder = cache_dir(scale)
    study = folder / "study.sqlite"
    if scale == DEMO:
        from annotator.core.demo import build_demo

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        build_demo(study)
        return folder
    spec = SCALES[scale]
    if study.exists() and (folder / "done").exists():
        # a study cached by an older version: upgrade it once here, or every window step would
        # time the upgrade (a copy of the whole file) instead of the opening
        from annotator.core.store import ProjectStore

        with ProjectStore.open(study) as store:
            kept = store.migration_backup
        if kept is not None:
            kept.unlink(missing_ok=True)
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    rng = random.Random(scale)
    texts = []
    for i in range(spec["documents"]):
        text = testimony(rng, 20_000) + f"\n(interview {i})"
        (corpus / f"t{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append((f"t{i:05d}.txt", text))
    long_text = testimony(rng, spec["long_bytes"])
    (corpus / "long.txt").write_text(long_text, encoding="utf-8")
    texts.append(("long.txt", long_text))

    store = create_project(study, codebook="default")
    docs = []
    with store.atomic():
        for position, (name, text) in enumerate(texts, 1):
            doc = Document(
                new_guid(), name, sha256_text(text), len(text), imported_at=utc_now(), position=position
            )
            store.insert_document(doc, text)
            docs.append(doc)
    codes = [c.guid for c in store.codes() if c.codable][:40]
    if len(codes) < 40:
        for i in range(40 - len(codes)):
            add = AddCode(f"Bench code {i}")
            add.apply(store)
            codes.append(add.code.guid)
    coders = [store.ensure_coder(f"coder{i}").guid for i in range(spec["coders"])]
    long_doc = docs[-1]
    codings: list[Coding] = []
    seen: set[tuple[str, str, str, int, int]] = set()

    def add(doc: Document, count: int) -> None:
        made = 0
        while made < count:
            length = rng.randint(5, 600)
            start = rng.randrange(0, max(1, doc.length - length))
            key = (doc.guid, rng.choice(codes), rng.choice(coders), start, start + length)
            if key in seen:
                continue
            seen.add(key)
            codings.append(Coding(new_guid(), key[0], key[1], key[2], key[3], key[4], utc_now()))
            made += 1

    add(long_doc, spec["long_codings"])
    rest = spec["codings"] - spec["long_codings"]
    for i in range(rest):
        add(docs[i % (len(docs) - 1)], 1)
    with store.atomic():
        store.insert_codings(codings)
    store.close()
    (folder / "done").write_text("ok")
    return folder


def reset_peak() -> None:
    """Forget the peak memory this process inherited (a forked child starts with its parent's)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb() -> float:
    """This process's peak resident memory since :func:`reset_peak` (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- steps (each runs in its own process) --------------------------------------------------------


def step_import(folder: Path) -> dict[str, Any]:
    from annotator.core.importers.importing import import_files
    from annotator.core.project import create_project

    target = folder / "import.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    files = sorted((folder / "corpus").iterdir())
    store = create_project(target, codebook="empty")
    marks: list[float] = []
    start = time.perf_counter()

    def progress(done: int, total: int, _name: str) -> None:
        if done % max(1, total // 10) == 0:
            marks.append(time.perf_counter() - start)

    report = import_files(store, files, progress=progress)
    seconds = time.perf_counter() - start
    store.close()
    assert len(report.imported) == len(files), report.failed[:3]
    tenth = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    return {
        "seconds": seconds,
        "files": len(files),
        "first tenth s": round(tenth[0], 3) if tenth else None,
        "last tenth s": round(tenth[-1], 3) if tenth else None,
    }


def step_info(folder: Path) -> dict[str, Any]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "info", str(folder / "study.sqlite"), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "codings": json.loads(done.stdout)["codings"]}


def _window(folder: Path):  # noqa: ANN202 — (app, window, open time in ms)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    # A fresh user every run: no remembered document or layout from the run before.
    settings = tempfile.mkdtemp(prefix="bench-settings-")
    os.environ["ANNOTATOR_CONFIG_DIR"] = settings
    QCoreApplication.setOrganizationName("Testimony Annotator Bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    copy = folder / "study-gui.sqlite"  # the GUI steps code and undo: never touch the cached study
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(folder / "study-gui.sqlite.backups", ignore_errors=True)
    shutil.copyfile(folder / "study.sqlite", copy)
    start = time.perf_counter()
    assert window.open_project(copy)
    painted = _until_painted(app, window)
    return app, window, (painted - start) * 1000


def _until_painted(app, window, limit: float = 10.0) -> float:  # noqa: ANN001
    """Process events until the text view has painted; the time it did."""
    seen: list[float] = []

    def note() -> None:
        if not seen:
            seen.append(time.perf_counter())

    window.view.painted.connect(note)
    window.view.viewport().update()
    deadline = time.perf_counter() + limit
    while not seen and time.perf_counter() < deadline:
        app.processEvents()
    window.view.painted.disconnect(note)
    return seen[0] if seen else time.perf_counter()


def _open_long(app, window) -> tuple[float, float]:  # noqa: ANN001
    """Opening the long testimony: (ms to its first paint, ms until every coding is in)."""
    documents = window.session.store.documents()
    long_doc = next((d for d in documents if d.name == "long.txt"), None) or max(
        documents, key=lambda d: d.length
    )
    start = time.perf_counter()
    window.documents.select(long_doc.guid)
    first = _until_painted(app, window)
    while not window.presenter.complete:
        app.processEvents()
    return (first - start) * 1000, (time.perf_counter() - start) * 1000


def step_open(folder: Path) -> dict[str, Any]:
    app, window, first_paint = _window(folder)
    firsts, alls = [], []
    small = window.session.store.documents()[0].guid
    for _ in range(3):  # the median of three openings (a background backup or recount may overlap one)
        long_first, long_all = _open_long(app, window)
        firsts.append(long_first)
        alls.append(long_all)
        window.documents.select(small)
        _until_painted(app, window)
    long_first, long_all = statistics.median(firsts), statistics.median(alls)
    window.close()
    return {
        "window open to first paint ms": round(first_paint),
        "long testimony: first paint ms": round(long_first),
        "all codings in ms": round(long_all),
    }


def step_code(folder: Path) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window, _ = _window(folder)
    _open_long(app, window)
    rng = random.Random(3)
    text_len = len(window.view.text)
    times, undo = [], []
    for _ in range(70):
        start = rng.randrange(0, text_len - 300)
        window.view.select_span(start, start + rng.randint(10, 200))
        app.processEvents()
        t = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_1)  # the number key of a code, as a coder codes
        times.append((_until_painted(app, window) - t) * 1000)
        t = time.perf_counter()
        window.session.undo_stack.undo()
        undo.append((_until_painted(app, window) - t) * 1000)
        window.session.undo_stack.redo()
        app.processEvents()
    window.close()
    times, undo = times[10:], undo[10:]  # the first few warm caches
    return {
        "median ms": round(statistics.median(times), 1),
        "p95 ms": round(statistics.quantiles(times, n=20)[-1], 1),
        "undo median ms": round(statistics.median(undo), 1),
    }


def step_scroll(folder: Path) -> dict[str, Any]:
    app, window, _ = _window(folder)
    _open_long(app, window)
    bar = window.view.verticalScrollBar()
    times = []
    for _ in range(60):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        times.append((_until_painted(app, window) - t) * 1000)
    window.close()
    return {
        "median ms": round(statistics.median(times), 1),
        "p95 ms": round(statistics.quantiles(times, n=20)[-1], 1),
    }


def step_click(folder: Path) -> dict[str, Any]:
    """Clicking a highlight: the mouse press on a coded character until the view has painted
    the selected codings (the segments table selects them too)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    app, window, _ = _window(folder)
    _open_long(app, window)
    view = window.view
    codings = [c for c in window.session.codings_of(window.presenter.document) if c.end - c.start > 2]
    rng = random.Random(5)
    times = []
    for coding in rng.sample(codings, min(60, len(codings))):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.span_to_qt(coding.start + 1, coding.start + 2)[0])
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        _until_painted(app, window)
        point = view.cursorRect(cursor).center() + QPoint(3, 0)
        t = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        times.append((_until_painted(app, window) - t) * 1000)
    window.close()
    times = times[5:]
    return {
        "median ms": round(statistics.median(times), 1),
        "p95 ms": round(statistics.quantiles(times, n=20)[-1], 1),
    }


def step_coder_filter(folder: Path) -> dict[str, Any]:
    """View → One coder and back to all coders, on the long testimony, until repainted."""
    app, window, _ = _window(folder)
    _open_long(app, window)
    coders = [c.guid for c in window.session.store.coders()]
    times = []
    for i in range(20):
        t = time.perf_counter()
        window.coders.set_mode(coders[i % len(coders)])
        times.append((_until_painted(app, window) - t) * 1000)
        t = time.perf_counter()
        window.coders.set_mode("all")
        times.append((_until_painted(app, window) - t) * 1000)
    window.close()
    return {
        "median ms": round(statistics.median(times), 1),
        "max ms": round(max(times), 1),
    }


def step_agreement(folder: Path) -> dict[str, Any]:
    from annotator.core.analysis.agreement import agreement
    from annotator.core.store import ProjectStore

    with ProjectStore.open(folder / "study.sqlite", readonly=True) as store:
        start = time.perf_counter()
        report = agreement(store, ["coder0", "coder1"])
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        agreement(store, ["coder0", "coder1"])  # again, as the dialog's second run (page cache warm)
        again = time.perf_counter() - start
    return {"seconds": seconds, "again s": round(again, 3), "documents": report.to_json()["documents"]}


def _export(folder: Path, fmt: str) -> dict[str, Any]:
    from annotator.core.exporters import ExportRequest, run_export
    from annotator.core.store import ProjectStore

    out = folder / f"out.{fmt}"
    out.unlink(missing_ok=True)
    with ProjectStore.open(folder / "study.sqlite", readonly=True) as store:
        start = time.perf_counter()
        result = run_export(store, ExportRequest(fmt, out, force=True))
        seconds = time.perf_counter() - start
    size = out.stat().st_size
    out.unlink()
    return {"seconds": seconds, "codings": result.codings, "MB written": round(size / 1e6, 1)}


def step_merge(folder: Path) -> dict[str, Any]:
    from annotator.core.analysis.merge import merge_projects
    from annotator.core.analysis.package import coder_for_package, make_package

    target, source = folder / "merge-target.sqlite", folder / "merge-source.sqlite"
    for path in (target, source):
        for suffix in ("", "-wal", "-shm", ".before-merge.bak"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    study = folder / "study.sqlite"
    make_package(study, coder_for_package(study, "coder0"), target)
    make_package(study, coder_for_package(study, "coder1"), source)
    start = time.perf_counter()
    reports = merge_projects(target, [source])
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "codings added": sum(r.codings_added for r in reports)}


RUNNERS = {
    "import": step_import,
    "info": step_info,
    "open": step_open,
    "code": step_code,
    "scroll": step_scroll,
    "click": step_click,
    "coder-filter": step_coder_filter,
    "agreement": step_agreement,
    "export-csv": lambda f: _export(f, "csv"),
    "export-xlsx": lambda f: _export(f, "xlsx"),
    "export-qdpx": lambda f: _export(f, "qdpx"),
    "merge": step_merge,
}


def run_step(scale: int, name: str) -> dict[str, Any]:
    """Run one step in a child process; its JSON line, with the child's peak memory."""
    done = subprocess.run(
        [sys.executable, __file__, "--scale", str(scale), "--child", name],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        type=int,
        choices=[DEMO, *sorted(SCALES)],
        default=1,
        help="0: the demo project (window steps)",
    )
    parser.add_argument("--step", action="append", choices=STEPS, help="only these steps (repeatable)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build":
        build(args.scale)
        return
    if args.child:
        reset_peak()
        result = RUNNERS[args.child](cache_dir(args.scale))
        result["peak MB"] = round(peak_mb())
        print(json.dumps(result))
        return
    start = time.perf_counter()
    # Built in a child process, so this one stays small and its children start small too.
    subprocess.run(
        [sys.executable, __file__, "--scale", str(args.scale), "--child", "build"], check=True, cwd=ROOT
    )
    folder = cache_dir(args.scale)
    built = time.perf_counter() - start
    print(f"corpus and study at scale {args.scale}: {folder} (built or checked in {built:.0f} s)")
    print(f"{'step':<13} result")
    for name in args.step or (WINDOW_STEPS if args.scale == DEMO else STEPS):
        result = run_step(args.scale, name)
        shown = ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) and k == "seconds" else f"{k} {v}"
            for k, v in result.items()
        )
        print(f"{name:<13} {shown}", flush=True)


if __name__ == "__main__":
    main()
