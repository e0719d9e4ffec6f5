"""Chinese web pages of the twentieth batch (issue 13, web-zh-2001…): further exchanges of multi-event pages.

A signing told apart from the meeting around it, by a principal the meeting does not hold ("会见前，省长王学军和魏尔
共同签署了…备忘录" beside the party secretary's meeting), and its witnesses; a signing the two already hold in talks, or
a document a speaker recalls ("坎潘表示，通伦总书记同习近平总书记共同签署…"), is none. A visitor written with an unnamed
spouse ("通沙万·丰威汉及夫人一行于7月25日礼节性拜会了…"); a foreign state named instead of its country
("下萨克森州州总理西格马·加布里尔"), an Australian state's 州督; the same talks told by a photo caption and by the body
("同日上午，…傅莹…主持了同该代表团的工作会谈") are one."""

from __future__ import annotations

from liaison.extract import extract
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise
from tests.extract.real_dev_pages import seats, sentence_events

_SIGNING = (
    "张宝顺会见德国下萨克森州州长施特凡·魏尔\n"
    "11月12日下午，省委书记张宝顺在合肥稻香楼宾馆会见了德国下萨克森州州长施特凡·魏尔一行。会见前，省长王学军和魏尔共同"
    "签署了安徽省与下萨克森州结好30周年备忘录。省委常委、省委秘书长唐承沛，副省长杨振超参加会见。\n"
)


def test_a_signing_by_another_principal_beside_a_meeting_is_an_agreement_of_its_own() -> None:
    # web-zh-2005 (restated, 安徽日报)
    events = sentence_events(_SIGNING, "2014-11-13", blind=True)
    assert sorted(e.kind for e in events) == ["agreement", "meeting"]
    (signing,) = (e for e in events if e.kind == "agreement")
    assert seats(signing) == {"王学军": ("CN", True), "施特凡·魏尔": ("DE", True)}
    assert signing.date is not None and signing.date.iso == "2014-11-12"  # the day of the meeting it was signed before
    (meeting,) = (e for e in events if e.kind == "meeting")
    assert seats(meeting)["唐承沛"] == ("CN", False)  # the attendees are the meeting's


def test_the_witnesses_of_a_signing_attend_it() -> None:
    # web-zh-141 (restated, 金边晚报)
    text = (
        "本报讯 中国共产党向柬埔寨人民党提供70万元人民币援助，在国会主席韩桑林亲王，"
        "中国中共中央政治局常委、中央纪委书记贺国强等人见证下，中国中联部部长王家瑞和柬人民党常委赛春共同签署谅解备忘录。\n"
        "柬埔寨人民党名誉主席、国会主席韩桑林亲王昨日下午在国会会客厅会见中国中共中央政治局常委、中央纪委书记贺国强。\n"
    )
    events = sentence_events(text, "2009-03-20")
    (signing,) = (e for e in events if e.kind == "agreement")
    assert seats(signing)["王家瑞"] == ("CN", True) and seats(signing)["赛春"] == ("KH", True)
    assert seats(signing)["贺国强"] == ("CN", False) and seats(signing)["韩桑林"] == ("KH", False)


def test_a_signing_in_the_talks_of_the_two_or_recalled_by_a_speaker_is_no_agreement() -> None:
    text = (
        "4月26日，国家主席习近平在北京同老挝人民革命党中央总书记、国家主席通伦举行会谈。会谈后，习近平和通伦共同签署了"
        "联合声明。\n"
        "坎潘表示，通伦总书记同习近平总书记共同签署构建老中命运共同体行动计划，对老中关系发展具有里程碑意义。\n"
        "习近平说，中老两国山水相连。通伦总书记和习近平总书记共同签署了构建中老命运共同体新版行动计划。\n"
    )
    assert [e.kind for e in sentence_events(text, "2024-04-27")] == ["talks"]


