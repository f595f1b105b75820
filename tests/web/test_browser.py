"""End-to-end: Debian's chromium driven by Playwright against the app served by uvicorn on loopback.

Set ``MARSAD_CHROMIUM`` to another chromium executable; the tests are skipped when none is found.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from live import CHROMIUM, have_chromium, launched_chromium
from web_data import ARTIFACTS, XSS_IMG, XSS_SCRIPT

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")


if not have_chromium():
    pytest.skip(f"no chromium executable at {CHROMIUM} (apt-get install chromium, or set MARSAD_CHROMIUM)",
                allow_module_level=True)

Page = Any


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium(sync_api) as instance:
        yield instance


class Loaded:
    """A page with the map loaded, and every console error and uncaught exception it produced."""

    def __init__(self, page: Page, errors: list[str]) -> None:
        self.page = page
        self.errors = errors


@pytest.fixture
def loaded(browser: Any, live_url: str) -> Iterator[Loaded]:
    # bypass_csp: Playwright's wait_for_function evaluates strings, which the page's CSP forbids; it also
    # makes the markup test check the page's own DOM building, not the CSP safety net behind it.
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="en-US", bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    page.goto(live_url + "/")
    page.wait_for_function("window.marsad && window.marsad.ready === true", timeout=20_000)
    try:
        yield Loaded(page, errors)
    finally:
        context.close()


def api_get(live_url: str, path: str, **params: Any) -> dict[str, Any]:
    response = httpx.get(live_url + path, params=params, timeout=20, trust_env=False)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def wait_for_load(page: Page, before: int) -> None:
    page.wait_for_function(f"window.marsad.state.loads > {before}", timeout=20_000)


def visible_marker_total(page: Page) -> int:
    """Markers on screen: single markers plus the counts written on the clusters."""
    total: int = page.evaluate("""() => {
        let n = document.querySelectorAll('.leaflet-marker-pane .ev-marker').length;
        document.querySelectorAll('.leaflet-marker-pane .marker-cluster').forEach(c => n += parseInt(c.textContent, 10));
        return n;
    }""")
    return total


def check_highlights(page: Page, event: dict[str, Any]) -> int:
    """Every evidence span of every report is highlighted with exactly its text; returns how many."""
    checked = 0
    for report in event["reports"]:
        section = page.locator(f'.report[data-report-id="{report["id"]}"]')
        assert section.count() == 1
        sentence = section.locator("blockquote.sentence")
        assert sentence.get_attribute("dir") == "rtl" and sentence.get_attribute("lang") == "ar"
        assert sentence.text_content() == report["sentence"]["text"]
        for field, value in report["evidence"].items():
            if field == "sentence":
                continue
            items = value if isinstance(value, list) else [value]
            for i, span in enumerate(items):
                key = f"{field}.{i}" if isinstance(value, list) else field
                texts: list[str] = section.evaluate(
                    "(node, key) => Array.from(node.querySelectorAll('mark.hl'))"
                    ".filter(m => (m.dataset.fields || '').split(' ').includes(key)).map(m => m.textContent)",
                    key)
                assert "".join(texts) == span["text"], (field, texts, span)
                checked += 1
    return checked


def test_page_loads_without_console_errors_and_shows_markers(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    located = [e for e in api_get(live_url, "/api/events", limit=5000)["events"]
               if e["location"]["lat"] is not None]
    assert located
    page.wait_for_function(f"window.marsad.cluster.getLayers().length === {len(located)}")
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-marker-pane .ev-marker, .leaflet-marker-pane .marker-cluster').length > 0")
    page.wait_for_timeout(600)  # the fit-bounds animation
    assert visible_marker_total(page) == len(located)
    assert page.locator("#legend .legend-row").count() == 6
    assert page.locator(".event-item").count() == len(located)
    assert page.locator("#timeline-svg .bar").count() > 0
    assert page.locator(".leaflet-basemap-pane path").count() > 100  # country outlines of the offline basemap
    assert loaded.errors == []


def _click_some_marker(page: Page) -> None:
    """Zoom into clusters until a single marker shows, then click it (again, once the zoom
    animation has settled, if the first click landed while markers were still moving)."""
    for _ in range(12):
        single = page.locator(".leaflet-marker-pane .ev-marker")
        if single.count():
            for attempt in range(3):
                single.first.click()
                try:
                    page.wait_for_selector("#event-panel .event-title", timeout=5000)
                    return
                except sync_api.TimeoutError:
                    page.wait_for_timeout(700 * (attempt + 1))
            return
        page.locator(".leaflet-marker-pane .marker-cluster").first.click()
        page.wait_for_timeout(700)
    raise AssertionError("no single marker after zooming in")


def test_marker_click_opens_event_with_highlighted_evidence(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    _click_some_marker(page)
    page.wait_for_selector("#event-panel .event-title")
    page.wait_for_selector("#event-panel .report blockquote.sentence")
    event_id = page.locator("#event-panel .event-title").get_attribute("data-event-id")
    assert event_id
    event = api_get(live_url, f"/api/events/{event_id}")["event"]
    assert check_highlights(page, event) >= 2
    if event["notes"]:
        notes = page.locator("#event-panel .notes")
        assert notes.text_content() == event["notes"] and notes.get_attribute("dir") == "ltr"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-after-click.png"), full_page=True)
    assert loaded.errors == []


def test_list_click_opens_each_event(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    events = api_get(live_url, "/api/events", limit=5000)["events"]
    total = 0
    for summary in events:
        page.locator(f'.event-item[data-event-id="{summary["id"]}"]').click()
        page.wait_for_selector(f'#event-panel .event-title[data-event-id="{summary["id"]}"]')
        event = api_get(live_url, f"/api/events/{summary['id']}")["event"]
        total += check_highlights(page, event)
        for report in event["reports"]:
            section = page.locator(f'.report[data-report-id="{report["id"]}"]')
            href = section.locator("a.article-json").get_attribute("href")
            assert href == f"/api/articles/{report['article']['key']}"
            if report["url"].startswith("https://"):
                assert section.locator("a.article-url").get_attribute("href") == report["url"]
    assert total > len(events)
    assert loaded.errors == []


def test_filter_change_updates_markers_and_timeline(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    everything = api_get(live_url, "/api/stats")
    assert page.locator("#timeline-svg").get_attribute("data-total") == str(everything["total"])
    chosen = min(everything["by_event_type"], key=lambda r: r["count"])
    assert chosen["count"] < everything["total"]
    before = page.evaluate("window.marsad.state.loads")
    page.select_option("#f-event-type", chosen["event_type"])
    wait_for_load(page, before)
    expected = api_get(live_url, "/api/events", event_type=chosen["event_type"], limit=5000)["total"]
    assert expected == chosen["count"]
    page.wait_for_function(f"window.marsad.cluster.getLayers().length === {expected}")
    assert page.locator(".event-item").count() == expected
    assert page.locator("#timeline-svg").get_attribute("data-total") == str(expected)
    bars = page.locator("#timeline-svg .bar")
    assert sum(int(bars.nth(i).get_attribute("data-count") or 0) for i in range(bars.count())) == expected

    # country filter too: the map and the timeline follow
    before = page.evaluate("window.marsad.state.loads")
    page.select_option("#f-event-type", "")
    wait_for_load(page, before)
    before = page.evaluate("window.marsad.state.loads")
    page.select_option("#f-country", "YE")
    wait_for_load(page, before)
    yemen = api_get(live_url, "/api/stats", country="YE")["total"]
    page.wait_for_function(f"window.marsad.cluster.getLayers().length === {yemen}")
    assert page.locator("#timeline-svg").get_attribute("data-total") == str(yemen)
    assert loaded.errors == []


def test_timeline_range_selection_filters_map_and_list(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    box = page.locator("#timeline-svg").bounding_box()
    assert box
    before = page.evaluate("window.marsad.state.loads")
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    wait_for_load(page, before)
    since = page.input_value("#f-since")
    until = page.input_value("#f-until")
    assert since and until and since <= until
    expected = api_get(live_url, "/api/events", since=since, until=until, limit=5000)["total"]
    total = api_get(live_url, "/api/events", limit=1)["total"]
    assert 0 < expected < total
    page.wait_for_function(f"window.marsad.cluster.getLayers().length === {expected}")
    assert page.locator(".event-item").count() == expected
    assert page.locator("#timeline-svg .selection").get_attribute("visibility") == "visible"
    before = page.evaluate("window.marsad.state.loads")
    page.click("#clear-range")
    wait_for_load(page, before)
    page.wait_for_function(f"window.marsad.cluster.getLayers().length === {total}")
    assert loaded.errors == []


def test_untrusted_article_markup_is_shown_as_text(loaded: Loaded, live_url: str) -> None:
    page = loaded.page
    article = api_get(live_url, "/api/articles/t-xss")["article"]
    report = article["reports"][0]
    event_id = report["event_id"]
    page.locator(f'.event-item[data-event-id="{event_id}"]').click()
    section = page.locator(f'.report[data-report-id="{report["id"]}"]')
    section.wait_for()
    # the sentence holds the start of the markup, as text
    assert "<script>" in (section.locator("blockquote.sentence").text_content() or "")
    # title and outlet are markup, shown as text; the javascript: URL is not linked
    assert section.locator(".article-title").text_content() == XSS_IMG
    assert section.locator(".outlet").text_content() == "<b>مصدر</b>"
    assert section.locator("a.article-url").count() == 0
    # the whole article, on demand: markup as text
    section.locator("button.show-article").click()
    text_box = section.locator(".article-text")
    text_box.wait_for()
    shown = text_box.text_content() or ""
    assert XSS_SCRIPT in shown and XSS_IMG in shown
    assert shown == article["text"]
    assert page.locator("#event-panel script, #event-panel img, #event-panel b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert loaded.errors == []


def test_deep_link_opens_event(browser: Any, live_url: str) -> None:
    event = api_get(live_url, "/api/events", limit=1)["events"][0]
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(f"{live_url}/#event={event['id']}")
        page.wait_for_selector(f'#event-panel .event-title[data-event-id="{event["id"]}"]')
    finally:
        context.close()
