"""Imported once by the local engine's fork server: everything the workers need, loaded before they fork
(``warm.warm_up``: a sample of every language extracted)."""

from __future__ import annotations

from liaison.engines.warm import warm_up

warm_up()
