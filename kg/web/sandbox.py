"""The second wall: processes that evaluate SPARQL cannot open network connections.

pyoxigraph's SERVICE and LOAD use its own (Rust) HTTP client, so patching Python's
socket module would not stop them. Instead a worker process, right after it is forked,
asks the kernel to refuse it new network sockets:

1. a seccomp filter (raw BPF installed with ``seccomp(2)`` through ctypes, no
   libseccomp needed) makes ``socket()`` fail with EACCES for every address family but
   AF_UNIX, refuses io_uring (which can open sockets without the ``socket`` system
   call) and any system call made through another ABI (i386 or x32 entry points);
2. where the kernel has no seccomp, ``unshare(CLONE_NEWNET)`` (with ``CLONE_NEWUSER``
   when not privileged) moves the process into an empty network namespace;
3. where both are refused, the process runs unconfined and :func:`confine_network`
   says why; the endpoint reports it at start-up and the parsed-query policy is then
   the only wall.

Sockets the process already holds are not affected: workers replace every inherited
socket by /dev/null first (see :mod:`kg.web.worker`).

Also here: resource limits for a worker, and malloc tuning for the front process.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import platform
import resource
import struct

# -- seccomp ------------------------------------------------------------------------
_PR_SET_NO_NEW_PRIVS = 38
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE_K = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K
_AF_UNIX = 1


class _Arch:
    def __init__(self, audit: int, seccomp: int, socket: int, io_uring: tuple[int, ...],
                 foreign_bit: int | None = None):
        self.audit, self.seccomp, self.socket = audit, seccomp, socket
        self.io_uring, self.foreign_bit = io_uring, foreign_bit


#: System call numbers per machine (from the kernel's syscall tables).
_ARCHES = {
    "x86_64": _Arch(0xC000003E, 317, 41, (425, 426, 427), foreign_bit=0x40000000),
    "aarch64": _Arch(0xC00000B7, 277, 198, (425, 426, 427)),
}


class Unconfined(RuntimeError):
    """The kernel refused every way of taking the network away from this process."""


def _filter(arch: _Arch) -> bytes:
    """The BPF program: socket(AF_UNIX) and everything else allowed, other sockets,
    io_uring and foreign ABIs refused."""
    deny = _RET_ERRNO | errno.EACCES
    nosys = _RET_ERRNO | errno.ENOSYS
    prog: list[tuple[int, int, int, int]] = []

    def op(code: int, jt: int, jf: int, k: int) -> None:
        prog.append((code, jt, jf, k))

    op(_LD_W_ABS, 0, 0, 4)                       # 0: seccomp_data.arch
    op(_JEQ_K, 1, 0, arch.audit)                 # 1: native ABI? skip the deny
    op(_RET_K, 0, 0, deny)                       # 2: i386 on x86_64 and the like
    op(_LD_W_ABS, 0, 0, 0)                       # 3: seccomp_data.nr
    if arch.foreign_bit is not None:
        op(_JGE_K, 0, 1, arch.foreign_bit)       # x32 system calls carry this bit
        op(_RET_K, 0, 0, deny)
    for number in arch.io_uring:
        op(_JEQ_K, 0, 1, number)
        op(_RET_K, 0, 0, nosys)
    op(_JEQ_K, 1, 0, arch.socket)                # socket()? check its family
    op(_RET_K, 0, 0, _RET_ALLOW)
    op(_LD_W_ABS, 0, 0, 16)                      # args[0] (low half on little endian)
    op(_JEQ_K, 0, 1, _AF_UNIX)
    op(_RET_K, 0, 0, _RET_ALLOW)
    op(_RET_K, 0, 0, deny)
    return b"".join(struct.pack("=HBBI", *ins) for ins in prog)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _seccomp() -> str | None:
    """Install the filter; None on success, else why not."""
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        return f"no seccomp filter for {platform.machine()}"
    libc = _libc()
    program = _filter(arch)
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return f"prctl(NO_NEW_PRIVS): {os.strerror(ctypes.get_errno())}"
    rc = libc.syscall(arch.seccomp, _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC,
                      ctypes.byref(fprog))
    if rc != 0:
        return f"seccomp: {os.strerror(ctypes.get_errno())}"
    return None


_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def _unshare_network() -> str | None:
    libc = _libc()
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return None
    return f"unshare(CLONE_NEWNET): {os.strerror(ctypes.get_errno())}"


def confine_network() -> str:
    """Take the network away from this (single-threaded, just forked) process.

    Returns the mechanism used ("seccomp" or "netns"); raises :class:`Unconfined` with
    the kernel's reasons when neither works.
    """
    why = _seccomp()
    if why is None:
        return "seccomp"
    why_not_netns = _unshare_network()
    if why_not_netns is None:
        return "netns"
    raise Unconfined(f"{why}; {why_not_netns}")


def network_is_blocked() -> bool:
    """True when this process cannot create an IPv4 socket (for self-checks and tests)."""
    import socket

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM):
            pass
    except OSError:
        return True
    return False


# -- resource limits ----------------------------------------------------------------
def _data_size() -> int:
    """Bytes of this process's data segment (what RLIMIT_DATA counts)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def limit_memory(budget: int | None) -> None:
    """Let this process allocate at most ``budget`` more bytes of private memory.

    RLIMIT_DATA counts private writable mappings (heap and anonymous mmap), not the
    shared libraries or the store's files, so the limit is what the process has now plus
    the budget. An allocation beyond it fails: Python raises MemoryError, Rust aborts.
    """
    if budget is None:
        return
    limit = _data_size() + budget
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def limit_cpu(seconds: float | None) -> None:
    """SIGXCPU (which ends the process) after ``seconds`` more of CPU time.

    Only the soft limit moves, so a long-lived worker can set it again before each
    query: the limit counts the process's whole life.
    """
    if seconds is None:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


class CpuLimit:
    """A worker's per-job CPU limit without two system calls per job: the soft limit is
    moved to (used + 2 x budget) only when less than one budget is left, so each job may
    use between one and two budgets of CPU time before SIGXCPU ends the process."""

    def __init__(self) -> None:
        self.soft: float | None = None
        self.budget: float | None = None

    def allow(self, seconds: float | None) -> None:
        if seconds is None:
            return
        import time

        used = time.process_time()
        if self.soft is None or self.budget != seconds or self.soft - used < seconds:
            limit_cpu(2 * seconds)
            self.soft, self.budget = used + 2 * seconds, seconds


# -- memory of the front process ----------------------------------------------------
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def tune_malloc(mmap_threshold: int = 256 * 1024) -> None:
    """Large buffers (result bodies) in their own mappings, returned to the system when
    freed: glibc otherwise raises its mmap threshold after the first large free and
    keeps later bodies on a heap it rarely shrinks."""
    try:
        libc = _libc()
        libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold)
        libc.mallopt(_M_TRIM_THRESHOLD, 2 * mmap_threshold)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to tune


def trim_malloc() -> None:
    """Give freed heap memory back to the system (after sending a large response)."""
    try:
        _libc().malloc_trim(0)
    except (OSError, AttributeError):
        pass
