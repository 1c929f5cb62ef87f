#!/usr/bin/env python3
"""xwd2png.py IN.xwd OUT.png: an X window dump (``xwd``, 24/32-bit TrueColor) as a PNG.

The clean root that tries the bundle has no Python and no image tools: it dumps the window
with ``xwd`` and this converts the dump outside it (standard library only).
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path


def xwd_to_rgb(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB rows of a ZPixmap dump of 24 or 32 bits a pixel."""
    fields = struct.unpack(">25I", data[:100])
    header_size, _version, pixmap_format, _depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    red_mask, green_mask, blue_mask = fields[14:17]
    ncolors = fields[19]
    if pixmap_format != 2 or bits_per_pixel not in (24, 32):
        raise ValueError(f"not a 24/32-bit ZPixmap dump (format {pixmap_format}, {bits_per_pixel} bpp)")
    start = header_size + 12 * ncolors
    step = bits_per_pixel // 8
    endian = "little" if byte_order == 0 else "big"

    def shift(mask: int) -> int:
        return (mask & -mask).bit_length() - 1

    shifts = [(mask, shift(mask)) for mask in (red_mask, green_mask, blue_mask)]
    rows = bytearray()
    for y in range(height):
        line = data[start + y * bytes_per_line : start + y * bytes_per_line + width * step]
        rows.append(0)  # PNG filter: none
        for x in range(0, width * step, step):
            pixel = int.from_bytes(line[x : x + step], endian)
            rows.extend((pixel & mask) >> s for mask, s in shifts)
    return width, height, bytes(rows)


def png(width: int, height: int, rows: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    width, height, rows = xwd_to_rgb(Path(argv[0]).read_bytes())
    Path(argv[1]).write_bytes(png(width, height, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
