"""Prose: figures written in sentences, bullet lists and report activity tables → indicators and totals rows.

A blank Romanian spaCy pipeline (the trained ones are not installable here) with

* tokenizer exceptions for the abbreviations the documents use (jud., mun., com., str., nr., H.C.L. …),
* the lookup lemmatiser from ``spacy-lookups-data`` (``copiii`` → ``copil``, ``dosarele`` → ``dosar``): the
  entries a counted-noun test can use, shipped with the code (:mod:`extractors.prose.lemmas`),
* :class:`spacy.matcher.Matcher` rules for quantities: a number (Romanian format or a number word such as
  ``zece``) followed by a counted noun, money (``… lei``, ``mii lei``) and percentages.

Act numbers (``292/2011``, ``nr. 5615/11.01.2019``), dates, phone numbers, article numbers and ranges
(``2017-2021``) are not quantities: the number tokens are read with :func:`normalizers.numbers.find_numbers`
(which refuses dates) and a number right after a reference word (``nr.``, ``art.``, ``Legea`` …) or glued to
``/`` or to a range dash is dropped.

What becomes what (see ``docs/indicators.md``):

* reports (``raport_primar``, ``raport_plan_anual`` and other non-plans): a count → an ``indicators`` row,
  a budget figure in a sentence or bullet (``Cheltuieli … - 775.443,69 lei``, ``label ⏎ amount``) → a
  ``totals`` row; report tables whose cells are counts (activity → number of beneficiaries) → indicators.
* plans: figures in the sentences of the benefits/figures paragraphs → ``totals`` rows (people counts
  with unit persons/beneficiaries, money in lei). Text inside plan sections C (contracting), D (subsidies)
  and chapter III (trainings) and all plan tables are left to the plan-section extractors.

The package: :mod:`.figures` (the spaCy pipeline and the quantity scanners), :mod:`.subjects` (what a figure
counts and whose it is: section titles, named services, labels), :mod:`.sentences` (records from one text
block), :mod:`.report_tables` (report tables, a record kind of their own) and :mod:`.driver` (the walk over the
understood document). All are pure functions of the understanding (:mod:`extractors.understanding`).
"""
from __future__ import annotations

from extractors.prose.driver import extract_prose
from extractors.prose.figures import Figure, ProseSettings, _analysed, analyse
from extractors.prose.nlp import get_nlp
from extractors.prose.report_tables import _report_table
from extractors.prose.subjects import _Ctx, _unit_title
from extractors.understanding.model import PLAN_TYPES

__all__ = ["Figure", "ProseSettings", "analyse", "extract_prose", "get_nlp", "PLAN_TYPES", "_Ctx", "_analysed",
           "_report_table", "_unit_title"]
