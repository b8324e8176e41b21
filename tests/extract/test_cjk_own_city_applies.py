"""The network's members, then the text's own city applying in a clause of its own:
"全球学习型城市网络共有294个成员城市、我市自2019年起积极筹备申报" (b12 zh archive page),
"加盟都市は294都市で、本市は来年の申請を目指す", "회원 도시는 294곳이며 시는 올해 가입 신청을
준비하고 있다". The one that applies is the next clause's subject (Language.own_subjects);
before, the word of applying after the count made it a count of applicants (unverifiable),
and a stale total passed."""

from __future__ import annotations

import pytest

from lcnet.extract import find_mentions, read_document

HEAD = {
    "zh": "我市推进学习型城市建设\n2025年5月20日\n\n",
    "ja": "本市の学習都市づくり\n2025年5月20日\n\n",
    "ko": "우리 시 학습도시 추진 현황\n2025년 5월 20일\n\n",
}


def _read(language: str, sentence: str) -> list[tuple[str, int]]:
    found = find_mentions(read_document(HEAD[language] + sentence + "\n", "text"), language)
    return [(m.metric.value, m.value) for m in found]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("zh", "联合国教科文组织全球学习型城市网络共有294"
         "个成员城市，我市自2019年起积极筹备申报。"),
        ("zh", "全球学习型城市网络目前有294个成员城市，我市正在准备申请加入。"),
        ("zh", "目前全球有294个城市加入联合国教科文组织全球学习型城市网络，我区也在积极申请。"),
        ("zh", "全球学习型城市网络由294个成员城市组成，本市申报工作已启动。"),
        ("ja", "ユネスコ学習都市グローバルネットワークの加盟"
         "都市は294都市で、本市は来年の申請を目指す。"),
        ("ja", "ユネスコ学習都市グローバルネットワークには現在"
         "294都市が参加しており、当市も申請する方針だ。"),
        ("ko", "유네스코 글로벌 학습도시 네트워크 회원 도시는 2"
         "94곳이며 시는 올해 가입 신청을 준비하고 있다."),
        ("ko", "유네스코 글로벌 학습도시 네트워크는 294개 도시로"
         " 구성돼 있고, 우리 군은 내년에 가입을 신청한다."),
    ],
)  # fmt: skip
def test_the_members_before_the_own_city_applying(language: str, sentence: str) -> None:
    assert _read(language, sentence) == [("total_cities", 294)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the applicants themselves, counted: no own city between the count and the word
        ("zh", "另有30个城市正在申请加入全球学习型城市网络。", [("candidate_cities", 30)]),
        ("ja", "ユネスコ学習都市グローバルネットワークには国内の12市町村が加盟を申請している。",
         [("candidate_cities", 12)]),
        # the own city among the applicants, before the count: still applicants
        ("zh", "包括我市在内的12个城市正在申报全球学习型城市网络。",
         [("candidate_cities", 12)]),
    ],
)  # fmt: skip
def test_applicants_are_still_read(
    language: str, sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(language, sentence) == expected
