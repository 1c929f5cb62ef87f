"""Hostile REFI-QDA packages are refused quickly, with bounded memory, one line, and no change.

A ``.qdpx`` is untrusted input: zip-slip paths, XML with a DTD (external
entities, billion laughs), zip bombs (real ones, and ones whose headers lie).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
import tracemalloc
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.errors import ImportFailed
from annotator.core.project import create_project
from annotator.core.refi_qda import import_file, read_qdpx, xml_safety
from annotator.core.refi_qda.zip_safety import MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, SafeArchive

VALID_QDE = (
    '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
    '<CodeBook><Codes><Code guid="6a1c8d1e-8f3f-4b9e-9d7a-0c1b2a3d4e5f" name="A" isCodable="true"/>'
    "</Codes></CodeBook></Project>"
)


@pytest.fixture
def store(tmp_path: Path):
    s = create_project(tmp_path / "target.sqlite", codebook="empty")
    yield s
    s.close()


def snapshot(store) -> tuple:
    return store.counts(), len(store.audit_entries())


def refused(store, package: Path, match: str, *, seconds: float = 2.0) -> str:
    """Import ``package``: one line matching ``match``, fast, and ``store`` unchanged."""
    before = snapshot(store)
    start = time.perf_counter()
    with pytest.raises(ImportFailed, match=match) as info:
        import_file(store, package)
    assert time.perf_counter() - start < seconds
    message = str(info.value)
    assert "\n" not in message and package.name in message
    assert snapshot(store) == before
    return message


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "evil", ["../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:/Windows/evil.txt", "..\\..\\evil.txt"]
)
def test_zip_slip_member_paths_are_refused(tmp_path, store, evil) -> None:
    package = zip_with(tmp_path / "slip.qdpx", {"project.qde": VALID_QDE.encode(), evil: b"x"})
    refused(store, package, "path leaves it")


def test_a_plain_text_path_pointing_outside_reads_nothing(tmp_path, store) -> None:
    doc = str(uuid.uuid4())
    qde = VALID_QDE.replace(
        "</Project>",
        f'<Sources><TextSource guid="{doc}" name="x" plainTextPath="internal://../../../../etc/passwd"/>'
        f'<TextSource guid="{uuid.uuid4()}" name="y" plainTextPath="absolute:///etc/passwd"/></Sources></Project>',
    )
    package = zip_with(tmp_path / "ref.qdpx", {"project.qde": qde.encode()})
    data, notes = read_qdpx(package)
    assert data.documents == []
    assert any("not a plain file name" in s for s in notes.skipped)
    assert any("outside the package" in s for s in notes.skipped)


XXE = (
    '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"><Description>&xxe;</Description></Project>'
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + ']><Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>'
)


@pytest.mark.parametrize("xml", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_dtd_and_entities_are_refused(tmp_path, store, xml, encoding) -> None:
    data = xml.replace('version="1.0"?>', f'version="1.0" encoding="{encoding}"?>', 1).encode(encoding)
    package = zip_with(tmp_path / "dtd.qdpx", {"project.qde": data})
    refused(store, package, "DTD or entities")
    qdc = tmp_path / "dtd.qdc"
    qdc.write_bytes(data)
    refused(store, qdc, "DTD or entities")


def test_the_parser_itself_never_resolves_entities_or_loads_files() -> None:
    """Second layer: even if the up-front scan were bypassed, nothing is read or expanded."""
    in_text = XXE.replace(' name="&xxe;"', ' name="x"')
    for xml in (in_text, LAUGHS.replace('name="&lol9;"', 'name="x"') + "", XXE, LAUGHS):
        try:
            root = etree.fromstring(xml.encode(), xml_safety.safe_parser())
        except etree.XMLSyntaxError:
            continue  # refusing is fine too
        shown = etree.tostring(root, encoding="unicode")
        assert "root:" not in shown and len(shown) < 10_000
        with pytest.raises(ImportFailed, match="DTD"):
            xml_safety._check_no_doctype(root.getroottree(), path="x", label="x")


def test_zip_bomb_is_refused_from_its_headers_without_inflating(tmp_path, store) -> None:
    package = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("project.qde", VALID_QDE.encode())
        with zf.open("sources/zeros.txt", "w") as member:
            chunk = bytes(1 << 20)
            for _ in range(64):  # 64 MB of zeros: about 64 KB compressed (1000:1)
                member.write(chunk)
    assert package.stat().st_size < 200_000
    tracemalloc.start()
    try:
        message = refused(store, package, "zip bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "inflate" in message and peak < 20 * 1024 * 1024


def _forge_sizes(path: Path, member: str, *, file_size: int) -> None:
    """Rewrite the uncompressed size a member declares, in its local header and the central directory."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    central = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, file_size)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, file_size)
            break
        extra, comment = struct.unpack_from("<HH", data, central + 30)
        central = data.index(b"PK\x01\x02", central + 46 + name_len + extra + comment)
    path.write_bytes(bytes(data))


