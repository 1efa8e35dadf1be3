"""Imported once by the fork server that starts worker processes (see :mod:`pipeline.pool`): loads and warms the
extraction code so that each worker, forked from it, starts in milliseconds. The server is started before the
main process has finished starting itself; it dies with it, even while still loading here.

The cyclic garbage collector is off while loading (imports and the warm-up create hundreds of thousands of
objects and little garbage: each collection would scan them all again, ~20 % of the load's CPU time), then
everything loaded is frozen (``gc.freeze``): a worker's collections never scan the preloaded objects, so they
cost less and do not write to (and so copy) the pages the worker shares with the server and its siblings.

The regular expressions the load compiles (~0.1–0.15 s of it) are built from the opcodes kept by the last run
(:mod:`pipeline.regex_cache`), the parsed SIRUTA list is read from its cache (:mod:`normalizers.reference`)."""
import gc

from pipeline.pool import die_with_parent

die_with_parent()
gc.disable()
try:
    from pipeline.regex_cache import remembered

    with remembered():  # the imports' and the warm-up's regular expressions: built from the last run's opcodes
        from pipeline.worker import warm_up  # noqa: E402  (after the death signal: this import takes seconds)

        warm_up()
    try:  # what every worker uses to cap its memory (pipeline.worker.worker_main): imported once, here
        import psutil  # noqa: F401
        import resource  # noqa: F401
    except ImportError:
        pass
finally:
    gc.enable()
    gc.freeze()
