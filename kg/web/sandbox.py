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
import ipaddress
import os
import platform
import resource
import socket
import struct
import threading
import time
from urllib.parse import urlsplit

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
                 connect: int, sendto: int, sendmsg: int, sendmmsg: int,
                 foreign_bit: int | None = None):
        self.audit, self.seccomp, self.socket = audit, seccomp, socket
        self.io_uring, self.foreign_bit = io_uring, foreign_bit
        self.connect, self.sendto, self.sendmsg, self.sendmmsg = (connect, sendto, sendmsg,
                                                                  sendmmsg)


#: System call numbers per machine (from the kernel's syscall tables).
_ARCHES = {
    "x86_64": _Arch(0xC000003E, 317, 41, (425, 426, 427), connect=42, sendto=44,
                    sendmsg=46, sendmmsg=307, foreign_bit=0x40000000),
    "aarch64": _Arch(0xC00000B7, 277, 198, (425, 426, 427), connect=203, sendto=206,
                     sendmsg=211, sendmmsg=269),
}
_RET_USER_NOTIF = 0x7FC00000
_SECCOMP_FILTER_FLAG_NEW_LISTENER = 8
_AF_INET, _AF_INET6 = 2, 10


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


def _install(program: bytes, arch: _Arch, flags: int) -> int:
    """Install a BPF program; returns seccomp's result (a listener fd with
    NEW_LISTENER), raises OSError."""
    libc = _libc()
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl(NO_NEW_PRIVS): "
                                          f"{os.strerror(ctypes.get_errno())}")
    rc = libc.syscall(arch.seccomp, _SECCOMP_SET_MODE_FILTER, flags, ctypes.byref(fprog))
    if rc < 0:
        raise OSError(ctypes.get_errno(), f"seccomp: {os.strerror(ctypes.get_errno())}")
    return rc


def _seccomp() -> str | None:
    """Install the filter; None on success, else why not."""
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        return f"no seccomp filter for {platform.machine()}"
    try:
        _install(_filter(arch), arch, _SECCOMP_FILTER_FLAG_TSYNC)
    except OSError as err:
        return err.strerror or str(err)
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


# -- only some targets: seccomp user notification ---------------------------------------
def _notify_filter(arch: _Arch) -> bytes:
    """connect() and sendmsg() go to a supervisor (which reads the address they carry);
    sendto() with an address and sendmmsg() are refused; sockets only for AF_UNIX, INET,
    INET6."""
    deny = _RET_ERRNO | errno.EACCES
    nosys = _RET_ERRNO | errno.ENOSYS
    prog: list[tuple[int, int, int, int]] = []

    def op(code: int, jt: int, jf: int, k: int) -> None:
        prog.append((code, jt, jf, k))

    op(_LD_W_ABS, 0, 0, 4)
    op(_JEQ_K, 1, 0, arch.audit)
    op(_RET_K, 0, 0, deny)
    op(_LD_W_ABS, 0, 0, 0)
    if arch.foreign_bit is not None:
        op(_JGE_K, 0, 1, arch.foreign_bit)
        op(_RET_K, 0, 0, deny)
    for number in arch.io_uring + (arch.sendmmsg,):
        op(_JEQ_K, 0, 1, number)
        op(_RET_K, 0, 0, nosys)  # glibc's resolver falls back to send() on ENOSYS
    for number in (arch.connect, arch.sendmsg):
        op(_JEQ_K, 0, 1, number)
        op(_RET_K, 0, 0, _RET_USER_NOTIF)
    op(_JEQ_K, 0, 6, arch.sendto)                # not sendto(): on to socket()
    op(_LD_W_ABS, 0, 0, 16 + 8 * 4)              # args[4] (its address), low half
    op(_JEQ_K, 0, 3, 0)                          # not NULL: refused
    op(_LD_W_ABS, 0, 0, 16 + 8 * 4 + 4)          # high half
    op(_JEQ_K, 0, 1, 0)
    op(_RET_K, 0, 0, _RET_ALLOW)                 # sendto(fd, buf, len, flags, NULL, 0)
    op(_RET_K, 0, 0, deny)
    # socket(): family in {AF_UNIX, AF_INET, AF_INET6}
    op(_JEQ_K, 1, 0, arch.socket)
    op(_RET_K, 0, 0, _RET_ALLOW)
    op(_LD_W_ABS, 0, 0, 16)
    for family in (_AF_UNIX, _AF_INET, _AF_INET6):
        op(_JEQ_K, 0, 1, family)
        op(_RET_K, 0, 0, _RET_ALLOW)
    op(_RET_K, 0, 0, deny)
    return b"".join(struct.pack("=HBBI", *ins) for ins in prog)


class _Notif(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint64), ("pid", ctypes.c_uint32), ("flags", ctypes.c_uint32),
                ("nr", ctypes.c_int32), ("arch", ctypes.c_uint32), ("ip", ctypes.c_uint64),
                ("args", ctypes.c_uint64 * 6)]