def test_default_limit_refuses_a_member_declaring_gigabytes(tmp_path, store) -> None:
    package = zip_with(
        tmp_path / "big.qdpx", {"project.qde": VALID_QDE.encode(), "sources/a.txt": b"hello " * 100}
    )
    _forge_sizes(package, "sources/a.txt", file_size=3 * 1024**3)  # 3 GB, over the real 1 GiB default
    assert MAX_TOTAL_BYTES == 1 << 30
    message = refused(store, package, "zip bomb")
    assert "3.0 GB" in message and "limit 1.0 GB" in message


def test_a_member_lying_about_its_size_is_stopped_at_the_declared_size(tmp_path, store) -> None:
    doc = str(uuid.uuid4())
    qde = VALID_QDE.replace(
        "</Project>",
        f'<Sources><TextSource guid="{doc}" name="x" plainTextPath="internal://{doc}.txt"/></Sources></Project>',
    )
    package = zip_with(
        tmp_path / "lie.qdpx", {"project.qde": qde.encode(), f"sources/{doc}.txt": b"a" * 500_000}
    )
    _forge_sizes(package, f"sources/{doc}.txt", file_size=1000)  # declares 1 KB, inflates to 500 KB
    refused(store, package, "damaged|declared size")


def test_streamed_reads_share_one_byte_budget(tmp_path) -> None:
    members = {f"sources/{i}.txt": bytes(range(256)) * 1600 for i in range(3)}  # 400 KB each
    package = zip_with(tmp_path / "budget.qdpx", members)
    with SafeArchive(package, max_total=1_000_000) as archive:
        archive.read("sources/0.txt")
        archive.read("sources/1.txt")
        with pytest.raises(ImportFailed, match="inflates past"):
            archive.read("sources/2.txt")


def test_lowered_limit_applies_to_a_whole_import(tmp_path, store) -> None:
    doc = str(uuid.uuid4())
    qde = VALID_QDE.replace(
        "</Project>",
        f'<Sources><TextSource guid="{doc}" name="x" plainTextPath="internal://{doc}.txt"/></Sources></Project>',
    )
    text = ("a testimony line with some words\n" * 20_000).encode()  # 660 KB
    package = zip_with(tmp_path / "limit.qdpx", {"project.qde": qde.encode(), f"sources/{doc}.txt": text})
    with pytest.raises(ImportFailed, match="limit|inflate"):
        read_qdpx(package, max_total=200_000)
    data, _ = read_qdpx(package)  # the default limit lets it through
    assert len(data.documents) == 1


def test_encrypted_members_are_refused(tmp_path, store) -> None:
    package = zip_with(tmp_path / "enc.qdpx", {"project.qde": VALID_QDE.encode()})
    data = bytearray(package.read_bytes())
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 8, struct.unpack_from("<H", data, central + 8)[0] | 1)
    package.write_bytes(bytes(data))
    refused(store, package, "encrypted")


def test_deeply_nested_xml_is_refused(tmp_path, store) -> None:
    deep = "<Code>" * 5000 + "</Code>" * 5000
    qde = VALID_QDE.replace("</Project>", f"<Description>{deep}</Description></Project>")
    package = zip_with(tmp_path / "deep.qdpx", {"project.qde": qde.encode()})
    refused(store, package, "not well-formed|too deeply")


# -- stored (uncompressed) members: no special trust ------------------------------------------

MEASURE = """
import sys
from pathlib import Path
from annotator.core.errors import ImportFailed
from annotator.core.refi_qda import read_qdpx
try:
    data, _ = read_qdpx(sys.argv[1])
    outcome = f"read {len(data.documents)} documents"
except ImportFailed as exc:
    outcome = f"refused {exc}"
peak = next(int(line.split()[1]) // 1024 for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("VmHWM:"))
print(peak)
print(outcome)
"""


