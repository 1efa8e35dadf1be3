"""Imported once by the fork server that starts worker processes (see pipeline.runner._context): loads and
warms the extraction code so that each worker, forked from it, starts in milliseconds."""
from pipeline.runner import warm_up

warm_up()
