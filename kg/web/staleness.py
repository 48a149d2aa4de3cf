"""When has the store changed? A forked worker sees the store as it was at its fork, so
the pool must know, before every query, whether a write happened since.

Writes made through the endpoint are counted. Writes from other processes (``kg build``
going through the store's owner) show in the store directory: RocksDB appends every
committed write to its ``.log`` file, and flushes or compactions add ``.sst`` files and
append to the ``MANIFEST``. The directory is watched with inotify, so the check before a
query is one non-blocking read; without inotify it falls back to a scan of the
directory (sizes and times of those files).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import threading
from pathlib import Path

_IN_NONBLOCK = os.O_NONBLOCK
_IN_CLOEXEC = os.O_CLOEXEC
_IN_MODIFY, _IN_MOVED_FROM, _IN_MOVED_TO = 0x2, 0x40, 0x80
_IN_CREATE, _IN_DELETE, _IN_Q_OVERFLOW = 0x100, 0x200, 0x4000
_EVENT = struct.Struct("iIII")


def _relevant(name: str) -> bool:
    return (name.endswith((".log", ".blob", ".sst"))
            or name.startswith(("MANIFEST-", "CURRENT")))


def directory_signature(path: Path) -> tuple:
    """Changes whenever RocksDB commits a write or rewrites its files (the fallback)."""
    parts = []
    for entry in os.scandir(path):
        name = entry.name
        if name.endswith((".log", ".blob")) or name.startswith(("MANIFEST-", "CURRENT")):
            try:
                st = entry.stat()
            except FileNotFoundError:  # removed while we looked: a change all the same
                parts.append((name, -1, -1))
                continue
            parts.append((name, st.st_size, st.st_mtime_ns))
        elif name.endswith(".sst"):  # immutable once written
            parts.append((name, 0, 0))
    return tuple(sorted(parts))


class StoreWatch:
    """``signature()`` moves whenever the store may have changed since the last call."""

    def __init__(self, path: Path | None):
        self.path = path
        self._writes = 0
        self._changes = 0
        self._lock = threading.Lock()
        self._fd = self._watch(path) if path is not None else None

    @staticmethod
    def _watch(path: Path) -> int | None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
            fd = libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
            if fd < 0:
                return None
            mask = _IN_MODIFY | _IN_CREATE | _IN_DELETE | _IN_MOVED_FROM | _IN_MOVED_TO
            if libc.inotify_add_watch(fd, os.fsencode(path), mask) < 0:
                os.close(fd)
                return None
            return fd
        except (OSError, AttributeError):
            return None

    @property
    def watching(self) -> bool:
        return self._fd is not None

    def note_write(self) -> None:
        """A write made through this process: workers forked before it are stale."""
        with self._lock:
            self._writes += 1

    def signature(self) -> tuple:
        if self.path is None:
            return (self._writes,)
        if self._fd is None:
            return (self._writes, directory_signature(self.path))
        with self._lock:
            self._drain()
            return (self._writes, self._changes)

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return
            offset = 0
            while offset + _EVENT.size <= len(data):
                _wd, mask, _cookie, size = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size:offset + _EVENT.size + size]
                offset += _EVENT.size + size
                if mask & _IN_Q_OVERFLOW or _relevant(name.rstrip(b"\0").decode(
                        "utf-8", "replace")):
                    self._changes += 1

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
