"""Fuzzing the parts of real workbooks: every mutant is read cleanly or refused with a
located problem, never an exception, a crash, a stopped child or a timeout.

Two real workbooks (openpyxl's inline strings, the bundled sample's shared strings written by
xlsxwriter) are mutated by one to three operators drawn with a fixed seed: part names, their
case and folder; dimension extents; rows and cells without ``r``; huge or odd ``r`` values;
relationships deleted, duplicated or pointed elsewhere; row ends; string counts; truncation.
Each mutant is read in a child limited to 512 MB and 60 s, so a miss of the pre-scan shows
as ``read_memory_limit``/``read_crashed`` (a failed case), not as a dead pytest.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest

from planner.i18n import describe_problem
from tests.parsing_fixtures import base_workbook, read_guarded

SEED = 20260814
CASES = 60
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.xlsx"
STOPPED = {"internal_error", "read_crashed", "read_memory_limit", "read_time_limit"}
Members = list[tuple[str, bytes]]


def unpack(data: bytes) -> Members:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [(info.filename, archive.read(info)) for info in archive.infolist()]


def pack(members: Members) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in members:
            target.writestr(zipfile.ZipInfo(name), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def a_sheet(rng: random.Random, members: Members) -> int | None:
    """The index of a member holding cells, None when no member does any more."""
    found = [i for i, (_, body) in enumerate(members) if b"<sheetData" in body]
    return rng.choice(found) if found else None


def rename_part(rng: random.Random, members: Members) -> Members:
    """A worksheet renamed: other case, folder or extension; its relationship follows or not."""
    i = a_sheet(rng, members)
    if i is None:
        return members
    old = members[i][0]
    new = rng.choice(
        [old.upper(), old.replace("worksheets", "elsewhere"), old[:-4], old + ".bin", "x.xml"]
    )
    members[i] = (new, members[i][1])
    if rng.random() < 0.8:
        tail, new_tail = old.split("/", 1)[1].encode(), new.split("/", 1)[-1].encode()
        members = [(n, b.replace(tail, new_tail) if n.endswith(".rels") else b) for n, b in members]
    return members


def dimension(rng: random.Random, members: Members) -> Members:
    """A declared extent from tiny to the whole grid, or a malformed one."""
    i = a_sheet(rng, members)
    if i is None:
        return members
    ref = rng.choice(["A1", "A1:XFD1048576", "A1:IV65536", "B2:A1", "A1:ZZZZ9", "1:1", ""])
    name, body = members[i]
    members[i] = (
        name,
        re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), body),
    )
    return members


def strip_references(rng: random.Random, members: Members) -> Members:
    """``r`` removed from some rows and cells: calamine places them by counting."""
    i = a_sheet(rng, members)
    if i is None:
        return members
    name, body = members[i]
    pattern = rng.choice([rb' r="\d+"', rb' r="[A-Z]+\d+"', rb' r="[^"]*"'])
    share = rng.random()
    members[i] = (name, re.sub(pattern, lambda m: b"" if rng.random() < share else m[0], body))
    return members


def odd_reference(rng: random.Random, members: Members) -> Members:
    """One cell or row given a huge, zero, lower-case or malformed reference."""
    i = a_sheet(rng, members)
    if i is None:
        return members
    name, body = members[i]
    value = rng.choice(
        [b"XFD1048576", b"A99999999999999999999", b"A0", b"xfd3", b"AAAAA1", b"-1", b"A 1", b"B7"]
    )
    refs = list(re.finditer(rb' r="([^"]*)"', body))
    if refs:
        m = rng.choice(refs)
        body = body[: m.start(1)] + value + body[m.end(1) :]
    members[i] = (name, body)
    return members


def row_ends(rng: random.Random, members: Members) -> Members:
    """A run of bare ``</row>`` ends and cells without references inserted."""
    i = a_sheet(rng, members)
    if i is None:
        return members
    name, body = members[i]
    run = b"</row>" * rng.choice([1, 1000, 250_000]) + b"<c><v>1</v></c>" * rng.choice([1, 300])
    members[i] = (name, body.replace(b"</sheetData>", run + b"</sheetData>", 1))
    return members


def relationships(rng: random.Random, members: Members) -> Members:
    """The workbook's relationships: one deleted, duplicated, or pointed at another part."""
    found = [i for i, (n, _) in enumerate(members) if n.endswith("workbook.xml.rels")]
    rels = re.findall(rb"<Relationship [^>]*/>", members[found[0]][1]) if found else []
    if not rels:
        return members
    name, body = members[found[0]]
    rel = rng.choice(rels)
    action = rng.choice(["delete", "duplicate", "retarget", "id"])
    if action == "delete":
        body = body.replace(rel, b"", 1)
    elif action == "duplicate":
        body = body.replace(rel, rel + rng.choice(rels), 1)
    elif action == "retarget":
        target = rng.choice([n for n, _ in members]).encode()
        body = body.replace(rel, re.sub(rb'Target="[^"]*"', b'Target="/' + target + b'"', rel), 1)
    else:
        body = body.replace(rel, re.sub(rb'Id="[^"]*"', b'Id="rId1"', rel), 1)
    members[found[0]] = (name, body)
    return members


def structure_case(rng: random.Random, members: Members) -> Members:
    """A structural part's name in another case, or a member dropped."""
    i = rng.randrange(len(members))
    if rng.random() < 0.5:
        return members[:i] + members[i + 1 :]
    name, body = members[i]
    members[i] = (rng.choice([name.upper(), name.lower(), name.swapcase()]), body)
    return members


def strings(rng: random.Random, members: Members) -> Members:
    """The string table's declared count set anywhere from 0 to 10^11."""
    count = rng.choice([b"0", b"5", b"3000001", b"99999999999", b"-3", b"x"])
    return [
        (n, re.sub(rb'uniqueCount="[^"]*"', b'uniqueCount="' + count + b'"', b)) for n, b in members
    ]


def truncate(rng: random.Random, members: Members) -> Members:
    """A part cut short at a random byte."""
    i = rng.randrange(len(members))
    name, body = members[i]
    members[i] = (name, body[: rng.randrange(len(body) + 1)])
    return members


OPERATORS = [
    rename_part,
    dimension,
    strip_references,
    odd_reference,
    row_ends,
    relationships,
    structure_case,
    strings,
    truncate,
]


def cases() -> list:
    rng = random.Random(SEED)
    out = []
    for index in range(CASES):
        base = rng.choice(["openpyxl", "sample"])
        operators = rng.sample(OPERATORS, rng.randint(1, 3))
        name = f"{index:02d}-{base}-" + "+".join(op.__name__ for op in operators)
        out.append(pytest.param(index, base, operators, rng.random(), id=name))
    return out


@pytest.mark.parametrize("index, base, operators, seed", cases())
def test_a_mutated_workbook_is_read_or_refused_with_a_located_problem(index, base, operators, seed):
    rng = random.Random(seed)
    members = unpack(base_workbook() if base == "openpyxl" else SAMPLE.read_bytes())
    for operator in operators:
        members = operator(rng, members)
    result = read_guarded(pack(members), f"mutant{index}.xlsx")
    problems = [str(p) for p in result.problems]
    assert not STOPPED & {p.code for p in result.problems}, problems
    assert (result.dataset is None) == (not result.ok), problems
    for problem in result.problems:
        assert describe_problem(problem, "fr") and describe_problem(problem, "en")