def _read_in_a_subprocess(package: Path) -> tuple[int, str]:
    """(peak resident MB, outcome) of reading ``package`` in a fresh process (killed after 120 s)."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(package)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    peak, outcome = done.stdout.strip().splitlines()
    return int(peak), outcome


def _stored(path: Path, name: str, head: bytes, filler: bytes, size: int, tail: bytes, extra=()) -> Path:
    """A zip whose member ``name`` is STORED: ``head``, ``filler`` repeated up to ``size`` bytes,
    ``tail``, written a megabyte at a time (never built in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for member, data in extra:
            zf.writestr(member, data)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_STORED
        with zf.open(info, "w", force_zip64=True) as out:
            out.write(head)
            block = filler * ((1 << 20) // len(filler))
            written = 0
            while written < size:
                piece = block[: size - written]
                out.write(piece)
                written += len(piece)
            out.write(tail)
    return path


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_a_300_mb_stored_project_file_is_streamed_with_bounded_memory(tmp_path) -> None:
    """It used to be read whole (and copied once more): 600 MB for 300 MB. Now it is parsed as it is
    read; libxml2 stops at its 10 MB text-node limit, long before the end."""
    head = VALID_QDE.replace("</Project>", "<Description>").encode()
    package = _stored(tmp_path / "stored.qdpx", "project.qde", head, b"padding ", 300 << 20,
                      b"</Description></Project>")  # fmt: skip
    try:
        peak, outcome = _read_in_a_subprocess(package)
    finally:
        package.unlink()
    assert outcome.startswith("refused") and "stored.qdpx" in outcome
    assert peak < 150, peak


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_a_stored_source_text_over_the_member_limit_is_refused_before_reading(tmp_path) -> None:
    doc = str(uuid.uuid4())
    qde = VALID_QDE.replace(
        "</Project>",
        f'<Sources><TextSource guid="{doc}" name="x" plainTextPath="internal://{doc}.txt"/></Sources></Project>',
    )
    size = MAX_MEMBER_BYTES + (8 << 20)
    package = _stored(tmp_path / "big.qdpx", f"sources/{doc}.txt", b"", b"testimony ", size, b"",
                      extra=[("project.qde", qde.encode())])  # fmt: skip
    try:
        peak, outcome = _read_in_a_subprocess(package)
    finally:
        package.unlink()
    assert outcome.startswith("refused") and "at most 128.0 MB" in outcome, outcome
    assert peak < 100, peak


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_a_big_stored_project_that_is_real_imports_in_bounded_memory(tmp_path) -> None:
    """A 40 MB stored text and a project file of 20,000 sources (stored): read, and the memory
    stays near what the data itself needs (the text once as bytes, once as str)."""
    doc = str(uuid.uuid4())
    sources = "".join(
        f'<TextSource guid="{uuid.UUID(int=i)}" name="s{i}">'
        f"<PlainTextContent>t{i}</PlainTextContent></TextSource>"
        for i in range(20_000)
    )
    qde = VALID_QDE.replace(
        "</Project>",
        f'<Sources><TextSource guid="{doc}" name="big" plainTextPath="internal://{doc}.txt"/>{sources}'
        "</Sources></Project>",
    )
    package = _stored(tmp_path / "real.qdpx", f"sources/{doc}.txt", b"", b"testimony\n", 40 << 20, b"",
                      extra=[("project.qde", qde.encode())])  # fmt: skip
    peak, outcome = _read_in_a_subprocess(package)
    assert outcome == "read 20001 documents", outcome
    assert peak < 250, peak


def test_a_stored_member_declaring_gigabytes_is_refused_from_its_header(tmp_path, store) -> None:
    package = zip_with(tmp_path / "stored.qdpx", {"project.qde": VALID_QDE.encode()})
    with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("project.qde", VALID_QDE.encode())
        zf.writestr("sources/a.txt", b"hello " * 100)
    _forge_sizes(package, "sources/a.txt", file_size=3 * 1024**3)
    message = refused(store, package, "zip bomb|limit")
    assert "3.0 GB" in message


def test_the_project_file_is_scanned_for_a_dtd_as_it_streams(tmp_path, store) -> None:
    """A DTD marker three megabytes in (past any single read) is still found by the scan,
    before the parser reaches it."""
    filler = os.urandom(3 << 19).hex()  # 3 MB that does not compress like a bomb
    late = VALID_QDE.replace("<CodeBook>", f"<Description>{filler}</Description><CodeBook>")
    late = late.replace("</Project>", "</Project><!DOCTYPE x>")
    package = zip_with(tmp_path / "late.qdpx", {"project.qde": late.encode()})
    refused(store, package, "declares a DTD")
