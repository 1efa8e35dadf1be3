"""What every verb of the CLI shares, so they all have one shape (in the manner of sqlite-utils):

* the data folder is given the same way to every verb that reads or writes it: ``--data DIR`` (default
  ``data/processed``); the older spellings (``run --out DIR``, a positional ``DIR`` for status, report, prune,
  validate and export) still work and say once on stderr that they are deprecated;
* a mistyped verb, option or choice is answered with "did you mean …" (exit code 2, one line on stderr);
* ``--json`` output writes numbers as JSON numbers (money is an exact decimal in the files: a number here, not a
  string), dates and times as ISO 8601 strings.

Kept free of heavy imports: ``pipeline --help`` and a usage error load neither pyarrow nor duckdb.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

EXIT_USAGE = 2  # every verb: a usage error (one line on stderr)
LOCK_NAME = ".lock"  # a data folder's lock file (pipeline.cli takes it for the verbs that write)
DEFAULT_DATA = "data/processed"
DATA_HELP = f"the datasets folder `pipeline run` writes and the other verbs read (default: {DEFAULT_DATA})"
# how close a mistyped word must be to a known one to be suggested (difflib's ratio)
SUGGEST_CUTOFF = 0.6

_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<word>[^']*)' \(choose from (?P<choices>.*)\)")


def did_you_mean(word: str, known: Sequence[str]) -> str | None:
    """The known word closest to ``word`` ('rn' → 'run', '--wrkers' → '--workers'), or None."""
    hits = difflib.get_close_matches(word, list(known), n=1, cutoff=SUGGEST_CUTOFF)
    return hits[0] if hits else None


class Parser(argparse.ArgumentParser):
    """argparse, with "did you mean …" added to an invalid choice (a verb, a --format value)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        m = _INVALID_CHOICE.search(message)
        if m:
            choices = re.findall(r"'([^']*)'", m.group("choices"))
            hint = did_you_mean(m.group("word"), choices)
            if hint:
                message = f"{message}; did you mean '{hint}'?"
        super().error(message)


def option_strings(parser: argparse.ArgumentParser) -> list[str]:
    return [s for action in parser._actions for s in action.option_strings if s.startswith("--")]


def unknown_arguments_message(extras: list[str], parser: argparse.ArgumentParser) -> str:
    """'unrecognized arguments: --wrkers 2; did you mean --workers?' for the options ``parser`` does not know."""
    message = f"unrecognized arguments: {' '.join(extras)}"
    known = option_strings(parser)
    hints = [hint for arg in extras if arg.startswith("--")
             for hint in [did_you_mean(arg.split("=", 1)[0], known)] if hint]
    if hints:
        message += "; did you mean " + " or ".join(dict.fromkeys(hints)) + "?"
    return message


class VersionAction(argparse.Action):
    """``--version``: the pipeline's version and the datasets contract it writes (pipeline.schema is imported
    only when asked: it loads pyarrow)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "print the pipeline's version and the datasets contract it writes, and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from pipeline.schema import CONTRACT_VERSION, PIPELINE_VERSION

        print(f"pipeline {PIPELINE_VERSION} (datasets contract {CONTRACT_VERSION})")
        parser.exit()


# ------------------------------------------------------------------------------------------ the data folder

def add_data_option(parser: argparse.ArgumentParser, legacy_positional: bool = True,
                    legacy_out: bool = False) -> None:
    """``--data DIR`` on a verb; ``legacy_positional``: the older positional DIR still accepted (hidden);
    ``legacy_out``: the older ``--out DIR`` of `pipeline run` still accepted (hidden)."""
    parser.add_argument("--data", metavar="DIR", help=DATA_HELP)
    if legacy_positional:
        parser.add_argument("legacy_data", nargs="?", metavar="DIR", help=argparse.SUPPRESS)
    if legacy_out:
        parser.add_argument("--out", dest="legacy_data", metavar="DIR", help=argparse.SUPPRESS)


def data_folder(args: argparse.Namespace, old_spelling: str = "DIR") -> tuple[Path | None, str | None]:
    """(the data folder the verb was given, None) or (None, the usage error). An older spelling is accepted
    with a deprecation note on stderr."""
    new, old = getattr(args, "data", None), getattr(args, "legacy_data", None)
    if old is not None:
        if new is not None and Path(new) != Path(old):
            return None, f"the data folder was given twice ({old_spelling} {old}, --data {new}): give --data only"
        print(f"note: `pipeline {args.command} {old_spelling}` is deprecated; write "
              f"`pipeline {args.command} --data {old}`", file=sys.stderr)
        return Path(old), None
    return Path(new if new is not None else DEFAULT_DATA), None


# ------------------------------------------------------------------------------------------ JSON output

def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        # an exact decimal (money, 2 places) as a JSON number: an integer when it is one
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Path, set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else (
            str(value) if isinstance(value, Path) else list(value))
    if hasattr(value, "tolist"):  # numpy scalars and arrays (from DuckDB / pyarrow results)
        return value.tolist()
    return str(value)


def to_json(data: Any, indent: int | None = 1) -> str:
    """``data`` as JSON: numbers as numbers, times as ISO 8601, never a number written as a string."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=_json_value)


def usage_error(message: str) -> int:
    """Say a usage error on stderr (one line); the exit code of one."""
    print(f"error: {message}", file=sys.stderr)
    return EXIT_USAGE


def not_output_folder(data: Path) -> str | None:
    """Why ``data`` is not a folder `pipeline run` wrote (no manifest), or None."""
    from pipeline.manifest import MANIFEST_NAME

    if not data.exists():
        return f"{data} not found (give the folder `pipeline run --data` wrote)"
    if not data.is_dir():
        return f"{data} is a file, not an output folder"
    if (data / MANIFEST_NAME).is_file():
        return None
    from pipeline.schema import SCHEMAS
    from pipeline.writers import PARTITION_KEY

    if any(next((data / name).glob(f"{PARTITION_KEY}=*"), None) is not None for name in SCHEMAS):
        return None  # the first run was stopped before its first manifest entry: still its output folder
    return f"{data} is not an output folder of `pipeline run` (no {MANIFEST_NAME}, no dataset folders)"
