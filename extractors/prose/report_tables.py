"""Report tables, a record kind of their own: in a document that is no plan, every table is read for figures —
each count cell → an indicator, a lone amount next to a label → a total. Read in document order by the prose
driver, since a table's subject is the unit or heading printed above it. See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from extractors.model import Paragraph
from extractors.prose.figures import analyse, remembering_analyses
from extractors.prose.nlp import _counted_lemma, get_nlp
from extractors.prose.sentences import STAGE_LABEL, _scope, _text_block, stage_of
from extractors.prose.subjects import _clean, _Ctx, _subject, _unit_title, _year, unit_in_charge
from extractors.prose.vocab import COUNTED, FORMS
from extractors.records.base import IndicatorRecord, TotalRecord
from extractors.understanding.spec import INDICATORS, TableKindSpec
from extractors.understanding.units import table_unit
from normalizers.numbers import find_numbers, parse_money, unit_from_text
from normalizers.text import fold_key, strip_diacritics


# ------------------------------------------------------------------------------------------- tables

_ROWNO = re.compile(r"^\s*(?:\d{1,3}\.?|[a-z]\)|[IVX]+\.?)\s*$")
_COUNT_HEADER = re.compile(r"\b(?:nr|numar|număr|total|beneficiar\w*|cazuri|persoane|copii|rezultat\w*|realizat\w*)\b", re.I)
# the budget's own words too: 'Credite aprobate', 'Prevederi bugetare anuale', 'Execuție'
_MONEY_HEADER = re.compile(r"\b(?:suma|sumă|sume|valoare\w*|lei|cost|buget\w*|plăți\w*|plati\w*|cheltuieli|credite|prevederi|"
                           r"execu[tț]i[ae]|resurse financiare)\b", re.I)  # 'Resurse financiare estimate': a cost
_SHARE_HEADER = re.compile(r"%|\bgrad\w*\b|\bprocent\w*", re.I)  # 'Grad de execuție (%)': a share, not money
# a column headed by a period of the report ('Iulie', 'ian.', 'Trim. II', 'Semestrul I') or by its total ('Total',
# 'Total perioadă'): under a money unit stated for the whole table ('Sumele sunt exprimate în lei.', '- lei -'),
# its figures are amounts paid in that period
_PERIOD_HEADER = re.compile(r"^(?:(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
                            r"noiembrie|decembrie|ian|febr?|mart?|apr|iun|iul|aug|sept?|oct|noi|nov|dec)\.?"
                            r"|trim(?:estrul|\.)?\s*[ivx1-4]+|sem(?:estrul|\.)?\s*(?:[ivx12]+|al\s+ii-lea)"
                            r"|total(?:\s+general|\s+perioad[aă])?)$", re.I)
# a cell of a 'Temeiul legal' / 'Actul normativ' column: the act the row's benefit is granted under ('Legea nr.
# 416/2001', 'art. 37 alin. (3) din Legea nr. 448/2006', 'O.U.G. nr. 70/2011'), never what the row counts
_LEGAL_BASIS = re.compile(r"^(?:legea|lege|art\.|articolul|h\.?\s?g\.?|o\.?\s?u\.?\s?g\.?|o\.?\s?g\.?|ordinul|"
                          r"h\.?\s?c\.?\s?l\.?)\s*(?:nr\.?\s*)?\d", re.I)
_NOT_COUNT_HEADER = re.compile(r"\b(?:crt|cod|telefon|adresa|adresă|an|data|perioada|cnp|cpv)\b", re.I)


def _header_key(header: str) -> tuple[str, str] | None:
    h = fold_key(header)
    alt = re.search(r"(benef\w*|persoane|copii)\s*/\s*(\w+)", strip_diacritics(header), re.I)
    if alt and alt.group(2).isupper() and len(alt.group(2)) >= 2:
        alt = None  # "Număr beneficiari / CZPVB": the column's centre, not a second counted thing
    if alt and not alt.group(2).lower().startswith(("pers", "benef", "copi", "famil")):
        return ("numar", header.split("/")[-2].split()[-1].lower() + "/" + header.split("/")[-1].strip().lower())
    for stem, key in (("salariat", ("personal", "persoane")), ("angajat", ("personal", "persoane")),
                      ("personal", ("personal", "persoane")), ("benef", ("beneficiari", "persoane")),
                      ("cazuri", ("cazuri", "cazuri")), ("persoane", ("persoane", "persoane")),
                      ("copii", ("copii", "copii")), ("dosare", ("dosare", "dosare")), ("locuri", ("capacitate_locuri", "locuri")),
                      ("capacitat", ("capacitate_locuri", "locuri")), ("cereri", ("cereri", "cereri"))):
        if stem in h:
            return key
    named = _label_key(header.split(" / ")[-1].strip())  # "Nr. anchete" → anchete_sociale (the vocabulary)
    if named and named[0] != "numar":
        return named
    if re.search(r"\b(?:nr|numar|total|rezultat|realizat)\b", h) or _YEAR_HEADER.fullmatch(header.split(" / ")[-1].strip()):
        return ("numar", "unități")  # a column headed by a year ('2022', 'Anul 2023') counts what the row names
    return None


_YEAR_HEADER = re.compile(r"(?:an(?:ul)?\s+)?((?:19|20)\d\d)", re.I)


def _header_year(header: str, default: int | None) -> int | None:
    """A column headed by a year ("2022", "Anul 2023", "… / 2022") counts that year."""
    m = _YEAR_HEADER.fullmatch(header.split(" / ")[-1].strip())
    return int(m.group(1)) if m else _year(header, default)


def _table_rows(rt) -> Iterable[tuple[list[str], int | None, int | None]]:
    if rt.body:
        for cells, line, page in zip(rt.body, rt.body_lines or [None] * len(rt.body), rt.body_pages or [None] * len(rt.body)):
            yield cells, line, page
    else:
        for row in rt.rows:
            yield row.cells, row.line, row.page


_MONEY_UNITS = ("lei", "mii lei", "mil lei")
_PEOPLE_KEYS = ("beneficiari", "persoane", "copii")
_ISSUED = re.compile(r"^(?:nr\b|num[aă]r|redact|elibera|emite|[iî]ntocmi)")


def _report_table(rt, ctx: _Ctx, out: dict[str, list]) -> None:
    """Activity tables of a report: every count cell → an indicator; a lone amount next to a label → a total."""
    with remembering_analyses():  # each cell is analysed twice: parse it once however long the table
        _read_report_table(rt, ctx, out)


def _read_report_table(rt, ctx: _Ctx, out: dict[str, list]) -> None:
    columns, rows, section = _layout(rt, ctx)
    table = _TableCtx(ctx, section, columns, _column_nouns(rows),
                      bool(columns) and bool(re.search(r"\b(?:nr|crt)\b", fold_key(columns[0]))),
                      _row_number_column(rows) or 0, _action_column(columns),
                      table_unit(rt) if hasattr(rt, "context") else None)
    n_rows = 0
    carried: str | None = None
    rows = _join_wrapped_rows(rows)
    for cells, line, page in rows:
        cells = _row_cells(cells, table)
        if cells is None:
            continue
        n_rows += 1
        row, carried = _row(cells, line, page, table, carried, n_rows)
        local = _Ctx(ctx.doc_type, ctx.year, row.unit_cell or section)
        _totals_after_total_label(row, local, table, out)
        texts = row.texts
        if not row.numeric and row.is_total and len(texts) > 1:
            nums = find_numbers(texts[1][1])
            if nums and nums[0][1] == 0:
                row.numeric = [(texts[1][0], texts[1][1][:nums[0][2]])]
        local, counts_in_row, money_cells = _row_figures(row, local, table, out)
        _row_money(row, money_cells, counts_in_row, local, table, out)
        by_year = {j for j, t in texts if _results_per_year(row, j, t, table, out)}
        # prose inside a long cell ("932 plăți ... pentru un număr de 159 beneficiari")
        if not row.numeric:
            for j, t in texts:
                if j not in by_year and len(t) > 20 and re.search(r"\d", t):
                    _text_block(Paragraph(t, page=page, line=line), None, local, False, out)


# a year that opens a result: "2021 394 anchete", "2021: 394 …", "anul 2021 – 394 …" (a figure follows)
_YEAR_LEAD = re.compile(r"(?:\b(?:în\s+)?an(?:ul)?\s+)?\b((?:19|20)\d\d)\b\s*[:\-–—]?\s*(?=\d)", re.I)


def _year_segments(cell: str) -> list[tuple[int, str]] | None:
    """A cell holding one result per year ("2021 394 anchete realizate 2022 382 …", "2021: 394 …; 2022: 382 …"):
    [(year, the result's text)], or None when the cell does not open with a year followed by a figure. A year
    range ("2021–2022: 140 vizite") is one period, not a year of its own."""
    found = []
    for m in _YEAR_LEAD.finditer(cell):
        nxt = re.match(r"\d+", cell[m.end():]).group(0)
        if len(nxt) == 4 and 1990 <= int(nxt) <= 2100 and m.group(0).rstrip()[-1:] in "-–—":
            return None  # "2021–2022": a range opens the cell
        prev = cell[:m.start()].rstrip()
        if re.search(r"(?:19|20)\d\d\s*[-–—]$", prev):
            continue  # the end of a range
        found.append(m)
    if not found or cell[:found[0].start()].strip(" ;,.:-–—"):
        return None
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(cell)
        text = cell[m.end():end].strip(" ;,.")
        if text:
            out.append((int(m.group(1)), text))
    years = [y for y, _ in out]
    return out if out and len(set(years)) == len(years) and years == sorted(years) else None


def _results_per_year(row: "_RowCtx", j: int, cell: str, table: "_TableCtx", out: dict[str, list]) -> bool:
    """A measure's results stated per year in one cell (reports on a plan): one indicator per year, its year the
    one printed before the figure, its subject the measure (the row's text left of the cell). True when the cell
    was read so."""
    segments = _year_segments(cell)
    if not segments:
        return False
    header = _column(table.columns, j)
    left = [t for jj, t in row.texts if jj < j and t != row.unit_cell and sum(ch.isalpha() for ch in t) >= 3]
    near = left[-1] if left else ""
    local = _Ctx(table.ctx.doc_type, table.ctx.year, row.unit_cell or table.section)
    found = [(year, _count_of(text, header, near, table.column_nouns.get(j))) for year, text in segments]
    if any(f is None for _, f in found):
        return False  # not every piece is a count: left to the prose reader
    for year, (key, unit, phrase, value, fig) in found:
        out["indicators"].append(IndicatorRecord(
            indicator=key, value=float(value), unit=unit, raw=" | ".join(x for x in row.cells if x)[:400],
            subject=_subject(local, " - ".join(b for b in (near, phrase) if b)), year=year, page=row.page,
            line=row.line, confidence=0.75 if fig or _header_key(header) else 0.5))
    return True


def _join_wrapped_rows(rows: list[tuple[list[str], int | None, int | None]]) -> list[tuple[list[str], int | None, int | None]]:
    """A numbered row whose cells go on over the next unnumbered lines (a table without ruling lines read line by
    line: "1. | Monitorizarea copiilor cu | 2020: 717 …;" then " | părinți plecați … | 2021: 136 …") → one row,
    each cell's pieces joined. The row numbers are found by content in one of the first two columns (a header
    "Nr. crt." may stand over an empty column). A line continues the row above only when its number cell is
    empty and its first filled cell opens in lower case (a sentence going on); an unnumbered line opening with a
    capital or a figure is a row of its own."""
    col = _row_number_column(rows)
    if col is None:
        return rows
    out: list[tuple[list[str], int | None, int | None]] = []
    numbered = False
    for cells, line, page in rows:
        cleaned = [_clean(c or "") for c in cells]
        first = next((c for c in cleaned[col + 1:] if c), "")
        if out and numbered and len(cleaned) > col and not any(cleaned[:col + 1]) and first[:1].islower() \
                and len(cells) == len(out[-1][0]):
            prev, pline, ppage = out[-1]
            out[-1] = ([f"{a} {b}".strip() if b else a for a, b in zip(prev, cleaned)], pline, ppage)
            continue
        numbered = len(cleaned) > col and bool(_ROWNO.match(cleaned[col]))
        out.append((list(cells), line, page))
    return out


def _row_number_column(rows) -> int | None:
    """The first of the first two columns whose filled cells are row numbers: "1.", "2.", "3." counting up by
    one (a column of counts is no numbering), at least two of them and most of its cells."""
    for j in (0, 1):
        filled = [_clean(cells[j] or "") for cells, _l, _p in rows if len(cells) > j and (cells[j] or "").strip()]
        numbers = [int(m.group(0)) for c in filled if _ROWNO.match(c) for m in [re.match(r"\s*(\d+)", c)] if m]
        counting = all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
        if len(numbers) >= 2 and counting and len(numbers) * 2 > len(filled):
            return j
        if filled:
            return None  # a filled first column that holds no numbers: no numbered rows
    return None

def _row(cells: list[str], line: int | None, page: int | None, table: _TableCtx, carried: str | None,
         n_rows: int) -> tuple["_RowCtx", str | None]:
    """One row read: its text and figure cells, its unit (a unit-like first cell, else the unit carried down from
    the rows above) and its activity (the longest other text); returns the row and the unit to carry on."""
    texts, numeric = _split_cells(cells, table.number_col, table.columns)
    named = [(j, t) for j, t in texts if not _LEGAL_BASIS.match(t)]  # a cell citing the law names no row
    unit_col = next((j for j, t in named if _unit_title(t) and j <= 1), None)
    unit_cell = next((t for j, t in texts if j == unit_col), None)
    if unit_cell:
        carried = unit_cell if not any(_header_key(_column(table.columns, j)) == ("personal", "persoane")
                                       for j, _ in numeric) else None
    elif texts and texts[0][0] > 0 and n_rows > 1:
        unit_cell = carried  # the unit column is merged down / left blank under its first row
    row = _RowCtx(cells=cells, line=line, page=page, texts=texts, numeric=numeric, unit_col=unit_col,
                  unit_cell=unit_cell, activity=max((t for j, t in named if t != unit_cell), key=len, default="")[:160],
                  is_total=bool(texts) and fold_key(texts[0][1]).startswith("total"))
    return row, carried


def _row_money(row: "_RowCtx", money_cells: list, counts_in_row: int, local: _Ctx, table: "_TableCtx",
               out: dict[str, list]) -> None:
    """Amounts of a row: paid amounts next to counts (indicators), else a total of the row's activity."""
    ctx = table.ctx
    for money, c in money_cells:
        if counts_in_row:
            out["indicators"].append(IndicatorRecord(
                indicator="suma_platita", value=float(money.amount_lei), unit="lei", raw=c[:400],
                subject=_subject(local, row.activity), year=ctx.year, page=row.page, line=row.line, confidence=0.7))
        elif row.activity or row.unit_cell:
            out["totals"].append(TotalRecord(
                scope=_scope(_Ctx(ctx.doc_type, ctx.year, table.section if row.activity else None),
                             row.activity or row.unit_cell, None),
                amount=money.amount_lei, unit="lei", raw=c, page=row.page, line=row.line,
                warnings=["from_prose_table"]))


@dataclass(frozen=True)
class _TableCtx:
    ctx: _Ctx
    section: str | None
    columns: list[str]
    column_nouns: dict[int, str]
    numbered_col0: bool
    number_col: int = 0  # the column holding the row numbers ("1.", "2.")
    action_col: int | None = None  # the column of the row's action or measure ('Acțiunea', 'Măsura / Activitatea')
    unit: str | None = None  # the money unit stated for the whole table ('(în mii lei)' above it, or its header)


# a column naming what each row did: a monitoring table's 'Acțiuni', 'Activitatea planificată', 'Măsura'
_ACTION_HEADER = re.compile(r"^(?:ac[tț]iun\w*|activit[aăe]\w*|m[aă]sur\w*)\b", re.I)


def _action_column(columns: list[str]) -> int | None:
    found = [j for j, c in enumerate(columns) if _ACTION_HEADER.match(c.split(" / ")[-1].strip())
             or _ACTION_HEADER.match(c.split(" / ")[0].strip())]
    return found[0] if len(found) == 1 else None


@dataclass
class _RowCtx:
    cells: list[str]
    line: int | None
    page: int | None
    texts: list[tuple[int, str]]  # (column, text) of the cells that are words
    numeric: list[tuple[int, str]]  # (column, text) of the cells that lead with a figure
    unit_col: int | None
    unit_cell: str | None
    activity: str
    is_total: bool


def _column(columns: list[str], j: int) -> str:
    return columns[j] if j < len(columns) else ""


def _layout(rt, ctx: _Ctx) -> tuple[list[str], list[tuple[list[str], int | None, int | None]], str | None]:
    """The table's column labels, its rows (cells, line, page) and the section its figures belong to."""
    columns = list(rt.columns or [])
    section = unit_in_charge(ctx)  # a table right under "Biroul X asigură …" is Biroul X's
    head0 = _unit_title(columns[0].split(" / ")[-1]) if columns else None
    if head0 and len(head0.split()) >= 2:
        section = head0
    rows = list(_table_rows(rt))
    if columns and any(unit_from_text(c) in ("lei", "mii lei") and find_numbers(c) for c in columns) and rt.header_rows:
        # the "header" is the first data row ("Asistență socială …  590.999 lei")
        rows.insert(0, (list(rt.header_rows[-1]), rt.table.line, rt.table.page))
        columns = [""] * len(columns)
    return columns, rows, section


def _row_cells(cells: list[str], table: _TableCtx) -> list[str] | None:
    """The row's cleaned cells (None for an empty row); a row number in front of rows continuing a table without
    that column is dropped."""
    cells = [_clean(c or "") for c in cells]
    if not any(cells):
        return None
    columns = table.columns
    if columns and not table.numbered_col0 and 2 < len(cells) <= len(columns) and _ROWNO.match(cells[0]) \
            and not columns[len(cells) - 1].strip() and cells[-1]:
        cells = cells[1:] + [""]
    return cells


# a monitoring table's status cell with its result after the status: 'Realizat – 11 asistenți atestați',
# 'Parțial realizat: 12 din 20 …', 'În curs de realizare: 40 …'
_STATUS_LEAD = re.compile(r"^(?:par[tț]ial\s+)?(?:ne)?realizat[aăe]?\w*|^[iî]n\s+curs(?:\s+de\s+(?:realizare|implementare|desf[aă]șurare))?",
                          re.I)
_STATUS_SEP = re.compile(r"\s*[:–—-]\s*(?=\d)")
# 'N din M <what>': N realised of M planned; the result is N
_OF_TARGET = re.compile(r"^(\d[\d.,]*)\s+din\s+\d[\d.,]*\s+(?=\D)")


def _result_after_status(c: str) -> str:
    """The result a status cell states after its status ('Realizat – 11 asistenți …' → '11 asistenți …'; '12 din 20
    asistenți' → '12 asistenți'), or the cell as it is."""
    m = _STATUS_LEAD.match(c)
    sep = _STATUS_SEP.match(c, m.end()) if m else None
    if not sep:
        return c
    rest = c[sep.end():]
    return _OF_TARGET.sub(r"\1 ", rest, count=1)


# an age group opening with its bound ('18 ani și peste', '3 ani sau mai puțin'): a row's label, no count of years
_AGE_GROUP = re.compile(r"^\s*\d{1,3}\s+(?:de\s+)?ani\s+\w", re.I)


def _split_cells(cells: list[str], number_col: int = 0,
                 columns: list[str] = ()) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(text cells, figure cells): a short cell that starts with its only figure (or a figure with a money unit)
    is a figure, as is the result a status cell states after its status; repeated span text and the row number are
    skipped. A figure repeated under another header is no span: two columns counted the same ('18 | 18')."""
    texts: list[tuple[int, str]] = []
    numeric: list[tuple[int, str]] = []
    for j, c in enumerate(cells):
        if not c or (_ROWNO.match(c) and j in (0, number_col)):
            continue
        if j > 0 and cells[j] == cells[j - 1] and not _own_column(c, j, columns):
            continue
        c = _result_after_status(c)
        nums = find_numbers(c)
        lead = nums and nums[0][1] <= 2 and not c[: nums[0][1]].strip(" ~") and len(c) <= 60
        if lead and (len(nums) == 1 or unit_from_text(c)) and not _AGE_GROUP.match(c):
            numeric.append((j, c))
        else:
            texts.append((j, c))
    return texts, numeric


def _column_label(columns: list[str], j: int) -> str:
    """The label a column's figures are named by: its own header cell, or its whole header path when another column
    has the same cell under another group ('Semestrul I 2020 / Nr. indemnizații' beside 'Semestrul II 2020 / Nr.
    indemnizații': two figures, not one read twice)."""
    header = _column(columns, j)
    last = header.split(" / ")[-1]
    twins = [c for c in columns if c != header and c.split(" / ")[-1] == last]
    return (header if twins else last)[:120 if twins else 80]


def _own_column(cell: str, j: int, columns: list[str]) -> bool:
    """A figure equal to the one left of it stands in a column of its own: the two columns are headed apart (a
    merged cell repeated over the columns it spans is headed alike, or not at all)."""
    if not find_numbers(cell) or j >= len(columns):
        return False
    here, left = fold_key(columns[j]), fold_key(columns[j - 1])
    return bool(here) and bool(left) and here != left


def _totals_after_total_label(row: _RowCtx, local: _Ctx, table: _TableCtx, out: dict[str, list]) -> None:
    """'… | Total | 245 | …' inside a row: the figure after a 'Total' cell is a stated total."""
    texts = row.texts
    for k, (jk, tk) in enumerate(texts):
        if fold_key(tk) in ("total", "total general") and k + 1 < len(texts) and k > 0:
            nums = find_numbers(texts[k + 1][1])
            if nums and nums[0][1] == 0:
                label = table.columns[jk] if jk < len(table.columns) and table.columns[jk] else tk
                out["totals"].append(TotalRecord(
                    scope=_scope(local, label, None), amount=nums[0][0], unit="other",
                    raw=texts[k + 1][1][:nums[0][2]], page=row.page, line=row.line, warnings=["from_prose_table"]))


def _row_figures(row: _RowCtx, local: _Ctx, table: _TableCtx, out: dict[str, list]) -> tuple[_Ctx, int, list]:
    """Every figure cell of a row: a total (TOTAL row), a count (→ indicator) or money (returned: it is an
    indicator next to counts, else a total). Returns the context of the last indicator, the number of counts and
    the money cells."""
    ctx, columns = table.ctx, table.columns
    row_section = row.unit_cell or table.section
    counts_in_row = 0
    money_cells = []
    for j, c in row.numeric:
        header = _column(columns, j)
        left = [t for jj, t in row.texts if jj < j and t != row.unit_cell and not _unit_title(t)
                and sum(ch.isalpha() for ch in t) >= 3 and not _LEGAL_BASIS.match(t)]
        # the words left of the figure name it; a row naming its unit with nothing else before the figure has the
        # figure's column name it — a description after the figures is about the unit, not the figure
        near = left[-1] if left else ("" if row.unit_cell and _text_after(row, j) else row.activity)
        if row.is_total:
            _total_cell(c, header, near, row, local, out, table.unit)
            continue
        if _NOT_COUNT_HEADER.search(header) and not _COUNT_HEADER.search(header):
            continue
        if "%" in c:
            continue
        unit = _money_unit(c, header, near, table.unit)
        if unit is not None:
            money = parse_money(c, unit or "lei")
            if money.amount_lei is not None:
                money_cells.append((money, c))
            continue
        found = _count_of(c, header, near, table.column_nouns.get(j))
        if found is None:
            continue
        key, u, phrase, value, fig = found
        stage = STAGE_LABEL.match(fold_key(near).strip())
        if stage:  # 'Parțial realizate | 7': the plan's actions counted by stage are totals (issue 16 point 5)
            out["totals"].append(TotalRecord(
                scope=_scope(local, f"acțiuni {stage_of(stage.group(1))}", None), amount=value, unit="other",
                raw=c, page=row.page, line=row.line, warnings=["from_prose_table"]))
        subj_bits = [b for b in (near, phrase) if b] if key != "personal" else []
        action = _clean(row.cells[table.action_col]) if table.action_col is not None \
            and table.action_col < len(row.cells) and table.action_col < j else ""
        if action and fold_key(action) not in fold_key(" ".join(subj_bits)):
            subj_bits.insert(0, action)  # what the row did, then the indicator named nearer the figure
        label = _column_label(columns, j)
        # a column headed by the acronym of a unit the document introduced ('SASP'): that unit's figure
        acronym_unit = ctx.acronyms.get(label.strip())
        if len(row.numeric) > 1 and header and fold_key(header) not in fold_key(near) and not acronym_unit \
                and fold_key(label) not in ("numar", "nr", "total", "valoare", "cantitate"):
            subj_bits.append(label)  # several count columns: the column says whose (a bare 'Număr' says nothing)
        far = row.unit_col is not None and j - row.unit_col > 4  # a far column: the row's unit does not reach it
        local = _Ctx(ctx.doc_type, ctx.year, acronym_unit or (table.section if far else row_section))
        out["indicators"].append(IndicatorRecord(
            indicator=key, value=float(value), unit=u, raw=" | ".join(x for x in row.cells if x)[:400],
            subject=_subject(local, " - ".join(subj_bits)), year=_header_year(header, ctx.year), page=row.page,
            line=row.line, confidence=0.75 if fig or _header_key(header) else 0.5))
        counts_in_row += 1
    return local, counts_in_row, money_cells


def _text_after(row: "_RowCtx", j: int) -> bool:
    """Every text cell of the row other than its unit stands right of column ``j``."""
    others = [jj for jj, t in row.texts if t != row.unit_cell]
    return bool(others) and min(others) > j


def _money_unit(c: str, header: str, near: str, table_unit: str | None = None) -> str | None:
    """The unit of a money cell ('' when its column says money without a unit), None when it is no money; a column
    of money whose header names no unit takes the table's ('(în mii lei)' printed once above it)."""
    if _SHARE_HEADER.search(header):
        return None
    if table_unit in ("lei", "mii lei") and _period_column(header):
        return table_unit
    unit = unit_from_text(c) or (unit_from_text(header) or table_unit if _MONEY_HEADER.search(header) else None)
    # "Indicator | Valoare": a bare "Valoare" next to a label naming a counted thing ("Număr copii …") is a count
    counted_label = not unit and re.fullmatch(r"valoare\w*", fold_key(header).strip()) and _label_key(near)
    if unit in _MONEY_UNITS or (_MONEY_HEADER.search(header) and not _COUNT_HEADER.search(header)
                                and not counted_label):
        return unit or ""
    return None


def _period_column(header: str) -> bool:
    """The column is headed by a period of the report or by its total, in every header row ('Iulie', 'Trim. I',
    'Total perioadă')."""
    parts = [p.strip() for p in header.split(" / ") if p.strip()]
    return bool(parts) and all(_PERIOD_HEADER.match(p) for p in parts)


def _total_cell(c: str, header: str, near: str, row: _RowCtx, local: _Ctx, out: dict[str, list],
                table_unit: str | None = None) -> None:
    """A figure of a TOTAL row: money when the cell or its column names lei (or the column is money in a table
    whose unit is stated once), else a plain figure."""
    column_unit = unit_from_text(header) or (table_unit if (_MONEY_HEADER.search(header) or _period_column(header))
                                             and not _SHARE_HEADER.search(header) else None)
    money = parse_money(c, column_unit)
    amount = money.amount_lei if unit_from_text(c) or column_unit in ("lei", "mii lei") \
        else find_numbers(c)[0][0]
    if amount is not None:
        out["totals"].append(TotalRecord(
            scope=_scope(local, f"{near} ({header})" if header and near != header else near, None),
            amount=amount, unit="lei" if unit_from_text(c) or column_unit else "other",
            raw=c, page=row.page, line=row.line, warnings=["from_prose_table"]))


def _count_of(c: str, header: str, near: str, column_noun: str | None):
    """What a count cell counts: (indicator key, unit, phrase, value, figure) or None when it is no count. The
    cell's own noun first ('194 planuri'), then the row's label ('Număr anchete'), then the column's header (or
    what the column's other cells count)."""
    figs = analyse(c)
    fig = figs[0] if figs and figs[0].kind == "count" else None
    value = fig.value if fig else find_numbers(c)[0][0]
    if value != value.to_integral_value() or (1990 <= value <= 2100 and not fig):
        return None  # a year or a fraction is no count
    cell_lemma = None if fig else _cell_noun(c)
    hk = _header_key(header)
    label_key = _label_key(near)
    issued = bool(_ISSUED.match(fold_key(near)))
    phrase = ""
    if fig:
        key, u = COUNTED[fig.lemma]
        phrase = fig.phrase if fig.phrase != c[fig.start:].split()[-1] else ""
    elif cell_lemma:  # "194 planuri": a noun the prose rules want qualified, alone in its cell
        key, u = COUNTED[cell_lemma]
    elif label_key and (re.match(r"^(?:nr\.?|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near))
                        or (hk or ("",))[0] not in _PEOPLE_KEYS):
        key, u = label_key
    else:
        if hk is None:
            return None
        key, u = hk
        if hk == ("numar", "unități") and column_noun:
            key, u = COUNTED[column_noun]  # the column's other cells say what it counts
    if not fig and not cell_lemma and label_key and (issued or not hk or hk[0] not in _PEOPLE_KEYS):
        key, u = label_key
    return key, u, phrase, value, fig


def _cell_noun(cell: str) -> str | None:
    """A cell "194 planuri" / "682 evaluări": the counted noun right after the number."""
    m = re.match(r"^\s*\d[\d.]*\s+(?:de\s+)?([^\W\d_][\w-]*)", cell)
    if not m:
        return None
    lemma = FORMS.get(fold_key(m.group(1)))
    return lemma if lemma in COUNTED else None


def _column_nouns(rows) -> dict[int, str]:
    """Column → the counted noun most of its cells state ("351 de copii", "39 copii", "22 copii evaluați"),
    for the bare numbers of the same column under a header that says only "Număr"."""
    from collections import Counter

    per: dict[int, Counter] = {}
    for cells, _line, _page in rows:
        for j, c in enumerate(cells):
            c = _clean(c or "")
            if not c or not re.match(r"^\s*\d", c):
                continue
            lemma = _cell_noun(c)
            if lemma is None:
                figs = analyse(c[:80])
                lemma = figs[0].lemma if figs and figs[0].kind == "count" and figs[0].num_start <= 2 else None
            per.setdefault(j, Counter())[lemma] += 1
    out = {}
    for j, counter in per.items():
        named = [(n, k) for n, k in counter.most_common() if n]
        if named and named[0][1] >= 2 and named[0][1] * 2 >= sum(counter.values()):
            out[j] = named[0][0]
    return out


_LABEL_NOUN = re.compile(r"^(?:nr\s*\.?|num[aă]r(?:ul)?)\s*(?:de\s+|total\s+(?:de\s+)?)?(\S+)", re.I)
_ACTION_NOUN = re.compile(r"^(?:redactarea|redactare|eliberarea|eliberare|emiterea|emitere|[iî]nregistrarea|"
                          r"[iî]nregistreaz[aă]|[iî]ntocmirea|[iî]ntocmire|instrumentarea|solu[tț]ionarea|"
                          r"efectuarea|efectuare|preluarea|primirea|transmiterea|transmitere)[\s,]+(\S+)", re.I)


@lru_cache(maxsize=4096)
def _label_key(label: str) -> tuple[str, str] | None:
    """A row label that names what its number counts: "Nr. anchete sociale …", "Redactarea certificatelor …"."""
    if not label:
        return None
    m = _LABEL_NOUN.match(label)
    first = FORMS.get(fold_key(label.split()[0])) if label.split() else None
    if first is None and label.split() and fold_key(label.split()[0]).endswith("le"):
        first = FORMS.get(fold_key(label.split()[0])[:-2])
    if first:
        return COUNTED[first]
    if m:
        words = [m.group(1)]
    elif _ACTION_NOUN.match(label):
        words = label.replace(",", " ").split()[1:7]
    else:
        return None
    nlp, _ = get_nlp()
    for w in words:
        w = w.strip(".,;:()/")
        if not w:
            continue
        tok = nlp(w)
        if not len(tok):
            continue
        word = fold_key(tok[0].text)
        lemma = FORMS.get(word) or (_counted_lemma(tok[0]) if m else None)  # plural forms only after a verb noun
        if lemma is None:
            for suffix, repl in (("elor", "e"), ("ilor", "i"), ("urilor", "uri"), ("lor", "")):
                if word.endswith(suffix):  # genitive plural: certificatelor → certificate, dosarelor → dosare
                    lemma = FORMS.get(word[: -len(suffix)] + repl)
                    break
        if lemma:
            return COUNTED[lemma]
    if m and words:
        return _label_noun(label)
    return None


_NOT_A_NOUN = {"de", "total", "crt", "curent", "ul", "mediu", "estimat", "anual", "lunar", "maxim", "minim"}


def _label_noun(label: str) -> tuple[str, str] | None:
    """"Nr. sesiuni …", "Număr procese verbale …": the counted noun of a row label outside the vocabulary →
    (``numar``, the noun as printed); a two-word form in the vocabulary ("procese verbale") → its key."""
    m = re.match(r"^(?:nr\s*\.?|num[aă]r(?:ul)?)\s*(?:de\s+|total\s+(?:de\s+)?)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", label, re.I)
    if not m:
        return None
    first = m.group(1)
    if m.group(2):
        two = FORMS.get(f"{fold_key(first)} {fold_key(m.group(2))}")
        if two:
            return COUNTED[two]
    if len(first) < 3 or fold_key(first) in _NOT_A_NOUN or not first[0].isalpha():
        return None
    return ("numar", first.lower())


# the vocabulary that recognises an indicator table (its records come from :func:`_report_table`)
HEADER_VOCAB = (("numar beneficiari", 1.5), ("nr beneficiari", 1.5), ("realizat", 1.5), ("indicator", 2))
SPEC = TableKindSpec(kind=INDICATORS, family=INDICATORS, header_vocab=HEADER_VOCAB, record=IndicatorRecord,
                     dataset="indicators")
