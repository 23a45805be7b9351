#!/usr/bin/env python3
"""Generates the Teams app icons for TeamsQuality without any imaging library.

  color.png    192x192, full colour: a white check mark inside a ring on the accent colour
  outline.png   32x32, the same symbol in white on a transparent background

Teams requires exactly these sizes; the outline icon must be white and transparent only.
The output is deterministic (no timestamps), so re-running the script changes nothing unless
the drawing changes. Usage: python3 manifest/make-icons.py [output-dir]  (default: manifest/)
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x1F, 0x5F, 0x8B)  # keep in sync with accentColor in manifest.json (#1F5F8B)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4  # 4x4 samples per pixel for smooth edges


def _segment_distance(px, py, ax, ay, bx, by):
    """Distance from point p to segment a-b."""
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _in_symbol(u, v, ring_width, stroke):
    """True when the point (u, v) in unit coordinates (0..1) lies on the symbol."""
    # Ring centred in the icon.
    r = math.hypot(u - 0.5, v - 0.5)
    if abs(r - 0.36) <= ring_width / 2:
        return True
    # Check mark: two strokes with round caps.
    a, b, c = (0.33, 0.52), (0.45, 0.64), (0.68, 0.38)
    half = stroke / 2
    return (_segment_distance(u, v, *a, *b) <= half) or (_segment_distance(u, v, *b, *c) <= half)


def _coverage(size, x, y, ring_width, stroke):
    hits = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            u = (x + (sx + 0.5) / SUPERSAMPLE) / size
            v = (y + (sy + 0.5) / SUPERSAMPLE) / size
            if _in_symbol(u, v, ring_width, stroke):
                hits += 1
    return hits / (SUPERSAMPLE * SUPERSAMPLE)


def _png(width, height, rows):
    """rows: list of bytes objects, each width*4 bytes of RGBA."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (None) per scanline
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_icon(size=192):
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            c = _coverage(size, x, y, ring_width=0.07, stroke=0.08)
            rgb = [round(ACCENT[i] * (1 - c) + WHITE[i] * c) for i in range(3)]
            row += bytes(rgb + [255])
        rows.append(bytes(row))
    return _png(size, size, rows)


def outline_icon(size=32):
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            # Thicker strokes so the symbol stays legible at 32 px.
            c = _coverage(size, x, y, ring_width=0.10, stroke=0.11)
            row += bytes(list(WHITE) + [round(255 * c)])
        rows.append(bytes(row))
    return _png(size, size, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, data in (("color.png", color_icon()), ("outline.png", outline_icon())):
        path = os.path.join(out, name)
        with open(path, "wb") as f:
            f.write(data)
        print(f"wrote {path} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
