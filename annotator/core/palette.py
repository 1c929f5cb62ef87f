"""Code colours: a hue family per top-level group, siblings spread so neighbours differ clearly.

Colours are chosen in OKLab/OKLCH (Björn Ottosson, 2020), where equal distances look
about equally different. Each top-level group owns a hue; its codes take colours
from a band around that hue, varied in lightness, chroma and hue. A sibling set is
picked by farthest-point sampling (each new colour as far as possible from the ones
already taken and from the parent's), then ordered so that each sibling differs
most from the one before it: the codes a coder sees side by side in the tree, and
most often overlapping in the text, are the most distinct.

Every colour keeps a WCAG contrast of at least 3:1 against both the light (white)
and the dark (``DARK_BASE``) text background, so stripes, underlines and labels
drawn in it stay visible in either palette; the fill behind text is translucent,
so text contrast is unaffected. Qt-free: the CLI (``codebook add``, ``codebook
recolour``), the core's ``AddCode`` and the GUI share it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

LIGHT_BASE = "#ffffff"
DARK_BASE = "#1f2226"  # the dark palette's Base (gui/theme.py); a test keeps them equal
MIN_CONTRAST = 3.0  # WCAG 2.1 non-text contrast

# Relative luminance targets: 3:1 against white needs Y <= 0.30, against DARK_BASE Y >= 0.147.
_LUMINANCES = (0.16, 0.20, 0.245, 0.285)
_CHROMAS = (0.065, 0.105, 0.15)
_HUE_STEPS = 5
_FIRST_HUE = 255.0  # blue, the first group's hue when groups are spread evenly


class CodeLike(Protocol):
    @property
    def guid(self) -> str: ...

    @property
    def parent(self) -> str | None: ...

    @property
    def position(self) -> int: ...

    @property
    def color(self) -> str: ...


Lab = tuple[float, float, float]


# --- colour science ------------------------------------------------------------------------------


def _to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _from_linear(c: float) -> float:
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def hex_to_rgb(color: str) -> tuple[float, float, float]:
    """``#rrggbb`` → sRGB components in 0..1."""
    value = color.lstrip("#")
    return int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255


def rgb_to_hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in rgb)


def rgb_to_oklab(rgb: Sequence[float]) -> Lab:
    r, g, b = (_to_linear(c) for c in rgb)
    lo = math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
    mi = math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
    sh = math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
    return (
        0.2104542553 * lo + 0.7936177850 * mi - 0.0040720468 * sh,
        1.9779984951 * lo - 2.4285922050 * mi + 0.4505937099 * sh,
        0.0259040371 * lo + 0.7827717662 * mi - 0.8086757660 * sh,
    )


def _oklab_to_linear(lab: Lab) -> tuple[float, float, float]:
    L, a, b = lab
    lo = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3
    mi = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3
    sh = (L - 0.0894841775 * a - 1.2914855480 * b) ** 3
    return (
        4.0767416621 * lo - 3.3077115913 * mi + 0.2309699292 * sh,
        -1.2684380046 * lo + 2.6097574011 * mi - 0.3413193965 * sh,
        -0.0041960863 * lo - 0.7034186147 * mi + 1.7076147010 * sh,
    )


def _lch(L: float, C: float, h: float) -> Lab:
    rad = math.radians(h)
    return L, C * math.cos(rad), C * math.sin(rad)


def hue_of(color: str) -> float:
    """The OKLCH hue of a colour, in degrees."""
    _, a, b = rgb_to_oklab(hex_to_rgb(color))
    return math.degrees(math.atan2(b, a)) % 360


