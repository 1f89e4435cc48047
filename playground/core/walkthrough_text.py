"""The walkthrough's text: what a step is (``Step``, ``Label``) and how its numbers and
formulas are written (three digits on show, every digit on hover).

Qt-free: the panel shows the HTML made here and the canvas the labels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from engine.i18n import QT_TRANSLATE_NOOP, decimal_point, translate

# Shown through phase_title (translated there: the language is chosen after import).
PHASES = (
    QT_TRANSLATE_NOOP("walkthrough_text", "Forward pass"),
    QT_TRANSLATE_NOOP("walkthrough_text", "Loss"),
    QT_TRANSLATE_NOOP("walkthrough_text", "Backward pass"),
    QT_TRANSLATE_NOOP("walkthrough_text", "Weight update"),
)
MAX_TERMS = 6  # a longer sum shows its first terms, then "…"
MAX_ROWS = 12  # rows per layer in the panel; the rest are on the canvas (hover)
_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


# ----------------------------------------------------------------------- numbers
# The digits rule: a number on show either is the number exactly (0.03, 1, 2.5: trailing
# zeros dropped) or has exactly DIGITS significant digits, trailing zeros kept ("1.00" is
# 0.9996, say, never exactly 1). All numbers of one equation share one count of digits:
# where an update or a change of loss needs more to be seen, every number of that equation
# gets more (up to MAX_DIGITS), or the text says the change is too small to show.
DIGITS = 3
MAX_DIGITS = 6
NEAR_ONE = 0.99  # a probability above this is written 1 − q: ln(p) needs q's digits


def fmt(value: float, digits: int = DIGITS) -> str:
    """``digits`` significant digits (fewer only when that is the number exactly), with a
    real minus sign and ×10ⁿ for tiny or huge numbers."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0.0:
        return "0"
    text = f"{v:.{digits}g}"
    if float(text) != v:
        text = f"{v:#.{digits}g}"  # keeps the trailing zeros: they are significant
    mantissa, _, exponent = text.partition("e")
    text = mantissa.rstrip(".")
    if exponent:
        text = f"{text}×10{str(int(exponent)).translate(_SUP)}"
    return text.replace("-", "−").replace(".", decimal_point())  # 0,03 for a German reader


def fmt_p(p: float, digits: int = DIGITS) -> str:
    """A probability: near 1 as ``1 − q``, so that ln p and p − 1 read true at ``digits``."""
    p = float(p)
    if NEAR_ONE < p < 1.0:
        return f"1 − {fmt(1.0 - p, digits)}"  # exact: 1 − p loses nothing for p ≥ ½
    return fmt(p, digits)


def digits_to_show(old: float, new: float) -> int | None:
    """The fewest digits (DIGITS … MAX_DIGITS) at which ``old`` and ``new`` look different;
    DIGITS if they are equal, None if they differ by too little to show."""
    if old == new:
        return DIGITS
    for digits in range(DIGITS, MAX_DIGITS + 1):
        if fmt(old, digits) != fmt(new, digits):
            return digits
    return None


def loss_change(old: float, new: float) -> str:
    """A sentence on how the loss on a point changed, true at the digits it shows."""
    if old == new:
        return translate(
            "walkthrough_text", "The loss on this point stayed exactly {loss}."
        ).format(loss=fmt(old))
    digits = digits_to_show(old, new)
    if digits is None:
        if new < old:
            text = translate(
                "walkthrough_text",
                "The loss on this point fell by {change}: too little to show at "
                "{digits} digits, where it reads {loss} before and after.",
            )
        else:
            text = translate(
                "walkthrough_text",
                "The loss on this point rose by {change}: too little to show at "
                "{digits} digits, where it reads {loss} before and after.",
            )
        return text.format(change=fmt(abs(new - old)), digits=DIGITS, loss=fmt(new))
    if new < old:
        text = translate("walkthrough_text", "The loss on this point fell from {old} to {new}.")
    else:
        text = translate("walkthrough_text", "The loss on this point rose from {old} to {new}.")
    return text.format(old=fmt(old, digits), new=fmt(new, digits))


def plain_rule(rule: str) -> str:
    """An optimizer's rule without combining accents (m̂, v̂ → m′, v′), which Qt's rich text
    draws beside their letter rather than over it."""
    return rule.replace("m̂", "m′").replace("v̂", "v′")


def full(value: float) -> str:
    """Every digit: the shortest text that reads back as exactly this float."""
    return repr(float(value))


def term(value: float, digits: int = DIGITS) -> str:
    """A number as a factor in a formula: negatives in brackets."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith("−") else text


def num(value: float, bold: bool = False, digits: int = DIGITS, text: str = "") -> str:
    """A number for the panel: ``text`` (``fmt(value, digits)`` by default) on show, every
    digit of ``value`` on hover (an anchor)."""
    text = text or fmt(value, digits)
    if bold:
        text = f"<b>{text}</b>"
    return f'<a href="n:{full(value)}">{text}</a>'


def nterm(value: float, digits: int = DIGITS) -> str:
    """:func:`num` as a factor: negatives in brackets."""
    anchor = num(value, digits=digits)
    return f"({anchor})" if fmt(value, digits).startswith("−") else anchor


def keep_together(text: str) -> str:
    """``1 − q`` that a line never breaks (no-break spaces)."""
    return text.replace(" − ", "\u00a0−\u00a0")


def prob(p: float, bold: bool = False) -> str:
    """:func:`num` for a probability (:func:`fmt_p`); every digit of p on hover."""
    return num(p, bold, text=keep_together(fmt_p(p)))


def pterm(p: float) -> str:
    """:func:`prob` as a term: ``1 − q`` in brackets."""
    return f"({prob(p)})" if " " in fmt_p(p) else prob(p)


def eq(html: str) -> str:
    """One equation: its numbers share one count of digits (tests check every one)."""
    return f'<span class="eq">{html}</span>'


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
    # Neurons dropout switched off for this sample (layer, unit): drawn greyed and crossed.
    dropped: tuple[tuple[int, int], ...] = ()

    @property
    def phase_name(self) -> str:
        return phase_title(self.phase)


def phase_title(phase: int) -> str:
    """Phase ``phase``'s name (an index into PHASES) as the user reads it."""
    return translate("walkthrough_text", PHASES[phase])


# ------------------------------------------------------------------------- html
def para(html: str) -> str:
    return f'<p style="margin:3px 0">{html}</p>'


def more_rows(n: int, what: str) -> str:
    """The line under a layer's first MAX_ROWS rows; ``what`` is "neurons" or "links"."""
    if what == "links":
        text = translate(
            "walkthrough_text",
            "<i>… and %n more links: hover over them in the network.</i>",
            None,
            n,
        )
    else:
        text = translate(
            "walkthrough_text",
            "<i>… and %n more neurons: hover over them in the network.</i>",
            None,
            n,
        )
    return para(text)


def sum_text(products: list[str], extra: str = "") -> str:
    if len(products) > MAX_TERMS:
        shown = products[: MAX_TERMS - 1]
        more = len(products) - len(shown)
        products = [*shown, translate("walkthrough_text", "… (%n more)", None, more)]
    text = " + ".join(products) if products else "0"
    return text + extra
