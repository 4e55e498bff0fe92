"""Cell converters: one function per column kind, each accepting the spellings HR files use.

A converter returns the typed value or raises ``CellError`` with a problem code and the
expected-phrase key; the row reader adds sheet, row and column. Accepted spellings
(documented here because users will ask):

- numbers: 3.5, "3,5", "1 000", "1.234,5", "1,234.5", "1,200,000", "1.200.000"; NaN and
  infinity are refused. One comma or point followed by exactly three digits ("7,800",
  "120.000") could be a decimal mark or a thousands separator: it is read as a decimal
  mark (7.8, 120), the French convention, and ``ambiguous_number`` says so in a warning;
- ids (``id_cells``): text kept as written (trimmed); a number cell keeps every digit (123
  reads "123", never "123.0") and is refused beyond 15 significant digits, which Excel does
  not keep; a true/false cell and a control or format character (``domain.ids``) are
  refused;
- yes/no: oui/non, o/n, yes/no, y/n, vrai/faux, true/false, 1/0, x (yes), empty (no);
- dates (``date_cells``): date cells, Excel serial numbers, "15/09/2026", "15-09-2026",
  "15.09.2026", "2026-09-15" (ISO, optionally with a time), in the years 2000-2100
  (``domain.limits``); two-digit years are refused (ambiguous);
- CEFR levels: A1..C2, native/natif/langue maternelle/maternelle/mother tongue = C2,
  none/aucun/-/0 = no level;
- education: none/aucun/sans diplôme/sans, bac/baccalauréat, bac+2 (DUT, BTS, DEUG, DTS),
  bac+3 (licence, bachelor), bac+5 (master, ingénieur, MBA); doctorat/bac+8 = bac+5, the
  top of the scale. "Bac +2", "BAC+2", "bac 2" are the same; bac+1 and bac+4 are refused
  (they are not on the scale and rounding would be a guess).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from functools import lru_cache

from planner.domain.levels import CEFR, norm_key
from planner.domain.limits import Limit
from planner.domain.schema import LANGUAGE_NAMES


class CellError(Exception):
    """A cell value that does not fit its column: problem code, expected key, parameters."""

    def __init__(self, code: str, expected: str, **params: object):
        super().__init__(code)
        self.code, self.expected, self.params = code, expected, params


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
NON_FINITE = {"nan", "inf", "+inf", "-inf", "infinity", "-infinity", "#num!", "#div/0!"}


def text(value: object) -> str | None:
    """Trimmed text; numbers lose a meaningless ".0" (an id typed as 123 reads "123")."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.isoformat()
    out = str(value).strip()
    return out or None


def number(value: object) -> float:
    """A finite number, or infinity for a numeric text too large for a float ("1" and 400
    zeros), left for the column's limit to refuse with the limit stated."""
    if isinstance(value, bool):
        raise CellError("bad_number", "number")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError("not_finite", "number")
        try:
            result = float(value)
        except OverflowError:  # an int beyond 1e308
            result = math.copysign(math.inf, value)
    else:
        raw = _SPACES.sub("", str(value))
        if raw.casefold() in NON_FINITE:
            raise CellError("not_finite", "number")
        result = float(_decimal_point(raw))
    return result + 0.0  # -0.0 reads 0


_GROUPED = re.compile(r"^[+-]?\d{1,3}([,.])\d{3}(?:\1\d{3})+$")
_AMBIGUOUS = re.compile(r"^[+-]?([1-9]\d{0,2})([,.])(\d{3})$")


def _decimal_point(raw: str) -> str:
    if _GROUPED.match(raw):  # the same mark twice or more: thousands separators
        return raw.replace(",", "").replace(".", "")
    if "," in raw and "." in raw:  # the last one is the decimal mark
        raw = raw.replace(".", "") if raw.rfind(",") > raw.rfind(".") else raw.replace(",", "")
    raw = raw.replace(",", ".")
    if not _NUMBER.match(raw):
        raise CellError("bad_number", "number")
    return raw


def ambiguous_reading(value: object) -> dict[str, str] | None:
    """How a "7,800"-style text was read, for the warning: ``read`` (7,8: the mark as a
    decimal mark) and ``thousands`` (7800, the other reading); None for any other value."""
    if not isinstance(value, str):
        return None
    match = _AMBIGUOUS.match(_SPACES.sub("", value))
    if match is None:
        return None
    whole, mark, decimals = match.groups()
    sign = "-" if value.strip().startswith("-") else ""
    read = whole + (mark + decimals.rstrip("0") if decimals.rstrip("0") else "")
    return {"read": sign + read, "thousands": sign + whole + decimals}


def within(result: float, limit: Limit | None) -> float:
    """The number, or ``over_limit`` stating the limit; infinity is never let through."""
    if limit is not None and result > limit.maximum:
        raise CellError("over_limit", limit.expected)
    if not math.isfinite(result):
        raise CellError("not_finite", "number")
    return result


def non_negative(value: object, limit: Limit | None = None) -> float:
    result = number(value)
    if result < 0:
        raise CellError("out_of_range", "number>=0")
    return within(result, limit)


