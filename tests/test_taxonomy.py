"""The taxonomy enums against the codebook (read from ../shared), and how their members serialize."""

from __future__ import annotations

import json
import re

import pytest

from marsad.lang.ar import triggers as lexicon
from marsad.taxonomy import EVENT_TYPE, EVENT_TYPES, EventType, Inter, Status, SubEventType, taxonomy_json
from tests.conftest import SHARED

CODEBOOK = SHARED / "docs" / "codebook.md"


def _section(number: int) -> str:
    if not CODEBOOK.exists():
        pytest.skip("../shared/docs/codebook.md is not here")
    text = CODEBOOK.read_text(encoding="utf-8")
    start = re.search(rf"^## {number}\. .*$", text, re.M)
    assert start is not None, f"the codebook has no section {number}"
    end = re.search(r"^## ", text[start.end():], re.M)
    return text[start.end(): start.end() + end.start() if end else len(text)]


def _table_rows(section: str) -> list[list[str]]:
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.strip().startswith("|")]
    return [r for r in rows[2:]]  # without the header and its rule


def test_event_and_sub_event_types_are_the_codebooks() -> None:
    pairs = {(row[0], row[1]) for row in _table_rows(_section(2))}
    assert len(pairs) > 20
    assert {(str(sub.event_type), str(sub)) for sub in SubEventType} == pairs
    assert {str(t) for t in EventType} == {t for t, _ in pairs}


def test_statuses_are_the_codebooks() -> None:
    statuses = [row[0] for row in _table_rows(_section(3))]
    assert [str(s) for s in Status] == statuses


def test_inter_codes_are_the_codebooks() -> None:
    fields = _section(4)
    listed = re.search(r"`inter` \((.*?)\)", fields)
    assert listed is not None
    named = dict(re.findall(r"(\d) ([^,]+?)(?:,|$)", listed.group(1)))
    assert {int(code): name.strip() for code, name in named.items()} == {int(i): i.label for i in Inter}


def test_members_serialize_as_their_codebook_strings() -> None:
    sub = SubEventType.AIR_DRONE_STRIKE
    assert json.dumps({"sub": sub, "status": Status.OCCURRED, "inter": Inter.CIVILIANS}) == (
        '{"sub": "Air/drone strike", "status": "occurred", "inter": 7}')
    assert f"{sub}|{Status.DENIED}" == "Air/drone strike|denied" and str(EventType.RIOTS) == "Riots"
    assert sub == "Air/drone strike" and {"Air/drone strike": 1}[sub] == 1
    assert json.loads(json.dumps(taxonomy_json()))["event_types"][0]["sub_event_types"][0] == str(
        next(iter(EventType)).sub_event_types[0])


def test_every_sub_type_has_one_type() -> None:
    assert set(EVENT_TYPE) == set(SubEventType)
    assert sorted(s for subs in EVENT_TYPES.values() for s in subs) == sorted(SubEventType)


def test_the_lexicon_names_only_codebook_sub_types() -> None:
    """Trigger values are sub-event types, or one of the lexicon's hypotheses that context resolves."""
    hypotheses = {lexicon.TERRITORY, lexicon.STRIKE, lexicon.KILLING}
    for sub, _ in [*lexicon.LEMMAS.values(), *lexicon.PHRASES.values()]:
        assert sub in EVENT_TYPE or sub in hypotheses, sub
    assert lexicon.EVENT_TYPE == EVENT_TYPE  # the lexicon's own copy of the table agrees