class _Resp(ctypes.Structure):
    _fields_ = [("id", ctypes.c_uint64), ("val", ctypes.c_int64), ("error", ctypes.c_int32),
                ("flags", ctypes.c_uint32)]


_NOTIF_RECV = 0xC0502100
_NOTIF_SEND = 0xC0182101
_NOTIF_ID_VALID = 0x40082102
_USER_NOTIF_FLAG_CONTINUE = 1


def _address(data: bytes) -> tuple[str, int] | None:
    """(ip, port) of a sockaddr_in / sockaddr_in6 (IPv4-mapped IPv6 as IPv4)."""
    if len(data) < 2:
        return None
    family = int.from_bytes(data[:2], "little")
    if family == _AF_INET and len(data) >= 8:
        return str(ipaddress.IPv4Address(data[4:8])), int.from_bytes(data[2:4], "big")
    if family == _AF_INET6 and len(data) >= 24:
        ip = ipaddress.IPv6Address(data[8:24])
        mapped = ip.ipv4_mapped
        return str(mapped or ip), int.from_bytes(data[2:4], "big")
    return None


def resolve_targets(iris) -> frozenset[tuple[str, int]]:
    """The (ip, port) pairs the given http(s) IRIs reach, and the DNS servers they need
    (port 53) when one names a host rather than an address."""
    targets: set[tuple[str, int]] = set()
    needs_dns = False
    for iri in iris:
        parts = urlsplit(iri)
        host = parts.hostname or ""
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower(), 0)
        try:
            targets.add((str(ipaddress.ip_address(host)), port))
            continue
        except ValueError:
            needs_dns = True
        try:
            for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
                address = ipaddress.ip_address(info[4][0])
                mapped = getattr(address, "ipv4_mapped", None)
                targets.add((str(mapped or address), port))
        except OSError:
            pass  # unresolvable now: no address allowed for it
    if needs_dns:
        try:
            with open("/etc/resolv.conf", encoding="utf-8") as conf:
                for line in conf:
                    fields = line.split()
                    if len(fields) >= 2 and fields[0] == "nameserver":
                        targets.add((fields[1], 53))
        except OSError:
            pass
    return frozenset(targets)


def confine_to(targets: frozenset[tuple[str, int]]) -> str:
    """Network only to ``targets`` ((ip, port) pairs) for this process and its children:
    every connect() is shown to a supervisor thread here, which reads the address from
    the calling process's memory and lets it go on only when it is allowed. Raises
    :class:`Unconfined` when the kernel has no user notification."""
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        raise Unconfined(f"no seccomp filter for {platform.machine()}")
    try:
        listener = _install(_notify_filter(arch), arch, _SECCOMP_FILTER_FLAG_NEW_LISTENER)
    except OSError as err:
        raise Unconfined(f"seccomp user notification: {err.strerror or err}") from None
    threading.Thread(target=_supervise, args=(listener, arch, targets), daemon=True,
                     name="kg-net-supervisor").start()
    return "seccomp (allowlisted targets only)"


def _supervise(listener: int, arch: _Arch, targets: frozenset[tuple[str, int]]) -> None:
    """Answer connect() notifications until the listener goes away."""
    libc = _libc()
    while True:
        notif = _Notif()
        if libc.ioctl(listener, _NOTIF_RECV, ctypes.byref(notif)) != 0:
            if ctypes.get_errno() in (errno.EINTR, errno.ENOENT):
                continue
            return
        allowed = False
        if notif.nr in (arch.connect, arch.sendmsg):
            try:
                with open(f"/proc/{notif.pid}/mem", "rb", buffering=0) as mem:
                    if notif.nr == arch.connect:
                        address, size = notif.args[1], int(notif.args[2])
                    else:  # struct msghdr: msg_name, msg_namelen first
                        mem.seek(notif.args[1])
                        address, size = struct.unpack("=QI", mem.read(12))
                    if address == 0 and notif.nr == arch.sendmsg:
                        allowed = True  # on a connected socket: goes where connect() said
                    else:
                        mem.seek(address)
                        allowed = _address(mem.read(min(size, 128))) in targets
            except (OSError, ValueError, OverflowError, struct.error):
                allowed = False
            # the address was read from memory the caller could still change: only act
            # if the notification is still pending (the caller is blocked in connect)
            valid = ctypes.c_uint64(notif.id)
            if libc.ioctl(listener, _NOTIF_ID_VALID, ctypes.byref(valid)) != 0:
                continue
        response = _Resp(notif.id, 0, 0 if allowed else -errno.EACCES,
                         _USER_NOTIF_FLAG_CONTINUE if allowed else 0)
        if not allowed:
            response.val = -1
        libc.ioctl(listener, _NOTIF_SEND, ctypes.byref(response))


def network_is_blocked() -> bool:
    """True when this process cannot create an IPv4 socket (for self-checks and tests)."""
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
