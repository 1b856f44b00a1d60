"""The transition table: closed vocabulary, refusals with a Chinese message."""

from __future__ import annotations

import pytest

from gongkai.applications.workflow import (
    ALLOWED_TRANSITIONS,
    Action,
    Status,
    TransitionError,
    allowed_actions,
    check_transition,
    target_status,
)


def test_every_action_has_a_row() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(Action)


def test_it_allows_a_listed_transition() -> None:
    assert target_status(Action.START_PROCESSING, Status.REGISTERED) == Status.IN_PROGRESS


def test_extension_keeps_the_status() -> None:
    assert target_status(Action.EXTEND, Status.CONSULTING) == Status.CONSULTING


@pytest.mark.parametrize("status", [Status.REPLIED, Status.CLOSED, Status.ARCHIVED])
def test_a_concluded_case_cannot_be_withdrawn(status: Status) -> None:
    with pytest.raises(TransitionError) as err:
        check_transition(Action.WITHDRAW, status)
    assert "不能执行“申请人撤回”" in err.value.message


def test_archive_needs_a_closed_case() -> None:
    with pytest.raises(TransitionError) as err:
        check_transition(Action.ARCHIVE, Status.IN_PROGRESS)
    assert "办理中" in err.value.message


def test_nothing_leaves_archived() -> None:
    assert allowed_actions(Status.ARCHIVED) == []


def test_every_status_is_reachable_and_only_the_final_ones_are_dead_ends() -> None:
    initial = {Status.SUBMITTED, Status.REGISTERED}  # online submission / registration by staff
    targets = {to for _, to in ALLOWED_TRANSITIONS.values() if to is not None} | initial
    assert targets == set(Status)
    for status in set(Status) - {Status.ARCHIVED, Status.DISCARDED}:
        assert allowed_actions(status), status


def test_an_unconfirmed_submission_cannot_be_withdrawn() -> None:
    # It was never received, so it must not end up counted as a concluded application.
    with pytest.raises(TransitionError):
        check_transition(Action.WITHDRAW, Status.SUBMITTED)