def integer(value: object, minimum: int = 0, limit: Limit | None = None) -> int:
    expected = "int>0" if minimum == 1 else "int>=0"
    try:
        result = number(value)
        if result >= minimum:
            within(result, limit)
        elif not math.isfinite(result):
            raise CellError("not_finite", expected)
    except CellError as exc:
        raise CellError(exc.code, exc.expected if exc.code == "over_limit" else expected) from None
    if abs(result - round(result)) > 1e-9:
        raise CellError("bad_integer", expected)
    if result < minimum:
        raise CellError("out_of_range", expected)
    return int(round(result))


_NATIVE = {
    "native",
    "natif",
    "native speaker",
    "langue maternelle",
    "maternelle",
    "mother tongue",
    "maternel",
}
_NO_LEVEL = {"none", "aucun", "aucune", "-", "0", "non", "no", "neant"}


_CEFR_FAST = {label: i + 1 for i, label in enumerate(CEFR)}


def cefr(value: object) -> int:
    """CEFR level 1..6 (A1..C2), native = 6, an explicit "none" = 0."""
    if isinstance(value, str) and value.strip().upper() in _CEFR_FAST:
        return _CEFR_FAST[value.strip().upper()]
    key = norm_key(text(value) or "")
    if key.upper() in CEFR:
        return CEFR.index(key.upper()) + 1
    if key in _NATIVE:
        return 6
    if key in _NO_LEVEL:
        return 0
    raise CellError("bad_level", "cefr", level=text(value))


def skill(value: object) -> int:
    try:
        result = integer(value)
    except CellError:
        raise CellError("bad_level", "skill", level=text(value)) from None
    if result > 5:
        raise CellError("bad_level", "skill", level=text(value))
    return result


_EDUCATION = {
    0: ("none", "aucun", "aucune", "sans diplome", "sans", "neant", "-", "no diploma"),
    1: ("bac", "baccalaureat", "high school"),
    2: ("bac+2", "dut", "bts", "deug", "dts", "deust", "technicien specialise"),
    3: ("bac+3", "licence", "licence professionnelle", "bachelor", "bachelors"),
    4: ("bac+5", "master", "ingenieur", "mba", "bac+8", "doctorat", "phd", "doctorate"),
}
EDUCATION_WORDS = {
    re.sub(r"\s*\+\s*", "+", word): level for level, words in _EDUCATION.items() for word in words
}


def education(value: object) -> int:
    key = norm_key(text(value) or "")
    key = re.sub(r"\s*\+\s*", "+", key)
    key = re.sub(r"^bac\s+(\d)$", r"bac+\1", key)
    if key in EDUCATION_WORDS:
        return EDUCATION_WORDS[key]
    raise CellError("bad_education", "education")


_YES = {"oui", "o", "yes", "y", "vrai", "true", "1", "x", "1.0"}
_NO = {"non", "n", "no", "faux", "false", "0", "0.0"}


def boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = norm_key(text(value) or "")
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError("bad_bool", "bool")


_ITEMS = re.compile(r"[;,\n|/]+")
_ITEM = re.compile(r"^(.+?)\s*[:=]\s*(.+)$|^(\S+)\s+(\S+)$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
LANGUAGE_CODES = {
    norm_key(name): code for code, names in LANGUAGE_NAMES.items() for name in (code, *names)
}
EXAMPLES = {True: "en:B2; es:A2", False: "crm:3; excel:2"}


@lru_cache(maxsize=4096)
def language_code(raw: str) -> str | None:
    """ISO code of a language written as a code or a name ("Anglais", "EN"); None if neither."""
    key = norm_key(raw)
    if key in LANGUAGE_CODES:
        return LANGUAGE_CODES[key]
    return key if _LANGUAGE_CODE.match(key) else None


@lru_cache(maxsize=4096)
def skill_code(raw: str) -> str:
    """Skills are compared as snake_case: "Customer service" is customer_service."""
    return norm_key(raw).replace(" ", "_")


def level_list(value: object, languages: bool) -> dict[str, int]:
    """A level list like ``en:B2; es:A2`` (languages) or ``crm:3; excel:2`` (skills)."""
    raw = text(value)
    out: dict[str, int] = {}
    for part in _ITEMS.split(raw or ""):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.match(part)
        pair = (
            (match.group(1) or match.group(3), match.group(2) or match.group(4))
            if match
            else (None, None)
        )
        code = (language_code(pair[0]) if languages else skill_code(pair[0])) if match else None
        if not code:
            raise CellError("bad_level_list", "list", part=part, example=EXAMPLES[languages])
        if code in out:
            raise CellError("duplicate_code", "once", item=code)
        out[code] = cefr(pair[1]) if languages else skill(pair[1])
    return {code: level for code, level in out.items() if level}


_WISHES = re.compile(r"[;,\n|]+")


def wishes(value: object) -> tuple[str, ...]:
    """Ordered wishes as written (families or track names), empty items dropped."""
    return tuple(item.strip() for item in _WISHES.split(text(value) or "") if item.strip())
