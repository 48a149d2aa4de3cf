"""Run an iterator ahead of its consumer in a thread of its own.

A build worker parses the next batch of articles while it extracts this one: spaCy's
matrix products and its parser's transitions release the GIL (``with nogil`` in
cython-blis and spaCy's parser), so on a second core they overlap the extraction, which
is Python. The consumer sees the items, and any exception, in order.
"""
from __future__ import annotations

import queue
import threading
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

_DONE = object()


class _Raised:
    """An exception of the producer, carried to the consumer."""

    def __init__(self, error: BaseException):
        self.error = error


def read_ahead(items: Iterable[T], depth: int = 1, name: str = "kg-read-ahead") -> Iterator[T]:
    """``items`` in order, produced by a thread that runs at most ``depth`` items (and
    the one it is making) ahead. Closing the generator stops the thread at its next
    item; an exception of ``items`` is raised here, where the consumer reaches it."""
    ready: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():  # a consumer that went away must not hold the thread
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as error:  # noqa: BLE001 - handed to the consumer
            put(_Raised(error))
            return
        put(_DONE)

    thread = threading.Thread(target=produce, name=name, daemon=True)
    thread.start()
    try:
        while (item := ready.get()) is not _DONE:
            if isinstance(item, _Raised):
                raise item.error
            yield item
    finally:
        # No join: the producer may be waiting on ``items`` (a worker's inbox); it ends
        # at its next item, a daemon meanwhile.
        stop.set()
