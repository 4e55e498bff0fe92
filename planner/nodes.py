"""Build the entry nodes, after nodes and arcs of the flow network from prepared data."""

from __future__ import annotations

import numpy as np

from planner.domain import Edits
from planner.network import (
    DIRECT,
    Network,
    PersonKeys,
    Prepared,
    person_wish_key,
    role_matrix,
    wish_vector,
)

ANY = -2


def person_keys(prep: Prepared, edits: Edits, wish_exact: bool) -> list[PersonKeys]:
    """Translate wishes, bans, the previous plan and locks into group indices per person."""
    ds, cat = prep.dataset, prep.catalogue
    pos = {e.employee_id: i for i, e in enumerate(ds.employees)}
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}
    keys = [PersonKeys(person_wish_key(e.wishes) if wish_exact else None) for e in ds.employees]

    def group(cohort_id):
        return DIRECT if cohort_id is None else int(cat.session_of_cohort[cidx[cohort_id]])

    for ban in edits.bans:
        if ban.employee_id not in pos or (ban.cohort_id is None and ban.role_id is None):
            continue
        k = keys[pos[ban.employee_id]]
        if ban.role_id is None:
            k.banned_cohorts = k.banned_cohorts | {group(ban.cohort_id)}
        else:
            j = ANY if ban.cohort_id is None else group(ban.cohort_id)
            k.banned_roles = k.banned_roles | {(j, int(cat.group_of_role[ridx[ban.role_id]]))}
    for emp, pw in (edits.previous or {}).items():
        if emp in pos and pw.role_id in ridx and (pw.cohort_id is None or pw.cohort_id in cidx):
            keys[pos[emp]].previous = (
                group(pw.cohort_id),
                int(cat.group_of_role[ridx[pw.role_id]]),
            )
    for lock in edits.locks:
        pw = lock.pathway
        keys[pos[lock.employee_id]].lock = (
            group(pw.cohort_id),
            int(cat.group_of_role[ridx[pw.role_id]]),
        )
    return keys


def entry_nodes(prep: Prepared, keys: list[PersonKeys]):
    """Group people into entry nodes; locked people are always alone."""
    index: dict[tuple, int] = {}
    members: list[list[int]] = []
    node_key: list[tuple] = []
    for i, k in enumerate(keys):
        key = (
            int(prep.people.profile[i]),
            bool(prep.people.senior[i]),
            k.wish,
            k.banned_cohorts,
            k.banned_roles,
            k.previous,
            k.lock,
            i if k.lock else None,
        )
        v = index.get(key)
        if v is None:
            v = index[key] = len(members)
            members.append([])
            node_key.append((key[0], k))
        members[v].append(i)
    return members, node_key


def entry_arcs(prep: Prepared, node_key) -> tuple[np.ndarray, np.ndarray]:
    """Arcs (v, j): every session group the profile may enter, and the direct route."""
    vs, js = [], []
    enterable = [np.flatnonzero(row) for row in prep.entry]
    for v, (u, k) in enumerate(node_key):
        if k.lock is not None:
            options = np.array([k.lock[0]])
        else:
            options = np.append(enterable[u], DIRECT)
            if k.banned_cohorts:
                options = options[~np.isin(options, list(k.banned_cohorts))]
        vs.append(np.full(len(options), v))
        js.append(options)
    if not vs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(vs).astype(np.int64), np.concatenate(js).astype(np.int64)


def after_bases(prep: Prepared, f_u: np.ndarray, f_j: np.ndarray):
    """Role-relevant profile after each (profile, group) arc, deduplicated; with its role matrix."""
    p, cat = prep.people, prep.catalogue
    cols = prep.role_cols
    grants = np.stack([g.grants for g in cat.sessions] + [np.zeros(prep.dims.size, np.int32)])
    dkey = np.array([g.date_key for g in cat.sessions] + [0])
    after = np.maximum(p.levels[f_u][:, cols], grants[f_j][:, cols])
    rows = np.column_stack([after, p.education[f_u], p.site[f_u], p.mobile[f_u], dkey[f_j]])
    if len(rows) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, len(cat.roles)), dtype=bool)
    uniq, base = np.unique(rows, axis=0, return_inverse=True)
    w = after.shape[1]
    matrix = role_matrix(
        prep, uniq[:, :w], uniq[:, w], uniq[:, w + 1], uniq[:, w + 2].astype(bool), uniq[:, w + 3]
    )
    return base.reshape(-1), matrix


