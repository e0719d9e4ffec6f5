"""A gold set's articles as the development scripts read them (``scripts/further_events.py``,
``missed_events.py``, ``missed_participants.py``, ``spurious_events.py``): the gold by document, the articles
it annotates (all, or one slice's), and, for ``--unknown-people``, a gazetteer that knows none of their people
while the context is open."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from liaison.eval.floors import find_shared
from liaison.eval.gold import GoldArticle, load_gold, slice_of
from liaison.eval.sets import gold_sets
from liaison.ingest import iter_inputs
from liaison.kb.gazetteer import people_forgotten
from liaison.model.types import Article

# the blind sets: their aggregates only, never an article or an error of theirs
BLIND_SETS = frozenset({"real-test", "real-test-2", "heldout", "heldout-2"})


@contextmanager
def set_articles(
    repo: Path, name: str, *, slice_name: str | None = None, unknown_people: bool = False
) -> Iterator[tuple[dict[str, GoldArticle], list[Article]]]:
    """(gold by document id, articles) of the gold set ``name``; raises ``FileNotFoundError`` without the
    shared data folder. With ``unknown_people`` the people of every article the gold annotates (not only the
    slice's) are forgotten until the context closes, as ``liaison eval --unknown-people`` does."""
    shared = find_shared(repo)
    if shared is None:
        raise FileNotFoundError("the shared data folder is missing")
    gs = gold_sets(repo, shared, measured=True)[name]
    with file_articles(gs.gold, gs.articles, slice_name=slice_name, unknown_people=unknown_people) as found:
        yield found


@contextmanager
def file_articles(
    gold_path: Path, sources: Path | Sequence[Path], *, slice_name: str | None = None, unknown_people: bool = False
) -> Iterator[tuple[dict[str, GoldArticle], list[Article]]]:
    """(gold by document id, articles) of a gold file and the articles file it annotates (a fresh sample not yet
    in a set, as ``set_articles`` reads a set's), with the same ``unknown_people`` ablation."""
    gold = {g.doc: g for g in load_gold(gold_path)}
    paths = [sources] if isinstance(sources, Path) else list(sources)
    every = [a for a in iter_inputs(paths) if isinstance(a, Article) and a.doc_id in gold]
    articles = [a for a in every if not slice_name or slice_of(a.doc_id) == slice_name]
    with ExitStack() as stack:
        if unknown_people:
            target = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="people-"))) / "texts.jsonl"
            target.write_text("".join(json.dumps({"id": a.doc_id, "text": a.text, "title": a.title},
                                                 ensure_ascii=False) + "\n" for a in every), encoding="utf-8")
            stack.enter_context(people_forgotten(target))
        yield gold, articles
