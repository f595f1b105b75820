"""Every evidence span of every event on all dev articles is an exact slice of the article."""

from __future__ import annotations

from typing import Any

import marsad


def spans(event: dict[str, Any]) -> list[dict[str, Any]]:
    out = [event["trigger"], event["sentence"]]
    for key in ("date_evidence", "status_evidence"):
        if event.get(key):
            out.append(event[key])
    for key in ("actor1", "actor2", "location", "fatalities", "injured"):
        value = event.get(key)
        if value and value.get("evidence"):
            out.append(value["evidence"])
    for key in ("assoc_actor_1", "assoc_actor_2", "sources"):
        for value in event.get(key) or []:
            if value.get("evidence"):
                out.append(value["evidence"])
    return out


def test_every_span_on_dev_is_exact(dev_articles: list[dict[str, Any]]) -> None:
    checked = 0
    for article in dev_articles:
        result = marsad.extract(article["text"], published=article.get("published"), article_id=article["id"])
        for event in result.events:
            for span in spans(event.to_json()):
                assert article["text"][span["start"] : span["end"]] == span["text"], (article["id"], span)
                checked += 1
    assert checked > 300  # the dev set yields hundreds of spans; none may drift


def test_trigger_and_location_lie_inside_the_sentence(dev_articles: list[dict[str, Any]]) -> None:
    for article in dev_articles[:30]:
        for event in marsad.extract(article["text"], published=article.get("published")).events:
            sentence = event.sentence
            assert sentence.start <= event.trigger.start < event.trigger.end <= sentence.end
