import sys

from pipeline.pool import prestart_for

prestart_for(sys.argv[1:])  # a run's worker server starts loading before the CLI is imported (pipeline.pool)

from pipeline.cli import run_cli  # noqa: E402

run_cli()
