import json

from gongkai.privacy.gate import GateResult, Policy, mask_text, scan_file, scan_text
from gongkai.privacy.model import PrivacyConfig


def test_health_only_warns_by_default():
    hits = scan_text("户主张三，肢体残疾二级")
    result = GateResult(None, hits)
    assert [h.kind for h in result.blocking] == ["name"]
    assert [h.kind for h in result.warnings] == ["health"]
    assert not result.may_publish


def test_a_policy_can_make_a_kind_warn_only():
    result = GateResult(None, scan_text("联系人：张三"), policy=Policy(frozenset(), frozenset({"name"})))
    assert result.may_publish and result.warnings


def test_results_are_json_serialisable_for_the_audit_trail(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("手机13812341234", encoding="utf-8")
    dicts = scan_file(path).as_dicts()
    assert json.loads(json.dumps(dicts)) == [
        {
            "kind": "mobile",
            "start": 2,
            "end": 13,
            "text": "13812341234",
            "masked": "138****1234",
            "page": None,
        }
    ]


def test_mask_text_masks_everything_but_health():
    assert mask_text("户主张三，肢体残疾二级，手机13812341234") == "户主张*，肢体残疾二级，手机138****1234"


def test_mask_text_honours_the_config():
    assert mask_text("手机13812341234", PrivacyConfig(mask_char="×")) == "手机138××××1234"


def test_a_clean_file_is_clean(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("本机关2022年共受理申请12件。", encoding="utf-8")
    result = scan_file(path)
    assert result.clean and result.may_publish
