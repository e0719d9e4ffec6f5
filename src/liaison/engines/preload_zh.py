"""Imported once by the local engine's fork server instead of ``preload`` when the input's first part is all
Chinese (``local.chinese_head``): the Chinese sample alone is extracted before the workers fork. The Chinese
extractor never loads the Latin-script extractors (not one of their modules on the 20k CCTV file), so the other
samples (0.5 s of CPU before any worker can start) bought such an input nothing; a later item in another language
loads its tables in the worker that reads it, as a build in one process does: the same extraction."""

from __future__ import annotations

from liaison.engines.warm import warm_up

warm_up(("zh",))
