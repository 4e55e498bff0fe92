"""The three-person workbook of the command line tests, checked by hand.

Three agents, two sessions, two roles, budget 10,000 MAD:
- A01 (Casablanca, 12 years: senior, fr C2, en B1, wishes ai_data) can take either session;
- A02 (Rabat, mobile, fr C1, en B2, wishes multilingual_support) can take either session;
- A03 (Fès, not mobile, fr B2, no English) fits nothing: S-AI is in Casablanca, S-EN and
  R-SUP need English.
Both sessions lead to their role. The optimum places A01 and A02, each on their wish:
A01 S-AI → R-ANN (4,000 MAD), A02 S-EN → R-SUP (3,000 MAD): 7,000 MAD, two sessions run.
"""

from __future__ import annotations

from planner.domain.records import Cohort, Dataset, Employee, Role, Settings

EMPLOYEES = (
    Employee(
        "A01", "Casablanca", 12.0, {"fr": 6, "en": 3}, wishes=("ai_data",), name="Élodie Benali"
    ),
    Employee(
        "A02",
        "Rabat",
        2.0,
        {"fr": 5, "en": 4},
        mobile=True,
        wishes=("multilingual_support",),
        name="Karim Tazi",
    ),
    Employee("A03", "Fès", 5.0, {"fr": 4}, name="Sara Idrissi"),
)
COHORTS = (
    Cohort(
        "S-AI",
        "Annotation de données",
        "ai_data",
        "Casablanca",
        6,
        1,
        4000.0,
        prereq_languages={"fr": 4},
        grants_skills={"annotation": 3},
    ),
    Cohort(
        "S-EN",
        "Anglais support",
        "multilingual_support",
        "remote",
        8,
        2,
        3000.0,
        prereq_languages={"en": 3},
        grants_languages={"en": 5},
    ),
)
ROLES = (
    Role("R-ANN", "Annotateur", "ai_data", "Casablanca", 1, req_skills={"annotation": 3}),
    Role("R-SUP", "Support anglais", "multilingual_support", "remote", 2, req_languages={"en": 5}),
)
DATASET = Dataset(EMPLOYEES, COHORTS, ROLES, Settings(budget_mad=10000.0))
