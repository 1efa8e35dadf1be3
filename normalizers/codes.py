"""Social-service codes of the Nomenclator (HG 867/2015 and amendments): parse, canonicalise, look up.

Pure functions over the nomenclator table, which the reference-data loader (:mod:`normalizers.reference`) reads
from the bundled ``data/nomenclator_servicii_sociale.csv``; see ``data/nomenclator_README.md`` for its sources
and gaps.

Canonical form (the contract's ``service_code``): four CAEN digits, one space, then the hyphen-joined parts,
e.g. ``8790 CR-D-VII``, ``8899 CZ-VD-III``, ``8810 ID-IV``, ``8899 SC-D-I``, ``8899 CPCSA``.

Status rules (``code_status``):

* ``exact``    — the code as printed (whitespace trimmed/collapsed, nothing else) equals the canonical
  nomenclator code: ``8730 CR-V-I``. Text around the code in the same cell ("8899 CPDH-I cantine
  sociale") does not prevent ``exact``: the status judges the code's spelling, ``code_raw`` keeps the cell.
* ``repaired`` — the code is in the nomenclator but was printed differently and its spelling was fixed:
  missing/extra blanks or hyphens (``8899CZ-VD-III``, ``8790- CR-D-VII``, ``8810 ID IV``), en/em dashes
  (``8790 CR – D – I``), a glued group (``8790CRVD-I``), lower case, or the alias ``8790 CRT-II`` →
  ``8790 CR-II`` (warning ``code_alias``).
* ``unknown``  — code-shaped but not in the nomenclator (warning ``code_not_in_nomenclator``); the
  canonical-shaped printed code is still returned (``8891 CZ-C-TC``). When only the part after the CAEN
  matches a nomenclator code (``2790 CR-C-I`` vs ``8790 CR-C-I``) the printed CAEN is KEPT, warning
  ``caen_mismatch`` is added and the likely code goes to ``suggestion`` — never a silent correction.
* ``missing``  — no code: None, "", "-", "fără codificare…", "nu este cazul"; free text with no code gets
  warning ``code_unparsed``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

from normalizers.reference import NomenclatorEntry, load_nomenclator
from normalizers.text import clean_text, fold_key

__all__ = [
    "CODE_FAMILIES",
    "CODE_GRADE",
    "CODE_GROUPS",
    "NomenclatorEntry",
    "ServiceCode",
    "find_service_code",
    "find_service_codes",
    "nomenclator",
    "normalize_service_code",
]

# Printed prefix tokens (the code's family), longest first so that CRMS/CRT win over CR, CPCSA/CPDH over C….
CODE_FAMILIES = ("CPCSA", "CPDH", "CRMS", "CRT", "SIS", "CR", "CZ", "ID", "SC", "SF")
# How many parts may follow each prefix (group and/or roman numeral).
_MAX_PARTS = {"CPCSA": 0, "CPDH": 1, "CRMS": 1, "CRT": 1, "SIS": 1, "ID": 1, "SF": 1, "CR": 2, "CZ": 2, "SC": 2}
_PREFIX_SETTING = {
    "CR": "cu_cazare", "CRMS": "cu_cazare", "CRT": "cu_cazare", "CPCSA": "cu_cazare",
    "CZ": "de_zi", "ID": "la_domiciliu",
    "SC": "in_comunitate", "SIS": "in_comunitate", "CPDH": "in_comunitate",
    "SF": "other",
}
# Beneficiary group parts of the nomenclator (group_code column) — used to split glued tokens.
CODE_GROUPS = frozenset({"MS", "AD", "V", "D", "C", "MC", "T", "VD", "PFA", "VTP", "PD", "F", "PN"})
# The grade a code ends with: a Roman numeral, I to X.
CODE_GRADE = re.compile(r"^(?:X|IX|IV|V?I{1,3}|V)$")
_ALIASES = {"8790 CRT-II": "8790 CR-II"}
_ALIAS_INDEX = {re.sub(r"[^0-9A-Z]", "", k): v for k, v in _ALIASES.items()}

_DASH_CHARS = "‐‑‒–—―−"
_DASH_TABLE = str.maketrans({c: "-" for c in _DASH_CHARS})
_SPACE_TABLE = str.maketrans({c: " " for c in "\u00a0\u202f\u2009\u2007\t"})

_HEAD = re.compile(
    r"(?<![0-9/.,])([0-9]{4})(?![0-9])[ ]*(?:-[ ]*)?(" + "|".join(CODE_FAMILIES) + r")([A-Z]*)(?![a-z0-9])"
)
_HYPHEN_PART = re.compile(r"[ ]*-[ ]*([A-Z]{1,4})(?![A-Za-z0-9])")
_SPACE_PART = re.compile(r"[ ]+([A-Z]{1,4})(?![A-Za-z0-9])")

_NO_CODE_PHRASES = ("fara cod", "necodificat", "nu are cod", "nu este cazul", "nu e cazul", "nu exista cod")


@dataclass
class ServiceCode:
    """A code cell understood. ``suggestion`` (extra field) carries the nomenclator code a
    ``caen_mismatch`` most likely meant; it is never copied into ``service_code``."""

    service_code: str | None
    code_status: str
    caen: str | None
    setting: str | None
    beneficiary_group: str | None
    code_raw: str | None
    warnings: list[str] = field(default_factory=list)
    suggestion: str | None = None


def _load() -> Mapping[str, NomenclatorEntry]:
    return load_nomenclator()


def nomenclator() -> dict[str, NomenclatorEntry]:
    """The nomenclator keyed by canonical code (a fresh dict over cached, immutable entries)."""
    return dict(_load())


def _squash(code: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", code.upper())


@lru_cache(maxsize=1)
def _squash_index() -> dict[str, str]:
    """squashed form ("8790CRVDI") → canonical code. Squashed forms are unique in the nomenclator
    (checked by a test), so any spelling that differs only in blanks/hyphens finds its code."""
    return {_squash(code): code for code in _load()}


@lru_cache(maxsize=1)
def _suffix_index() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for code in _load():
        out.setdefault(_squash(code)[4:], []).append(code)
    return out


@lru_cache(maxsize=1)
def _group_labels() -> dict[str, str]:
    """group_code → beneficiary label, only where the label is the same on every row of that group."""
    labels: dict[str, set[str]] = {}
    for e in _load().values():
        if e.group_code and e.beneficiary_group_ro:
            labels.setdefault(e.group_code, set()).add(e.beneficiary_group_ro)
    return {g: next(iter(s)) for g, s in labels.items() if len(s) == 1}


def _split_token(token: str, expect_group: bool) -> list[str]:
    """Split a glued part: "CIII" → ["C", "III"], "VDI" → ["VD", "I"] when not already a group/roman."""
    if token in CODE_GROUPS or CODE_GRADE.match(token) or not expect_group:
        return [token]
    for i in range(len(token) - 1, 0, -1):
        head, tail = token[:i], token[i:]
        if head in CODE_GROUPS and CODE_GRADE.match(tail):
            return [head, tail]
    return [token]


@dataclass
class _Parsed:
    caen: str
    prefix: str
    parts: list[str]
    start: int
    end: int

    @property
    def canonical(self) -> str:
        return f"{self.caen} " + "-".join([self.prefix, *self.parts])


def _prepare(text: str) -> str:
    """Same-length normalisation so match offsets stay valid: dashes → '-', odd blanks → ' '."""
    return text.translate(_DASH_TABLE).translate(_SPACE_TABLE)


def _parse_all(text: str) -> list[_Parsed]:
    found: list[_Parsed] = []
    pos = 0
    while True:
        m = _HEAD.search(text, pos)
        if not m:
            return found
        caen, prefix, glued = m.group(1), m.group(2), m.group(3)
        parts: list[str] = []
        if glued:
            # "CRVD" → CR + VD ; "CRT" is its own prefix (already preferred by the alternation order);
            # a glued remainder that is not a group may be group+roman ("CZCII").
            if glued in CODE_GROUPS or CODE_GRADE.match(glued):
                parts.append(glued)
            else:
                split = _split_token(glued, True)
                if split == [glued]:
                    pos = m.end()
                    continue  # "SCOALA", "CRONIC": not a code
                parts.extend(split)
        end = m.end()
        max_parts = _MAX_PARTS[prefix]
        while len(parts) < max_parts:
            hm = _HYPHEN_PART.match(text, end)
            if hm:
                token = hm.group(1)
            else:
                # A blank-separated part must look like a code part (group, roman numeral, or
                # group+roman), so a following word ("8899 CPDH-I CANTINE") is not swallowed.
                sm = _SPACE_PART.match(text, end)
                if not sm:
                    break
                token = sm.group(1)
                if not (token in CODE_GROUPS or CODE_GRADE.match(token) or len(_split_token(token, True)) == 2):
                    break
                hm = sm
            pieces = _split_token(token, expect_group=not parts and prefix in ("CR", "CZ", "SC", "SF"))
            if len(parts) + len(pieces) > max_parts:
                break
            parts.extend(pieces)
            end = hm.end()
        if not parts and prefix != "CPCSA":
            pos = m.end()
            continue  # "2021 SC" in prose: a prefix without any part is not a code
        found.append(_Parsed(caen, prefix, parts, m.start(), end))
        pos = end


def find_service_codes(text: str | None) -> list[tuple[str, int, int]]:
    """Every nomenclator-shaped code in ``text`` as (code as printed, start, end).

    Case-sensitive (codes are printed upper case), so prose words are not taken for codes; years,
    phone numbers, CPV codes ("85311200-4") and act numbers ("292/2011") do not match because the four
    digits must stand alone and be followed by a known prefix (CR, CZ, ID, SC, SIS, CPDH, SF, CPCSA…).
    """
    if not text:
        return []
    prepared = _prepare(text)
    return [(text[p.start:p.end], p.start, p.end) for p in _parse_all(prepared)]


def find_service_code(text: str | None) -> tuple[str, int, int] | None:
    """The first code written inside ``text`` ("Cod 8899CZ-F-I", "8899 CPDH-I cantine sociale"),
    as (code as printed, start, end), or None."""
    codes = find_service_codes(text)
    return codes[0] if codes else None


def _missing(raw: str | None, warnings: list[str] | None = None) -> ServiceCode:
    return ServiceCode(None, "missing", None, None, None, clean_text(raw) or None if raw is not None else None,
                       warnings or [])


def _known(p: _Parsed) -> tuple[str | None, bool]:
    """(nomenclator code, whether through an alias) for a parsed code, or (None, False)."""
    squashed = _squash(p.canonical)
    code = _squash_index().get(squashed)
    if code is None and squashed in _ALIAS_INDEX:
        return _ALIAS_INDEX[squashed], True
    return code, False


# no code part holds L, digits or bars after the CAEN: they are OCR's readings of I
_OCR_AFTER_CAEN = re.compile(r"(?<!\d)(\d{4})([ -]*[A-Z0-9|!][A-Z0-9|! -]*)")
_OCR_TO_I = str.maketrans({"1": "I", "L": "I", "|": "I", "!": "I"})


def _ocr_letters(upper: str) -> str:
    """'8810-1D IV' → '8810-ID IV', '8899-CZ-VD -IL' → '8899-CZ-VD -II' (same length, offsets kept)."""
    return _OCR_AFTER_CAEN.sub(lambda m: m.group(1) + m.group(2).translate(_OCR_TO_I), upper)


def normalize_service_code(raw: str | None) -> ServiceCode:
    """A code cell → canonical code, status, and nomenclator attributes (module docstring has the rules).

    For a nomenclator code, caen/setting/beneficiary_group come from its row (a ``repealed`` row adds
    warning ``code_repealed``). For an unknown code, caen is the printed 4 digits, setting follows the
    prefix (CR*/CPCSA → cu_cazare, CZ → de_zi, ID → la_domiciliu, SC/SIS/CPDH → in_comunitate) and
    beneficiary_group follows the printed group part when that part has a single label in the
    nomenclator (C → copii), else None. Never raises.
    """
    if raw is None:
        return _missing(None)
    cleaned = clean_text(raw)
    key = fold_key(cleaned)
    if not key or cleaned.strip("-‐‑‒–—―− .*/") == "":
        return _missing(raw)
    upper = _prepare(cleaned).upper()
    parsed = _parse_all(upper)
    warnings: list[str] = []
    if not parsed or _known(parsed[0])[0] is None:
        # a scan's OCR reads the letters of a code as digits or other letters ('8810-1D IV', 'CZ-VD-Il'): the
        # reading with those letters put back is taken only when it is a nomenclator code
        fixed = _parse_all(_ocr_letters(upper))
        if fixed and _known(fixed[0])[0] is not None:
            parsed = fixed
            warnings.append("code_ocr_repaired")
    if not parsed:
        if any(p in key for p in _NO_CODE_PHRASES):
            return _missing(raw)
        return _missing(raw, ["code_unparsed"])
    p = parsed[0]
    if len({q.canonical for q in parsed}) > 1:
        warnings.append("multiple_codes")
    printed = cleaned[p.start:p.end]
    canonical = p.canonical
    entries = _load()
    code, alias = _known(p)
    if code is not None:
        entry = entries[code]
        if alias:
            warnings.append("code_alias")
        if entry.status == "repealed":
            warnings.append("code_repealed")
        status = "exact" if printed == code and not alias else "repaired"
        return ServiceCode(code, status, entry.caen, entry.setting, entry.beneficiary_group_ro, cleaned, warnings)
    warnings.append("code_not_in_nomenclator")
    suggestion = None
    same_suffix = _suffix_index().get(_squash(canonical)[4:], [])
    if same_suffix:
        warnings.append("caen_mismatch")
        suggestion = same_suffix[0] if len(same_suffix) == 1 else None
    group = p.parts[0] if p.parts and p.parts[0] in CODE_GROUPS and p.prefix in ("CR", "CZ", "SC", "SF") else None
    label = _group_labels().get(group) if group else None
    return ServiceCode(canonical, "unknown", p.caen, _PREFIX_SETTING.get(p.prefix), label, cleaned, warnings,
                       suggestion)
