"""Record extraction: pure functions of the understood document (:class:`extractors.understanding.Understanding`).

One module per table kind; each declares its kind's :class:`~extractors.understanding.spec.TableKindSpec` (the
vocabulary that recognises the table, the rules that map its columns, its record type) next to the function that
turns an understood table into ``(records, totals)``. ``TABLE_EXTRACTORS`` and ``DATASET_OF_KIND`` are read off the
specs (:mod:`extractors.kinds`). ``TEXT_EXTRACTORS`` read sections written as lists or sentences (trainings,
subsidies, partnerships and services as lists, a report's courses one per item, a report's sheet per service, stated totals); they take the understanding and return ``{dataset: records}``. Prose
(indicators, totals in sentences and report tables) is :mod:`extractors.prose`.
"""
from __future__ import annotations

from typing import Any, Callable

from extractors.records import activities, partnerships, procurements, services, subsidies, trainings
from extractors.records.partnership_lists import extract_listed_partnerships
from extractors.records.service_lists import extract_listed_services
from extractors.records.service_sheets import extract_service_sheets
from extractors.records.subsidies import extract_listed_subsidies, extract_subsidy_conventions
from extractors.records.totals import extract_stated_totals
from extractors.records.trainings import extract_listed_courses, extract_listed_trainings

TableExtractor = Callable[[Any], tuple[list[Any], list[Any]]]

# the record-yielding kinds, in classification order (existing services first)
RECORD_SPECS = (services.EXISTING_SPEC, services.PROPOSED_SPEC, procurements.SPEC, subsidies.SPEC, trainings.SPEC,
                activities.SPEC, partnerships.SPEC)

TABLE_EXTRACTORS: dict[str, TableExtractor] = {s.kind: s.extract for s in RECORD_SPECS if s.extract is not None}
DATASET_OF_KIND: dict[str, str] = {s.kind: s.dataset for s in RECORD_SPECS if s.dataset is not None}

# Understanding -> dict[dataset name, list of records]
TEXT_EXTRACTORS: list[Callable[[Any], dict[str, list[Any]]]] = [
    extract_listed_trainings,
    extract_listed_courses,
    extract_listed_partnerships,
    extract_service_sheets,
    extract_listed_services,
    extract_listed_subsidies,
    extract_subsidy_conventions,
    extract_stated_totals,
]
