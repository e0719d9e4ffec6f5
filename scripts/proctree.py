"""Memory of a whole process tree, read from /proc (Linux): the benchmark and the soak share it.

``tree_rss`` sums resident memory, counting a page shared by several processes (a forked worker's
copy-on-write pages, shared libraries) once per process; ``tree_memory`` also sums proportional
memory (PSS: a shared page split among its sharers), which is what the tree occupies.
"""

from __future__ import annotations

import os
from collections import defaultdict


def tree_rss(root: int) -> int:
    """Summed resident memory (bytes) of ``root`` and all its descendants."""
    return tree_memory(root, proportional=False)[0]


def tree_memory(root: int, *, proportional: bool = True) -> tuple[int, int]:
    """(summed RSS, summed PSS) in bytes of ``root`` and all its descendants (PSS 0 unless asked)."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    children[int(fh.read().rsplit(")", 1)[1].split()[1])].append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    rss, pss, stack, page = 0, 0, [root], os.sysconf("SC_PAGE_SIZE")
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm", encoding="utf-8") as fh:
                rss += int(fh.read().split()[1]) * page
            if proportional:
                pss += _pss(pid)
        except OSError:
            pass
        stack.extend(children.get(pid, ()))
    return rss, pss


def _pss(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    return 0
