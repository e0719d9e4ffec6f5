"""Clause patterns of the genre: who (subject chain) met/talked with/phoned/wrote to whom.

``<time>，<chain><name><time>在<place>会见由<chain><name>率领的<delegation>。``
``<chain><name><time>在<place>同<chain><name>举行会谈/通电话/视频会晤。``
``<chain><name><time>致电<name>，祝贺…`` / ``…向<name>致贺电``.
Each pattern names the groups ``subj``, ``obj``, ``verb`` and, when present, ``place``, ``manner``,
``sep`` (分别/先后: one event per counterpart).
"""

from __future__ import annotations

import re

from liaison.extract.zh.dates import BRACKET_DAY, CN_DAY, CN_MONTH, WEEKDAY
from liaison.extract.zh.kinds import MEET_VERBS

_PART = r"(?:上午|下午|中午|晚上|晚间|傍晚|晚|早上|早晨|凌晨|夜间|夜|晨)"
_RANGE = r"(?:(?:至|到|和|、|—|－|-)(?:\d{1,2}月)?\d{1,2}日)?"
_DAY = rf"(?:\d{{1,2}}|{CN_DAY})日"  # 22日 / 二十二日 (中新社: 杨洁篪二十二日在…会见)
_WHEN = (
    rf"(?:于)?(?:当地时间)?(?:于)?(?:(?:\d{{4}}年)?(?:\d{{1,2}}|{CN_MONTH})月{_DAY}"
    + _RANGE
    + rf"|{_DAY}"
    + _RANGE
    + r"|(?:今天|今日|昨天|昨日)[（(](?:\d{1,2}月)?\d{1,2}日[）)]|今天|今日|当天|当日|当晚|同日(?!本|内瓦)|同一天"
    r"|(?:今|昨|前)[（(]\d{1,2}[）)]日"  # 昨（3）日: Taiwan's press
    # 昨晚在上海…與…會面, 今晨抵达: Taiwan's and Hong Kong's press, the part of the day after 昨/今
    r"|昨天|昨(?=[于在赴与同和]|晚|夜)|今(?=晚|晨)|日前|近日"
    r"|(?:" + WEEKDAY + ")(?:" + BRACKET_DAY + ")?)" + _PART + "?|" + _PART
)
_DELEGATION_HEAD = r"(?:代表团|访问团|考察团|参访团|参观团|交流团)"
WHEN = _WHEN  # a time told before a verb: 22日, 周三（19日）, 当天下午
# No ``^``: the patterns are matched at each clause start (``rx.match(sentence, pos)``).
# (访问期间X会见了…: the visit's span with no comma before the subject, as web reports write it)
_LEAD = rf"(?:(?:{_WHEN})[，,]?|[^，。；]{{1,16}}?(?:后|前|期间|之际)[，,]|(?:在)?(?:访问|出访|访华)期间)?"
# a subject is never the 分别/先后 of the verb (a lead such as "X出席…会议后，" must not take the subject with it),
# nor those who invited the visitor (应新西兰总理拉克森、澳大利亚总理阿尔巴尼斯和马来西亚总理安瓦尔邀请，…),
# or a pronoun alone (他在首都哈瓦那與…會面: the person the sentence before names, ``pronouns``)
_SUBJ = r"(?!分别|先后|应[^，。；]{1,60}?邀请)(?P<subj>[他她]|[^，。；：“”]{2,90}?)"
# acts of the subject that are no exchange, listed with semicolons before a meeting of the same subject
_FIRST_ACTS = r"(?:(?:(?:出席|参加|参观|考察|视察|出访|访问)了?[^，。；;]{1,48}?[；;])(?:并|还|又|也)?){0,3}"
_MID = (
    # 中共中央對外聯絡部部長劉海星，4日在北京會見: the subject set off by a comma before its day (Taiwan's press)
    rf"(?:[，,]?(?:{_WHEN}))?"
    # 越南国家主席苏林随后会见了…, 立法院长苏嘉全随后前往总统府晋见…: the next act told after the subject (no name
    # part: 苏林随即 is 苏林)
    r"(?:(?=[随旋紧接然])(?:随后|随即|旋即|紧接着|接着|然后))?"
    # 商务部副部长傅自应率领中国政府经贸代表团，在维拉港分别拜会了…: the delegation the subject leads, before the place
    rf"(?:率领?(?![^，。；]*?(?:访问|访华|来华|抵达))[^，。；同与和在]{{1,30}}?{_DELEGATION_HEAD}(?:一行)?[，,]?)?"
    # 在出席…会议后， / 在结束…访问之际， / 抵达北京后，: what the subject did before the exchange, between subject
    # and verb
    rf"(?:在?(?:出席|参加|结束|出访|抵达)[^，。；]{{0,48}}?(?:后|之后|之际)[，,](?:{_WHEN})?)?"
    # 殷一璀受俞正声委托，代表中国共产党上海市委员会同…访问团…举行会谈: whom the subject acts for
    r"(?:[，,]?受[^，。；]{1,30}?(?:委托|委派)[，,]?)?(?:代表[^，。；同与和在]{2,30}?(?=[同与和在]))?"
    # 昨於北京人民大會堂會見: 于 for 在; 国务院总理李强在北京，会见访华的美国财长耶伦: the place set off by a comma
    # 刘建超在朝鲜劳动党中央书记崔泰福陪同下，会见了…: the escorts (``attach.ESCORTED``) before the place
    r"(?:在[^，。；]{2,80}?(?:陪同|陪伴)下[，,]?)?"
    # (a venue's 和平, 在上海和平饭店与…会面, is no 和 "and")
    r"(?:[在于](?P<place>(?:[^，。；同与和在]|和平){1,24}?)(?:[，,](?=会见|会晤|接见))?|在(?=[同与和]))?"
    r"(?:(?:出席|参加|访问|访华|来华)[^，。；]{0,48}?期间[，,]?)?"
    # 出席了…典礼；参观了…；会见了…: acts that are no exchange listed before the meeting, each up to a semicolon
    rf"{_FIRST_ACTS}"
    r"(?P<manner>(?:以|通过)视频(?:连线)?(?:方式|形式)?|视频)?(?:应约|应邀)?(?:已经|已)?(?:还|也|又|另)?"
    # 以副主席身份率团访中国与X会谈 / 率团到北京同X会面 / 前往白宫与X会面: the capacity and the trip before
    # the counterpart
    r"(?:以[^，。；同与和]{1,12}?身[份分])?(?:率团)?(?:(?:到|赴|访|前往)[^，。；同与和在]{1,8}?(?=[同与和]))?"
    r"(?P<sep>分别|先后|连续|集体|共同|一起)?"
    r"(?:就[^，。；同与和向]{1,40}?(?=向|同|与|给|致))?"  # 就…灾害向X致慰问电
)

