"""The shape-parameterised generator: valid workbooks for every shape, and knobs that work."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from planner.domain.levels import REMOTE
from planner.domain.rules import cohort_end
from planner.io.write.workbook import write_workbook
from planner.load.workbook import load
from planner.sample.shapes import SHAPES, Shape, generate_shape

MID = SHAPES["mid"]
# Many rows per knob so a measured share is close to the knob's value.
ROWS = dataclasses.replace(MID, people_per_session=10.0, people_per_role=10.0)


def without_rows(dataset):
    """What the importer adds (Excel rows) is not part of what the generator drew."""
    reset = lambda items: tuple(dataclasses.replace(x, row=0) for x in items)  # noqa: E731
    return dataclasses.replace(
        dataset,
        employees=reset(dataset.employees),
        cohorts=reset(dataset.cohorts),
        roles=reset(dataset.roles),
    )


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_shape_reads_back_as_written_without_errors(name, tmp_path):
    dataset = generate_shape(150, SHAPES[name], 3)
    path = tmp_path / f"{name}.xlsx"
    write_workbook(dataset, path, lang="en")
    result = load(path)
    assert result.ok, result.errors
    assert {p.code for p in result.warnings} <= {"role_unreachable", "cohort_unreachable"}
    assert without_rows(result.dataset) == dataset


def test_grid_has_the_baselines_and_the_adversarial_corners():
    assert len(SHAPES) >= 24
    assert {"mid", "big", "small", "adversarial", "mid_budget_0.2", "mid_all_remote"} <= set(SHAPES)
    assert len(set(SHAPES.values())) == len(SHAPES)


def test_same_seed_same_dataset_other_seed_differs():
    assert generate_shape(300, MID, 5) == generate_shape(300, MID, 5)
    assert generate_shape(300, MID, 5).employees != generate_shape(300, MID, 6).employees


def test_rejects_empty_population():
    with pytest.raises(ValueError, match="at least 1"):
        generate_shape(0, MID, 1)


@pytest.mark.parametrize("name", ["mid", "small", "adversarial", "mid_diverse", "mid_undated"])
def test_contract_holds_at_a_larger_size(name):
    dataset = generate_shape(3000, SHAPES[name], 2)
    for items, key in [(dataset.employees, "employee_id"), (dataset.cohorts, "cohort_id")]:
        assert len({getattr(x, key) for x in items}) == len(items)
    assert len({r.role_id for r in dataset.roles}) == len(dataset.roles)
    assert all(0 <= c.min_size <= c.seats and c.duration_weeks > 0 for c in dataset.cohorts)
    assert all(r.openings >= 1 for r in dataset.roles)
    for e in dataset.employees:
        assert all(1 <= v <= 6 for v in e.languages.values())
        assert all(1 <= v <= 5 for v in e.skills.values())
        assert 0 <= e.education <= 4


def test_only_the_knob_changes_between_neighbouring_shapes():
    mid = generate_shape(600, MID, 4)
    remote = generate_shape(600, SHAPES["mid_all_remote"], 4)
    assert mid.employees == remote.employees
    blank = lambda x: dataclasses.replace(x, site=REMOTE)  # noqa: E731
    assert [blank(r) for r in mid.roles] == [blank(r) for r in remote.roles]
    assert all(c.site == REMOTE for c in remote.cohorts)


@pytest.mark.parametrize("multiple", [0.2, 0.3, 0.5, 1.0, 2.0, None])
def test_budget_is_the_multiple_of_filling_every_seat(multiple):
    dataset = generate_shape(1000, dataclasses.replace(MID, budget_multiple=multiple), 1)
    full = sum(c.seats * c.cost_per_seat + c.fixed_cost for c in dataset.cohorts)
    if multiple is None:
        assert dataset.settings.budget_mad is None
    else:
        assert dataset.settings.budget_mad == pytest.approx(multiple * full, abs=500)


def test_rows_seats_and_openings_follow_people():
    shape = dataclasses.replace(MID, seats_per_person=0.2, openings_per_person=0.7)
    dataset = generate_shape(6000, shape, 1)
    assert len(dataset.cohorts) == 50 and len(dataset.roles) == 100
    assert sum(c.seats for c in dataset.cohorts) == pytest.approx(1200, rel=0.05)
    assert sum(r.openings for r in dataset.roles) == pytest.approx(4200, rel=0.05)


def share(items, test) -> float:
    return sum(1 for x in items if test(x)) / len(items)


def test_remote_undated_min_size_and_fixed_cost_shares():
    shape = dataclasses.replace(
        ROWS, remote_share=0.5, undated_roles=0.3, undated_sessions=0.6, min_size_share=0.7
    )
    dataset = generate_shape(4000, shape, 1)
    places = [*dataset.cohorts, *dataset.roles]
    assert share(places, lambda x: x.site == REMOTE) == pytest.approx(0.5, abs=0.07)
    assert share(dataset.roles, lambda r: r.start_date is None) == pytest.approx(0.3, abs=0.07)
    assert share(dataset.cohorts, lambda c: c.start_date is None) == pytest.approx(0.6, abs=0.1)
    assert share(dataset.cohorts, lambda c: c.min_size > 0) == pytest.approx(0.7, abs=0.1)
    assert share(dataset.cohorts, lambda c: c.fixed_cost > 0) == pytest.approx(0.4, abs=0.1)


def test_mobility_sites_and_seniority():
    dataset = generate_shape(4000, dataclasses.replace(MID, mobile_share=0.6, sites=24), 1)
    assert share(dataset.employees, lambda e: e.mobile) == pytest.approx(0.6, abs=0.03)
    assert share(dataset.employees, lambda e: e.tenure_years >= 10) == pytest.approx(0.2, abs=0.03)
    assert len({e.site for e in dataset.employees}) == 24
    assert {e.site for e in generate_shape(500, SHAPES["mid_one_site"], 1).employees} == {
        "Casablanca"
    }
    assert not any(e.mobile for e in generate_shape(500, SHAPES["mid_nobody_mobile"], 1).employees)


def test_diversity_knobs_change_the_number_of_profiles():
    def profiles(name: str) -> int:
        people = generate_shape(2000, SHAPES[name], 1).employees
        return len({(tuple(sorted(e.skills.items())), e.education) for e in people})

    assert profiles("mid_alike") * 5 < profiles("mid") < profiles("mid_diverse")
    codes = Counter(
        c for e in generate_shape(2000, SHAPES["mid_diverse"], 1).employees for c in e.skills
    )
    assert len(codes) == 40


def met_share(people, languages, skills, education) -> float:
    """Share of ``people`` meeting these requirements (sites aside)."""
    return share(
        people,
        lambda e: (
            all(e.languages.get(c, 0) >= v for c, v in languages.items())
            and all(e.skills.get(c, 0) >= v for c, v in skills.items())
            and e.education >= education
        ),
    )


def entry_share(dataset) -> float:
    """Average share of people meeting a session's entry requirements."""
    people = dataset.employees[:1000]
    shares = [
        met_share(people, c.prereq_languages, c.prereq_skills, c.min_education)
        for c in dataset.cohorts
    ]
    return sum(shares) / len(shares)


