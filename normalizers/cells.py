"""Composite cells: one table cell holding what the template asks for in one column under a double header.

The template's own headers invite them — "Denumire furnizor … și date de contact (adresa, telefon, e-mail,
web)", "Capacitate / Categoriile de beneficiari", "Grad de ocupare (%) Număr cereri în așteptare", "Valoare
estimată" — so a cell may read "Asociația X, str. Y nr. 3, tel. 0233 …", "30 locuri / Copii cu nevoi speciale",
"95% / 3 cereri în așteptare", "700.000,00 lei/an/30 beneficiari". Each function here reads one such cell into
a small frozen dataclass: the value(s), the cell as printed (``raw``) and machine-readable ``warnings``.

Rules are keyed on the template's vocabulary (units, contact markers, "cereri", "în așteptare") and on the
shape of the content (a count with a unit, a percentage, an amount with a currency), never on one document's
wording. A value is read the one sensible way or not at all: two numbers for one field leave it empty with
warning ``ambiguous_count`` (the raw text is kept). Romanian numbers are read by :mod:`normalizers.numbers`.

Pure functions, no I/O (the nomenclator is the bundled reference data :mod:`normalizers.reference` reads).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from normalizers.codes import ServiceCode, find_service_codes, normalize_service_code
from normalizers.numbers import find_numbers, parse_money, parse_occupancy, unit_from_text
from normalizers.text import clean_text, fold_key

__all__ = [
    "CapacityCell", "CodeCell", "CountCell", "MoneyCell", "OccupancyCell", "ProviderCell",
    "read_capacity_cell", "read_code_cell", "read_count_cell", "read_money_cell", "read_occupancy_cell",
    "split_provider",
]

_DASHES = "-‐‑‒–—―−"
_DASH_CLASS = re.escape(_DASHES)  # safe inside [...]
_PLACEHOLDER = re.compile(r"^[\s" + _DASH_CLASS + r"./*x]*$|^\s*(?:nu este cazul|nu e cazul|n/?a)\s*\.?\s*$", re.I)


def _empty(text: str) -> bool:
    return bool(_PLACEHOLDER.match(text))


# ------------------------------------------------------------------------------------ provider + contacts

@dataclass(frozen=True)
class ProviderCell:
    """A provider cell: the organisation's name and, kept as printed, the contact details that followed it."""

    name: str | None
    contacts_raw: str | None
    raw: str
    warnings: tuple[str, ...] = ()


# Where contact details start (the template's "(adresa, telefon, e-mail, web)"): a label ('sediul:', 'tel.'), an
# abbreviated street/locality word ('str.', 'bd.', 'loc.', 'jud.'), a street word written out when it follows a
# separator or leads to a number ('Calea' alone may be part of a name: 'Asociația Calea Bună'), a phone number,
# an e-mail or a web address.
_CONTACT_START = re.compile(
    r"(?<![\w])(?:sediul(?: social)?|adres[aă]|date(?:le)? de contact|contact|tel(?:efon)?(?:\s*/\s*fax)?|fax|mobil|e-?mail"
    r"|web(?:site)?|site)\s*[:.]\s*(?=\S)"
    r"|(?<![\w])(?:tel(?:efon)?(?:\s*/\s*fax)?|fax|mobil)\s+(?=[+\d])"
    r"|(?<![\w])(?:str|bd|bdul|b-dul|[șş]os|sos|al|spl|loc|com|jud|bl|ap|et|cod po[șş]tal)\.\s*(?=[\w\"„])"
    r"|(?:(?<=,)|(?<=;))\s*(?:strada|bulevardul|calea|[șş]oseaua|aleea|splaiul|pia[țţ]a|intrarea|satul|sat"
    r"|localitatea|comuna|jude[țţ]ul)\s+(?=\w)"
    r"|(?<![\w])(?:strada|bulevardul|calea|[șş]oseaua|aleea|splaiul|pia[țţ]a|intrarea)\s+(?=[^,;]{1,40}?\bnr\.?\s*\d)"
    r"|(?<![\w+])(?:\+?40|0)[ ./-]?[237]\d{1,2}(?:[ ./-]?\d){6,7}(?!\d)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w])(?:https?://|www\.)\S+",
    re.I,
)
_NAME_TAIL = re.compile(r"[\s,;:/(\[" + _DASH_CLASS + r"]+$")


