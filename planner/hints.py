"""Hints from a previous plan, so a re-solve after an edit starts where the user was."""

from __future__ import annotations

import numpy as np

from planner.network import DIRECT, Network


def previous_flows(net: Network, previous) -> tuple:
    """Arc flows that reproduce the previous plan as far as the new network allows."""
    ds, cat = net.dataset, net.catalogue
    node_of = {i: v for v, members in enumerate(net.members) for i in members}
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}
    f_arc = {(int(v), int(j)): a for a, (v, j) in enumerate(zip(net.f_v, net.f_j, strict=True))}
    e_arc = {(int(b), int(h)): a for a, (b, h) in enumerate(zip(net.e_b, net.e_h, strict=True))}
    f = np.zeros(len(net.f_v), dtype=np.int64)
    e = np.zeros(len(net.e_b), dtype=np.int64)
    for i, emp in enumerate(ds.employees):
        pw = previous.get(emp.employee_id)
        if pw is None or pw.role_id not in ridx or (pw.cohort_id and pw.cohort_id not in cidx):
            continue
        j = DIRECT if pw.cohort_id is None else int(cat.session_of_cohort[cidx[pw.cohort_id]])
        a = f_arc.get((node_of[i], j))
        if a is None:
            continue
        b = e_arc.get((int(net.f_b[a]), int(cat.group_of_role[ridx[pw.role_id]])))
        if b is not None:
            f[a] += 1
            e[b] += 1
    running = [None] * len(cat.sessions)
    return f, e, running
