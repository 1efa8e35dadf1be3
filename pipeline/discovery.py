"""Finding the inputs: every file under the paths a user gives, each with its full location.

Nothing the user gave vanishes without a word: a file in a supported format is a document to read; a file in
another format (``.xlsx``, ``.rtf``, images…) is listed as ``unsupported``; a broken symbolic link and a
symbolic-link loop are listed too (``dangling`` / ``loop``), so each gets a ``documents`` row. Symbolic links
to folders are followed, once per real folder (a link back to an ancestor is a loop, reported, not walked
forever). Hidden files and folders (name starting with ``.``) are skipped on purpose, and so is the run's own
output folder when it lies inside an input (its Parquet and JSON files would be listed as unsupported inputs, more
of them every night).

A file name that is not UTF-8 (written by a system with another encoding: a Windows archive, an old Samba share)
is read like any other; its locations and relative path are text with each undecodable byte written ``\\xNN``
(:func:`shown`), since every place they go (Parquet, JSON, the log) holds UTF-8 only; :func:`real_path` gives the
file back from such a location.

The supported formats come from :data:`extractors.readers.SUPPORTED_SUFFIXES` (read at call time, so a reader
added there is picked up without a change here).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

FILE, UNSUPPORTED, DANGLING, LOOP, UNREADABLE = "file", "unsupported", "dangling", "loop", "unreadable"


@dataclass(frozen=True)
class Found:
    path: Path  # as reached from the input (symbolic links not resolved)
    source_path: str  # relative to the input root it was found under (the file's name for a file given directly)
    uri: str  # absolute location: what identifies the place a document was found
    kind: str  # file | unsupported | dangling | loop | unreadable
    detail: str = ""  # for the non-files: what is wrong, in words

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


def shown(text: str) -> str:
    """``text`` (a path as the system gave it) as valid UTF-8: bytes of a name that is not UTF-8, which Python
    keeps as lone surrogates, written ``\\xNN``. UTF-8 names are unchanged."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_ESCAPED_BYTE = re.compile(rb"\\x([0-9a-f]{2})")


def real_path(text: str) -> Path:
    """The file a location written by :func:`shown` names (the ``\\xNN`` of a name that is not UTF-8 turned
    back into its bytes)."""
    if "\\x" not in text:
        return Path(text)
    return Path(os.fsdecode(_ESCAPED_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))))


def location(path: Path) -> str:
    """The absolute location of ``path`` (symbolic links kept: the place the user put the file), as UTF-8
    text (:func:`shown`)."""
    return shown(Path(os.path.abspath(path)).as_posix())


def supported_suffixes() -> frozenset[str]:
    from extractors import readers

    return frozenset(s.lower() for s in readers.SUPPORTED_SUFFIXES)


def _broken(path: Path, source: str) -> Found | None:
    """A symbolic link whose target cannot be reached: a loop or a dangling link (None if it is fine)."""
    try:
        os.stat(path)
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Found(path, source, location(path), LOOP, shown(f"symbolic link loop: {path} never reaches a file"))
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            target = os.readlink(path) if path.is_symlink() else "?"
            return Found(path, source, location(path), DANGLING, shown(f"broken symbolic link: {path} -> {target}"))
        return Found(path, source, location(path), UNREADABLE, shown(f"cannot read {path}: {exc.strerror or exc}"))


def _file_or_special(path: Path, source: str, kind: str) -> Found:
    """A regular file as ``kind``; anything else that is not a folder (a named pipe, a socket, a device) is listed
    as unreadable: reading a named pipe waits for a writer forever, so it is never opened."""
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        return Found(path, source, location(path), UNREADABLE, shown(f"cannot read {path}: {exc.strerror or exc}"))
    if not regular:
        return Found(path, source, location(path), UNREADABLE,
                     shown(f"{path} is not a regular file (a named pipe, socket or device): not read"))
    detail = "" if kind == FILE else f"format {path.suffix.lower() or '(no suffix)'} is not read"
    return Found(path, source, location(path), kind, detail)


def discover(paths: list[Path], skip: Iterable[Path] = ()) -> Iterator[Found]:
    """Every input under ``paths``, in a stable order (sorted by name within each folder); the folders ``skip``
    (the run's output folder) are not entered.

    A file given directly is read whatever its suffix (its format is sniffed); inside a folder the suffix
    decides. Raises FileNotFoundError for an input that does not exist at all."""
    suffixes = supported_suffixes()
    skipped = set()
    for folder in skip:
        try:
            st = os.stat(folder)
            skipped.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    for root in paths:
        root = Path(root)
        if root.is_symlink() or not root.is_dir():
            if not os.path.lexists(root):
                raise FileNotFoundError(f"input not found: {root}")
            broken = _broken(root, shown(root.name))
            if broken is not None:
                yield broken
                continue
            if not root.is_dir():
                yield _file_or_special(root, shown(root.name), FILE)
                continue
        yield from _walk(root, suffixes, skipped)


def _walk(root: Path, suffixes: frozenset[str], skipped: set[tuple[int, int]] = frozenset()) -> Iterator[Found]:
    def key(p: Path) -> tuple[int, int]:
        st = p.stat()
        return st.st_dev, st.st_ino

    ancestors: list[tuple[int, int]] = [key(root)]
    seen_dirs: set[tuple[int, int]] = {ancestors[0]} | set(skipped)
    if ancestors[0] in skipped:
        return

    def walk(folder: Path) -> Iterator[Found]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            rel = shown(folder.relative_to(root).as_posix())
            yield Found(folder, rel, location(folder), UNREADABLE, shown(f"cannot list {folder}: {exc.strerror or exc}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            rel = shown(path.relative_to(root).as_posix())
            if entry.is_symlink():
                broken = _broken(path, rel)
                if broken is not None:
                    if broken.kind == DANGLING or broken.kind == LOOP or path.suffix.lower() in suffixes:
                        yield broken
                    continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                k = key(path)
                if k in ancestors:
                    yield Found(path, rel, location(path), LOOP,
                                shown(f"symbolic link loop: {path} leads back to {os.path.realpath(path)}"))
                    continue
                if k in seen_dirs:  # a second link to a folder already read: its files are already listed
                    continue
                seen_dirs.add(k)
                ancestors.append(k)
                yield from walk(path)
                ancestors.pop()
            else:
                kind = FILE if path.suffix.lower() in suffixes else UNSUPPORTED
                yield _file_or_special(path, rel, kind)

    yield from walk(root)
