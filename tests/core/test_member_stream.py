"""A zip member's stream works as a file object wherever one is expected.

``MemberStream`` feeds lxml's streaming parser with ``read``; wrapped in a buffered reader
(``io.BufferedReader``, ``io.TextIOWrapper``) it is read with ``readinto``, which must count
the buffer in bytes whatever its item size.
"""

from __future__ import annotations

import array
import io

from annotator.core.refi_qda.zip_safety import MemberStream


def _stream(*chunks: bytes) -> MemberStream:
    return MemberStream(iter(chunks), sum(map(len, chunks)))


def test_a_buffered_reader_reads_every_chunk() -> None:
    stream = _stream(b"<a>", "ü".encode(), b"</a>", b"")
    assert io.BufferedReader(stream, buffer_size=2).read() == "<a>ü</a>".encode()


def test_a_text_wrapper_decodes_across_chunk_boundaries() -> None:
    encoded = "Kim 김옥순".encode()
    stream = _stream(encoded[:5], encoded[5:7], encoded[7:])
    assert io.TextIOWrapper(io.BufferedReader(stream), encoding="utf-8").read() == "Kim 김옥순"


def test_readinto_counts_bytes_not_items() -> None:
    stream = _stream(b"abcdefgh")
    target = array.array("i", [0, 0])  # 2 items, 8 bytes
    assert stream.readinto(target) == 8
    assert target.tobytes() == b"abcdefgh"
    assert stream.consumed == 8
