"""Versions and dataset names, without Arrow: what the worker side (:mod:`pipeline.worker`) needs of the contract.
:mod:`pipeline.schema` holds the Arrow schemas and checks that its datasets are these."""
from __future__ import annotations

CONTRACT_VERSION = "1.0"
PIPELINE_VERSION = "0.1.0"

# datasets written once per document, in the contract's order (institutions is written once per run)
PER_DOCUMENT = ["documents", "services", "procurements", "subsidies", "trainings", "activities", "partnerships",
                "totals", "indicators", "tables"]
