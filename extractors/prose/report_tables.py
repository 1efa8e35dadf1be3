"""Report tables, a record kind of their own: in a document that is no plan, every table is read for figures —
each count cell → an indicator, a lone amount next to a label → a total. Read in document order by the prose
driver, since a table's subject is the unit or heading printed above it. See :mod:`extractors.prose`."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from extractors.model import Paragraph
from extractors.prose.figures import analyse, _counted_lemma, get_nlp
from extractors.prose.sentences import _scope, _text_block
from extractors.prose.subjects import _clean, _Ctx, _subject, _unit_title, _year
from extractors.prose.vocab import COUNTED, FORMS
from extractors.records.base import IndicatorRecord, TotalRecord
from extractors.understanding.spec import INDICATORS, TableKindSpec
from normalizers.numbers import find_numbers, parse_money, unit_from_text
from normalizers.text import fold_key, strip_diacritics



# ------------------------------------------------------------------------------------------- tables

_ROWNO = re.compile(r"^\s*(?:\d{1,3}\.?|[a-z]\)|[IVX]+\.?)\s*$")
_COUNT_HEADER = re.compile(r"\b(?:nr|numar|număr|total|beneficiar\w*|cazuri|persoane|copii|rezultat\w*|realizat\w*)\b", re.I)
_MONEY_HEADER = re.compile(r"\b(?:suma|sumă|sume|valoare|lei|cost|buget|plăți|plati|cheltuieli)\b", re.I)
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
    if re.search(r"\b(?:nr|numar|total|rezultat|realizat)\b", h):
        return ("numar", "unități")
    return None


def _header_year(header: str, default: int | None) -> int | None:
    """A column headed by a year ("2022", "Anul 2023", "… / 2022") counts that year."""
    m = re.fullmatch(r"(?:an(?:ul)?\s+)?((?:19|20)\d\d)", header.split(" / ")[-1].strip(), re.I)
    return int(m.group(1)) if m else _year(header, default)


def _table_rows(rt) -> Iterable[tuple[list[str], int | None, int | None]]:
    if rt.body:
        for cells, line, page in zip(rt.body, rt.body_lines or [None] * len(rt.body), rt.body_pages or [None] * len(rt.body)):
            yield cells, line, page
    else:
        for row in rt.rows:
            yield row.cells, row.line, row.page


def _report_table(rt, ctx: _Ctx, out: dict[str, list]) -> None:
    """Activity tables of a report: every count cell → an indicator; a lone amount next to a label → a total."""
    columns = list(rt.columns or [])
    section = ctx.topic or ctx.section  # a table right under "Biroul X asigură …" is Biroul X's
    head0 = _unit_title(columns[0].split(" / ")[-1]) if columns else None
    if head0 and len(head0.split()) >= 2:
        section = head0
    n_rows = 0
    carried: str | None = None
    rows = list(_table_rows(rt))
    if columns and any(unit_from_text(c) in ("lei", "mii lei") and find_numbers(c) for c in columns) and rt.header_rows:
        # the "header" is the first data row ("Asistență socială …  590.999 lei")
        rows.insert(0, (list(rt.header_rows[-1]), rt.table.line, rt.table.page))
        columns = [""] * len(columns)
    column_nouns = _column_nouns(rows)
    numbered_col0 = bool(columns) and bool(re.search(r"\b(?:nr|crt)\b", fold_key(columns[0])))
    for cells, line, page in rows:
        cells = [_clean(c or "") for c in cells]
        if not any(cells):
            continue
        if columns and not numbered_col0 and 2 < len(cells) <= len(columns) and _ROWNO.match(cells[0]) \
                and not columns[len(cells) - 1].strip() and cells[-1]:
            cells = cells[1:] + [""]  # a row number in front of rows continuing a table without that column
        n_rows += 1
        texts: list[tuple[int, str]] = []
        numeric: list[tuple[int, str]] = []
        for j, c in enumerate(cells):
            if not c:
                continue
            if j > 0 and cells[j] == cells[j - 1]:
                continue  # span filled
            if _ROWNO.match(c) and j == 0:
                continue
            nums = find_numbers(c)
            lead = nums and nums[0][1] <= 2 and not c[: nums[0][1]].strip(" ~") and len(c) <= 60
            if lead and (len(nums) == 1 or unit_from_text(c)):
                numeric.append((j, c))
            else:
                texts.append((j, c))
        # the row's subject: a unit-like first cell, then the longest remaining text
        unit_col = next((j for j, t in texts if _unit_title(t) and j <= 1), None)
        unit_cell = next((t for j, t in texts if j == unit_col), None)
        if unit_cell:
            carried = unit_cell if not any(_header_key(columns[j] if j < len(columns) else "") == ("personal", "persoane")
                                           for j, _ in numeric) else None
        elif texts and texts[0][0] > 0 and n_rows > 1:
            unit_cell = carried  # the unit column is merged down / left blank under its first row
        activity = max((t for j, t in texts if t != unit_cell), key=len, default="")
        activity = activity[:160]
        row_section = unit_cell or section
        row_key = None
        local = _Ctx(ctx.doc_type, ctx.year, row_section)
        counts_in_row = 0
        money_cells = []
        is_total_row = bool(texts) and fold_key(texts[0][1]).startswith("total")
        for k, (jk, tk) in enumerate(texts):
            if fold_key(tk) in ("total", "total general") and k + 1 < len(texts) and k > 0:
                nums = find_numbers(texts[k + 1][1])
                if nums and nums[0][1] == 0:
                    out["totals"].append(TotalRecord(
                        scope=_scope(local, columns[jk] if jk < len(columns) and columns[jk] else tk, None),
                        amount=nums[0][0], unit="other", raw=texts[k + 1][1][:nums[0][2]], page=page, line=line,
                        warnings=["from_prose_table"]))
        if not numeric and is_total_row and len(texts) > 1:
            nums = find_numbers(texts[1][1])
            if nums and nums[0][1] == 0:
                numeric = [(texts[1][0], texts[1][1][:nums[0][2]])]
        for j, c in numeric:
            header = columns[j] if j < len(columns) else ""
            left = [t for jj, t in texts if jj < j and t != unit_cell and not _unit_title(t)
                    and sum(ch.isalpha() for ch in t) >= 3]
            near = left[-1] if left else activity
            if is_total_row:
                money = parse_money(c, unit_from_text(header))
                amount = money.amount_lei if unit_from_text(c) or unit_from_text(header) in ("lei", "mii lei") else find_numbers(c)[0][0]
                if amount is not None:
                    out["totals"].append(TotalRecord(
                        scope=_scope(local, f"{near} ({header})" if header and near != header else near, None),
                        amount=amount, unit="lei" if unit_from_text(c) or unit_from_text(header) else "other",
                        raw=c, page=page, line=line, warnings=["from_prose_table"]))
                continue
            if _NOT_COUNT_HEADER.search(header) and not _COUNT_HEADER.search(header):
                continue
            unit = unit_from_text(c) or (unit_from_text(header) if _MONEY_HEADER.search(header) else None)
            if "%" in c:
                continue
            # "Indicator | Valoare": a bare "Valoare" next to a label naming a counted thing ("Număr copii …") is a count
            counted_label = not unit and re.fullmatch(r"valoare\w*", fold_key(header).strip()) and _label_key(near)
            if unit in ("lei", "mii lei", "mil lei") or (_MONEY_HEADER.search(header) and not _COUNT_HEADER.search(header)
                                                         and not counted_label):
                money = parse_money(c, unit or "lei")
                if money.amount_lei is not None:
                    money_cells.append((money, c))
                continue
            figs = analyse(c)
            fig = figs[0] if figs and figs[0].kind == "count" else None
            value = fig.value if fig else find_numbers(c)[0][0]
            if value != value.to_integral_value() or (1990 <= value <= 2100 and not fig):
                continue
            cell_lemma = None if fig else _cell_noun(c)
            if fig:
                key, u = COUNTED[fig.lemma]
                phrase = fig.phrase if fig.phrase != c[fig.start:].split()[-1] else ""
            elif cell_lemma:  # "194 planuri": a noun the prose rules want qualified, alone in its cell
                key, u = COUNTED[cell_lemma]
                phrase = ""
            elif _label_key(near) and (re.match(r"^(?:nr\.?|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near))
                                       or (_header_key(header) or ("",))[0] not in ("beneficiari", "persoane", "copii")):
                key, u = _label_key(near)
                phrase = ""
            else:
                hk = _header_key(header)
                if hk is None:
                    continue
                key, u = hk
                phrase = ""
                if hk == ("numar", "unități") and column_nouns.get(j):
                    key, u = COUNTED[column_nouns[j]]  # the column's other cells say what it counts
            row_key_here = _label_key(near) or row_key
            hk = _header_key(header)
            issued = bool(re.match(r"^(?:nr\b|num[aă]r|redact|elibera|emite|[iî]ntocmi)", fold_key(near)))
            if not fig and not cell_lemma and row_key_here and (issued or not hk or hk[0] not in ("beneficiari", "persoane", "copii")):
                key, u = row_key_here
            subj_bits = [b for b in (near, phrase) if b] if key != "personal" else []
            label = header.split(" / ")[-1][:80]
            if len(numeric) > 1 and header and fold_key(header) not in fold_key(near) \
                    and fold_key(label) not in ("numar", "nr", "total", "valoare", "cantitate"):
                subj_bits.append(label)  # several count columns: the column says whose (a bare 'Număr' says nothing)
            if unit_col is not None and j - unit_col > 4:
                local = _Ctx(ctx.doc_type, ctx.year, section)  # a far column: the row's unit does not reach it
            else:
                local = _Ctx(ctx.doc_type, ctx.year, row_section)
            out["indicators"].append(IndicatorRecord(
                indicator=key, value=float(value), unit=u, raw=" | ".join(x for x in cells if x)[:400],
                subject=_subject(local, " - ".join(subj_bits)), year=_header_year(header, ctx.year), page=page,
                line=line, confidence=0.75 if fig or _header_key(header) else 0.5))
            counts_in_row += 1
        for money, c in money_cells:
            if counts_in_row:
                out["indicators"].append(IndicatorRecord(
                    indicator="suma_platita", value=float(money.amount_lei), unit="lei", raw=c[:400],
                    subject=_subject(local, activity), year=ctx.year, page=page, line=line, confidence=0.7))
            elif activity or unit_cell:
                out["totals"].append(TotalRecord(
                    scope=_scope(_Ctx(ctx.doc_type, ctx.year, section if activity else None), activity or unit_cell, None), amount=money.amount_lei, unit="lei", raw=c, page=page,
                    line=line, warnings=["from_prose_table"]))
        # prose inside a long cell ("932 plăți ... pentru un număr de 159 beneficiari")
        if not numeric:
            for j, t in texts:
                if len(t) > 20 and re.search(r"\d", t):
                    blk = Paragraph(t, page=page, line=line)
                    _text_block(blk, None, local, False, out)


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
HEADER_VOCAB = (("numar beneficiari", 2), ("nr beneficiari", 2), ("realizat", 1.5), ("indicator", 2))
SPEC = TableKindSpec(kind=INDICATORS, family=INDICATORS, header_vocab=HEADER_VOCAB, record=IndicatorRecord,
                     dataset="indicators")
