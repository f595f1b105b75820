"""Query parameter parsing: every bad value names its parameter."""

from __future__ import annotations

import pytest

from marsad.store import EventFilter
from marsad.web.queries import BadParameter, parse_bbox, parse_day, parse_filter, parse_page


def test_full_filter() -> None:
    f = parse_filter({"since": "2024-05-01", "until": "2024-05-31T12:00:00", "country": "syria",
                      "admin1": " Idlib ", "event_type": "battles", "sub_event_type": "armed clash",
                      "actor": "داعش", "status": "OCCURRED", "bbox": "35,32,43,37.5", "q": " غارة "})
    assert f == EventFilter(since="2024-05-01", until="2024-05-31", country="SY", admin1="Idlib",
                            event_type="Battles", sub_event_type="Armed clash", actor="داعش", status="occurred",
                            bbox=(35.0, 32.0, 43.0, 37.5), q="غارة")
    assert parse_filter({}) == EventFilter()
    assert parse_filter({"country": "", "q": "   "}) == EventFilter()


@pytest.mark.parametrize(("value", "ok"), [("2024-02-29", True), ("2023-02-29", False), ("2024-5-1", False),
                                           ("20240501", False), ("2024-05-01T00:00", True), ("2024-05-01x", False)])
def test_days(value: str, ok: bool) -> None:
    if ok:
        assert parse_day("since", value) == value[:10]
    else:
        with pytest.raises(BadParameter) as info:
            parse_day("since", value)
        assert info.value.param == "since"


@pytest.mark.parametrize("value", ["1,2,3", "1,2,3,4,5", "a,1,2,3", "inf,0,1,1", "-181,0,0,1", "0,-91,1,1",
                                   "5,5,4,6"])
def test_bad_bbox(value: str) -> None:
    with pytest.raises(BadParameter) as info:
        parse_bbox(value)
    assert info.value.param == "bbox"


def test_page() -> None:
    assert parse_page(None, None).limit == 100
    with pytest.raises(BadParameter):
        parse_page(0, 0)
    with pytest.raises(BadParameter):
        parse_page(10, -1)
