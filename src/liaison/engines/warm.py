"""What the local engine's fork server runs before the workers are forked from it (``preload``, ``preload_zh``):
one sample extracted per language, which loads every table extraction loads lazily, then the heap frozen.

Extraction loads large tables on first use (the gazetteer, pinyin dictionaries, OpenCC, the
Japanese reading dictionary: some 200 MB). Loading them in the process the workers are forked
from, and freezing them out of the garbage collector's reach (which would otherwise touch,
and so copy, every object in every worker), lets all workers share one copy of those pages.
"""

from __future__ import annotations

import gc
from collections.abc import Collection

from liaison.engines.worker import Settings, outcome
from liaison.ingest.records import content_hash
from liaison.kb import compiled
from liaison.model.types import Article

# Sentences that make each extractor load what it loads lazily: Chinese names read as Japanese,
# Vietnamese and Korean, Chinese titles, English and Spanish cues.
WARM_UP = (
    ("zh", "新华社北京电 中共中央政治局常委蔡奇在北京会见日本自民党干事长山田太郎、越共中央委员阮文山"
           "和朝鲜劳动党中央委员金哲洙率领的代表团。中联部副部长王小明会见古巴共产党代表团团长卡洛斯·佩雷斯。"),
    ("en", "Beijing, June 9 (Xinhua) -- Cai Qi, member of the Standing Committee of the Political Bureau of the CPC "
           "Central Committee, met with a delegation of the Communist Party of Vietnam led by Nguyen Van Nen."),
    ("es", "Caracas, 9 de junio. Diosdado Cabello, secretario general del PSUV, se reunió con una delegación del "
           "Partido Comunista de China."),
)


def warm_up(languages: Collection[str] | None = None) -> None:
    """Extract the sample of each language (of ``languages`` only, when given), then freeze the heap."""
    settings = Settings(budget=None)
    for i, (language, text) in enumerate(WARM_UP):
        if languages is None or language in languages:
            outcome(Article(f"warm-up-{i}", text, content_hash(text), "warm-up", language=language), settings)
    compiled.save()  # (the patterns it compiled, kept for the next process: see ``kb.compiled``)
    gc.collect()
    gc.freeze()
