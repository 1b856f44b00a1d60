"""信息处理费 (国办函〔2020〕109号). Expected amounts are worked out by hand in the comments."""

from datetime import date
from decimal import Decimal

import pytest

from gongkai.law import clock, fees
from gongkai.law.fees import FeeError, FeeMethod, FeeSchedule, Tier


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (0, "0"),
        (30, "0"),  # 30 free pages
        (31, "10"),  # 1 page at 10
        (100, "700"),  # 70 × 10
        (101, "720"),  # 700 + 1 × 20
        (200, "2700"),  # 700 + 100 × 20
        (201, "2740"),  # 2700 + 1 × 40
        (2219, "83460"),  # 700 + 2000 + 2019 × 40 = 83,460 (华商报 case, rules.md §2.2)
    ],
)
def test_page_fee(pages, expected):
    assert fees.page_fee(pages) == Decimal(expected)


@pytest.mark.parametrize(
    ("nth", "expected"),
    [
        (1, "0"),
        (10, "0"),
        (11, "100"),
        (30, "100"),
        (31, "200"),
        (40, "200"),
        (41, "300"),
        (50, "300"),
        (51, "400"),
    ],
)
def test_application_price_rises_by_100_per_block_of_10(nth, expected):
    assert fees.application_price(nth) == Decimal(expected)


def test_applications_fee_is_progressive():
    # Units 9..12 of the month: 0 + 0 + 100 + 100.
    assert fees.applications_fee(8, 4) == Decimal(200)
    # The whole month up to 31: 20 × 100 + 200.
    assert fees.applications_fee(0, 31) == Decimal(2200)


def test_amounts_are_decimal_yuan_with_cents():
    assert fees.page_fee(31).as_tuple().exponent == -2


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_it_rejects_bad_quantities(bad):
    with pytest.raises(FeeError):
        fees.page_fee(bad)


def test_the_first_application_is_number_one():
    with pytest.raises(FeeError):
        fees.application_price(0)


def test_a_custom_schedule():
    # A local rule reading "以10件为一档" as 31–40 = 100 (step starts after the first block).
    schedule = FeeSchedule(
        application_tiers=(Tier(1, 10, Decimal(0)), Tier(11, 40, Decimal(100))),
        page_tiers=(Tier(1, 50, Decimal(0)), Tier(51, None, Decimal(5))),
    )
    assert fees.application_price(40, schedule) == Decimal(100)
    assert fees.application_price(41, schedule) == Decimal(200)
    assert fees.page_fee(60, schedule) == Decimal(50)  # 10 × 5


@pytest.mark.parametrize(
    "tiers",
    [
        (Tier(2, None, Decimal(1)),),  # does not start at 1
        (Tier(1, 10, Decimal(0)), Tier(12, None, Decimal(1))),  # gap
        (Tier(1, None, Decimal(0)), Tier(2, None, Decimal(1))),  # open tier not last
        (Tier(1, None, Decimal(-1)),),  # negative price
        (Tier(1, 10, Decimal(0)),),  # page tiers must end open
    ],
)
def test_a_schedule_rejects_broken_tiers(tiers):
    with pytest.raises(ValueError):
        FeeSchedule(page_tiers=tiers)


def test_assess_by_one_method():
    by_page = fees.assess_fee(pages=2219)
    assert (by_page.method, by_page.amount) == (FeeMethod.PER_PAGE, Decimal(83460))
    by_count = fees.assess_fee(nth_in_month=31)
    assert (by_count.method, by_count.amount) == (FeeMethod.PER_APPLICATION, Decimal(200))


def test_it_refuses_both_methods_for_one_application():
    with pytest.raises(FeeError, match="第三条"):
        fees.assess_fee(pages=100, nth_in_month=12)
    with pytest.raises(FeeError, match="第三条"):
        fees.check_single_method([fees.assess_fee(pages=100), fees.assess_fee(nth_in_month=12)])
    fees.check_single_method([fees.assess_fee(pages=100)])


def test_it_needs_a_quantity():
    with pytest.raises(FeeError):
        fees.assess_fee()


def test_payment_window_counts_20_working_days():
    # Notice received Fri 2024-09-27: same hand count as the 2024 national-day reply case → 10/30.
    assert fees.payment_due(date(2024, 9, 27), calendar=clock.load_calendar()) == date(2024, 10, 30)
