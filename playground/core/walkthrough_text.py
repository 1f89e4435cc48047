"""The walkthrough's text: what a step is (``Step``, ``Label``) and how its numbers and
formulas are written (three digits on show, every digit on hover).

Qt-free: the panel shows the HTML made here and the canvas the labels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

PHASES = ("Forward pass", "Loss", "Backward pass", "Weight update")
MAX_TERMS = 6  # a longer sum shows its first terms, then "…"
MAX_ROWS = 12  # rows per layer in the panel; the rest are on the canvas (hover)
_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


# ----------------------------------------------------------------------- numbers
def fmt(value: float) -> str:
    """Three significant digits, with a real minus sign and ×10ⁿ for tiny or huge numbers."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0.0:
        return "0"
    text = f"{v:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}×10{str(int(exponent)).translate(_SUP)}"
    return text.replace("-", "−")


def fmt_change(new: float, change: float) -> str:
    """``new`` with enough decimals that a change of ``change`` shows (at most 10)."""
    new, change = float(new), abs(float(change))
    if not (math.isfinite(new) and math.isfinite(change)) or change == 0.0:
        return fmt(new)
    decimals = max(3 - 1 - math.floor(math.log10(abs(new))) if new else 3, 0)
    decimals = min(max(decimals, 1 - math.floor(math.log10(change))), 10)
    return f"{new:.{decimals}f}".replace("-", "−")


def plain_rule(rule: str) -> str:
    """An optimizer's rule without combining accents (m̂, v̂ → m′, v′), which Qt's rich text
    draws beside their letter rather than over it."""
    return rule.replace("m̂", "m′").replace("v̂", "v′")


def full(value: float) -> str:
    """Every digit: the shortest text that reads back as exactly this float."""
    return repr(float(value))


def term(value: float) -> str:
    """A number as a factor in a formula: negatives in brackets."""
    text = fmt(value)
    return f"({text})" if text.startswith("−") else text


def num(value: float, bold: bool = False) -> str:
    """A number for the panel: three digits, every digit on hover (an anchor)."""
    text = fmt(value)
    if bold:
        text = f"<b>{text}</b>"
    return f'<a href="n:{full(value)}">{text}</a>'


def nterm(value: float) -> str:
    """:func:`num` as a factor: negatives in brackets."""
    anchor = num(value)
    return f"({anchor})" if fmt(value).startswith("−") else anchor


# ------------------------------------------------------------------------- steps
@dataclass
class Label:
    """Numbers on the canvas: at a neuron or on a link."""

    lines: tuple[str, ...]
    tip: str  # every digit, for the hover
    value: float  # the number the label is about (tests compare it with the engine)
    muted: bool = False  # a layer done earlier in this phase: shown small and grey
    card: bool = True  # False: on hover only (the canvas would be too crowded)


@dataclass
class Step:
    phase: int  # index into PHASES
    layer: int  # the neuron layer highlighted, -1 for none
    title: str
    html: str  # the panel's explanation, numbers as hover anchors
    caption: str = ""  # a line or two (\n) at the highlighted layer: its formula
    neurons: dict[tuple[int, int], Label] = field(default_factory=dict)
    links: dict[tuple[int, int, int], Label] = field(default_factory=dict)
    hot: dict[int, str] = field(default_factory=dict)  # link layer -> forward/back/grad/update

    @property
    def phase_name(self) -> str:
        return PHASES[self.phase]


# ------------------------------------------------------------------------- html
def para(html: str) -> str:
    return f'<p style="margin:3px 0">{html}</p>'


def more_rows(n: int, what: str) -> str:
    return para(f"<i>… and {n} more {what}: hover over them in the network.</i>")


def sum_text(products: list[str], extra: str = "") -> str:
    if len(products) > MAX_TERMS:
        shown = products[: MAX_TERMS - 1]
        products = [*shown, f"… ({len(products) - len(shown)} more)"]
    text = " + ".join(products) if products else "0"
    return text + extra
