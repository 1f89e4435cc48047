"""Draw the application icon: ``python resources/icons/make_icon.py``.

A small network on white in the app's own colours: two inputs, three hidden neurons and
one output, joined by blue (positive) and orange (negative) links as the network view
draws them. The picture is drawn once at 1024 pixels and scaled down, so every size is
smooth; it writes

- ``nn-playground-SIZE.png`` for SIZE in 16, 24, 32, 48, 64, 128 and 256 (the window
  icon, and the Linux desktop entry's icon),
- ``nn-playground.ico`` (Windows: the executable's icon) and
- ``nn-playground.icns`` (macOS: the app bundle's icon), where Pillow can write them.

Only Pillow is needed (a dependency of the app). The output is deterministic, so running
the script again leaves the committed files unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
NAME = "nn-playground"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BASE = 1024

BLUE = (8, 119, 189)
ORANGE = (245, 147, 34)
WHITE = (255, 255, 255)
INK = (60, 60, 60)
BORDER = (208, 208, 208)

# Neuron centres as fractions of the icon's side, one column per layer.
LAYERS = (
    ((0.22, 0.34), (0.22, 0.66)),
    ((0.50, 0.22), (0.50, 0.50), (0.50, 0.78)),
    ((0.78, 0.50),),
)
# The sign of each link, input -> hidden then hidden -> output (True: positive, blue).
SIGNS = (
    ((True, False, True), (False, True, True)),
    ((True,), (False,), (True,)),
)


def draw(size: int = BASE) -> Image.Image:
    """The icon as an RGBA picture of ``size`` pixels (drawn at that size)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = round(size * 0.04)
    radius = round(size * 0.18)
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin),
        radius=radius,
        fill=WHITE,
        outline=BORDER,
        width=max(1, round(size * 0.012)),
    )

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return point[0] * size, point[1] * size

    link = max(1, round(size * 0.045))
    for layer, signs in enumerate(SIGNS):
        for i, row in enumerate(signs):
            for j, positive in enumerate(row):
                a, b = at(LAYERS[layer][i]), at(LAYERS[layer + 1][j])
                pen.line((a, b), fill=BLUE if positive else ORANGE, width=link)

    node = size * 0.085
    ring = max(1, round(size * 0.03))
    fills = (WHITE, BLUE, ORANGE)
    for layer, points in enumerate(LAYERS):
        for k, point in enumerate(points):
            x, y = at(point)
            fill = WHITE if layer == 0 else fills[1 + (k % 2)] if layer == 1 else BLUE
            pen.ellipse(
                (x - node, y - node, x + node, y + node), fill=fill, outline=INK, width=ring
            )
    return image


def write(folder: Path = HERE) -> list[Path]:
    """Write every icon file into ``folder``; returns the files written."""
    base = draw(BASE)
    written = []
    for size in PNG_SIZES:
        path = folder / f"{NAME}-{size}.png"
        base.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    for suffix, options in (
        ("ico", {"sizes": [(s, s) for s in ICO_SIZES]}),
        ("icns", {}),
    ):
        path = folder / f"{NAME}.{suffix}"
        try:
            base.save(path, **options)
        except (OSError, ValueError, KeyError) as exc:  # a Pillow without that writer
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(f"wrote {path.relative_to(HERE.parent.parent)} ({path.stat().st_size:,} bytes)")
