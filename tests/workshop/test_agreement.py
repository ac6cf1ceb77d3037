"""Agreement maths against worked textbook examples, computed by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workbench.core.agreement import (
    cohen_kappa,
    describe_kappa,
    fleiss_kappa,
    fleiss_kappa_counts,
    item_agreement,
    percent_agreement,
)


def two_raters(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> tuple[list, list]:
    first = ["yes"] * (yes_yes + yes_no) + ["no"] * (no_yes + no_no)
    second = ["yes"] * yes_yes + ["no"] * yes_no + ["yes"] * no_yes + ["no"] * no_no
    return first, second


def test_cohen_kappa_of_the_classic_fifty_item_example() -> None:
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = 0.2/0.5 = 0.4
    first, second = two_raters(20, 5, 10, 15)
    assert percent_agreement(first, second) == pytest.approx(0.7)
    assert cohen_kappa(first, second) == pytest.approx(0.4)


def test_cohen_kappa_when_agreement_is_mostly_chance() -> None:
    # p_o = 0.60; p_e = 0.6*0.7 + 0.4*0.3 = 0.54; kappa = 0.06/0.46
    first, second = two_raters(45, 15, 25, 15)
    assert cohen_kappa(first, second) == pytest.approx(0.06 / 0.46)


def test_cohen_kappa_extremes() -> None:
    labels = ["sourced", "denied", "relayed", "unverified", "denied"]
    assert cohen_kappa(labels, labels) == pytest.approx(1.0)
    assert cohen_kappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == pytest.approx(-1.0)
    # Both raters used one label only: chance explains everything, kappa is undefined.
    assert cohen_kappa(["a", "a", "a"], ["a", "a", "a"]) is None


def test_cohen_kappa_over_four_statuses_by_hand() -> None:
    key = list("DDSDURSSU")
    trainee = list("DDSUURSSU")
    # p_o = 8/9; p_e = (3*2 + 3*3 + 2*3 + 1*1)/81 = 22/81; kappa = (72-22)/(81-22) = 50/59
    assert cohen_kappa(trainee, key) == pytest.approx(50 / 59)


def test_fleiss_kappa_of_the_fourteen_rater_example() -> None:
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    # Column totals 20, 28, 39, 21, 32 of 140; the P_i add up to 688/182.
    observed = Fraction(688, 182 * 10)
    expected = Fraction(20**2 + 28**2 + 39**2 + 21**2 + 32**2, 140**2)
    kappa = (observed - expected) / (1 - expected)
    assert fleiss_kappa_counts(table) == pytest.approx(float(kappa))
    assert fleiss_kappa_counts(table) == pytest.approx(0.2099, abs=1e-4)


def test_fleiss_kappa_from_labels_matches_the_table_form() -> None:
    ratings = [["D", "D", "S"], ["D", "D", "S"], ["S"] * 3, ["U", "D", "U"], ["U"] * 3]
    categories = ["S", "R", "D", "U"]
    table = [[row.count(c) for c in categories] for row in ratings]
    assert fleiss_kappa(ratings, categories) == pytest.approx(fleiss_kappa_counts(table))


def test_fleiss_kappa_of_three_trainees_by_hand() -> None:
    ratings = [
        list("DDS"),
        list("DDS"),
        list("SSS"),
        list("UDU"),
        list("UUU"),
        list("RRR"),
        list("SSS"),
        list("SSS"),
        list("UUU"),
    ]
    # P-bar = 7/9; shares D 5, S 11, U 8, R 3 of 27 -> P_e = 219/729; kappa = 348/510
    assert fleiss_kappa(ratings, list("SRDU")) == pytest.approx(348 / 510)


def test_fleiss_kappa_edges() -> None:
    assert fleiss_kappa([["a", "a"], ["b", "b"]], ["a", "b"]) == pytest.approx(1.0)
    assert fleiss_kappa([["a", "a"], ["a", "a"]], ["a", "b"]) is None
    with pytest.raises(ValueError):
        fleiss_kappa_counts([[1, 1], [2, 1]])
    with pytest.raises(ValueError):
        fleiss_kappa_counts([[1, 0]])
    with pytest.raises(ValueError):
        fleiss_kappa([["a", "z"]], ["a", "b"])


def test_item_agreement_and_wording() -> None:
    assert item_agreement([3, 0, 0, 0]) == 1.0
    assert item_agreement([2, 1, 0, 0]) == pytest.approx(1 / 3)
    assert item_agreement([1, 1, 1, 0]) == 0.0
    assert describe_kappa(None) == "undefined"
    assert describe_kappa(-0.1) == "poor"
    assert describe_kappa(0.15) == "slight"
    assert describe_kappa(0.55) == "moderate"
    assert describe_kappa(0.68) == "substantial"
    assert describe_kappa(0.95) == "almost perfect"


def test_agreement_needs_matching_ratings() -> None:
    with pytest.raises(ValueError):
        percent_agreement(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        percent_agreement([], [])
