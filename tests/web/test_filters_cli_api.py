"""One filter layer: ``marsad events`` and ``/api/events`` give the same events and the same errors."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from marsad.cli.store import events as events_cmd
from marsad.store import EventFilter, open_store
from marsad.store.filters import FilterError, parse_filter


def _cli_args(params: dict[str, str]) -> list[str]:
    args: list[str] = []
    for name, value in params.items():
        args += ["-q" if name == "q" else f"--{name.replace('_', '-')}", value]
    return args


def _cli(db: str, params: dict[str, str]) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(events_cmd, ["--db", db, "--limit", "5000", *_cli_args(params)])
    ids = [line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()]
    return result.exit_code, ids, result.stderr


def _api(client: TestClient, params: dict[str, str]) -> tuple[int, Any]:
    response = client.get("/api/events", params={**params, "limit": "5000"})
    return response.status_code, response.json()


SAME = [
    {},
    {"event_type": "Battles"},
    {"event_type": "battles"},
    {"event_type": "EXPLOSIONS/REMOTE VIOLENCE", "sub_event_type": "air/drone strike"},
    {"status": "OCCURRED", "country": "syr"},
    {"since": "2024-05-03", "until": "2024-05-06"},
    {"actor": "قوات النظام"},
    {"actor": "military forces of syria"},
    {"actor": "المتظاهرين"},
    {"actor": "مسلحين مجهولين"},
    {"actor": "مجموعه مسلحه مجهوله"},  # ه for ة
    {"q": "غارات"},
    {"q": "غاره"},  # another spelling and number of the same word
    {"q": "الاشتباكات"},
    {"admin1": "idlib"},
    {"bbox": "35.5,35.0,37.5,36.6"},
]


@pytest.mark.parametrize("params", SAME, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items()) or "none")
def test_cli_and_api_give_the_same_events(web_db: str, client: TestClient, params: dict[str, str]) -> None:
    code, ids, stderr = _cli(web_db, params)
    status, body = _api(client, params)
    assert code == 0, stderr
    assert status == 200, body
    assert ids == [e["event_id_cnty"] for e in body["events"]]
    assert f"of {body['total']} events" in stderr


def _total(client: TestClient, params: dict[str, str]) -> int:
    status, body = _api(client, params)
    assert status == 200, body
    return int(body["total"])


def test_spelling_case_and_aliases_find_the_same_events(client: TestClient) -> None:
    assert _total(client, {"event_type": "battles"}) == _total(client, {"event_type": "Battles"}) > 0
    assert _total(client, {"q": "غاره"}) == _total(client, {"q": "الغارات"}) == _total(client, {"q": "غارة"}) > 0
    assert _total(client, {"actor": "مجموعه مسلحه مجهوله"}) == _total(client, {"actor": "مسلحين مجهولين"}) \
        == _total(client, {"actor": "unidentified armed group"}) > 0
    assert _total(client, {"actor": "المتظاهرين"}) == _total(client, {"actor": "Protesters"}) > 0
    assert _total(client, {"actor": "قوات النظام"}) == _total(client, {"actor": "Military Forces of Syria"}) > 0
    assert _total(client, {"q": "غارة"}) < _total(client, {})


BAD = [
    ({"since": "yesterday"}, "since", "'yesterday' is not a date (YYYY-MM-DD)"),
    ({"since": "2024-13-01"}, "since", "'2024-13-01' is not a date (YYYY-MM-DD)"),
    ({"event_type": "Foo"}, "event_type", "unknown value 'Foo'; one of: Battles, "),
    ({"status": "bogus"}, "status", "unknown value 'bogus'; one of: occurred, denied, planned"),
    ({"country": "Narnia"}, "country", "unknown country 'Narnia'"),
    ({"event_type": "Battles", "sub_event_type": "Air/drone strike"}, "sub_event_type", "is not a sub-event type"),
    ({"bbox": "1,2,3"}, "bbox", "expected four numbers"),
]


@pytest.mark.parametrize("params,param,message", BAD, ids=[b[1] + "=" + next(iter(b[0].values())) for b in BAD])
def test_cli_and_api_give_the_same_error(
    web_db: str, client: TestClient, params: dict[str, str], param: str, message: str
) -> None:
    with pytest.raises(FilterError) as caught:
        parse_filter(params)
    assert caught.value.param == param and message in caught.value.message
    code, ids, stderr = _cli(web_db, params)
    status, body = _api(client, params)
    assert (code, ids) == (2, [])
    assert f"'--{param.replace('_', '-')}'" in stderr and caught.value.message in stderr
    if param == "event_type":
        assert "Strategic developments" in stderr  # the allowed values are listed
    assert status == 400 and body == {"ok": False, "error": str(caught.value), "status": 400}


def test_filters_reach_the_store_folded(web_db: str) -> None:
    """An ``EventFilter`` built by hand (Python API) matches without regard to case either."""
    with open_store(web_db, read_only=True) as store:
        lower, _ = store.query_events(EventFilter(event_type="battles", status="OCCURRED"))
        upper, _ = store.query_events(EventFilter(event_type="Battles", status="occurred"))
    assert lower == upper > 0
