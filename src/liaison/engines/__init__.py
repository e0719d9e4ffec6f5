"""Build engines other than the local one (``liaison.pipeline``): wiring, like the pipeline.

An engine runs ingest validation, normalisation and extraction somewhere else (a Spark cluster,
say) and hands the extractions back to the pipeline's bookkeeping, so counting, ordering and the
global resolution step are identical whichever engine ran. Engines import their heavy
dependencies lazily: ``liaison.engines.spark`` needs the ``liaison[spark]`` extra.

Every process that extracts imports this package first (the fork server, its workers, a build in one
process): regular expressions are compiled through liaison's cache from then on (``kb.compiled``).
"""

from liaison.kb import compiled

compiled.install()

ENGINES = ("local", "spark")

__all__ = ["ENGINES"]