def split_provider(text: str | None) -> ProviderCell:
    """'Asociația X, str. Florilor nr. 3, Iași, tel. 0232 123 456, x@y.ro' → name 'Asociația X', contacts
    'str. Florilor nr. 3, Iași, tel. 0232 123 456, x@y.ro' (warning ``contacts_split``).

    The name is everything before the first contact detail (a label such as 'sediul:'/'tel.', a street
    word followed by a name and a number, a phone number, an e-mail or a web address), without the separator
    left at its end. A cell with no contact detail is all name; a cell that starts with one has no name.
    """
    raw = text or ""
    if _empty(raw):
        return ProviderCell(None, None, raw)
    # one line per line first: a contact line under the name line starts the contacts even without a marker
    flat = clean_text(raw.replace("\n", " ; ")) if "\n" in raw else clean_text(raw)
    m = _CONTACT_START.search(flat)
    if m is None:
        return ProviderCell(_tidy(flat.replace(" ; ", " ")), None, raw)
    name = _tidy(flat[:m.start()].replace(" ; ", " "))
    contacts = flat[m.start():].replace(" ; ", "; ").strip(" ;,")
    if contacts.endswith(")") and contacts.count(")") > contacts.count("("):  # '(sediul: …)' opened in the name
        contacts = contacts[:-1].rstrip()
    if not name:
        return ProviderCell(None, contacts, raw)
    warnings = ["contacts_split"]
    return ProviderCell(name, contacts, raw, tuple(warnings))


def _tidy(name: str) -> str | None:
    name = _NAME_TAIL.sub("", name).strip()
    if name.count("(") > name.count(")"):  # 'Asociația X (sediul: …' → 'Asociația X'
        name = name[:name.rfind("(")].rstrip(" ,;")
    return name or None


# ------------------------------------------------------------------------------------ counts

@dataclass(frozen=True)
class CountCell:
    """One whole count for one field, or None with a warning when the cell states several."""

    value: int | None
    raw: str
    warnings: tuple[str, ...] = ()


# a figure is no count of this cell when it is a year, a date, an act or a percentage
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\bnr|\bart|\balin|\blegea|\bhg|\bhcl|\boug|\banul|\bdin)\W{0,3}$", re.I)


def _is_year(text: str, value: Decimal, start: int, end: int) -> bool:
    """A plain four-digit year ('2023'); '1.990' (a thousands dot) is a number."""
    return 1990 <= value <= 2100 and re.fullmatch(r"\d{4}", text[start:end]) is not None


def _counts(text: str) -> list[tuple[Decimal, int, int]]:
    """The whole numbers of a cell that can be counts: not percentages, years, act or article numbers."""
    out = []
    for value, start, end in find_numbers(text):
        after = text[end:end + 12]
        if re.match(r"\s*%|/\d", after) or text[max(0, start - 1):start] == "/":
            continue
        if value != value.to_integral_value() or value < 0:
            continue
        if _NOT_A_COUNT_BEFORE.search(text[max(0, start - 8):start]):
            continue
        if _is_year(text, value, start, end) and not re.match(r"\s*(?:loc|pat|pers|benef|copii|cereri)", after, re.I):
            continue  # a year ('2023'), unless a unit says it counts
        out.append((value, start, end))
    return out


def read_count_cell(text: str | None) -> CountCell:
    """'30', '30 locuri', 'cca. 40 persoane' → 30/40; '30 locuri + 20 ambulatoriu', '15 mame și 18 copii' →
    None with ``ambiguous_count`` (two numbers, one field: never a sum or a choice); no number → None."""
    raw = text or ""
    cleaned = clean_text(raw)
    if _empty(cleaned):
        return CountCell(None, raw)
    values = {int(v) for v, _, _ in _counts(cleaned)}
    if len(values) == 1:
        return CountCell(values.pop(), raw)
    if len(values) > 1:
        warnings = ["ambiguous_count"]  # two numbers, one field: never a sum or a choice
        return CountCell(None, raw, tuple(warnings))
    return CountCell(None, raw)


