"""Quasi-identifiers in pseudonymised exports: tenure in bands, a site only in a crowd of k.

A pseudonym hides the employee id, but an exact tenure (to a tenth of a year) and a site single
people out: in the 300-person sample, 162 were alone on their (site, tenure) pair, so anyone who
knows the staff list could put names back. In a pseudonymised file, tenure is therefore shown
as a band, and a person's site only where at least ``K`` people of that file share the same
(site, band) pair. Those left in smaller groups show "suppressed" for the site; if they are still
fewer than ``K`` in their band, the band (and the senior flag it implies) is suppressed too.
Counts are made over the people of each file, since a file travels alone. Gender, mobility,
languages and wishes are not written to pseudonymised files at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.records import Employee
from planner.export.labels import label

K = 5  # smallest group a kept site or band may describe
BAND_EDGES = (2.0, 5.0, 10.0, 15.0)  # years; the seniority threshold is always an edge too


@dataclass(frozen=True, slots=True)
class Shown:
    """What a pseudonymised file says about one person's quasi-identifiers."""

    site: str
    band: str
    senior: str


def band_edges(seniority_years: float) -> tuple[float, ...]:
    """Band limits, with the seniority threshold among them so that "senior" is read from the
    band and reveals nothing more."""
    return tuple(sorted({e for e in (*BAND_EDGES, float(seniority_years)) if e > 0}))


def band_index(tenure: float, edges: tuple[float, ...]) -> int:
    return sum(tenure >= edge for edge in edges)


def _years(value: float) -> str:
    return f"{value:g}"


def band_label(index: int, edges: tuple[float, ...], lang: str) -> str:
    """``0–2 ans``, ``2–5 ans``…, ``15 ans et plus`` (the lower limit included)."""
    low = 0.0 if index == 0 else edges[index - 1]
    if index == len(edges):
        return label("band_top", lang, low=_years(low))
    return label("band", lang, low=_years(low), high=_years(edges[index]))


def generalise(employees: Iterable[Employee], seniority_years: float, lang: str) -> dict:
    """{employee_id: Shown} for the people of one file."""
    people = list(employees)
    edges = band_edges(seniority_years)
    bands = {e.employee_id: band_index(e.tenure_years, edges) for e in people}
    pairs = Counter((e.site, bands[e.employee_id]) for e in people)
    kept = {e.employee_id for e in people if pairs[(e.site, bands[e.employee_id])] >= K}
    hidden_bands = Counter(bands[e.employee_id] for e in people if e.employee_id not in kept)
    hidden = label("suppressed", lang)
    shown = {}
    for person in people:
        band = bands[person.employee_id]
        site_kept = person.employee_id in kept
        band_kept = site_kept or hidden_bands[band] >= K
        senior = label("yes" if person.tenure_years >= seniority_years else "no", lang)
        shown[person.employee_id] = Shown(
            person.site if site_kept else hidden,
            band_label(band, edges, lang) if band_kept else hidden,
            senior if band_kept else hidden,
        )
    return shown
