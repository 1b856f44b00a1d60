"""Table 三 dispositions and applicant kinds (国办公开办函〔2021〕30号; report-format.md; rules.md §1.11)."""

import pytest

from gongkai.law import dispositions as d

# The 21 disposition row keys of report-format.md, in the official order.
REPORT_FORMAT_KEYS = (
    "granted",
    "partially_granted",
    "withheld_state_secret",
    "withheld_prohibited_by_law",
    "withheld_security_stability",
    "withheld_third_party",
    "withheld_internal_affairs",
    "withheld_process_info",
    "withheld_enforcement_file",
    "withheld_inquiry_matter",
    "unable_not_held",
    "unable_needs_creation",
    "unable_still_unclear",
    "rejected_petition",
    "rejected_repeat",
    "rejected_publication",
    "rejected_excessive",
    "rejected_confirmation",
    "other_no_correction",
    "other_no_fee",
    "other_other",
)


def test_keys_are_exactly_those_of_the_report_format():
    assert d.DISPOSITION_KEYS == REPORT_FORMAT_KEYS


def test_rows_are_numbered_within_their_group():
    assert d.DISPOSITION_BY_KEY["withheld_inquiry_matter"].row == "三(三)8"
    assert d.DISPOSITION_BY_KEY["other_no_fee"].row == "三(六)2"
    assert d.DISPOSITION_BY_KEY["granted"].row == "三(一)"


def test_labels_are_the_official_ones():
    assert d.DISPOSITION_BY_KEY["withheld_security_stability"].label == "危及“三安全一稳定”"
    assert d.Group.UNABLE.label == "（四）无法提供"


@pytest.mark.parametrize(
    ("basis", "row"),
    [
        ("art36_2", "granted"),
        ("art37", "partially_granted"),
        ("art14_state_secret", "withheld_state_secret"),
        ("art15_third_party", "withheld_third_party"),
        ("art16_2_enforcement", "withheld_enforcement_file"),
        ("art36_7", "withheld_inquiry_matter"),
        ("art38", "unable_needs_creation"),
        ("art30_still_unclear", "unable_still_unclear"),
        ("art39_1", "rejected_petition"),
        ("art36_6", "rejected_repeat"),
        ("art39_2", "rejected_publication"),
        ("art35", "rejected_excessive"),
        ("art30_no_correction", "other_no_correction"),
        ("fee_unpaid", "other_no_fee"),
        ("withdrawn", "other_other"),
    ],
)
def test_fixed_mappings_follow_rules_1_11(basis, row):
    assert d.disposition_for(basis) == row


def test_unverified_mappings_have_defaults():
    assert d.disposition_for("art36_1") == "granted"
    assert d.disposition_for("art36_4") == "unable_not_held"
    assert d.disposition_for("art36_5") == "unable_not_held"


def test_unverified_mappings_are_configurable():
    mapping = d.DispositionMapping(already_published="other_other", not_responsible="other_other")
    assert d.disposition_for("art36_1", mapping) == "other_other"
    assert d.disposition_for("art36_5", mapping) == "other_other"
    assert [b.key for b in d.bases_for("other_other", mapping)] == [
        "withdrawn",
        "other",
        "art36_1",
        "art36_5",
    ]


def test_a_mapping_to_an_unknown_row_is_refused():
    with pytest.raises(ValueError):
        d.DispositionMapping(does_not_exist="lost")


def test_every_basis_lands_in_exactly_one_row():
    for key in d.BASES:
        assert d.disposition_for(key) in d.DISPOSITION_BY_KEY
        assert (
            sum(key in row.bases for row in d.DISPOSITIONS) + (key in d.DEFAULT_MAPPING.configurable()) == 1
        )


def test_every_row_has_a_basis_with_the_default_mapping():
    for row in d.DISPOSITIONS:
        assert d.bases_for(row.key), row.key


def test_unable_not_held_takes_articles_36_4_and_36_5_by_default():
    assert [b.citation for b in d.bases_for("unable_not_held")] == [
        "条例第三十六条第（四）项",
        "条例第三十六条第（五）项",
    ]


def test_an_unknown_basis_is_an_error():
    with pytest.raises(KeyError):
        d.disposition_for("art99")


def test_applicant_kinds_are_the_six_columns():
    assert [k.value for k in d.ApplicantKind] == [
        "natural_person",
        "commercial",
        "research",
        "social_welfare",
        "legal_service",
        "other_org",
    ]
    assert d.ApplicantKind.SOCIAL_WELFARE.label == "社会公益组织"
    assert not d.ApplicantKind.NATURAL_PERSON.is_organisation
    assert d.ApplicantKind.OTHER_ORG.is_organisation