# ------------------------------------------------------------------------------------ capacity / beneficiaries

@dataclass(frozen=True)
class CapacityCell:
    """'Capacitate / Categoriile de beneficiari': the places and the beneficiary category, each when stated."""

    capacity: int | None
    beneficiary_category: str | None
    raw: str
    warnings: tuple[str, ...] = ()


# the units a capacity is counted in; a number with another noun after it names the category too
_PLACE_UNITS = ("loc", "locuri", "pat", "paturi", "capacitate", "beneficiari", "benef", "persoane", "pers",
                "utilizatori", "cazuri")
_PARTS = re.compile(r"\s*(?:/|;|\n|\|| [" + _DASH_CLASS + r"] )\s*")


def read_capacity_cell(text: str | None) -> CapacityCell:
    """'30 locuri / Copii cu nevoi speciale' → (30, 'Copii cu nevoi speciale'); 'Vârstnici – 25 locuri' →
    (25, 'Vârstnici'); '40 copii cu dizabilități' → (40, 'copii cu dizabilități'); '30 locuri + 20 ambulatoriu'
    → (None, None) with ``ambiguous_count``; 'Persoane vârstnice' → (None, 'Persoane vârstnice').

    The cell is cut at '/', ';', '|', a line break or a spaced dash; the part holding the count gives the
    capacity, the words left (the count's unit word removed) give the category."""
    raw = text or ""
    if _empty(raw):
        return CapacityCell(None, None, raw)
    count = read_count_cell(raw.replace("\n", " "))
    if "ambiguous_count" in count.warnings:
        return CapacityCell(None, None, raw, count.warnings)
    words: list[str] = []
    for part in _PARTS.split(raw):
        part = clean_text(part)
        if _empty(part):
            continue
        found = _counts(part)
        if found:
            _, start, end = found[0]
            rest = (part[:start] + " " + part[end:]).strip(" ,.:" + _DASHES)
            rest_words = rest.split()
            while rest_words and fold_key(rest_words[0]).rstrip(".") in _PLACE_UNITS + ("cca", "aprox", "de"):
                rest_words.pop(0)
            part = " ".join(rest_words)
            if not part or fold_key(part) in _PLACE_UNITS:
                continue
        if re.search(r"[A-Za-zĂÂÎȘȚăâîșț]", part):
            words.append(part)
    category = "; ".join(words) or None
    return CapacityCell(count.value, category, raw, count.warnings)


# ------------------------------------------------------------------------------------ occupancy / waiting list

@dataclass(frozen=True)
class OccupancyCell:
    """'Grad de ocupare (%) / Număr cereri în așteptare': occupancy, beneficiaries and the waiting list."""

    occupancy_pct: float | None
    beneficiaries: int | None
    waiting_list: int | None
    raw: str
    warnings: tuple[str, ...] = ()


# the waiting list, in the template's words: requests (cereri, solicitări, dosare) waiting (în așteptare, pe
# lista de așteptare, nesoluționate)
_WAITING = re.compile(r"\b(?:cereri|cerere|solicit[aă]ri|solicitare|dosare|persoane|pers)?\s*"
                      r"(?:[iî]n a[șş]teptare|pe lista de a[șş]teptare|nesolu[țţ]ionate|[iî]n curs de solu[țţ]ionare)"
                      r"|\b(?:cereri|solicit[aă]ri)\b|\blista de a[șş]teptare\b|\ba[șş]teptare\b", re.I)


# the parts of an occupancy cell: '/', ';', '|', a line break — but a slash between two words is one unit
# ('1260 dosare/benef.'), not two parts
_OCCUPANCY_PARTS = re.compile(r"\s*(?:;|\n|\||\s/|/\s|(?<![^\W\d_])/|/(?![^\W\d_]))\s*")


