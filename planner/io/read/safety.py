"""Checks that run before any parser touches an uploaded file, and the limits they enforce.

An uploaded workbook is untrusted: it may be a PDF renamed .xlsx, a zip bomb, an XML entity
bomb or simply too big for the machine. Everything here answers from the raw bytes and the
zip directory, before decompression, and decompresses at most what the zip declares. Each
refusal is a ``Refused`` exception carrying the Problem shown to the user.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from planner.domain.problems import Problem, error

MB = 1024 * 1024
MAX_UPLOAD_BYTES = 50 * MB  # the upload itself
MAX_UNCOMPRESSED_BYTES = 200 * MB  # sum of the sizes the zip members declare
MAX_MEMBER_RATIO = 200  # declared size / compressed size, for members over RATIO_FLOOR
RATIO_FLOOR = 1 * MB  # small members may compress very well without risk
MAX_ZIP_MEMBERS = 1000
MAX_ROWS = 200_000  # per sheet
MAX_COLUMNS = 200  # per sheet (used width)
MAX_CELLS = 3_000_000  # rows x columns of one sheet: bounds the memory of the cell reader
MAX_CELL_CHARS = 2_000  # per cell that the planner reads
MAX_SHARED_STRINGS = MAX_CELLS  # texts of a workbook's string table, declared or held
MAX_STRUCTURE_BYTES = 10 * MB  # a relationships or workbook part (sheet list, names)
HEADER_SEARCH_ROWS = 20  # the header row is looked for in this many first rows

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class Refused(Exception):
    """The file cannot be read safely or at all; ``problem`` says why and what to do."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def check_size(data: bytes) -> None:
    """Refuse empty files and files over MAX_UPLOAD_BYTES."""
    if not data:
        raise Refused(error("file_empty", expected="a non-empty file"))
    if len(data) > MAX_UPLOAD_BYTES:
        raise Refused(
            error(
                "file_too_large",
                value=f"{len(data) / MB:.1f} MB",
                expected="limit",
                limit=MAX_UPLOAD_BYTES // MB,
            )
        )


def sniff(data: bytes) -> str:
    """What the bytes are, whatever the file name says: zip, ole, pdf, text or binary."""
    if data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if _looks_like_text(data[:4096]):
        return "text"
    return "binary"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    quarter = len(head) // 4
    if head.count(b"\x00") > quarter:  # UTF-16 without a byte-order mark, or binary
        return head[1::2].count(b"\x00") > quarter or head[::2].count(b"\x00") > quarter
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) // 100


def ole_problem(data: bytes) -> Problem:
    """An OLE compound file is an encrypted xlsx or a legacy .xls: say which and what to do."""
    if "EncryptionInfo".encode("utf-16-le") in data or b"E\x00n\x00c\x00r\x00y\x00p" in data:
        return error("encrypted", expected="unprotected")
    return error("xls_legacy", expected="convert")


def open_zip(data: bytes) -> zipfile.ZipFile:
    """Open the zip and check its directory against the limits, before decompressing."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
    ) as exc:  # e.g. "zip file version 6.4" from a damaged header
        raise Refused(error("corrupt", expected="resave", detail=_short(exc))) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise Refused(
            error(
                "zip_bomb",
                expected="limit",
                detail=f"{len(members)} parts",
                limit=f"{MAX_ZIP_MEMBERS} parts",
            )
        )
    total = 0
    for info in members:
        _check_member(info)
        total += info.file_size
    if total > MAX_UNCOMPRESSED_BYTES:
        raise Refused(
            error(
                "zip_bomb",
                expected="limit",
                detail=f"{total // MB} MB",
                limit=f"{MAX_UNCOMPRESSED_BYTES // MB} MB",
            )
        )
    return archive


def _check_member(info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise Refused(error("encrypted", value=info.filename, expected="unprotected"))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise Refused(
            error(
                "corrupt",
                value=info.filename,
                expected="resave",
                detail=f"compression method {info.compress_type}",
            )
        )
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_MEMBER_RATIO * max(
        info.compress_size, 1
    ):
        ratio = info.file_size // max(info.compress_size, 1)
        raise Refused(
            error(
                "zip_bomb",
                value=info.filename,
                expected="limit",
                detail=f"{ratio} times its compressed size",
                limit=f"{MAX_MEMBER_RATIO} times",
            )
        )


def read_member(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """Decompress one member, never producing more than the size its directory entry declares.

    The deflate stream must end exactly at the declared size: a member that would go on
    (a lying zip) is refused, so no later reader can be made to inflate more than checked.
    """
    raw = _raw_member(data, info)
    if info.compress_type == zipfile.ZIP_STORED:
        out = bytes(raw[: info.file_size])
    else:
        inflater = zlib.decompressobj(-15)
        try:
            out = inflater.decompress(raw, info.file_size + 1)
        except zlib.error as exc:
            raise Refused(
                error("corrupt", value=info.filename, expected="resave", detail=_short(exc))
            ) from None
        if len(out) > info.file_size or not inflater.eof:
            raise Refused(
                error(
                    "zip_bomb",
                    value=info.filename,
                    expected="limit",
                    detail="more than its declared size",
                    limit="the declared size",
                )
            )
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        raise Refused(
            error(
                "corrupt",
                value=info.filename,
                expected="resave",
                detail="truncated or damaged part",
            )
        )
    return out


def _raw_member(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or header[:4] != ZIP_MAGIC:
        raise Refused(
            error("corrupt", value=info.filename, expected="resave", detail="truncated file")
        )
    fields = _LOCAL_HEADER.unpack(header)
    begin = start + _LOCAL_HEADER.size + fields[9] + fields[10]
    raw = memoryview(data)[begin : begin + info.compress_size]
    if len(raw) < info.compress_size:
        raise Refused(
            error("corrupt", value=info.filename, expected="resave", detail="truncated file")
        )
    return raw


def check_xml(part: str, xml: bytes) -> None:
    """Refuse any DOCTYPE or entity declaration (billion laughs, XXE) before XML parsing."""
    if b"\x00" in xml[:4]:  # UTF-16 XML: look for the declaration in the decoded text
        xml = xml.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    if _DOCTYPE.search(xml):
        raise Refused(error("xml_entities", value=part, expected="resave", part=part))


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text[:120]
