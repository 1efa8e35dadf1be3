"""Numbers, money, occupancy and counts as printed in Romanian social-services plans.

Pure functions, no I/O. Money is returned as ``Decimal`` (never through ``float``) because the
contract stores public money as ``decimal(18,2)`` and a binary float would change the cents.

Romanian number formats and how they are read (the rules are deliberately explicit so that a value is
either read the one sensible way or not at all — a caller never gets a silently wrong number):

* ``.`` followed by groups of exactly three digits is a thousands separator: ``5.443`` → 5443,
  ``1.000.000`` → 1000000.
* a single ``,`` is the decimal separator: ``126,1`` → 126.1, ``5.585.522,17`` → 5585522.17.
* blanks (space, no-break space, narrow no-break space) before a group of exactly three digits are
  thousands separators: ``1 234,5`` → 1234.5.
* a single ``.`` NOT followed by exactly three digits is a decimal point (``741.72``, ``126.1``).
* English ``1,234.56`` → 1234.56; several commas with 3-digit groups (``1,234,567``) are thousands.
* commas only, every group but the last of three digits and the last of two (``123,982,97``, the same typo
  with the cents kept) → 123982.97.
* mixed separators where every group after the first has three digits and the last separator is a dot
  (``45,525.529``, a typo seen in a mayor's report) are all read as thousands separators → 45525529.
* runs such as ``23.04.2021`` or ``07.2022`` (dates, month-years) are not numbers and are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from normalizers.text import clean_text, fold_key

__all__ = [
    "Money",
    "GROUPED_FIGURE",
    "Occupancy",
    "WHOLE_FIGURE",
    "find_numbers",
    "format_ro",
    "names_currency_only",
    "parse_capacity",
    "parse_count",
    "parse_money",
    "parse_number",
    "parse_occupancy",
    "unit_from_text",
]

# ---------------------------------------------------------------------------------------------
# Low-level number tokens
# ---------------------------------------------------------------------------------------------

_BLANKS = " \u00a0\u202f\u2009\u2007"
# a figure as printed whole: digits grouped by threes with a dot or comma, a decimal part of one or two digits
# ('1.211.900,00', '874.300', '25'); the layout readers and table repair glue a figure's pieces when together they
# make one
GROUPED_FIGURE = r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?"
WHOLE_FIGURE = re.compile(rf"^{GROUPED_FIGURE}$")
# A run of ASCII digits joined by single separators. A blank only joins when exactly three digits
# follow (a thousands group); '.' and ',' join any digit groups and the run is judged afterwards.
_NUMBER_RUN = re.compile(
    r"(?<![0-9])[0-9]+(?:(?:[.,]|[" + _BLANKS + r"](?=[0-9]{3}(?![0-9])))[0-9]+)*"
)
_SEP_SPLIT = re.compile(r"([.," + _BLANKS + r"])")
# An amount whose cents a narrow cell wrapped onto the next line: "15.322.000," / "00 lei" joined as
# "15.322.000, 00". Only after dot-grouped thousands and before the cell's end or its unit, so a list
# ("2021, 22", "12.000, 50 de locuri") stays two numbers.
_WRAPPED_CENTS = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})+,[" + _BLANKS + r"]+[0-9]{2}"
    r"(?=[" + _BLANKS + r"]*(?:$|lei\b|ron\b|[;)/]))",
    re.IGNORECASE,
)

# Cell texts that mean "nothing stated".
_NULL_KEYS = {
    "",
    "nu este cazul",
    "nu e cazul",
    "nu",
    "n a",
    "na",
    "nu se aplica",
    "fara",
    "x",
}
_DASHES = "-‐‑‒–—―−"
_MINUS_CHARS = {"-", "−", "–"}


def _is_placeholder(text: str) -> bool:
    """True for '-', '—', '', 'nu este cazul' and similar 'nothing stated' cells."""
    stripped = text.strip().strip(_DASHES + " .*/")
    return fold_key(stripped) in _NULL_KEYS


def _interpret(token: str) -> Decimal | None:
    """Turn one digit run into a Decimal following the module rules, or None when it is not a number
    (e.g. a date such as 23.04.2021)."""
    parts = _SEP_SPLIT.split(token)
    groups = parts[0::2]
    seps = ["s" if p in _BLANKS else p for p in parts[1::2]]
    if not seps:
        return Decimal(token)
    first = groups[0]
    rest = groups[1:]
    # A leading zero before a separator is not a number's first group ("07.2022", "05.03.2019"),
    # except a lone "0" ("0,5" / "0.75").
    if len(first) > 1 and first.startswith("0"):
        return None
    kinds = set(seps)

    def thousands(gs: list[str]) -> bool:
        return 1 <= len(gs[0]) <= 3 and all(len(g) == 3 for g in gs[1:])

    if len(kinds) == 1:
        kind = seps[0]
        if kind == "s":
            return Decimal("".join(groups)) if thousands(groups) else None
        if kind == ".":
            if len(seps) >= 2:
                return Decimal("".join(groups)) if thousands(groups) else None
            if len(rest[0]) == 3 and 1 <= len(first) <= 3 and first != "0":
                return Decimal(first + rest[0])  # 5.443 → 5443
            return Decimal(first + "." + rest[0])  # 741.72, 126.1, 0.500
        # kind == ","
        if len(seps) == 1:
            return Decimal(first + "." + rest[0])  # 126,1 ; 1,234 read the Romanian way
        if thousands(groups):
            return Decimal("".join(groups))
        if thousands(groups[:-1]) and len(groups[-1]) == 2:  # 123,982,97: thousands typed as commas, cents last
            return Decimal("".join(groups[:-1]) + "." + groups[-1])
        return None
    # Mixed separators: all but the last must be one thousands kind (blank counts with either).
    last = seps[-1]
    head_seps = set(seps[:-1]) - {"s"}
    if last == "s" or len(head_seps) > 1 or (head_seps and last in head_seps):
        return None
    int_groups = groups[:-1]
    if not thousands(int_groups):
        return None
    frac = groups[-1]
    if last == ",":  # 5.585.522,17 / 1 234,5
        return Decimal("".join(int_groups) + "." + frac)
    # last == "." after commas / blanks
    if len(frac) == 3:  # 45,525.529 → thousands typo, all separators are thousands
        return Decimal("".join(groups))
    return Decimal("".join(int_groups) + "." + frac)  # 1,234.56


def _tokens(text: str) -> list[tuple[Decimal, int, int]]:
    out: list[tuple[Decimal, int, int]] = []
    wrapped = [(m.start(), m.end()) for m in _WRAPPED_CENTS.finditer(text)]
    for start, end in wrapped:
        out.append((_interpret(re.sub("[" + _BLANKS + "]", "", text[start:end])), start, end))
    for m in _NUMBER_RUN.finditer(text):
        if any(start <= m.start() < end for start, end in wrapped):
            continue
        value = _interpret(m.group())
        if value is not None:
            out.append((value, m.start(), m.end()))
            continue
        # A run joined by blanks may be two numbers ("2021 100" is not a thousands group): retry
        # each blank-separated piece on its own.
        if any(b in m.group() for b in _BLANKS):
            offset = m.start()
            for piece in re.finditer(r"[^" + _BLANKS + r"]+", m.group()):
                v = _interpret(piece.group())
                if v is not None:
                    out.append((v, offset + piece.start(), offset + piece.end()))
    return sorted(out, key=lambda token: token[1]) if wrapped else out


def find_numbers(text: str | None) -> list[tuple[Decimal, int, int]]:
    """All numbers in ``text`` as (value, start, end), offsets into the text as given.

    Never negative: a '-' before a digit is far more often a placeholder or separator in these tables
    ("127 benef. -90,71%") than a sign. Date-like runs ("23.04.2021") are skipped.
    """
    if not text:
        return []
    return _tokens(text)


def _stated_numbers(text: str | None) -> tuple[str, list[tuple[Decimal, int, int]]]:
    """The cleaned cell text and the numbers in it (none for an empty cell or a placeholder such as "-")."""
    if text is None:
        return "", []
    cleaned = clean_text(text)
    if _is_placeholder(cleaned):
        return cleaned, []
    return cleaned, _tokens(cleaned)


def parse_number(text: str | None) -> Decimal | None:
    """The one number in ``text`` (Romanian formats, see module docstring), else None.

    Text around a single number is allowed ("396.000 lei", "cca. 372.913"). When the text holds two or
    more distinct numbers the result is None — the caller must decide, e.g. with ``find_numbers``.
    A sign is honoured only when the whole text is a signed number ("-1.234,56").
    """
    cleaned, found = _stated_numbers(text)
    if not found:
        return None
    values = {v for v, _, _ in found}
    if len(values) != 1:
        return None
    value, start, end = found[0]
    if len(found) == 1 and not cleaned[end:].strip() and cleaned[:start].strip() in _MINUS_CHARS:
        return -value  # the whole text is a signed number
    return value


def format_ro(value: Decimal, decimals: int = 2, thousands: bool = True) -> str:
    """Romanian formatting, the inverse of ``parse_number``: 5585522.17 → "5.585.522,17".

    ``decimals=0`` gives no decimal part. ``thousands=False`` leaves out the dots ("5585522,17").
    Rounds half-up to ``decimals`` places.
    """
    value = Decimal(value)
    q = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    rounded = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    digits = f"{abs(rounded):f}"
    int_part, _, frac = digits.partition(".")
    if thousands:
        groups = []
        while len(int_part) > 3:
            groups.insert(0, int_part[-3:])
            int_part = int_part[:-3]
        groups.insert(0, int_part)
        int_part = ".".join(groups)
    return sign + int_part + ("," + frac if decimals > 0 else "")


# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------

_UNIT_MULTIPLIER = {"lei": Decimal(1), "mii lei": Decimal(1000), "mil lei": Decimal(1_000_000)}
_CENT = Decimal("0.01")
# the contract's money type is decimal(18,2): amounts from 10^16 lei up cannot be stored (nor are they budgets)
_MAX_LEI = Decimal(10) ** 16

# Patterns run on fold_key(text): lower case, no diacritics, punctuation → single spaces.
_UNIT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bmii (?:de )?(?:lei|ron)\b"), "mii lei"),
    (re.compile(r"\b(?:mil|mild|milioane|milion) (?:de )?(?:lei|ron)\b"), "mil lei"),
    (re.compile(r"\b(?:lei|ron)\b"), "lei"),
    (re.compile(r"\b(?:euro|eur)\b"), "EUR"),
    (re.compile(r"\b(?:usd|dolari)\b"), "USD"),
    (re.compile(r"\b(?:gbp|lire sterline)\b"), "GBP"),
    (re.compile(r"\bchf\b"), "CHF"),
]
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
_VAT_BASIS = re.compile(r"\b(?:lei|ron) (?:fara|cu|inclusiv) tva\b")


def unit_from_text(text: str | None) -> str | None:
    """The money unit named in a header or cell: "lei", "mii lei", "mil lei" or a currency code.

    Matches whole words only and ignores diacritics and brackets, so "[mii lei]", "(mii lei)",
    "- Lei", "lei fără TVA", "RON", "milioane lei", "mil. lei", "euro" are found while "Buget local"
    (which contains the letters l-e-i in no word) is not. When several units are named, the one
    printed first wins, except that "lei fără TVA" / "lei cu TVA" only names the currency and the VAT basis: a
    scale named beside it ("(lei fără TVA) (mii lei)") gives the unit.
    """
    if not text:
        return None
    key = fold_key(text)
    found: dict[str, int] = {}
    for pattern, unit in _UNIT_PATTERNS:
        m = pattern.search(key)
        if m:
            found[unit] = m.start()
    if found:
        # "mii lei" and "lei" overlap: the longer form starts earlier, so position order is enough.
        first = min(found, key=found.__getitem__)
        if first == "lei" and _VAT_BASIS.search(key):
            # "(lei fără TVA) (mii lei)": the template's VAT wording names the currency, a scale named too wins
            return next((u for u in ("mii lei", "mil lei") if u in found), first)
        return first
    for sym, unit in _SYMBOLS.items():
        if sym in text:
            return unit
    return None


def names_currency_only(text: str | None) -> bool:
    """Whether a header names its unit only by the template's VAT wording ('Valoarea estimată (lei fără TVA)',
    'lei cu TVA'): the currency and the VAT basis, no scale: the figures may still be in thousands stated elsewhere."""
    return unit_from_text(text) == "lei" and bool(_VAT_BASIS.search(fold_key(text or "")))


@dataclass
class Money:
    """A money cell understood: the amount in lei (None when not a usable single amount), the unit it
    was printed in, the cell as printed and machine-readable warnings."""

    amount_lei: Decimal | None
    unit: str | None
    raw: str
    warnings: list[str] = field(default_factory=list)


_ACT_CONTEXT = re.compile(r"(?:\bnr|\bart|\balin|\bpct|\bh\s?g|\boug|\bog|\blegea|\blege|\bhcl|\banul|\ban)\W{0,3}$", re.I)


def _amount_candidates(text: str) -> list[tuple[Decimal, int, int]]:
    """Numbers in a money cell that can be the amount: drops percentages, act numbers (292/2011,
    nr. 5), and article references, which are not money."""
    out = []
    for value, start, end in _tokens(text):
        after = text[end:end + 3].lstrip()
        if after.startswith("%"):
            continue
        if text[end:end + 1] == "/" or text[max(0, start - 1):start] == "/":
            continue
        if _ACT_CONTEXT.search(text[max(0, start - 8):start]):
            continue
        out.append((value, start, end))
    return out


def parse_money(text: str | None, header_unit: str | None = None) -> Money:
    """A money cell → lei, Decimal quantised to 0.01 (half-up), never through float.

    * a unit printed in the cell wins over ``header_unit`` (the table's "[mii lei]"); with neither,
      lei is assumed. "mii lei" multiplies by 1000, "mil lei" by 1 000 000.
    * foreign currency: amount None, warning ``foreign_currency`` (no exchange rate is guessed).
    * several distinct numbers: amount None, warning ``ambiguous_amount``.
    * text without a number ("buget propriu", "Buget local"): amount None, warning ``amount_not_numeric``.
    * '-', '' and "nu este cazul": amount None, no warning (nothing stated).
    * a value with more than two decimals after scaling: rounded, warning ``amount_rounded``.
    * a lone "1,234"-shaped value (one comma, three decimals) is read the Romanian way (1.234) with
      warning ``ambiguous_decimal_comma``.
    """
    raw = text if text is not None else ""
    cleaned = clean_text(raw)
    cell_unit = unit_from_text(cleaned)
    header = header_unit
    if header is not None and header not in _UNIT_MULTIPLIER and not re.fullmatch(r"[A-Z]{3}", header):
        header = unit_from_text(header)  # a raw header such as "[mii lei]" was passed
    unit = cell_unit or header or "lei"
    if _is_placeholder(cleaned):
        return Money(None, cell_unit or header, raw, [])
    candidates = _amount_candidates(cleaned)
    if not candidates:
        return Money(None, unit, raw, ["amount_not_numeric"])
    values = {v for v, _, _ in candidates}
    if len(values) > 1:
        return Money(None, unit, raw, ["ambiguous_amount"])
    value, start, end = candidates[0]
    warnings: list[str] = []
    if unit not in _UNIT_MULTIPLIER:
        return Money(None, unit, raw, ["foreign_currency"])
    prefix = cleaned[:start]
    if len(candidates) == 1 and prefix.lstrip() in _MINUS_CHARS:
        value = -value  # "-1.234,56 lei": minus attached at the start of the cell
    if re.fullmatch(r"[0-9]{1,3},[0-9]{3}", cleaned[start:end]):
        warnings.append("ambiguous_decimal_comma")
    scaled = value * _UNIT_MULTIPLIER[unit]
    if abs(scaled) >= _MAX_LEI:
        return Money(None, unit, raw, ["amount_out_of_range"])
    amount = scaled.quantize(_CENT, rounding=ROUND_HALF_UP)
    if amount != scaled:
        warnings.append("amount_rounded")
    return Money(amount, unit, raw, warnings)


# ---------------------------------------------------------------------------------------------
# Occupancy, capacity, counts
# ---------------------------------------------------------------------------------------------


@dataclass
class Occupancy:
    """A 'Grad de ocupare' cell: the number of beneficiaries and/or the occupancy percentage.

    ``warnings`` is an extra, defaulted field (e.g. ``occupancy_unit_not_persons``)."""

    beneficiaries: int | None
    pct: float | None
    warnings: list[str] = field(default_factory=list)


# Word stems (diacritics-free, lower case) that make a count a count of people/occupied places.
_PERSON_STEMS = (
    "benef", "pers", "cupl", "copi", "famil", "mame", "mam", "varstnic", "adult", "tiner", "utilizat",
    "asistat", "client", "locuri", "ocupat", "rezident", "frecvent", "elev", "cazur", "bolnav",
)


_PCT_TEXT = re.compile(r"[0-9][0-9.,]*\s*%")


def _unit_words(text: str, end: int) -> list[str]:
    """The words of the unit phrase after a number, up to a bracket or a dash-like separator."""
    tail = text[end:]
    tail = re.split(r"[()\[\];:%]|\s[" + _DASHES + r"]|[" + _DASHES + r"]\s?[0-9]", tail, maxsplit=1)[0]
    return fold_key(tail).split()


def _is_person_unit(words: list[str]) -> bool:
    return any(w.startswith(_PERSON_STEMS) for w in words[:4])


def parse_occupancy(text: str | None, header_pct: bool = False) -> Occupancy:
    """A 'Grad de ocupare' cell → (beneficiaries, pct), following the gold annotations:

    * "53 benef. - 126,1%" → (53, 126.1); "127 benef. -90,71%" → (127, 90.71)
    * "20%" → (None, 20.0)
    * "9", "0" → (9, None), (0, None): a bare count is beneficiaries
    * "212 benef. în medie lunar", "18.254 benef.", "1260 dosare/benef.", "18 cupluri mama-copil",
      "10.800 benef. (Consiliere OUG nr. 111/2010 …)" → the leading count (text in brackets ignored)
    * "3095 certificate" → (None, None) with warning ``occupancy_unit_not_persons``: a count of things
      (certificates, dossiers only) is not a count of beneficiaries.
    * "-", "" → (None, None). Several different percentages → pct None, warning ``ambiguous_pct``.
    * ``header_pct`` (the column is headed '(%)' / 'procent'): a bare number is the percentage ("91,4" → 91.4).
    """
    if text is None:
        return Occupancy(None, None)
    cleaned = clean_text(text)
    if _is_placeholder(cleaned):
        return Occupancy(None, None)
    if header_pct:
        found = _tokens(cleaned)
        if len(found) == 1 and not cleaned[:found[0][1]].strip() and not cleaned[found[0][2]:].strip(" %"):
            return Occupancy(None, float(found[0][0]))
    warnings: list[str] = []
    pcts: list[Decimal] = []
    counts: list[tuple[Decimal, int, int]] = []
    for value, start, end in _tokens(cleaned):
        if re.match(r"\s*%", cleaned[end:]) or re.match(r"\s*(?:la\s+)?sut[aă]\b", cleaned[end:], re.I):
            pcts.append(value)
        else:
            counts.append((value, start, end))
    pct: float | None = None
    if len(set(pcts)) == 1:
        pct = float(pcts[0])
    elif len(set(pcts)) > 1:
        warnings.append("ambiguous_pct")
    beneficiaries: int | None = None
    if counts:
        value, start, end = counts[0]
        # The count must lead the cell (optionally after "cca."/"aprox."): numbers later in the text
        # are references ("OUG nr. 111/2010"), not the occupancy.
        lead = fold_key(_PCT_TEXT.sub(" ", cleaned[:start]))
        lead_ok = lead in ("", "cca", "aprox", "circa", "aproximativ", "total")
        if lead_ok and value == value.to_integral_value() and value >= 0:
            words = _unit_words(cleaned, end)
            if not words or _is_person_unit(words):
                beneficiaries = int(value)
            else:
                warnings.append("occupancy_unit_not_persons")
    return Occupancy(beneficiaries, pct, warnings)


_COUNT_QUALIFIERS = {"cca", "aprox", "aproximativ", "circa", "maxim", "max", "minim", "total", "nr"}
_COUNT_UNITS = (
    "loc", "locuri", "pat", "paturi", "persoane", "pers", "persoana", "beneficiari", "benef",
    "beneficiar", "copii", "adulti", "varstnici", "utilizatori", "familii", "participanti", "cursanti",
)


def _single_int(text: str | None) -> int | None:
    """A cell that states exactly one non-negative whole count, optionally with a unit word
    ("42", "1.300", "10 locuri", "cca. 40 persoane"); anything else → None."""
    cleaned, found = _stated_numbers(text)
    if len(found) != 1:
        return None
    value, start, end = found[0]
    if value != value.to_integral_value():
        return None
    before = fold_key(cleaned[:start]).split()
    after = fold_key(cleaned[end:]).split()
    if re.match(r"\s*%", cleaned[end:]):
        return None
    if any(w not in _COUNT_QUALIFIERS for w in before):
        return None
    # After the number: nothing, or a unit word plus at most one qualifier ("100 persoane vârstnice").
    if after and (after[0] not in _COUNT_UNITS or len(after) > 2):
        return None
    return int(value)


def parse_capacity(text: str | None) -> int | None:
    """Capacity cell → places, when exactly one whole number is stated ("42", "1.300", "10 locuri").

    "15 mame și 18 copii" (two numbers), "-", free text → None: the caller keeps ``capacity_raw``.
    """
    return _single_int(text)


def parse_count(text: str | None) -> int | None:
    """A persons/count cell ("Nr. de persoane": "24", "100 persoane") → int; "-", "angajații centrelor",
    "nu este cazul" → None."""
    return _single_int(text)
