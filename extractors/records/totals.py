"""Totals and budget figures stated in sentences → :class:`TotalRecord` rows.

Table TOTAL rows are read by each table extractor. This module reads the figures a plan states in words:

* a programme's budget: 'Bugetul estimat al programului de subvenționare: 663.600 lei', 'Bugetul pentru anul
  2023: 1.000.000 lei' under section C — linked to the dataset it totals (subsidies, procurements, trainings),
  so validation recomputes the sum from the extracted rows and flags ``total_mismatch``;
* other sums stated in a sentence with a budget word ('suma estimată … este de 16.000 lei', 'în suma totală de
  396.000 lei', 'buget estimat format din 76.864,85 lei de la bugetul local și 691.783,65 lei alte surse');
* counts stated as totals ('un număr total de 211 persoane', '…, respectiv 501 beneficiari și 466 angajați').

Only sentences carrying one of the template's budget/total cues are read, so act numbers, dates and incomes
('un venit … de până la 530 lei') are not taken for totals.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from extractors.model import Table
from extractors.records.base import TotalRecord
from extractors.records.common import not_applicable
from extractors.understanding.spec import PROCUREMENT, SUBSIDIES, TRAININGS
from normalizers.numbers import parse_money, parse_number
from normalizers.text import clean_text, fold_key

_MONEY = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.  ]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*(mii\s+lei|mil(?:ioane|\.)?\s+lei|lei|ron)\b",
                    re.I)
_MONEY_CUE = re.compile(r"\b(?:buget\w*|sum[aăe]\w*|valoare\w*|total\w*|cost\w*|fonduri|alocat\w*|estimat\w*|"
                        r"cheltuieli\w*)", re.I)
_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:de\s+)?(persoane|beneficiari|angaja[tțţ]i|copii|"
                    r"v[aâ]rstnici|dosare|centre|familii|asisten[tțţ]i\s+personali|asisten[tțţ]i|cereri|locuri)\b", re.I)
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


def totals_in_text(text: str, page=None, line=None, section: str | None = None) -> list[TotalRecord]:
    """Every stated total in one block of text (several sentences)."""
    out: list[TotalRecord] = []
    for sentence in _SENTENCE_SPLIT.split(clean_text(text)):
        if not sentence or not_applicable(sentence) and not _MONEY.search(sentence):
            continue
        key = fold_key(sentence)
        money_hits = list(_MONEY.finditer(sentence))
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
        if _COUNT_CUE.search(sentence):
            for m in _COUNT.finditer(sentence):
                value = parse_number(m.group(1))
                if value is None:
                    continue
                noun = fold_key(m.group(2))
                out.append(TotalRecord(scope=_scope(sentence, m.start()), amount=Decimal(value),
                                       unit=_UNIT_OF_NOUN.get(noun, "other"), raw=m.group(0), page=page, line=line))
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
    for block, section in zip(u.blocks, u.sections):
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
                                  section=section.kind))
    return {"totals": out} if out else {}
