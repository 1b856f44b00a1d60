"""detect() never raises, whatever the text: fragments cut anywhere out of labelled-looking documents.

Each case below once raised (an IndexError deep in a rule); the random part cuts the sets' kind of
text at random places, seeded, so a failure is reproducible."""

import random

import pytest

from gongkai.privacy.detect import detect
from gongkai.privacy.model import PrivacyConfig


@pytest.mark.parametrize(
    "text",
    [
        "电话：12 0123456\n",  # one number part after another, starting with 0: no area code and local
        "该款项交由借款人（身份证号130624195803121232）。\n",  # a role alone before an ID in brackets
        "（",
        "\n\n\n",
        "1．\n2．",
    ],
)
def test_texts_that_once_failed(engine, text):
    detect(text, PrivacyConfig(engine=engine))


SAMPLES = [
    "序号  姓名  性别  身份证号  联系电话  家庭住址\n"
    "1  张三  男  110101199003074514  0951-1234567  某镇某村3组12号\n",
    "申请人：李四，女，1985年3月出生，住某县某镇某路5号2栋301室，电话：13912345678，患糖尿病。\n",
    "<table><tr><td>户主</td><td>身份证号</td></tr><tr><td>王五</td><td>6401********1234</td></tr></table>",
    "遗失声明\n本人邵娣不慎遗失之子秦友清的出生医学证明，编号P460115980，现声明作废。"
    "联系电话：0951 12 0123\n",
    "四至：东至乌云其其格林地，西至沟底，南至赵梅承包地，北至分水岭\n出让方：艾合买提·艾买提、喇娟\n",
]


@pytest.mark.parametrize("seed", range(8))
def test_random_cuts_of_documents_never_fail(engine, seed):
    r = random.Random(seed)
    config = PrivacyConfig(engine=engine)
    for _ in range(300):
        text = r.choice(SAMPLES) + r.choice(SAMPLES)
        a = r.randrange(len(text))
        b = r.randrange(a, len(text) + 1)
        piece = "".join(c for c in text[a:b] if r.random() > 0.05)
        detect(piece, config)
