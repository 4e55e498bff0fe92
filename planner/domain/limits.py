"""The largest numbers and the dates the planner accepts, and why.

The model counts money in integer centimes and CP-SAT refuses a model whose sums could leave
64-bit integers, so a budget of 1e19 MAD cannot be planned at all; dates beyond 9999 cannot
even be represented. Far below those walls, these limits are still far above any real
workbook (the whole Moroccan sector is 18 billion MAD of revenue and 90,000 jobs), so a value
beyond one is a typing or export mistake, refused at validation with the limit stated.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_MAD = 10**12  # one amount, and everything all sessions could cost when full
MAX_COUNT = 10**6  # seats, openings, minimum sizes, weights
MAX_WEEKS = 520  # a training session's duration: ten years
MAX_YEARS = 60  # tenure and the seniority threshold: a working life
FIRST_YEAR, LAST_YEAR = 2000, 2100  # start dates of sessions, roles and the plan
MAX_ID_DIGITS = 15  # Excel keeps 15 significant digits of a number: beyond, digits are lost


@dataclass(frozen=True, slots=True)
class Limit:
    """The largest value of a column and the key of the phrase that states it."""

    maximum: int
    expected: str


MONEY = Limit(MAX_MAD, "at most mad")
COUNT = Limit(MAX_COUNT, "at most count")
WEEKS = Limit(MAX_WEEKS, "at most weeks")
YEARS = Limit(MAX_YEARS, "at most years")

# Canonical column (or settings key) -> its limit.
LIMITS: dict[str, Limit] = {
    "tenure_years": YEARS,
    "duration_weeks": WEEKS,
    "seats": COUNT,
    "min_size": COUNT,
    "openings": COUNT,
    "cost_per_seat": MONEY,
    "fixed_cost": MONEY,
    "monthly_salary_mad": MONEY,
    "budget_mad": MONEY,
    "seniority_years": YEARS,
    "weight_placed": COUNT,
    "weight_senior": COUNT,
    "weight_wish": COUNT,
}


def limit_of(name: str) -> Limit:
    """The limit of a numeric column or setting; a count for one not listed."""
    return LIMITS.get(name, COUNT)


def year_ok(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


# The problem codes and expected-phrase keys of this module's checks (planner.domain.problems).
CODES = frozenset(
    {
        *("over_limit", "date_out_of_range", "ambiguous_number", "costs_over_limit"),
        *("id_hidden_character", "id_boolean", "id_digits", "duplicate_id_variant"),
    }
)
EXPECTED = frozenset(
    {
        *("at most mad", "at most count", "at most weeks", "at most years"),
        *("date in range", "visible id", "id as text", "total costs", "plain number"),
    }
)
