"""Run ``annotator ARGS`` in this process, then write its peak resident memory (MB) to REPORT.

Usage: python run_measured.py REPORT ARGS...  (used by the hostile-file tests)

The peak is ``VmHWM`` from ``/proc/self/status``: on Linux ``ru_maxrss`` survives
``exec``, so a child started by a big test process would report the parent's peak.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from annotator.cli import main


def peak_mb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    return peak // (1024 * 1024) if sys.platform == "darwin" else peak // 1024


if __name__ == "__main__":
    try:
        main(sys.argv[2:])
    finally:
        Path(sys.argv[1]).write_text(str(peak_mb()))