def read_occupancy_cell(text: str | None, header_pct: bool = False) -> OccupancyCell:
    """'95% / 3 cereri în așteptare' → (95.0, None, 3); '53 benef. - 126,1% / 0 cereri' → (126.1, 53, 0);
    'listă de așteptare: 12' → waiting 12; '100%' → (100.0, None, None).

    The cell is cut into parts ('/', ';', line break, '|'); a part that speaks of requests or waiting gives the
    waiting list (one count, else None with ``ambiguous_count``), the other parts are read as occupancy by
    :func:`normalizers.numbers.parse_occupancy`."""
    raw = text or ""
    if _empty(raw):
        return OccupancyCell(None, None, None, raw)
    waiting: set[int] = set()
    rest: list[str] = []
    for part in _OCCUPANCY_PARTS.split(raw):
        part = clean_text(part)
        if not part:
            continue
        if _WAITING.search(part):
            waiting |= {int(v) for v, _, _ in _counts(part)}
        else:
            rest.append(part)
    warnings: list[str] = []
    wait_value: int | None = None
    if len(waiting) == 1:
        wait_value = waiting.pop()
    elif len(waiting) > 1:
        warnings.append("ambiguous_count")
    occ = parse_occupancy(" ; ".join(rest), header_pct=header_pct) if rest else None
    if occ is not None:
        warnings.extend(occ.warnings)
    return OccupancyCell(occ.pct if occ else None, occ.beneficiaries if occ else None, wait_value, raw,
                         tuple(warnings))


# ------------------------------------------------------------------------------------ money with qualifiers

@dataclass(frozen=True)
class MoneyCell:
    """An amount with what qualifies it: the period it covers and the beneficiaries it is for."""

    amount_lei: Decimal | None
    unit: str | None
    period: str | None  # year | month | day, when the amount is printed per period ('lei/an', 'pe lună')
    per_beneficiary: bool  # 'lei/beneficiar', 'lei/persoană/lună': a unit cost, not a budget
    beneficiaries: int | None  # '…/30 beneficiari', 'pentru 30 de beneficiari'
    raw: str
    warnings: tuple[str, ...] = ()


_CURRENCY = r"(?:mii\s+lei|mil(?:\.|ioane)?\s+lei|lei|ron|euro|eur)\b"
_PERIOD = [
    (re.compile(r"(?:/\s*|\bpe\s+|\bper\s+)(?:an|anul)\b|\banual\b", re.I), "year"),
    (re.compile(r"(?:/\s*|\bpe\s+|\bper\s+)(?:lun[aă]|luna)\b|\blunar\b", re.I), "month"),
    (re.compile(r"(?:/\s*|\bpe\s+|\bper\s+)(?:zi|ziua)\b|\bzilnic\b", re.I), "day"),
]
_PER_HEAD = re.compile(r"(?:/\s*|\bpe\s+|\bper\s+)(?:beneficiar|persoan[aă]|pers\.?|copil|utilizator|asistat)\b", re.I)
_FOR_MANY = re.compile(r"(?:/\s*|\bpentru\s+|\bpt\.?\s+)(\d[\d.]*)\s*(?:de\s+)?(?:beneficiari|persoane|pers\.?|copii|"
                       r"utilizatori|asista[țţ]i)\b", re.I)
_AMOUNT_LEAD = re.compile(r"(?:sum[aă]|suma de|valoare(?:a)?|[iî]n valoare de|cuantum(?:ul)?|buget(?:at|ul)?"
                          r"|cost(?:ul)?|total)\W*(?:\w+\W+){0,4}$", re.I)


def _torn(text: str, start: int) -> bool:
    """A number that starts right after a thousands or decimal separator with no digit before it
    ('… "Un pas înainte".864,85 lei'): the reader tore one amount around other text, and the part left is no
    amount. A word before the separator is an abbreviation ('cca.500 lei'), not a tear."""
    if start < 1 or text[start - 1] not in ".,":
        return False
    return start < 2 or not text[start - 2].isalnum()


