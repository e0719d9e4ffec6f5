"""What the ``liaison`` command imports before any subcommand runs: not the web stack (FastAPI, pydantic's
models of it), which only ``liaison serve``'s app needs; a build, an export or a query start without it."""

from __future__ import annotations

from tests.fresh_python import fresh_output


def test_the_command_loads_no_web_stack() -> None:
    code = "import sys\nimport liaison.cli.main\nprint(sorted(m for m in ('fastapi', 'starlette') if m in sys.modules))"
    assert fresh_output(code).strip() == "[]"


def test_serve_still_makes_its_app_factory_importable() -> None:
    """(The factory uvicorn imports by name, ``liaison.cli.serve_cmd:app_from_env``, imports FastAPI itself.)"""
    code = ("import sys\nfrom liaison.cli.serve_cmd import app_from_env\nfrom liaison.serve import create_app\n"
            "print('fastapi' in sys.modules, callable(app_from_env))")
    assert fresh_output(code).split() == ["True", "True"]
