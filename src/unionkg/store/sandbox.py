"""A process that cannot reach the network: a seccomp filter on ``socket()``.

SPARQL's ``SERVICE`` makes the engine fetch from the endpoint a query names. Checking the query
text first is one parser's opinion of what another parser will read (rdflib ends a comment at a
line feed, Oxigraph also at a carriage return), so the engine itself runs in a process where
the kernel refuses every socket but a local (``AF_UNIX``) one, and ``io_uring`` (which can make
sockets without the ``socket`` system call). Whatever text reaches Oxigraph there, it cannot
connect anywhere: the filter is installed once, before the store is opened, and it cannot be
lifted (``no_new_privs``; a filter holds for the process's threads and children).

The filter is a few lines of classic BPF over ``struct seccomp_data`` (no binding of libseccomp
is kept up on PyPI); it is built for Linux on x86-64 and AArch64, where :func:`forbid_network`
returns ``True``. Elsewhere it returns ``False`` and the caller says so.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct
import sys

__all__ = ["forbid_network", "network_filter"]

_ARCHES = {
    # machine: (AUDIT_ARCH_*, __NR_socket, __NR_io_uring_setup, __NR_seccomp)
    "x86_64": (0xC000003E, 41, 425, 317),
    "aarch64": (0xC00000B7, 198, 425, 277),
}
_LD_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06
_ALLOW, _DENY = 0x7FFF0000, 0x00050000 | errno.EACCES
_AF_UNIX = 1


def network_filter(machine: str) -> list[tuple[int, int, int, int]] | None:
    """The BPF program (``code, jt, jf, k`` rows) that refuses non-local sockets on ``machine``.

    >>> len(network_filter("x86_64"))
    10
    >>> network_filter("sparc") is None
    True
    """
    if machine not in _ARCHES:
        return None
    arch, nr_socket, nr_uring, _ = _ARCHES[machine]
    # rows: 0 load arch; 1 other arch -> deny; 2 load nr; 3 x32 numbers -> deny;
    # 4 io_uring_setup -> deny; 5 not socket -> allow; 6 load domain; 7 AF_UNIX -> allow;
    # 8 allow; 9 deny   (a jump counts the rows it skips)
    return [
        (_LD_ABS, 0, 0, 4),
        (_JEQ, 0, 7, arch),
        (_LD_ABS, 0, 0, 0),
        (_JGE, 5, 0, 0x40000000),
        (_JEQ, 4, 0, nr_uring),
        (_JEQ, 0, 2, nr_socket),
        (_LD_ABS, 0, 0, 16),
        (_JEQ, 0, 1, _AF_UNIX),
        (_RET, 0, 0, _ALLOW),
        (_RET, 0, 0, _DENY),
    ]


def forbid_network() -> bool:
    """From now on this process (all its threads, all its children) cannot open a network
    socket; ``False`` if this platform has no such filter here (nothing changed then).

    Irreversible: call it only in a process made for the purpose (a query worker, a CLI run).
    """
    program = network_filter(platform.machine()) if sys.platform == "linux" else None
    if program is None:
        return False
    nr_seccomp = _ARCHES[platform.machine()][3]
    rows = b"".join(struct.pack("HBBI", *row) for row in program)
    buffer = ctypes.create_string_buffer(rows, len(rows))

    class _Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _Program(len(program), ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    # seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC): every thread at once
    if libc.syscall(nr_seccomp, 1, 1, ctypes.byref(fprog)) != 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return True
