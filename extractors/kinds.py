"""Every table kind the pipeline knows, as :class:`~extractors.understanding.spec.TableKindSpec` objects, in the
order classification weighs them. Classification (:mod:`extractors.classify`), the understanding stage and record
extraction all read these; a kind's vocabulary lives in its record module (indicator tables of reports: in
:mod:`extractors.prose.report_tables`)."""
from __future__ import annotations

from extractors.prose.report_tables import SPEC as INDICATORS_SPEC
from extractors.records import RECORD_SPECS
from extractors.understanding.spec import TableKindSpec

SPECS: tuple[TableKindSpec, ...] = RECORD_SPECS + (INDICATORS_SPEC,)
SPEC_OF_KIND: dict[str, TableKindSpec] = {s.kind: s for s in SPECS}