def luminance(color: str) -> float:
    """WCAG relative luminance."""
    r, g, b = (_to_linear(c) for c in hex_to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1..21)."""
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def distance(a: str, b: str) -> float:
    """Perceptual difference (Euclidean in OKLab; about 0.02 is just noticeable)."""
    return math.dist(rgb_to_oklab(hex_to_rgb(a)), rgb_to_oklab(hex_to_rgb(b)))


def _in_gamut(L: float, C: float, h: float) -> bool:
    return all(-1e-4 <= c <= 1.0001 for c in _oklab_to_linear(_lch(L, C, h)))


def _max_chroma(L: float, h: float, cap: float) -> float:
    if _in_gamut(L, cap, h):
        return cap
    lo, hi = 0.0, cap
    for _ in range(14):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if _in_gamut(L, mid, h) else (lo, mid)
    return lo


def _color(target_y: float, chroma: float, h: float) -> str:
    """The colour of hue ``h`` and (at most) ``chroma`` whose luminance is ``target_y``."""
    lo, hi = 0.25, 0.95
    for _ in range(22):
        L = (lo + hi) / 2
        r, g, b = _oklab_to_linear(_lch(L, _max_chroma(L, h, chroma), h))
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        lo, hi = (L, hi) if y < target_y else (lo, L)
    L = (lo + hi) / 2
    rgb = [
        _from_linear(min(1.0, max(0.0, c))) for c in _oklab_to_linear(_lch(L, _max_chroma(L, h, chroma), h))
    ]
    return rgb_to_hex(rgb)


# --- families ------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _candidates(hue: float, band: float) -> tuple[str, ...]:
    """Every colour a family may use: hue steps across the band × chromas × luminances."""
    out: list[str] = []
    for i in range(_HUE_STEPS):
        h = hue - band + 2 * band * i / (_HUE_STEPS - 1)
        for chroma in _CHROMAS:
            for y in _LUMINANCES:
                color = _color(y, chroma, h % 360)
                if color not in out and _readable(color):
                    out.append(color)
    return tuple(out)


def _readable(color: str) -> bool:
    return contrast(color, LIGHT_BASE) >= MIN_CONTRAST and contrast(color, DARK_BASE) >= MIN_CONTRAST


def group_color(hue: float) -> str:
    """A group's own colour: the middle of its family."""
    return _color(_LUMINANCES[1], _CHROMAS[-1], hue % 360)


def band_for(groups: int) -> float:
    """Half-width (degrees) of a family's hue band: families of neighbouring groups stay apart."""
    return min(24.0, 0.4 * 360 / max(1, groups))


def family(hue: float, n: int, *, band: float = 24.0, avoid: Iterable[str] = ()) -> list[str]:
    """``n`` colours of the hue family ``hue``, each far from the others and from ``avoid``
    (the parent's colour), ordered so consecutive ones differ clearly. Deterministic."""
    if n <= 0:
        return []
    pool = [(c, rgb_to_oklab(hex_to_rgb(c))) for c in _candidates(round(hue % 360, 1), round(band, 1))]
    taken_labs = [rgb_to_oklab(hex_to_rgb(c)) for c in avoid]
    centre = rgb_to_oklab(hex_to_rgb(group_color(hue)))
    chosen: list[tuple[str, Lab]] = []
    while len(chosen) < n and pool:
        others = taken_labs + [lab for _, lab in chosen]
        if others:
            best = max(pool, key=lambda item: min(math.dist(item[1], o) for o in others))
        else:  # the first one: the family's own middle colour
            best = min(pool, key=lambda item: math.dist(item[1], centre))
        chosen.append(best)
        pool.remove(best)
    while len(chosen) < n:  # more siblings than candidates: repeat, still spread
        chosen.append(chosen[len(chosen) % max(1, len(chosen) - 1)])
    # Order: each next sibling the remaining colour farthest from the one before it.
    ordered = [chosen.pop(0)]
    while chosen:
        last = ordered[-1][1]
        nxt = max(chosen, key=lambda item: math.dist(item[1], last))
        chosen.remove(nxt)
        ordered.append(nxt)
    return [c for c, _ in ordered]