def test_a_visitor_with_an_unnamed_spouse_still_calls_on_the_host() -> None:
    # web-zh-2011 (restated, 巴特寮消息)
    text = "老挝外交部长通沙万·丰威汉及夫人一行于7月25日礼节性拜会了柬埔寨国王诺罗敦·西哈莫尼陛下。\n"
    (call,) = sentence_events(text, "2025-07-26", blind=True)
    assert seats(call) == {"通沙万·丰威汉": ("LA", True), "诺罗敦·西哈莫尼": ("KH", True)}


def test_a_foreign_state_or_a_states_governor_places_the_counterpart() -> None:
    # web-zh-2001 (restated, 光明日报), web-zh-2003 (restated, 广东省政府网)
    text = "中共中央政治局常委、书记处书记尉健行在汉诺威会见了下萨克森州州总理西格马·加布里尔。\n"
    (meeting,) = sentence_events(text, "2000-10-15", blind=True)
    assert seats(meeting)["西格马·加布里尔"] == ("DE", True)
    text = "11日下午，中共中央政治局委员、广东省委书记胡春华在广州会见澳大利亚新南威尔士州州督巴希尔。\n"
    (meeting,) = sentence_events(text, "2014-05-12", blind=True)
    assert seats(meeting)["巴希尔"] == ("AU", True)


_DELEGATION_WEEK = (
    "罗马尼亚众议院外委会代表团访华\n"
    "来源: 中国人大网 2016年5月12日\n"
    "(图)4月26日下午,全国人大常委会副委员长吉炳轩在北京人民大会堂会见代表团\n"
    "中国人大网讯 受全国人大外事委员会邀请,以罗马尼亚众议院外委会主席、匈民联议员博尔贝伊·拉斯洛(Ro"
    "rbely Laszlo)为团长的罗马尼亚众议院外委会代表团一行6人,于2016年4月25日至30日"
    "到中国访问。\n"
    "(图)4月26日上午,全国人大外事委员会主任委员傅莹在人民大会堂主持同代表团的工作会谈\n"
    "4月26日下午,全国人大常委会副委员长吉炳轩在北京人民大会堂会见了该代表团,全国人大外事委员会副主任"
    "委员赵白鸽等会见时在座。同日上午,全国人大外事委员会主任委员傅莹在人民大会堂主持了同该代表团的工作会"
    "谈以及欢迎宴会。两场活动中,双方围绕两国关系、中欧关系、议会往来、经贸和能源建设等彼此关心的话题谈了"
    "看法。全国人大外事委员会副主任委员赵白鸽、委员杨建亭等参加。在京期间,中共中央对外联络部副部长周力、"
    "外交部部长助理刘海星分别会见了该代表团。代表团还游览了人民大会堂、天安门广场、故宫、天坛和居庸关长城"
    "。离开北京后,代表团又去了安徽省合肥市,走访安徽省博物馆、名人馆、三河古镇,还有江淮汽车集团和合肥市"
    "经济开发区管委会。安徽省人大常委会副主任王翠凤会见并宴请了该代表团。(外事委供稿)\n"
)


def test_talks_told_by_a_caption_and_by_the_body_are_one() -> None:
    # web-zh-2009 (restated, 中国人大网): "(图)4月26日上午，…傅莹…主持与代表团的工作会谈" under a photo,
    # "同日上午，…傅莹…主持了同该代表团的工作会谈以及欢迎宴会" in the text
    title = "罗马尼亚众议院外委会代表团访华"
    article = Article("t", _DELEGATION_WEEK, "h", "test", title, "2016-05-12", language="zh")
    events = extract(normalise(article), default_gazetteer()).events
    talks = [e for e in events if e.kind == "talks"]
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.iso == "2016-04-26"
    assert seats(talks[0])["傅莹"] == ("CN", True) and seats(talks[0])["杨建亭"] == ("CN", False)
    assert len([e for e in events if e.kind == "meeting"]) == 4  # 吉炳轩; 周力 and 刘海星 separately; 王翠凤
