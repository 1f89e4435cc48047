"""The class colours stay apart for the three dichromacies, and every class has its shape.

Each deficiency is simulated with Machado, Oliveira & Fernandes (2009)'s matrices at
severity 1.0, applied to linear RGB; the colours are then compared in CIELAB (D65) with
CIEDE2000. A ΔE2000 of 1 is a just-noticeable difference between two large patches side by
side; marks the size of a data point need several times more (Szafir 2017 measures about
5-6 for marks a third of a degree wide), and a class must read as different at a glance
from the back of a room, not only side by side: MIN_DELTA_E asks for twice that.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from playground.core import colors, markers

MIN_DELTA_E = 11.0

MACHADO = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
    "normal vision": np.eye(3).tolist(),
}

SRGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
D65 = np.array([0.95047, 1.0, 1.08883])


def linear(rgb: tuple[int, int, int]) -> np.ndarray:
    c = np.asarray(rgb, dtype=float) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(lin: np.ndarray) -> tuple[float, float, float]:
    t = SRGB_TO_XYZ @ lin / D65
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def as_seen(rgb: tuple[int, int, int], deficiency: str) -> tuple[float, float, float]:
    return lab(np.clip(np.array(MACHADO[deficiency]) @ linear(rgb), 0.0, 1.0))


def delta_e2000(lab1, lab2) -> float:
    """CIEDE2000 (Sharma, Wu & Dalal 2005's formulation)."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360
    h2 = math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + (360 if h1 + h2 < 360 else -360)) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean
    s_h = 1 + 0.015 * c_mean * t
    r_c = 2 * math.sqrt(c_mean**7 / (c_mean**7 + 25**7))
    r_t = -math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))) * r_c
    return math.sqrt(
        (d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h)
    )


def closest_pair(classes: int, deficiency: str) -> tuple[float, str, str]:
    seen = [as_seen(colors.class_color(k), deficiency) for k in range(classes)]
    return min(
        (delta_e2000(seen[i], seen[j]), colors.CLASS_NAMES[i], colors.CLASS_NAMES[j])
        for i, j in itertools.combinations(range(classes), 2)
    )


def test_delta_e2000_matches_sharmas_published_pairs():
    # Sharma, Wu & Dalal (2005), table 1, pairs 1, 7 and 17.
    assert delta_e2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e2000((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert delta_e2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_machado_leaves_grey_grey():
    for deficiency in MACHADO:
        assert as_seen((128, 128, 128), deficiency) == pytest.approx(
            as_seen((128, 128, 128), "normal vision"), abs=0.5
        )


@pytest.mark.parametrize("deficiency", list(MACHADO))
@pytest.mark.parametrize("classes", range(2, 9))
def test_classes_stay_apart_for_each_deficiency(classes, deficiency):
    delta, a, b = closest_pair(classes, deficiency)
    assert delta >= MIN_DELTA_E, f"{a} and {b} are {delta:.1f} apart with {deficiency}"


def test_two_classes_keep_tensorflow_playgrounds_orange_and_blue():
    assert colors.class_color(0) == colors.ORANGE == (245, 147, 34)
    assert colors.class_color(1) == colors.BLUE == (8, 119, 189)


def test_the_boundary_map_uses_the_point_colours():
    # Binary and regression maps run from class 0's colour to class 1's...
    lut = colors.diverging_lut()
    assert tuple(lut[0]) == colors.class_color(0) and tuple(lut[-1]) == colors.class_color(1)
    # ...and a sure multi-class map is each class's colour, lightened towards white.
    sure = np.eye(8)
    blended = colors.blend_classes(sure).astype(float)
    for k in range(8):
        rgb = np.array(colors.class_color(k), dtype=float)
        darkest = np.argmin(rgb)
        kept = (255 - blended[k][darkest]) / (255 - rgb[darkest])  # the share of the colour
        assert 0.4 < kept < 0.7
        assert np.abs(blended[k] - (255 - (255 - rgb) * kept)) == pytest.approx(0, abs=1.0), k


def test_every_class_has_its_own_shape_of_the_same_area():
    names = [markers.class_marker(k) for k in range(8)]
    assert len(set(names)) == 8 and names[0] == markers.CIRCLE
    for name in names[1:]:
        corners = markers.polygon(name)
        area = 0.5 * abs(
            sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(corners, corners[1:] + corners[:1]))
        )
        assert area == pytest.approx(math.pi / 4)
        assert max(abs(v) for point in corners for v in point) < 0.8  # fits a point's place