def read_money_cell(text: str | None, header_unit: str | None = None) -> MoneyCell:
    """'700.000,00 lei/an/30 beneficiari' → 700000.00, period year, beneficiaries 30; 'bugetat … cu suma de
    559.507,77 lei' → 559507.77; '1.200 lei/beneficiar/lună' → 1200, month, per beneficiary.

    The amount is the number written with a currency ('lei', 'mii lei', 'RON'; ``header_unit`` for a bare one)
    or after 'suma de', 'în valoare de', 'bugetat'; the qualifiers around it (period, per beneficiary, the number
    of beneficiaries) are read and their numbers are not amounts. Several different amounts → None with
    ``ambiguous_amount``; the rest follows :func:`normalizers.numbers.parse_money` (units, foreign currency,
    rounding)."""
    raw = text or ""
    cleaned = clean_text(raw)
    period = next((name for rx, name in _PERIOD if rx.search(cleaned)), None)
    per_head = bool(_PER_HEAD.search(cleaned))
    many = _FOR_MANY.search(cleaned)
    beneficiaries = int(re.sub(r"\D", "", many.group(1))) if many else None
    qualifier_spans = [many.span(1)] if many else []
    candidates = []
    for value, start, end in find_numbers(cleaned):
        if any(s <= start < e for s, e in qualifier_spans):
            continue
        after = cleaned[end:end + 14]
        if re.match(r"\s*%|/\d", after) or cleaned[max(0, start - 1):start] == "/":
            continue  # a percentage, an act number ('HCL 45/2020'), a qualifier ('/30 beneficiari')
        if _NOT_A_COUNT_BEFORE.search(cleaned[max(0, start - 8):start]):
            continue
        if _torn(cleaned, start):
            return MoneyCell(None, unit_from_text(cleaned) or header_unit, period, per_head, beneficiaries, raw,
                             ("ambiguous_amount",))
        with_currency = re.match(r"\s*" + _CURRENCY, after, re.I) is not None
        led = _AMOUNT_LEAD.search(cleaned[max(0, start - 40):start]) is not None
        candidates.append((value, start, end, with_currency or led))
    marked = [c for c in candidates if c[3]]
    chosen = marked or [c for c in candidates if not _is_year(cleaned, c[0], c[1], c[2])]
    if not chosen:
        money = parse_money(cleaned, header_unit)
        return MoneyCell(money.amount_lei, money.unit, period, per_head, beneficiaries, raw, tuple(money.warnings))
    if len({c[0] for c in chosen}) > 1:
        warnings = ["ambiguous_amount"]
        return MoneyCell(None, unit_from_text(cleaned) or header_unit, period, per_head, beneficiaries, raw,
                         tuple(warnings))
    _, start, end, _ = chosen[0]
    currency = re.match(r"\s*" + _CURRENCY, cleaned[end:], re.I)
    money = parse_money(cleaned[start:end] + (" " + currency.group(0).strip() if currency else ""), header_unit)
    return MoneyCell(money.amount_lei, money.unit, period, per_head, beneficiaries, raw, tuple(money.warnings))


# ------------------------------------------------------------------------------------ service codes

@dataclass(frozen=True)
class CodeCell:
    """A service-code cell: the nomenclator code kept when the cell holds several."""

    code: ServiceCode
    raw: str
    warnings: tuple[str, ...] = ()


def read_code_cell(text: str | None) -> CodeCell:
    """Two codes in one cell ('8790 CR-D / 8790 CR-D-VII', '8899 CZ-VD-III; 8891 CZ-X'): the complete
    nomenclator one is kept (exact or repaired), with ``multiple_codes``; when several are in the nomenclator
    the first of them is kept; when none is, the first printed one (status unknown). One code: as
    :func:`normalizers.codes.normalize_service_code` reads it."""
    raw = text or ""
    found = find_service_codes(clean_text(raw))
    if len(found) <= 1:
        code = normalize_service_code(raw)
        return CodeCell(code, raw, tuple(code.warnings))
    readings = [normalize_service_code(printed) for printed, _, _ in found]
    distinct = {r.service_code for r in readings}
    known = [r for r in readings if r.code_status in ("exact", "repaired")]
    best = known[0] if known else readings[0]
    warnings = [w for w in best.warnings if w != "multiple_codes"]
    if len(distinct) > 1:
        warnings.append("multiple_codes")
    kept = ServiceCode(best.service_code, best.code_status, best.caen, best.setting, best.beneficiary_group,
                       clean_text(raw), warnings, best.suggestion)
    return CodeCell(kept, raw, tuple(warnings))