def after_nodes(prep: Prepared, node_key, f_v, f_j, base, matrix):
    """After nodes: base profile plus what stays personal (wishes, bans, previous, lock)."""
    cat = prep.catalogue
    families = sorted({g.family for g in cat.roles})
    fam_of = np.array([families.index(g.family) for g in cat.roles], dtype=np.int64)
    index: dict[tuple, int] = {}
    f_b = np.empty(len(f_v), dtype=np.int64)
    arcs: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for a in range(len(f_v)):
        k, j = node_key[f_v[a]][1], int(f_j[a])
        key = _after_key(cat, k, j, int(base[a]), families)
        b = index.get(key)
        if b is None:
            b = index[key] = len(arcs)
            arcs.append(_role_arcs(key, matrix, fam_of))
        f_b[a] = b
    return f_b, arcs


def _after_key(cat, k: PersonKeys, j: int, base: int, families: list[str]) -> tuple:
    wish = ()
    if k.wish:
        track, family = (cat.sessions[j].track, cat.sessions[j].family) if j != DIRECT else ("", "")
        wish = wish_vector(k.wish, track, family, families)
    banned = frozenset(h for (bj, h) in k.banned_roles if bj in (ANY, j))
    stay = k.previous[1] if k.previous and k.previous[0] == j else None
    lock = k.lock[1] if k.lock else None
    return (base, wish, banned, stay, lock, id(k) if k.lock else None)


def _role_arcs(key: tuple, matrix: np.ndarray, fam_of: np.ndarray):
    base, wish, banned, stay, lock, _ = key
    hs = np.flatnonzero(matrix[base])
    if lock is not None:
        hs = hs[hs == lock]
    if banned:
        hs = hs[~np.isin(hs, list(banned))]
    points = np.array(wish, dtype=np.int64)[fam_of[hs]] if wish else np.zeros(len(hs), np.int64)
    return hs, points, (hs == stay).astype(np.int64)


def build_network(prep: Prepared, edits: Edits, wish_exact: bool) -> Network:
    """Assemble the network; arcs into after nodes that lead to no role are pruned."""
    keys = person_keys(prep, edits, wish_exact)
    members, node_key = entry_nodes(prep, keys)
    f_v, f_j = entry_arcs(prep, node_key)
    f_u = np.array([node_key[v][0] for v in f_v], dtype=np.int64)
    base, matrix = after_bases(prep, f_u, f_j)
    f_b, arcs = after_nodes(prep, node_key, f_v, f_j, base, matrix)
    alive = np.array([len(arcs[b][0]) > 0 for b in range(len(arcs))], dtype=bool)
    keep = alive[f_b] if len(f_b) else np.zeros(0, dtype=bool)
    f_v, f_j, f_b = f_v[keep], f_j[keep], f_b[keep]
    used = np.unique(f_b)
    renum = np.full(len(arcs), -1, dtype=np.int64)
    renum[used] = np.arange(len(used))
    e_b = np.concatenate([np.full(len(arcs[b][0]), renum[b]) for b in used] or [np.zeros(0, int)])
    pick = [arcs[b] for b in used]
    cat_arr = lambda i: np.concatenate([p[i] for p in pick]) if pick else np.zeros(0, np.int64)
    reach = np.zeros(len(members), dtype=bool)
    reach[f_v] = True
    return Network(
        dataset=prep.dataset,
        catalogue=prep.catalogue,
        members=members,
        senior=np.array(
            [
                node_key[v][0] is not None and prep.people.senior[members[v][0]]
                for v in range(len(members))
            ],
            dtype=bool,
        ),
        locked=np.array([node_key[v][1].lock is not None for v in range(len(members))], dtype=bool),
        f_v=f_v,
        f_j=f_j,
        f_b=renum[f_b],
        e_b=e_b.astype(np.int64),
        e_h=cat_arr(0),
        e_wish=cat_arr(1),
        e_stay=cat_arr(2),
        n_after=len(used),
        unplaceable=[i for v in np.flatnonzero(~reach) for i in members[v]],
        wish_exact=wish_exact,
    )
