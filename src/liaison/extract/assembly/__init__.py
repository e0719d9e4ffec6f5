"""Frame assembly shared by every script: drafts in, ``EventFrame`` out.

A language's parser says *who* took part, in which *role*, on which *cue* and *span*
(``PersonDraft``, ``EventDraft``); this layer applies the rules that do not depend on the language:
the order and uniqueness of participants, the date and place fallbacks (``fallbacks``), the channel
from the capacities the sides act in (``channel``), the parties (``parties``), the domestic and
foreign filters (``filters``) and the confidence every frame carries (``confidence``). No module
here holds a word of any natural language (``tests/extract/test_engine_language_free.py``).
"""

from liaison.extract.assembly.assemble import assemble
from liaison.extract.assembly.drafts import EventDraft, Found, PersonDraft

__all__ = ["EventDraft", "Found", "PersonDraft", "assemble"]
