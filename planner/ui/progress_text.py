"""What a running solve is doing, in plain words (no Streamlit here).

Why: the solver reports only the stage it is on and the figures of its last plan; without
words, the later tiers (seniors, wishes, cost) look like a frozen line at a 0 % gap. These
functions name the criterion being worked on, the ones already settled, and what the search
does meanwhile.
"""

from __future__ import annotations

from planner import i18n

PLACED, SENIORS, WISHES, STAY, COST = "placed", "seniors", "wishes", "stay", "cost"
# The stages each solver stage works on, in the objective's order (merged stages cover several).
COVERS = {
    "floor": (),
    "lp": (),
    PLACED: (PLACED,),
    SENIORS: (SENIORS,),
    WISHES: (WISHES,),
    STAY: (STAY,),
    COST: (COST,),
    "ranked": (PLACED, SENIORS, WISHES),
    "weighted": (PLACED, SENIORS, WISHES),
    "stay_cost": (STAY, COST),
}


def criteria(stay: bool) -> tuple[str, ...]:
    """The objective's criteria in order; closeness to the previous plan only on a re-solve."""
    return (PLACED, SENIORS, WISHES, STAY, COST) if stay else (PLACED, SENIORS, WISHES, COST)


def criteria_line(stage: str, stay: bool, lang: str) -> str:
    """``✓ nombre de placés → **▶ seniors placés** → vœux → coût``: done, current, to come."""
    order = criteria(stay)
    current = [c for c in COVERS.get(stage, ()) if c in order]
    first = order.index(current[0]) if current else 0
    parts = []
    for k, name in enumerate(order):
        words = i18n.t(f"stage.{name}", lang)
        if name in current:
            parts.append(f"**▶ {words}**")
        elif current and k < first:
            parts.append(f"✓ {words}")
        else:
            parts.append(words)
    return i18n.t("progress.criteria", lang, line=" → ".join(parts))


def doing(stage: str, placed: int | None, bound: int, lang: str) -> str:
    """The sentence for the stage the solver is on (unknown stages read as searching)."""
    key = f"progress.doing.{stage}"
    if not i18n.known(key):
        key = "progress.doing.other"
    shown = "–" if placed is None else i18n.fmt_number(placed, lang)
    return i18n.t(key, lang, placed=shown, bound=i18n.fmt_number(bound, lang))


def settled(stage: str, placed: int | None, bound: int, lang: str) -> str | None:
    """Once the number placed meets its bound and a later criterion runs, say it is proven,
    so a 0 % gap reads as settled, not stuck."""
    covers = COVERS.get(stage, ())
    if placed is None or placed < bound or not covers or PLACED in covers:
        return None
    return i18n.t("progress.placed_proven", lang, placed=i18n.fmt_number(placed, lang))


def since(seconds: float, lang: str) -> str:
    """How long ago the last better plan came, which tells a long proof from a frozen page."""
    return i18n.t("progress.last_plan", lang, seconds=i18n.fmt_number(max(0.0, seconds), lang))
