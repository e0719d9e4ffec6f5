"""Run a few lines in a fresh interpreter with this checkout's ``src`` on the path: what an import loads is
seen only in a process that has loaded nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def fresh_output(code: str) -> str:
    """What ``code`` prints, run by a new interpreter (an error fails the calling test)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
