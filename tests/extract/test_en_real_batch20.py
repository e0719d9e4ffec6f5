"""Further events of multi-event English pages (issue 13, en20: web-en-2001…2011, VietnamPlus, People's Daily,
Indonesia News Gazette, China Daily), on real text: a visitor received by a state's top offices, the legislature's
head among them, is received by each apart; a visitor told again by a post of their side ("the Lao NA Chairwoman")
is the subject of the acts that follow; two acts joined by "and" alone are two events; a counterpart met before a
speaking verb is met, not a co-speaker; a reception hosted "for the delegation" is the delegation head's; an
unnamed group before "and other officials" ends a list met one by one; a delegation to be led on a visit is
announced. Lines are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import sentence_events

_LAOS = (
    "Vientiane (VNA) – A high-ranking Vietnamese delegation headed by Truong Thi Mai, Politburo member, Secretary of "
    "the Communist Party of Vietnam (CPV) Central Committee and head of its Organisation Commission, is visiting Laos "
    "from May 30 to June 1. Mai and her entourage were received by Party General Secretary and President of Laos "
    "Thongloun Sisoulith, Prime Minister Phankham Viphavanh and National Assembly Chairman Saysomphone Phomvihane."
)

_PANY = (
    "Chairwoman of the Lao National Assembly (NA) Pany Yathotou left Ho Chi Minh City on April 4, which closed "
    "her official friendly visit to Vietnam and her presence at the 132nd Inter-Parliamentary Union (IPU-132) "
    "Assembly. During her stay, the Lao NA Chairwoman held talks with her Vietnamese counterpart Nguyen Sinh Hung, "
    "paid courtesy calls to Party General Secretary Nguyen Phu Trong and President Truong Tan Sang, and met with "
    "Prime Minister Nguyen Tan Dung."
)

_XI = (
    "ISTANBUL, Feb. 22 (Xinhua) -- Chinese Vice President Xi Jinping left Istanbul of Turkey for China on Wednesday "
    "afternoon, ending his 10-day official visits to the United States, Ireland and Turkey. Xi took part in 27 formal "
    "events on his U.S. tour. Among others, he met with U.S. President Barack Obama, Vice President Joe Biden, "
    "congress leaders and other senior officials. In Dublin, He met with Irish President Michael D. Higgins and held "
    "talks with Irish Prime Minister Enda Kenny. During his stay in Turkey, Xi held talks with Turkish President "
    "Abdullah Gul and met with Turkish Parliament Speaker Cemil Cicek in Ankara. He also went to Istanbul, where he "
    "met with Turkish Prime Minister Recep Tayyip Erdogan and spoke at a business forum."
)


def test_top_offices_with_the_legislatures_head_receive_the_visitor_apart() -> None:
    # VietnamPlus: "were received by A, B and C", the three offices of Laos, the National Assembly's head among them
    for blind in (False, True):
        found = sentence_events(_LAOS, "2022-05-31", "en", blind=blind)
        for host in ("Thongloun Sisoulith", "Phankham Viphavanh", "Saysomphone Phomvihane"):
            (meeting,) = _with(found, "Truong Thi Mai", host)
            assert len(_names(meeting)) == 2
        assert not any(_names(e) == {"Truong Thi Mai"} for e in found)  # the stay is covered by its receptions


def test_the_head_of_a_body_alone_is_one_meeting() -> None:
    found = sentence_events(
        "Vientiane (VNA) – A Vietnamese delegation headed by Truong Thi Mai, Politburo member, is visiting Laos. Mai "
        "was received by Vice Chairman of the National Assembly Sounthone Sayachac and Vice President Pany Yathotou.",
        "2022-05-31", "en",
    )
    assert len(_with(found, "Truong Thi Mai", "Sounthone Sayachac", "Pany Yathotou")) == 1


def test_a_visitor_told_again_by_a_post_of_their_side_is_the_subject_of_each_act() -> None:
    # VietnamPlus: "the Lao NA Chairwoman held talks with A, paid courtesy calls to B and C, and met with D"
    for blind in (False, True):
        found = sentence_events(_PANY, "2015-04-05", "en", blind=blind)
        for host in ("Nguyen Sinh Hung", "Nguyen Phu Trong", "Truong Tan Sang", "Nguyen Tan Dung"):
            (act,) = _with(found, "Pany Yathotou", host)
            assert len(_names(act)) == 2


def test_a_post_naming_no_side_is_no_visitor() -> None:
    # a readout: "The Vice President met with ..." is the host's own office, not the guest told again
    found = sentence_events(
        "Vice President Kamala Harris today spoke with Prime Minister Andrew Holness of Jamaica to congratulate him. "
        "The Vice President met with Prime Minister Holness on March 30 in Washington, where they discussed security.",
        "2022-08-08", "en",
    )
    assert len(found) <= 1 + len(_with(found, "Kamala Harris", "Andrew Holness"))
    assert not any(_names(e) == {"Andrew Holness"} for e in found)


def test_acts_joined_by_and_and_a_counterpart_met_before_a_speech_are_events_of_their_own() -> None:
    # People's Daily (Xinhua): a trip's report, one paragraph per country
    for blind in (False, True):
        found = sentence_events(_XI, "2012-02-23", "en", blind=blind)
        for host in ("Barack Obama", "Joe Biden", "Michael D. Higgins", "Enda Kenny", "Abdullah Gul", "Cemil Cicek"):
            (act,) = _with(found, "Xi Jinping", host)
            assert len(_names(act)) == 2
        (istanbul,) = [e for e in found if any("Erdo" in n for n in _names(e))]
        assert _names(istanbul) - {"Xi Jinping"} and len(_names(istanbul)) == 2


def test_a_reception_hosted_for_the_delegation_is_with_its_head() -> None:
    # VietnamPlus: the Supreme People's Assembly's chairman hosts the Vietnamese delegation led by Huynh Ngoc Son
    found = sentence_events(
        "A National Assembly delegation led by Vice Chairman Huynh Ngoc Son paid a visit to the Democratic People's "
        "Republic of Korea (DPRK). On July 7, Son held talks with a delegation from the DPRK's Supreme People's "
        "Assembly led by Vice Chairman Ahn Dong-chun. On June 6, Chairman of the DPRK Supreme People's Assembly Choe "
        "Thae-bok also hosted a reception for the Vietnamese delegation.-VNA",
        "2017-07-08", "en",
    )
    assert _with(found, "Huynh Ngoc Son", "Ahn Dong-chun")
    (reception,) = _with(found, "Choe Thae-bok")
    assert "Huynh Ngoc Son" in _names(reception)


def test_a_delegation_to_be_led_on_a_visit_is_announced() -> None:
    found = sentence_events(
        "Chairman of the National Assembly Vuong Dinh Hue will head a high-ranking delegation on an official visit to "
        "China from April 7-12, the Foreign Affairs Committee of the National Assembly said. The visit will be paid at "
        "the invitation of Chairman of the Standing Committee of the National People's Congress (NPC) of China Zhao "
        "Leji, the committee said in an announcement on April 4.",
        "2024-04-05", "en", blind=True,
    )
    assert not found
