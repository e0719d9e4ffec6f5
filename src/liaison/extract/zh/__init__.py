"""Chinese-language extractor: CCTV Xinwen Lianbo, Xinhua and IDCPC items in Chinese.

``extract_events(doc, gazetteer)`` runs the named passes of ``frames.PASSES`` over drafts
(``draft``): clauses read by ``grammar`` patterns (``clauses``, ``sides``, ``people``, ``groups``,
``continuations``, ``seminars``, ``headlines``), then later sentences complete them (``attach``);
``assemble`` romanises names (``names``), reads capacities and parties (``capacity``) and hands
each draft to the shared frame-assembly layer (``liaison.extract.assembly``). Title chains are
bound to names by ``titles``; dates and places by ``dates`` and ``places``. Items without any
meeting/message verb exit at once. Roundups of the messages foreign parties send the CPC add one
message event per sender (``party_messages``), and so do roundups of the messages many leaders send one foreign
leader on an election (``congratulations``); a party organ's message to another party's organ, naming
nobody, is a message between the two parties, and a recipient said to reply answers the message
they received (``organ_messages``). A party delegation naming nobody that tours countries makes one visit
per country with its party as the side (``delegation_tours``), in items no other pass read.
Parties are known under every Chinese name of their country (寮国党 is 老挝党: ``party_forms``).
"""

from __future__ import annotations

from liaison.extract.zh.congratulated_before import congratulated_before_frames
from liaison.extract.zh.congratulations import congratulation_frames, congratulation_lead
from liaison.extract.zh.countries import page_short_forms
from liaison.extract.zh.datelines import with_dateline_reference
from liaison.extract.zh.delegation_tours import delegation_tour_frames
from liaison.extract.zh.frames import STAY_PASSES, build_frames
from liaison.extract.zh.kinds import ATTENDED_TOLD_RE, STAY_TOLD_RE, TRIGGER_RE, co_chaired
from liaison.extract.zh.organ_messages import organ_message_frames, reply_frames
from liaison.extract.zh.party_forms import with_country_forms
from liaison.extract.zh.party_messages import party_message_frames
from liaison.extract.zh.party_visits import party_visit_told
from liaison.extract.zh.receptions import held_reception
from liaison.extract.zh.subject_lists import with_listed_subjects
from liaison.extract.zh.told_sides import article_told
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The exchange events one Chinese document reports (empty for domestic items); people the table does not know
    take the side the item's own posts give them (``told_sides``)."""
    with article_told(doc.text), page_short_forms(doc.text):
        return _extract_events(doc, gazetteer)


def _extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    told = (TRIGGER_RE.search(doc.text) or TRIGGER_RE.search(doc.article.title or "") or co_chaired(doc.text)
            or party_visit_told(doc))
    if not told:
        # a stay told by its visitor alone ("…本扬来华进行正式友好访问") or a mission's reception, with no word of a
        # meeting: read by every pass but the recall tier and the last resort (which would take an inviter for a
        # counterpart)
        if not (STAY_TOLD_RE.search(doc.text) or held_reception(doc.text) or ATTENDED_TOLD_RE.search(doc.text)):
            # a roundup of congratulations posted on social media ("各国政要纷纷在推特上表示祝贺"): its senders only
            return congratulation_frames(doc, with_country_forms(gazetteer), ()) if congratulation_lead(doc) else ()
        gazetteer = with_country_forms(gazetteer)
        return build_frames(with_dateline_reference(doc), gazetteer, STAY_PASSES)
    gazetteer = with_country_forms(gazetteer)
    doc = with_listed_subjects(with_dateline_reference(doc), gazetteer)
    frames = build_frames(doc, gazetteer)
    frames += party_message_frames(doc, gazetteer, frames)
    frames += congratulation_frames(doc, gazetteer, frames)
    frames += congratulated_before_frames(doc, gazetteer, frames)
    frames += reply_frames(doc, frames)
    frames += organ_message_frames(doc, gazetteer, frames)
    return frames + delegation_tour_frames(doc, gazetteer, frames)
