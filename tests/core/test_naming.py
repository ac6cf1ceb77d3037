"""Names people read: case titles taken from a question, and trainees in the order they count."""

from __future__ import annotations

from workbench.core.text import natural_key, title_from_question
from workbench.core.vocabulary import Status
from workbench.core.workshop import AnswerKey, MarkedClaim, TraineeAnswers, compare


def test_a_short_question_is_its_own_title() -> None:
    assert title_from_question("  Was the port  closed?\nMore detail.") == "Was the port closed?"
    assert title_from_question("") == ""


def test_a_long_question_is_cut_at_a_word() -> None:
    question = "هل أغلقت هيئة المنافذ الحدودية في قرمار معبر تل صفرة يوم الثالث من آذار كما قيل؟"
    title = title_from_question(question)
    assert title.endswith("…") and len(title) <= 61
    assert question.startswith(title[:-1])
    assert title[-2] != " "


def test_numbers_sort_as_numbers() -> None:
    names = ["Trainee 10", "trainee 2", "Trainee 1", "Trainee 11", "Amal"]
    assert sorted(names, key=natural_key) == [
        "Amal",
        "Trainee 1",
        "trainee 2",
        "Trainee 10",
        "Trainee 11",
    ]


def test_trainees_are_compared_in_natural_order() -> None:
    claim = MarkedClaim("c1", "The crossing was closed", Status.DENIED)
    key = AnswerKey("case", "Tel Safra", (claim,))
    group = [
        TraineeAnswers(name, "case", "Tel Safra", (claim,))
        for name in ("Trainee 1", "Trainee 10", "Trainee 11", "Trainee 2")
    ]
    result = compare(key, group)
    order = ["Trainee 1", "Trainee 2", "Trainee 10", "Trainee 11"]
    assert list(result.trainees) == order
    assert [s.name for s in result.scores] == order