def group_hues(count: int, first: float = _FIRST_HUE) -> list[float]:
    """Evenly spaced hues for ``count`` top-level groups."""
    return [(first + 360 * i / count) % 360 for i in range(count)]


# --- a codebook ----------------------------------------------------------------------------------


def _children(codes: Iterable[CodeLike]) -> dict[str | None, list[CodeLike]]:
    kids: dict[str | None, list[CodeLike]] = {}
    for code in codes:
        kids.setdefault(code.parent, []).append(code)
    for sibs in kids.values():
        sibs.sort(key=lambda c: c.position)
    return kids


def recolour(codes: Iterable[CodeLike], parent: str | None = None) -> dict[str, str]:
    """New colours for the children of ``parent`` (None: the top-level groups) and everything
    below them: ``{guid: "#rrggbb"}``. GUIDs, names and order are untouched.

    The top-level groups get evenly spaced hue families; below a group, the family is the hue
    of the group's current colour, so recolouring one sibling set keeps its group's look.
    """
    codes = list(codes)
    kids = _children(codes)
    by_guid = {c.guid: c for c in codes}
    groups = len(kids.get(None, []))
    band = band_for(groups)
    out: dict[str, str] = {}

    def fill(of: str, hue: float, own: str) -> None:
        sibs = kids.get(of, [])
        for code, color in zip(sibs, family(hue, len(sibs), band=band, avoid=[own]), strict=True):
            out[code.guid] = color
            fill(code.guid, hue, color)

    if parent is None:
        for code, hue in zip(kids.get(None, []), group_hues(groups), strict=True):
            out[code.guid] = group_color(hue)
            fill(code.guid, hue, out[code.guid])
        return out
    top = by_guid[parent]
    while top.parent is not None:
        top = by_guid[top.parent]
    fill(parent, hue_of(top.color), by_guid[parent].color)
    return out


def recolour_families(codes: Iterable[CodeLike]) -> dict[str, str]:
    """Every code recoloured, each top-level group keeping the hue of its current colour."""
    codes = list(codes)
    out: dict[str, str] = {}
    kids = _children(codes)
    band = band_for(len(kids.get(None, [])))
    for group in kids.get(None, []):
        hue = hue_of(group.color)
        out[group.guid] = group_color(hue)
        stack = [(group.guid, out[group.guid])]
        while stack:
            of, own = stack.pop()
            sibs = kids.get(of, [])
            for code, color in zip(sibs, family(hue, len(sibs), band=band, avoid=[own]), strict=True):
                out[code.guid] = color
                stack.append((code.guid, color))
    return out


def next_color(codes: Iterable[CodeLike], parent: str | None) -> str:
    """The colour for a new code added at the end under ``parent``: the next one its family
    would give, far from its siblings' current colours and its parent's."""
    codes = list(codes)
    kids = _children(codes)
    sibs = kids.get(parent, [])
    if parent is None:
        used = [hue_of(c.color) for c in sibs]
        # The hue farthest from every group's, so a new group is its own family.
        candidates = [(_FIRST_HUE + i * 7.5) % 360 for i in range(48)]
        if not used:
            return group_color(_FIRST_HUE)
        best = max(candidates, key=lambda h: min(_hue_gap(h, u) for u in used))
        return group_color(best)
    by_guid = {c.guid: c for c in codes}
    top = by_guid[parent]
    while top.parent is not None:
        top = by_guid[top.parent]
    band = band_for(len(kids.get(None, [])))
    avoid = [by_guid[parent].color, *(c.color for c in sibs)]
    return family(hue_of(top.color), 1, band=band, avoid=avoid)[0]


def _hue_gap(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def changed(current: Mapping[str, str], proposed: Mapping[str, str]) -> dict[str, str]:
    """The entries of ``proposed`` that differ from ``current``."""
    return {g: c for g, c in proposed.items() if current.get(g, "").lower() != c.lower()}
