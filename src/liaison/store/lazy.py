"""Names of a package imported from its modules on first use (PEP 562), so that importing the package costs only what
is used: the processes that cluster and merge for a resolution never import DuckDB or Arrow."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_names(package: str, modules: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` giving each name of ``modules`` (name -> module of the package) from
    its module, imported when first asked and kept in ``namespace`` (the package's globals) from then on."""

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
