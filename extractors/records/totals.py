"""Totals and budget figures stated in sentences → :class:`TotalRecord` rows.

Table TOTAL rows are read by each table extractor. This module reads the figures a plan states in words:

* a programme's budget: 'Bugetul estimat al programului de subvenționare: 663.600 lei', 'Bugetul pentru anul
  2023: 1.000.000 lei' under section C — linked to the dataset it totals (subsidies, procurements, trainings),
  so validation recomputes the sum from the extracted rows and flags ``total_mismatch``;
* other sums stated in a sentence with a budget word ('suma estimată … este de 16.000 lei', 'în suma totală de
  396.000 lei', 'buget estimat format din 76.864,85 lei de la bugetul local și 691.783,65 lei alte surse');
* counts stated as totals ('un număr total de 211 persoane', '…, respectiv 501 beneficiari și 466 angajați', 'erau
  licențiate 15 servicii sociale …, totalizând 832 de locuri', 'Numărul total al serviciilor sociale licențiate este
  de 12'); a figure compared with ('față de 17 servicii la sfârșitul anului trecut') is another period's, not one;
* bare sums ('au fost alocate … 16.030.900, iar subvențiile … însumează 1.022.700') after a sentence stating the unit
  of the sums ('Sumele din acest capitol sunt exprimate în mii lei'), up to the next table or heading.

Only sentences carrying one of the template's budget/total cues are read, so act numbers, dates and incomes
('un venit … de până la 530 lei') are not taken for totals.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from extractors.model import Heading, Table
from extractors.records.base import TotalRecord
from extractors.records.common import not_applicable
from extractors.understanding.spec import PROCUREMENT, SUBSIDIES, TRAININGS
from normalizers.numbers import parse_money, parse_number
from normalizers.text import clean_text, fold_key

_MONEY = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.  ]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(mii\s+lei|mil(?:ioane|\.)?\s+lei|lei|ron)\b",
                    re.I)
_MONEY_CUE = re.compile(r"\b(?:buget\w*|sum[aăe]\w*|[îi]nsum\w*|valoare\w*|total\w*|cost\w*|fonduri|alocat\w*|"
                        r"estimat\w*|cheltuieli\w*)", re.I)
_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:de\s+)?(persoane|beneficiari|angaja[tțţ]i|copii|"
                    r"v[aâ]rstnici|dosare|centre|servicii|familii|asisten[tțţ]i\s+personali|asisten[tțţ]i|cereri|"
                    r"locuri)\b", re.I)
# 'Numărul total al serviciilor sociale licențiate este de 12': the counted noun before the figure
_COUNT_NAMED = re.compile(r"\bnum[aă]rul\s+total\s+(?:al|a|ai|de)\s+([^\d.;:]{3,80}?)\s+(?:este|era|a\s+fost)\s+de\s+"
                          r"(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\d)", re.I)
# a figure another period's count is compared with: 'față de 17 servicii la sfârșitul anului 2022'
_COMPARED = re.compile(r"\bfa[tțţ][aă]\s+de\s*$", re.I)
# the unit of the sums stated once for what follows: 'Sumele din acest capitol sunt exprimate în mii lei.'
_UNIT_STATED = re.compile(r"\b(?:sumele|valorile|sumă|suma|valoarea)\b[^.;]{0,60}?\b(?:exprimat[eă]|prezentat[eă])\s+"
                          r"[îi]n\s+(mii\s+lei|lei|ron)\b", re.I)
# a bare figure in a sentence of sums (thousands grouped, decimals, or a plain number), not a number of an act, an
# article or a year: read only under a stated unit of the sums
_BARE_AMOUNT = re.compile(r"(?<![\d.,/(\w])(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)(?![\d.,]*\d)(?![/%)\w])"
                          r"(?=\s*(?:[,;.)]|$|(?:iar|și|si|respectiv|reprezent\w*)\b))", re.I)
_NOT_AN_AMOUNT_BEFORE = re.compile(r"\b(?:nr|art|alin|lit|pct|anul|anului|anii|legea|legii|hg|oug|ordinul|data)\.?\s*$",
                                   re.I)
_COUNT_CUE = re.compile(r"\b(?:total\w*|respectiv|[îi]n\s+num[aă]r\s+de|un\s+num[aă]r\s+de)\b", re.I)
_PROGRAMME_BUDGET = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*)?buget(?:ul)?\b", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĂÂÎȘȚ0-9])")

_UNIT_OF_NOUN = {"persoane": "persons", "angajati": "persons", "asistenti": "persons", "asistenti personali": "persons",
                 "beneficiari": "beneficiaries"}


def _dataset_for(sentence_key: str, section: str | None) -> str | None:
    if "subventi" in sentence_key:
        return "subsidies"
    if "contractare" in sentence_key or "achizitii" in sentence_key:
        return "procurements"
    if "formare" in sentence_key or "perfectionare" in sentence_key or "instruire" in sentence_key:
        return "trainings"
    return {SUBSIDIES: "subsidies", PROCUREMENT: "procurements", TRAININGS: "trainings"}.get(section or "")


_FIELD_OF = {"subsidies": "amount_lei", "procurements": "estimated_value_lei", "trainings": "budget_lei"}


def stated_unit(text: str) -> str | None:
    """The unit a sentence states for the sums after it ('Sumele sunt exprimate în mii lei' → 'mii lei')."""
    m = _UNIT_STATED.search(clean_text(text))
    return " ".join(m.group(1).lower().split()) if m else None


def totals_in_text(text: str, page=None, line=None, section: str | None = None,
                   unit: str | None = None) -> list[TotalRecord]:
    """Every stated total in one block of text (several sentences); ``unit``: the unit of the sums stated before
    the block (:func:`stated_unit`), which makes a bare figure of a sentence of sums an amount."""
    out: list[TotalRecord] = []
    for sentence in _SENTENCE_SPLIT.split(clean_text(text)):
        if not sentence or not_applicable(sentence) and not _MONEY.search(sentence):
            continue
        unit = stated_unit(sentence) or unit
        key = fold_key(sentence)
        money_hits = list(_MONEY.finditer(sentence))
        if unit and _MONEY_CUE.search(sentence):
            out.extend(_bare_sums(sentence, unit, money_hits, page, line))
        if money_hits and _MONEY_CUE.search(sentence):
            programme = bool(_PROGRAMME_BUDGET.match(sentence)) and len(money_hits) == 1
            dataset = _dataset_for(key[:200], section) if programme else None
            for m in money_hits:
                money = parse_money(m.group(0))
                if money.amount_lei is None:
                    continue
                scope = _scope(sentence, m.start())
                out.append(TotalRecord(scope=scope, amount=money.amount_lei, unit="lei", raw=m.group(0),
                                       page=page, line=line, source_dataset=dataset,
                                       source_field=_FIELD_OF.get(dataset or "")))
        for m in _COUNT_NAMED.finditer(sentence):
            value = parse_number(m.group(2))
            if value is not None:
                out.append(TotalRecord(scope=_scope(sentence, m.start(2)), amount=Decimal(value),
                                       unit=_unit_of_counted(m.group(1)), raw=m.group(0), page=page, line=line))
        if _COUNT_CUE.search(sentence):
            for m in _COUNT.finditer(sentence):
                value = parse_number(m.group(1))
                if value is None or _COMPARED.search(sentence[:m.start()]):
                    continue
                noun = fold_key(m.group(2))
                out.append(TotalRecord(scope=_scope(sentence, m.start()), amount=Decimal(value),
                                       unit=_UNIT_OF_NOUN.get(noun, "other"), raw=m.group(0), page=page, line=line))
    return out


def _unit_of_counted(words: str) -> str:
    """The unit of a count named before its figure ('al persoanelor asistate' → persons)."""
    key = fold_key(words)
    if key.startswith("beneficiar"):
        return "beneficiaries"
    return "persons" if key.startswith(("persoan", "angajat", "asistent")) else "other"


def _bare_sums(sentence: str, unit: str, money_hits, page, line) -> list[TotalRecord]:
    """The bare figures of a sentence of sums, in the unit stated before it; a figure with its own unit is read
    with it (``money_hits``), a year, an act's or an article's number is none."""
    out = []
    for m in _BARE_AMOUNT.finditer(sentence):
        if any(h.start() <= m.start() < h.end() for h in money_hits):
            continue
        figure = m.group(1)
        if _NOT_AN_AMOUNT_BEFORE.search(sentence[:m.start()]) or (figure.isdigit() and 1900 <= int(figure) <= 2100):
            continue
        money = parse_money(figure, unit)
        if money.amount_lei is None:
            continue
        out.append(TotalRecord(scope=_scope(sentence, m.start()), amount=money.amount_lei, unit="lei",
                               raw=figure, page=page, line=line, warnings=["unit_stated_before"]))
    return out


def _scope(sentence: str, pos: int) -> str:
    """The words before the figure (what it totals), at most ~160 characters."""
    before = sentence[:pos].strip(" :-–,")
    if len(before) > 160:
        before = "…" + before[-160:]
    return before or sentence[:160]


def extract_stated_totals(u) -> dict[str, list]:
    """Stated totals of the understood document's text blocks (and of sentences inside its table cells, marked
    ``in_cell``); a programme's budget is linked to the dataset of the section it is stated in. A figure read more
    than once is kept once by the pipeline's assembly (:func:`pipeline.extraction.one_per_figure`), not here."""
    out: list[TotalRecord] = []
    resolved = {id(rt.table) for rt in u.tables}
    unit: str | None = None  # the unit of the sums a sentence stated, up to the next table or heading
    for block, section in zip(u.blocks, u.sections):
        if isinstance(block, (Table, Heading)):
            unit = None
        if isinstance(block, Table):
            if id(block) not in resolved:
                continue  # stitched onto an earlier table: its rows are read there
            # sums written as sentences inside cells ('buget estimat format din … lei … și … lei')
            for row in block.rows:
                for c in row.cells:
                    if len(c.text) >= 40 and _MONEY.search(c.text) and re.search(r"\bbuget\w*\s+\w*\s*(?:estimat|total)",
                                                                             c.text, re.I):
                        out.extend(replace(rec, in_cell=True)
                                   for rec in totals_in_text(c.text, page=row.page, line=row.line))
            continue
        text = getattr(block, "text", "") or ""
        out.extend(totals_in_text(text, page=getattr(block, "page", None), line=getattr(block, "line", None),
                                  section=section.kind, unit=unit))
        unit = stated_unit(text) or unit
    return {"totals": out} if out else {}
