"""Every part of an .xlsx package checked before a reader opens it, whatever its name.

A worksheet need not be called ``xl/worksheets/sheet1.xml``: the relationships may point
anywhere, in any case (calamine looks names up case-blind), with any extension. So every
member is decompressed within its declared size; every member that is XML by name, referenced
by the package or the workbook, or holds cells or shared strings is refused if it declares a
DOCTYPE; every part that holds cells is scanned for its extent (``xlsx_scan``). Which part a
sheet is read from is worked out both as calamine and as openpyxl would, every candidate
counting; a sheet whose part cannot be told is given the largest extent in the package.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field

import defusedxml.ElementTree as SafeET

from planner.domain.problems import error
from planner.io.read import safety
from planner.io.read.xlsx_scan import SheetScan, declared_strings, is_worksheet, scan_sheet

XML_SUFFIXES = (".xml", ".rels", ".vml")
OFFICE_DOCUMENT = "/relationships/officeDocument"


@dataclass(slots=True)
class Package:
    """The scans of the parts holding cells, by normalised path, and the candidate parts of
    each sheet name."""

    scans: dict[str, SheetScan] = field(default_factory=dict)
    sheets: dict[str, set[str]] = field(default_factory=dict)

    def sheet_scans(self) -> dict[str, SheetScan]:
        """The extent to check for each sheet name: the largest of its candidate parts."""
        return {name: self.scan_of(name) for name in self.sheets}

    def scan_of(self, sheet: str) -> SheetScan:
        found = [self.scans[p] for p in self.sheets.get(sheet, ()) if p in self.scans]
        if len(found) == 1:
            return found[0]
        return largest(found or list(self.scans.values()))


def largest(scans: list[SheetScan]) -> SheetScan:
    """An extent at least as large as each of ``scans`` (no special cells: a stand-in)."""
    return SheetScan(
        rows=max((s.rows for s in scans), default=0),
        columns=max((s.columns for s in scans), default=0),
    )


def normalised(name: str) -> str:
    """A member name as calamine looks it up: forward slashes, lower case."""
    return name.replace("\\", "/").lower()


def read_package(data: bytes, archive: zipfile.ZipFile) -> Package:
    """Check every member of the package; the scans of its worksheets and who reads them."""
    members = [info for info in archive.infolist() if not info.is_dir()]
    index = {normalised(info.filename): info for info in members}
    books, referenced = _structure(data, index)
    package = Package(sheets=_sheet_candidates(data, index, books))
    for info in members:
        xml = _as_utf8(safety.read_member(data, info))
        name = normalised(info.filename)
        worksheet = is_worksheet(xml)
        if worksheet or name in referenced or name.endswith(XML_SUFFIXES) or b"sst" in xml:
            safety.check_xml(info.filename, xml)
        _check_strings(info.filename, xml)
        if worksheet:  # two members may share a name once case is ignored: the larger counts
            scan = scan_sheet(xml)
            twin = package.scans.get(name)
            package.scans[name] = scan if twin is None else largest([scan, twin])
    return package


def _as_utf8(xml: bytes) -> bytes:
    """UTF-16 parts re-encoded, so the byte patterns of the scans see their tags."""
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in xml[:4]:
        return xml.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return xml


def _check_strings(part: str, xml: bytes) -> None:
    strings = declared_strings(xml)
    if strings > safety.MAX_SHARED_STRINGS:
        raise safety.Refused(
            error(
                "zip_bomb",
                value=part,
                expected="limit",
                detail=f"{strings} shared strings",
                limit=f"{safety.MAX_SHARED_STRINGS} shared strings",
            )
        )


def _relationships(data: bytes, index: dict, path: str) -> list[dict[str, str]]:
    """The relationships of one .rels part, [] when it is missing or not XML."""
    info = index.get(normalised(path))
    root = _structure_xml(data, info) if info is not None else None
    if root is None:
        return []
    return [dict(rel.attrib) for rel in root.iter() if rel.tag.endswith("Relationship")]


def _structure_xml(data: bytes, info: zipfile.ZipInfo):
    """A relationships or workbook part parsed, None when it is not XML (the readers will
    refuse it). Such parts are small: a large one is refused before it is parsed."""
    if info.file_size > safety.MAX_STRUCTURE_BYTES:
        raise safety.Refused(
            error(
                "zip_bomb",
                value=info.filename,
                expected="limit",
                detail=f"{info.file_size // safety.MB} MB in {info.filename}",
                limit=f"{safety.MAX_STRUCTURE_BYTES // safety.MB} MB",
            )
        )
    xml = _as_utf8(safety.read_member(data, info))
    safety.check_xml(info.filename, xml)
    try:
        return SafeET.fromstring(xml)
    except Exception:  # any XML failure: a damaged part
        return None


def _structure(data: bytes, index: dict) -> tuple[list[tuple[str, str]], set[str]]:
    """The workbook parts, as (path, calamine's folder), and every part the package and
    the workbooks reference."""
    roots = _relationships(data, index, "_rels/.rels")
    referenced = {_resolve("", rel.get("Target", "")) for rel in roots}
    books = []
    for rel in roots or [{"Type": OFFICE_DOCUMENT, "Target": "xl/workbook.xml"}]:
        if rel.get("Type", "").endswith(OFFICE_DOCUMENT):
            target = rel.get("Target", "")
            folder = _calamine_folder(target)
            books += [(folder + "workbook.xml", folder), (_resolve("", target), folder)]
    for book, folder in books:
        for rel in _book_relationships(data, index, book, folder):
            referenced |= _targets(book, folder, rel.get("Target", ""))
    return books, {normalised(p) for p in referenced | {b for b, _ in books}}


def _calamine_folder(target: str) -> str:
    """calamine's folder of the workbook: the officeDocument target up to its last "/"."""
    folder = target[: target.rfind("/") + 1]
    return folder.removeprefix("/")


def _book_relationships(data: bytes, index: dict, book: str, folder: str) -> list[dict]:
    own = posixpath.join(posixpath.dirname(book), "_rels", posixpath.basename(book) + ".rels")
    rels = _relationships(data, index, own)
    if normalised(own) != normalised(folder + "_rels/workbook.xml.rels"):
        rels += _relationships(data, index, folder + "_rels/workbook.xml.rels")
    return rels


def _resolve(folder: str, target: str) -> str:
    """A relationship target as a package path, resolved the standard way."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(folder, target)) if target else ""


def _targets(book: str, folder: str, target: str) -> set[str]:
    """A workbook relationship's target as calamine and as openpyxl resolve it."""
    calamine = target[1:] if target.startswith("/") else folder + target
    standard = _resolve(posixpath.dirname(book), target)
    return {normalised(calamine), normalised(standard)}


def _sheet_candidates(data: bytes, index: dict, books: list) -> dict[str, set[str]]:
    """Sheet name -> every part it may be read from, over every workbook part and every
    relationship id the sheet's attributes name (duplicates all count)."""
    sheets: dict[str, set[str]] = {}
    for book, folder in books:
        info = index.get(normalised(book))
        if info is None:
            continue
        targets: dict[str, set[str]] = {}
        for rel in _book_relationships(data, index, book, folder):
            targets.setdefault(rel.get("Id", ""), set()).update(
                _targets(book, folder, rel.get("Target", ""))
            )
        for name, ids in _sheet_ids(data, info):
            found = sheets.setdefault(name, set())
            for rel_id in ids:
                found |= targets.get(rel_id, set())
    return sheets


def _sheet_ids(data: bytes, info: zipfile.ZipInfo) -> list[tuple[str, list[str]]]:
    """(name, ids) of each ``<sheet>`` of a workbook part; ids are every attribute whose
    local name is ``id``, as calamine matches ``r:id`` under any prefix."""
    root = _structure_xml(data, info)
    if root is None:
        return []
    out = []
    for sheet in root.iter():
        if sheet.tag.rsplit("}", 1)[-1] == "sheet" and sheet.get("name") is not None:
            ids = [v for k, v in sheet.attrib.items() if k.rsplit("}", 1)[-1] == "id"]
            out.append((sheet.get("name"), ids))
    return out