# what a summit is called between 举行 and the verb: 中俄蒙三国元首, 中法元首小范围, 第二十九次定期
_EVENT_NAME = r"[^，。；、同与和的举进]{0,16}?"
# S 同 O 举行会谈 / 通电话 / 视频会晤
WITH_RE = re.compile(
    # (the object never runs over a joint attendance, 与德国总理朔尔茨共同出席第七轮中德政府磋商: ``JOINT_RE``)
    # (not the 和 of 呼和浩特: "巴特尔在呼和浩特会见了…" is a meeting held there)
    # (nor the 和 of a spouse, "习近平和夫人彭丽媛在…会见…": the couple is the subject)
    _LEAD + _SUBJ + _MID + r"(?:同(?!志|夫人)|与(?!夫人)|(?<!呼)和(?!浩特|夫人|平))"
    + r"(?P<obj>(?:(?!共同出席|共同主持|一起出席)[^。；]){2,160}?)"
    # 同法国总统马克龙在广州松园非正式会晤: the place and manner after the counterpart (two characters at least and
    # no 举行: not the 在 of a name, 同韩国总统李在明举行会谈)
    r"(?:在[^，。；同与和在举进]{2,24}?)?(?:非正式)?(?P<sep2>分别|共同|一起)?"
    # 杨福刚和市有关方面负责同志参加会见: the two only attend it, no one meets them
    rf"(?:(?:举行|进行)了?(?P<what>{_EVENT_NAME})|了)?(?<!参加)(?<!出席)(?<!陪同)(?P<verb>{MEET_VERBS})"
)
# S 同 O (在<place>)(以视频方式)共同出席 <ceremony> / 共同主持 <a joint body's session>: two leaders together
# (in person or by video)
JOINT_RE = re.compile(
    _LEAD + _SUBJ + _MID + r"(?:同(?!志|夫人)|与(?!夫人)|和(?!夫人))(?P<obj>[^，。；]{2,80}?)"
    r"(?:在(?P<place2>[^，。；同与和在]{1,24}?))?"
    r"(?P<manner2>(?:以|通过)视频(?:连线)?(?:方式|形式)?)?(?P<sep2>共同|一起)(?P<manner3>以视频(?:连线)?(?:方式|形式)?)?"
    r"(?P<verb>出席|主持)"  # 同X共同主持中阿投资合作高级别委员会第一次会议: co-chairing a joint body's session
)
# S 会见 O
# 礼节性会见/拜会: a courtesy call, the adverb no part of the subject (阮德龙礼节性会见朝方代表团)
_COURTESY = r"(?:礼节性地?|禮節性地?)?"
# 礼节性拜访: a courtesy call; 拜访 alone also visits places, but its object must name a person
# ("拜访了中联部部长刘建超", as web reports write a call on someone), not a place of theirs
# ("拜访了…巴妮•雅陶都的家乡"); 看望/探望 a visit to someone
MEET_RE = re.compile(
    # 今日前往拜会民进党中央: going to the call is the call, also to a place named ("前往总统府晋见马茂总统")
    _LEAD + _SUBJ + _MID + r"(?:专程)?(?:前往[^，。；同与和在]{0,12}?)?" + _COURTESY
    # 胡锦涛探望…卡斯特罗; 晤 alone as Hong Kong's and Taiwan's press write it: 中國特使赴金邊晤柬總理洪瑪奈
    # 前往总统府晋见马茂总统 (Taiwan's press: a call on a head of state)
    + r"(?P<verb>会见|会晤|接见|拜会|晋见|谒见|拜[访訪](?![^，。；]*?的)|看望|探望|(?<![会約约])晤(?![谈面]))"
    # "副省长王某会见时在座": present at the meeting told before, not a meeting of its own
    + r"(?!时(?:也|还)?在座)了?(?P<obj>[^。；]*)"
)
# S 接受 O (的)会见: the guest received by the host ("拉法兰在长沙接受湖南省委书记张春贤会见"), a meeting of the two
# (not an interview: 接受…采访)
# S 受到 O 的(亲切)会见: the same told in the passive, as the guest's own press writes it ("…在人民大会堂受到…习近平的
# 亲切会见")
RECEIVED_BY_RE = re.compile(
    _LEAD + _SUBJ + _MID
    + r"(?:接受|受到)了?(?P<obj>[^，。；]{2,60}?)(?:的)?(?:亲切|热情)?(?P<verb>会见|接见|会晤)"
)
# S (访问 X，)向 O 转达 C 的问候 / 转交 C 的贺信: an envoy or minister conveying greetings or a letter in person
# ("中国外交部长王毅访问老挝，向本扬转达了习近平的问候"; ``greetings_conveyed``)
CONVEYED_RE = re.compile(
    _LEAD + _SUBJ + _MID + r"(?:专程)?(?:(?:赴|到|前往|访问|出访|到访)[^，。；同与和向]{1,12}?(?:访问)?[，,](?:并)?)?"
    r"向(?P<obj>[^，。；]{2,40}?)(?P<verb>转达|转交)了?[^，。；]{0,30}?(?:问候|口信|贺信|亲笔信|祝贺|祝愿|致意)"
)
# S 参加了 <ceremony>，并向 O 致以祝贺: congratulations offered in person at a ceremony attended (an ambassador at a
# national day's celebrations congratulating its premier there), not a message's "向 O 致以祝贺" (no attendance before)
CONGRATULATED_AT_RE = re.compile(
    _LEAD + _SUBJ + _MID + r"(?:应邀)?(?:参加|出席)了?[^，。；向]{1,40}?[，,](?:并|还)?"
    r"向(?P<obj>[^，。；]{2,40}?)(?P<verb>致以|表示)[^，。；]{0,10}?(?:祝贺|问候)"
)
# S 致电 O / S 向 O 致贺电 / S 同 O 互致贺电
WIRE_RE = re.compile(
    _LEAD + _SUBJ + _MID + r"(?P<verb>致电|致函|致信|复信|回信|复电|致贺信|致贺电|致贺函)"
    # 胡锦涛二十七日致电，祝贺马英九当选…: the one congratulated after a comma is the recipient
    r"(?:[，,](?=(?:热烈|衷心)?祝贺[^，。；、]{2,16}?(?:再次|正式)?(?:当选|就任|连任|荣任|出任)))?"
    r"(?P<obj>[^，。；]{2,60}?)"
    # 致电X祝贺…: the object ends before what the message says (not at 对外: 致电越共中央对外部部长黎怀忠)
    # (a comma or semicolon as web pages write them, "分别致电胡锦涛、习近平,表示…"; 致谢 after a reply's recipient)
    r"(?=[，,。；;]|$|(?<!热烈)(?<!衷心)祝贺|就|对(?![外华])|表示|致谢)"
)
TO_RE = re.compile(
    # 同X就…周年互致贺电, 向X当选…致贺电: the occasion between the object and the verb
    _LEAD + _SUBJ + _MID + r"(?:向|同(?!志)|与|给)(?P<obj>[^。；]{2,80}?)(?:(?:就|当选|就任|连任)[^，。；]{1,40}?)?"
    r"(?P<verb>互致贺电|互致贺信|互致电|致贺电|致贺信|致贺函|致唁电|致慰问电|致慰问信|致信|致函|复信|回信|致电"
    r"|发去贺电|发去贺信|发去贺函|发去唁电|发去慰问电|发来贺电|发来贺信|发来贺函|发来唁电|发来慰问电)"  # 向X发去贺电
)
# S 发来贺电，祝贺O当选… (web roundups of messages: "柬埔寨人民党主席洪森也发来贺电，祝贺通伦当选…"): the one
# congratulated on a post taken is the recipient
SENT_RE = re.compile(
    _LEAD + _SUBJ + _MID
    + r"(?:也|还|亦)?(?P<verb>发来贺电|发来贺信|发来贺函|发去贺电|发去贺信|致贺电|致贺信|致贺函)[，,]?"
    r"(?:热烈|衷心)?祝贺(?P<obj>[^，。；、]{2,40}?)(?=(?:再次|正式)?(?:当选|就任|连任|荣任|出任|宣誓))"
)
# S 收到 O (发来)的贺电: a message received, its sender the counterpart
RECEIVED_RE = re.compile(
    _LEAD + _SUBJ + _MID + r"(?P<verb>收到)(?P<obj>[^，。；]{2,80}?)(?:发来|致)?的"
    r"(?=贺电|贺信|贺函|来信|来函|信函|慰问电|唁电|口信|复信|复电)"
)
# 由 <leader chain> 率领的 <delegation> / 以 <leader chain> 为团长(、<deputies>为副团长)的 <delegation>
LED_RE = re.compile(
    r"^(?:由|以)?(?P<lead>.+?)(?:率领|带领|领导|为团长|为首|为组长)(?:、(?P<deputies>[^，。；的]{2,40}?)为副团长)?"
    r"的(?P<deleg>[^，。；]*)"
)
# X(等)参加会见 / 参加上述活动
ATTEND_RE = re.compile(
    # 亦有参加会见: the written register's 也 and 有 (attend24)
    r"^(?P<list>[^。；：“”]{2,160}?)(?:等)?(?:也|还|亦)?(?:有)?(?:分别|先后|一同|共同|一起)?(?:陪同)?(?:参加|出席|陪同|参与)(?:了)?"
    # 参加了会见等相关活动; 陪同来访 (a delegation's escort); 出席作陪 (at a banquet)
    # 陪同参加了以上活动: an escort at every exchange told before (以上, as 上述)
    r"(?P<what>(?:上述|以上)(?:活动|会见|会谈|会晤)|(?:这次|此次)?(?:会见|会谈|会晤)(?:等(?:相关)?活动)?|活动|通话|视频会晤"
    # 也出席了今天宴请…团队的晚宴: a banquet named with what it was for (not one held for someone: 为…举行的)
    r"|(?:[^。；：“”，,为举]{0,30}?的)?(?:欢迎)?(?:宴会|晚宴|午宴|招待会)|欢迎仪式|看望|探望|来访|访问|出访|作陪|考察|参观)?"
    # 参加会见和宴请 / 参加会见并(陪同)出席宴会: the meeting and the acts around it, as web reports join them
    r"(?:(?:和|与|及|并|、)(?:陪同)?(?:出席|参加|陪同)?了?(?:宴请|宴会|欢迎宴会|晚宴|午宴|签字仪式|签约仪式|会谈|会见|欢迎仪式|相关活动|活动))*"
    r"[。！]?$"  # 陪同考察: the visitors' escort
)
# <chain><name>(等)表示 — the counterpart speaking, when the delegation was not named
SPEAKER_RE = re.compile(r"^(?P<who>[^，。；：“”]{2,60}?)(?:等人|等)?(?:表示|说|指出|强调|介绍)")
# 在会见X时 — the part of a 分别会见 item about one counterpart
SEPARATE_RE = re.compile(r"在(?:同|与)?(?:会见|会谈|会晤)(?P<who>[^，。]{1,20}?)时(?!任)")  # (时任: "then-serving")
SEMINAR_RE = re.compile(r"宣介会|宣讲会|专题宣介|吹风会")
SPEECH_WORDS = re.compile(r"表示|指出|强调|认为|希望|说|祝贺|感谢|欢迎|介绍|愿|将|曾|已经|还")
# <chain><name>(<time>)(应邀)(率…代表团)对<country>进行…访问， / …访问<country>， / 抵达<place>， — a visit whose
# meetings follow as clauses without a subject (在<city>分别会见…，同…举行会谈)
VISIT_RE = re.compile(
    _LEAD + _SUBJ + rf"(?:{_WHEN})?(?:应邀|应约)?(?:{_WHEN})?(?:率[^，。；]{{1,30}}?)?"
    r"(?:对(?P<where>[^，。；]{2,24}?)进行[^，。；]{0,16}?访问|(?:访问|出访|到访)(?P<where2>[^，。；]{2,24}?)"
    r"|在(?P<where3>[^，。；]{2,12}?)进行[^，。；]{0,8}?访问"  # 率中共代表团在老挝进行友好访问，与A…分别进行会谈
    # 特朗普当地时间11日上午抵达新加坡总统府，与新加坡总理李显龙进行了双边会晤: the arrival, then the exchange
    r"|(?:抵达|到达|飞抵)(?P<where4>[^，。；]{2,16}?)"
    # 习近平刚结束记者会，随即转场会见日本首相安倍晋三: an activity of the subject's own, then the exchange
    # (…一行前往胡志明主席陵敬献花圈…，还看望了…: a visit's stop, then the calls)
    # (率…考察团访问我省: the delegation's name, not what it did)
    r"|(?:刚|在)?(?:结束|出席|参观(?!团)|考察(?!团)|参加|前往|走访)(?P<done>[^，。；]{2,20}?)后?"
    # 率…交流团到吉林市参观访问 / 赴云南考察: the place come to, then the visit
    r"|(?:到|赴|来)(?P<where5>[^，。；到赴来进]{2,12}?)(?:进行)?(?:参观|友好|工作|正式)?(?:访问|考察))"
    r"(?:[并和及][^，。；]*)?[，,]"
)
# <chain><name>率<delegation>访华。 — a foreign delegation's visit to China, told in a sentence of its own
VISIT_CHINA_RE = re.compile(
    _LEAD + _SUBJ + rf"(?:{_WHEN})?(?:应邀|应约)?(?:{_WHEN})?率[^，。；]{{1,30}}?(?:访华|来华访问|访问中国)"
    r"(?:[并和及][^，。；]*)?[，,。]"
)
# <chain><name>会见。 — a chronicle's host meeting the delegation of the sentence before, unnamed
HOST_MET_RE = re.compile(r"^(?P<subj>[^，。；：“”]{2,90}?)(?P<verb>会见|接见|会见并宴请)了?(?:代表团|该团)?[。！]?$")
_CONT_LEAD = (
    r"^(?:并|还|随后|随即|旋即|接着|紧接着|其间|期间|此外|同时|其后|之后|此前)?(?:又|还)?(?:转场)?"
    rf"(?:{_WHEN})?(?:在(?P<place>[^，。；同与和在]{{1,24}}?(?:和[^，。；同与和在]{{1,12}}?)?))?"
)
# clauses without a subject after a visit or a first meeting: 在<city>分别会见A、B / 同C举行会谈
CONT_MEET_RE = re.compile(
    # (还看望了前越南国家主席张晋创: a call on someone)
    # (随后前往总统府晋见马茂总统: going to the call is the call, as after a subject)
    _CONT_LEAD + r"(?P<sep>分别|先后|连续|集体)?(?:专程)?(?:前往[^，。；同与和在]{0,12}?)?" + _COURTESY
    + r"(?P<verb>会见|会晤|接见|拜会|晋见|谒见|拜[访訪](?![^，。；]*?的)|看望|探望)了?(?P<obj>.+)$"
)
CONT_WITH_RE = re.compile(
    _CONT_LEAD + rf"(?P<sep0>分别)?(?:同(?!志)|与|和)(?P<obj>[^。；]{{2,160}}?)(?P<sep>分别|共同|一起)?"
    rf"(?:(?:举行|进行)了?(?P<what>{_EVENT_NAME})|了)?(?P<verb>{MEET_VERBS})"
)
# words that start a clause which is not a list of people (a continuation of 会见's object)
NOT_PERSON_CLAUSE = re.compile(r"^(?:在|同|与|和|并|还|出席|参加|参观|考察|访问|举行|共同|双方|会见|会谈)")
# reported speech: nothing after it is a clause of the report
SPEECH_CUE = re.compile(r"表示|指出|强调|认为|希望|说|“|：")
