"""What the ``liaison`` command imports before any subcommand runs: not the web stack (FastAPI, pydantic's
models of it), which only ``liaison serve``'s app needs; a build, an export or a query start without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_command_loads_no_web_stack() -> None:
    code = "import sys\nimport liaison.cli.main\nprint(sorted(m for m in ('fastapi', 'starlette') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_serve_still_makes_its_app_factory_importable() -> None:
    """(The factory uvicorn imports by name, ``liaison.cli.serve_cmd:app_from_env``, imports FastAPI itself.)"""
    code = ("import sys\nfrom liaison.cli.serve_cmd import app_from_env\nfrom liaison.serve import create_app\n"
            "print('fastapi' in sys.modules, callable(app_from_env))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
