"""Files that survive a kill or a power loss: written whole under a temporary name, fsynced, renamed into place,
the rename made durable by an fsync of the folder. No Arrow here: the CLI's light verbs import this module.

Temporary names start with :data:`TMP_PREFIX`, so the next run removes what a kill left behind
(:func:`pipeline.writers.clean_leftovers`).
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

TMP_PREFIX = ".tmp-"


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (power loss); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temporary_name(path: Path) -> Path:
    """A hidden name beside ``path`` no other writer uses (two processes never share a temporary file)."""
    return path.parent / f"{TMP_PREFIX}{path.name}.{uuid.uuid4().hex}"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``: a reader sees the old file or the new one, never part of one, and once
    this returns the new one is on disk."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(path)
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_dir(path.parent)


def append_durably(path: Path, data: bytes) -> int:
    """Append ``data`` to ``path`` in one write and fsync it (the folder too when the file is new). A failed write
    (a full disk) is cut off again, so the file never ends in part of a record. Returns the bytes appended."""
    path = Path(path)
    new = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        start = os.fstat(fd).st_size
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except OSError:
            try:
                os.ftruncate(fd, start)
            except OSError:
                pass
            raise
    finally:
        os.close(fd)
    if new:
        fsync_dir(path.parent)
    return len(data)
