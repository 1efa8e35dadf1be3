"""Pages done while a document is read, told to whoever listens in this process.

A reader calls :func:`page_done` as each page of a long read (OCR) ends; the pipeline's worker process sets a
listener (:func:`listen`) that sends it to the main process, whose progress display shows pages done of the
document's pages. Nothing listens by default, and a listener that fails never stops the reading: progress is only
shown, it changes no result. Readers may call it from several threads (pages OCR'd in a thread pool).
"""
from __future__ import annotations

import threading
from typing import Callable

Listener = Callable[[int], None]  # called with the count of pages done so far in this process's document

_lock = threading.Lock()
_listener: Listener | None = None
_done = 0


def listen(listener: Listener | None) -> None:
    """Send every later :func:`page_done` to ``listener`` (None: to nobody); the count starts again at 0."""
    global _listener, _done
    with _lock:
        _listener, _done = listener, 0


def page_done() -> None:
    """One more page of the document was read (its 1-based count goes to the listener)."""
    global _done
    with _lock:
        if _listener is None:
            return
        _done += 1
        try:
            _listener(_done)
        except Exception:  # a closed channel, a display that failed: the reading goes on
            pass
