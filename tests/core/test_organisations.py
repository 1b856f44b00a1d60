import pytest
from django.core.exceptions import ValidationError

from gongkai.organisations.demo import demo_credit_code
from gongkai.organisations.models import Organisation


def test_demo_credit_codes_are_valid(cast):
    for org in Organisation.objects.all():
        org.full_clean()


def test_a_wrong_credit_code_check_character_is_refused(cast):
    org = cast.edu
    code = demo_credit_code("640302", 99)
    org.credit_code = code[:17] + ("0" if code[17] != "0" else "1")
    with pytest.raises(ValidationError) as exc:
        org.full_clean()
    assert "校验位错误" in str(exc.value)


def test_the_hierarchy(cast):
    assert cast.edu.parent == cast.litong
    assert cast.litong.region.parent.name == "吴忠市"
    assert cast.litong.is_government and not cast.edu.is_government