def test_severity_puts_requirements_above_the_people():
    shares = [
        entry_share(generate_shape(2000, dataclasses.replace(ROWS, severity=s), 1))
        for s in (-1.0, 0.0, 1.5, 3.0)
    ]
    assert shares == sorted(shares, reverse=True)
    assert shares[0] > 0.5 and shares[-1] < 0.05


def cut_share(shape: Shape) -> float:
    """Share of (feeder session, trained-for role) pairs that dates rule out."""
    dataset = generate_shape(3000, shape, 1)
    pairs = cut = 0
    for role in dataset.roles:
        for cohort in dataset.cohorts:
            if (
                role.start_date
                and cohort.start_date
                and set(role.req_skills) & set(cohort.grants_skills)
            ):
                pairs += 1
                cut += cohort_end(cohort) > role.start_date
    return cut / pairs


def test_date_cut_rules_out_more_session_role_pairs():
    assert cut_share(dataclasses.replace(ROWS, date_cut=0.0)) + 0.2 < cut_share(
        dataclasses.replace(ROWS, date_cut=0.9)
    )


def test_direct_share_opens_roles_to_people_as_they_are():
    def direct(value: float) -> float:
        dataset = generate_shape(2000, dataclasses.replace(ROWS, direct_share=value), 1)
        people = dataset.employees[:500]
        shares = [
            met_share(people, r.req_languages, r.req_skills, r.min_education) for r in dataset.roles
        ]
        return share(shares, lambda x: x > 0.1)

    assert direct(0.0) + 0.4 < direct(1.0)
