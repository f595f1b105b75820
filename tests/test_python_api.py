"""The Python API: ``to_json()`` is the JSON text, ``to_dict()`` the dict; ``published`` is checked."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.days import DayError, iso_day

TEXT = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب أمس، ما أسفر عن مقتل ثلاثة مدنيين."


def test_to_json_is_a_json_string_and_to_dict_the_dict() -> None:
    result = marsad.extract(TEXT, published="2024-03-12", article_id="t1")
    text = result.to_json()
    assert isinstance(text, str) and "كفرنبل" in text  # Arabic kept as is
    assert json.loads(text) == result.to_dict()
    assert result.to_dict()["article_id"] == "t1" and result.to_dict()["events"]
    assert json.loads(result.to_json(indent=1)) == result.to_dict()


@pytest.mark.parametrize("given,day", [("2024-03-12", "2024-03-12"), ("2024-03-12T08:30:00+03:00", "2024-03-12"),
                                       ("25/03/2024", "2024-03-25"), ("2024/3/5", "2024-03-05"),
                                       ("Tue, 12 Mar 2024 10:00:00 +0000", "2024-03-12"), ("05/05/2024", "2024-05-05")])
def test_unambiguous_days_are_read(given: str, day: str) -> None:
    assert iso_day(given) == day


def test_published_is_used_once_read() -> None:
    result = marsad.extract(TEXT, published="25/03/2024")
    assert result.published == "2024-03-25"
    assert result.events and result.events[0].date == "2024-03-24"  # أمس: the day before


@pytest.mark.parametrize("given,why", [("12/03/2024", "ambiguous (2024-03-12 or 2024-12-03)"),
                                       ("yesterday", "not a date"), ("2024-13-01", "month must be in 1..12"),
                                       ("31/02/2024", "not a date")])
def test_bad_published_is_a_clear_error(given: str, why: str) -> None:
    with pytest.raises(DayError, match=why.replace("(", r"\(").replace(")", r"\)")):
        iso_day(given)
    with pytest.raises(marsad.InputError, match="published: ") as caught:
        marsad.extract(TEXT, published=given)
    assert repr(given) in str(caught.value)
