"""Further exchanges after an article's first (issue 13, tenth French batch, web-fr-089…100): those met told as a
group and named in the next sentence ("a rencontré ... de hauts responsables ... Il s'agit du Premier ministre, M. A,
et du président ..., M. B"), a roundup of congratulations told sender by sender, messages exchanged between two lists
paired in order, an anniversary's bracketed years no event's date, and a surname printed in capitals after given
names ("le Capitaine Ibrahim TRAORE"). Real pages of several outlets (DK News, Le Quotidien du Peuple, VietnamPlus,
Minute.bf), read from quality/real-dev."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events


def _pairs(doc_id: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in page_events(doc_id)]


def test_a_group_met_unnamed_then_named_is_one_meeting_each() -> None:
    # "Le président de la République a rencontré dans le cadre de cette visite de hauts responsables de la République
    # populaire de Chine. Il s'agit du Premier ministre chinois, M. Li Qiang, et du président du Comité permanent ...,
    # M. Zhao Leji."
    pairs = _pairs("web-fr-091")
    assert {"Abdelmadjid Tebboune", "Li Qiang"} in pairs
    assert {"Abdelmadjid Tebboune", "Zhao Leji"} in pairs


def test_each_head_congratulating_in_a_french_roundup_sends_a_message() -> None:
    # "Les dirigeants du monde ont continué à adresser leurs félicitations à Xi Jinping ..." then "Le président
    # sud-africain Cyril Ramaphosa a affirmé ...", "Le président allemand Frank-Walter Steinmeier a souhaité ...",
    # "..., le Premier ministre néerlandais Mark Rutte a déclaré ..."
    messages = [e for e in page_events("web-fr-090") if e.kind == "message"]
    senders = {p.person.native for e in messages for p in e.participants} - {"Xi Jinping"}
    assert senders == {"Cyril Ramaphosa", "Frank-Walter Steinmeier", "Mark Rutte"}
    assert all(len(e.participants) == 2 for e in messages)


def test_messages_exchanged_between_two_lists_pair_them_in_order() -> None:
    # "Le Premier ministre Pham Minh Chinh et le président de l'Assemblée nationale Vuong Dinh Huê ont de leur côté
    # échangé des messages de félicitations avec le Premier ministre Li Keqiang, le président du Comité permanent ...,
    # Li Zhanshu."; "Trong et Phuc ... avec Xi Jinping" (two writing to one) stays one exchange
    pairs = _pairs("web-fr-096")
    assert {"Pham Minh Chinh", "Li Keqiang"} in pairs
    assert {"Vuong Dinh Huê", "Li Zhanshu"} in pairs
    assert {"Nguyên Phu Trong", "Nguyên Xuân Phuc", "Xi Jinping"} in pairs


def test_an_anniversarys_bracketed_years_date_no_exchange() -> None:
    # "Pour les 72 ans des relations diplomatiques ... (18 janvier 1950 - 18 janvier 2022), ... ont échangé lundi 17
    # janvier des messages": the exchange is of 17 January 2022, none of 1950
    dates = {e.date.iso for e in page_events("web-fr-096") if e.date is not None}
    assert "2022-01-17" in dates
    assert not any(d.startswith("1950") for d in dates)
    assert not any(e.date is not None and e.date.iso.startswith("1950") for e in page_events("web-fr-092"))


def test_a_surname_in_capitals_after_a_rank_and_given_name_is_the_name() -> None:
    # "le Président de la Transition, Chef de l'Etat, le Capitaine Ibrahim TRAORE, a reçu en audience ... une
    # délégation ... conduite par le Représentant spécial ..., Monsieur Yuxi LIU."
    assert {"Ibrahim TRAORE", "Yuxi LIU"} in _pairs("web-fr-093")
