"""Chinese web pages of the eighteenth batch (issue 13, web-zh-1801…), read blind (the people table knowing none of
their people): the collective label a provincial paper puts before its officials ("省领导徐向国、张安顺…参加会见"), a
dateline's reporters who are no attendees ("新华社南昌11月20日电（记者温馨、程迪、李超）…出席"), a briefing's
presenters,
speakers and summing-up told after it ("…向外国政党代表讲解了…", "…等外国政党代表在会上发言", "…郭业洲作总结发言"),
a name ending on 和 ("院长苏长和，"), and a delegation met by its head noun whose leader and members an earlier
sentence lists ("以A为团长，由B、C、D等…组成的…考察团…。市委书记方正会见考察团一行。…等陪同考察")."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def test_a_collective_label_before_the_first_attendee_is_no_part_of_the_name() -> None:
    # web-zh-1804 (restated, 黑龙江日报)
    text = (
        "2月28日，省委书记、省人大常委会主任许勤在哈尔滨会见老挝国会副主席、老挝和平与团结委员会主席宋玛·奔舍那一行。\n"
        "省领导徐向国、张安顺、余建，中国人民争取和平与裁军协会副秘书长闫英华，省直有关部门负责同志等参加会见。\n"
    )
    (meeting,) = sentence_events(text, "2026-03-02", blind=True)
    assert {"徐向国", "张安顺", "余建", "闫英华"} <= set(seats(meeting))
    assert seats(meeting)["徐向国"] == ("CN", False)


def test_an_autonomous_regions_label_too() -> None:
    # web-zh-1803 (restated, gov.cn)
    text = (
        "7月18日，廣西壯族自治區黨委書記、自治區人大常委會主任郭聲琨在南寧會見了老撾瑯勃拉邦省省委書記兼省長坎平·賽宋平。\n"
        "自治區領導余遠輝、梁勝利參加會見。\n"
    )
    (meeting,) = sentence_events(text, "2012-07-20", blind=True)
    assert seats(meeting)["余遠輝"] == ("CN", False) and seats(meeting)["梁勝利"] == ("CN", False)


_BRIEFING = (
    "新华社南昌11月20日电（记者温馨、程迪、李超）中共中央对外联络部主办的中国共产党十九届四中全会精神宣介会20日在江西南昌"
    "举行，近50个国家的200多名政党代表出席。\n"
    "会上播放了为宣介会专门制作的短片。北京师范大学学术委员会主任韩震，复旦大学国际关系与公共事务学院院长苏长和，江西省委"
    "副秘书长、政策研究室主任沈谦芳向外国政党代表讲解了全会召开的背景和意义。\n"
    "老挝人革党中央政治局委员、中央书记处书记、中宣部部长坎潘，蒙古民主党主席额尔登等外国政党代表在会上发言。\n"
    "中共中央对外联络部副部长郭业洲作总结发言。\n"
)


def test_a_briefings_speakers_told_after_it_take_part_and_its_organiser_hosts() -> None:
    # web-zh-1806 (restated, 新华社 via 海口网)
    (seminar,) = sentence_events(_BRIEFING, "2019-11-21", blind=True)
    assert seminar.kind == "seminar"
    people = seats(seminar)
    assert people["郭业洲"] == ("CN", True)  # the IDCPC's official hosts, ahead of the experts who spoke first
    assert people["坎潘"] == ("LA", True) and people["额尔登"] == ("MN", True)
    assert people["苏长和"] == ("CN", False)  # a name ending on 和 before a comma keeps it
    assert people["韩震"] == ("CN", False) and people["沈谦芳"] == ("CN", False)


def test_figure_marks_between_a_briefings_paragraphs_do_not_hide_its_speakers() -> None:
    # web-zh-1818 (restated): the page's "(图3)" marks stand between the paragraphs
    text = _BRIEFING.replace("短片。", "短片。\n(图3)\n")
    text = text.replace("背景和意义。\n", "背景和意义。\n(图4)\n")
    (seminar,) = sentence_events(text, "2019-11-21", blind=True)
    assert {"郭业洲", "坎潘", "额尔登"} <= set(seats(seminar))


def test_a_datelines_reporters_are_no_attendees() -> None:
    (seminar,) = sentence_events(_BRIEFING, "2019-11-21", blind=True)
    assert not {"温馨", "程迪", "李超"} & set(seats(seminar))


def test_a_delegation_met_by_its_head_noun_is_led_by_the_leader_listed_before_with_its_members() -> None:
    # web-zh-1809 (restated, 池州): the leader, the titled members of several countries, the escort of the tour
    text = (
        "4月23日至24日，以斯里兰卡共产党总书记维拉辛哈为团长，由丹麦共产党主席赫丁、美国共产党联合主席康布隆、肯尼亚共产党"
        "全国副主席兼全国组织书记奥莫勒等20个国家21个共产党的领导人和中青年理论家组成的世界共产党理论干部考察团到池州考察。"
        "市委书记方正会见考察团一行。中联部研究室主任金鑫，省外办党组成员、副主任樊忠厚，副市长储晓焱等陪同考察。\n"
    )
    (meeting,) = sentence_events(text, "2023-04-25", blind=True)
    people = seats(meeting)
    assert people["方正"] == ("CN", True) and people["维拉辛哈"] == ("LK", True)
    assert people["赫丁"] == ("DK", False) and people["康布隆"] == ("US", False) and people["奥莫勒"] == ("KE", False)
    assert people["金鑫"] == ("CN", False) and people["储晓焱"] == ("CN", False)
    assert "party" in meeting.channel


def test_a_headlines_post_naming_no_country_takes_the_side_of_the_titled_mention() -> None:
    # web-zh-1815 (restated, a VNA story): the arrival told in the headline names its visitor by a bare post
    text = (
        "阮富仲总书记抵达北京 开始对中国进行正式访问\n"
        "越通社特派记者报道，当地时间10月30日下午1时20分，应中共中央总书记、中华人民共和国主席习近平的邀请，越共中央总书记"
        "阮富仲一行抵达北京，开始对中华人民共和国的正式访问。\n"
        "中共中央对外联络部部长刘建超同志，越南驻华大使范星梅到北京机场迎接阮富仲总书记和越南高级代表团。\n"
    )
    (visit,) = sentence_events(text, "2022-10-30", blind=True)
    assert seats(visit)["阮富仲"] == ("VN", True) and seats(visit)["刘建超"] == ("CN", True)
