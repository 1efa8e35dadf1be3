"""Imported once by the fork server that starts worker processes (see :mod:`pipeline.pool`): loads and warms the
extraction code so that each worker, forked from it, starts in milliseconds. The server is started before the
main process has finished starting itself; it dies with it, even while still loading here."""
from pipeline.pool import die_with_parent

die_with_parent()

from pipeline.worker import warm_up  # noqa: E402  (after the death signal: this import takes seconds)

warm_up()
