"""The analyst's workbench in Debian's chromium (Playwright): basemap, panel and list, filters in the
URL, export of the view, review; on the test articles and on 300 real bulk articles.

Screenshots of each state go to ``test-artifacts/``. Skipped without chromium or playwright.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from live import CHROMIUM, have_chromium, launched_chromium, serving
from web_data import ARTICLES, ARTIFACTS, XSS_IMG

from marsad.ingest import ingest
from marsad.store import open_store
from marsad.web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")

BULK = Path(__file__).resolve().parents[3] / "shared" / "data" / "articles" / "bulk.jsonl.gz"
TOKEN = "tok-workbench-0123456789"
SEPARATORS = {"", "·", "—", "،", "(", ")", ":"}

if not have_chromium():
    pytest.skip(f"no chromium executable at {CHROMIUM}", allow_module_level=True)

pytestmark = pytest.mark.server

Page = Any


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium(sync_api) as instance:
        yield instance


class Session:
    """A page with the map loaded, its console errors, and every URL it requested."""

    def __init__(self, page: Page, errors: list[str], requests: list[str]) -> None:
        self.page = page
        self.errors = errors
        self.requests = requests


@contextmanager
def session(browser: Any, url: str, wait: bool = True, **context: Any) -> Iterator[Session]:
    ctx = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="en-US", bypass_csp=True,
                              **context)
    page = ctx.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    page.on("request", lambda req: requests.append(req.url))
    page.goto(url)
    if wait:
        ready(page)
    try:
        yield Session(page, errors, requests)
    finally:
        ctx.close()


def ready(page: Page) -> None:
    page.wait_for_function("window.marsad && window.marsad.ready === true", timeout=20_000)
    page.wait_for_timeout(500)  # the fit-bounds animation


def zoom_to(page: Page, lat: float, lon: float, zoom: int) -> None:
    # (the arrow function returns nothing: returning the map would serialize all of Leaflet)
    page.evaluate(f"() => {{ window.marsad.map.setView([{lat}, {lon}], {zoom}, {{animate: false}}); }}")
    page.wait_for_function(f"window.marsad.labels && window.marsad.labels.zoom === {zoom}")


def api_get(base: str, path: str, **params: Any) -> dict[str, Any]:
    response = httpx.get(base + path, params=params, timeout=20, trust_env=False)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def wait_for_load(page: Page, before: int) -> None:
    page.wait_for_function(f"window.marsad.state.loads > {before}", timeout=20_000)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def event_of_article(base: str, article_id: str) -> dict[str, Any]:
    report = api_get(base, f"/api/articles/{article_id}")["article"]["reports"][0]
    event: dict[str, Any] = api_get(base, f"/api/events/{report['event_id']}")["event"]
    return event


def open_from_list(page: Page, event_id: int) -> None:
    page.locator(f'.event-item[data-event-id="{event_id}"]').click()
    page.wait_for_selector(f'#event-panel .event-title[data-event-id="{event_id}"]')


def loose_text(page: Page, selector: str) -> list[str]:
    """Text of the nodes under ``selector`` that no isolate (<bdi>, an Arabic span, a note) holds."""
    texts: list[str] = page.evaluate("""(selector) => {
        const out = [];
        document.querySelectorAll(selector).forEach(root => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const parent = node.parentElement;
                if (!parent.closest('bdi, [lang="ar"], .precision, .missing, mark, .badge')) out.push(node.textContent.trim());
            }
        });
        return out;
    }""", selector)
    return texts


# --- the basemap ----------------------------------------------------------------------------------


def test_basemap_draws_countries_and_city_labels_at_zoom_6(browser: Any, live_url: str) -> None:
    with session(browser, live_url + "/") as s:
        page = s.page
        assert page.locator(".leaflet-basemap-pane path").count() > 100
        zoom_to(page, 35.5, 38.5, 6)
        assert page.evaluate("window.marsad.labels.cities") >= 10
        cities = page.locator(".leaflet-labels-pane .city-label")
        texts = [cities.nth(i).text_content() or "" for i in range(cities.count())]
        assert any("حلب" in t and "Aleppo" in t for t in texts), texts
        assert any("Damascus" in t for t in texts), texts
        assert page.locator('.country-label [data-iso2="SY"]').count() == 1
        assert "سوريا" in (page.locator('.country-label [data-iso2="SY"]').text_content() or "")
        zoom6 = cities.count()
        shot(page, "basemap-zoom6.png")
        zoom_to(page, 30, 40, 4)
        assert page.locator(".city-label").count() < zoom6
        assert page.locator(".sea-label").count() >= 2
        shot(page, "basemap-zoom4.png")
        # everything came from this server: no CDN, no tile server
        assert s.requests and all(u.startswith(live_url) or u.startswith("data:") for u in s.requests)
        assert s.errors == []


# --- the panel and the list -----------------------------------------------------------------------


def test_sources_are_shown_in_both_languages_with_their_evidence(browser: Any, live_url: str) -> None:
    event = event_of_article(live_url, "t-aleppo")
    source = event["reports"][0]["event"]["sources"][0]
    with session(browser, live_url + "/") as s:
        open_from_list(s.page, event["id"])
        row = s.page.locator('[data-field="sources"] li.source')
        assert row.count() == 1
        names = [row.locator("bdi").nth(i).text_content() for i in range(row.locator("bdi").count())]
        assert names == [source["name_ar"], source["name"]]
        assert row.locator("mark.hl-source").text_content() == source["evidence"]["text"]
        shot(s.page, "panel-sources.png")
        assert s.errors == []


def test_list_click_pans_the_map_and_opens_the_event(browser: Any, live_url: str) -> None:
    event = event_of_article(live_url, "t-derna")
    loc = event["location"]
    with session(browser, live_url + "/") as s:
        page = s.page
        zoom_to(page, 0, -60, 7)
        open_from_list(page, event["id"])
        page.wait_for_function(f"window.marsad.panned === {event['id']}", timeout=10_000)
        assert page.evaluate(f"window.marsad.map.getBounds().contains([{loc['lat']}, {loc['lon']}])")
        marker = page.locator(f'.leaflet-marker-pane .ev-marker[data-event-id="{event["id"]}"]')
        assert marker.count() == 1 and "ev-selected" in (marker.get_attribute("class") or "")
        assert page.locator(f'.event-item.selected[data-event-id="{event["id"]}"]').count() == 1
        shot(page, "list-click-pans.png")
        assert s.errors == []


def test_panel_closes_when_its_event_leaves_the_filtered_set(browser: Any, live_url: str) -> None:
    syria = event_of_article(live_url, "t-aleppo")
    yemen = event_of_article(live_url, "t-sanaa")
    with session(browser, live_url + "/") as s:
        page = s.page
        open_from_list(page, yemen["id"])
        before = page.evaluate("window.marsad.state.loads")
        page.select_option("#f-country", "YE")
        wait_for_load(page, before)
        assert page.locator(f'#event-panel .event-title[data-event-id="{yemen["id"]}"]').count() == 1  # still in
        page.select_option("#f-country", "")
        page.wait_for_selector(f'.event-item[data-event-id="{syria["id"]}"]')
        open_from_list(page, syria["id"])
        assert f"#event={syria['id']}" in page.url
        before = page.evaluate("window.marsad.state.loads")
        page.select_option("#f-country", "YE")
        wait_for_load(page, before)
        assert page.locator("#event-panel .event-title").count() == 0
        assert page.locator("#event-panel .hint").count() == 1
        assert "#event=" not in page.url
        assert s.errors == []


def test_mixed_direction_text_is_isolated_and_dates_are_iso(browser: Any, live_url: str) -> None:
    event = event_of_article(live_url, "t-mosul")
    with session(browser, live_url + "/") as s:
        page = s.page
        for selector in (".event-item .place", ".event-item .actors", ".event-item .date"):
            assert set(loose_text(page, selector)) <= SEPARATORS, selector
        open_from_list(page, event["id"])
        fields = "#event-panel dl.fields dd"
        assert set(loose_text(page, fields)) <= SEPARATORS
        place = page.locator('[data-field="place"] dd bdi')
        assert [place.nth(i).text_content() for i in range(place.count())][:2] == [
            event["location"]["name_ar"], event["location"]["name"]]
        # dates: ISO in the list and the filters (never the browser's mm/dd/yyyy)
        dates = page.locator(".event-item .date")
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", dates.nth(i).text_content() or "")
                   for i in range(dates.count()))
        assert page.get_attribute("#f-since", "type") == "text"
        assert page.get_attribute("#f-since", "placeholder") == "YYYY-MM-DD"
        # precision codes in words
        date_text = page.locator('[data-field="date"] dd').text_content() or ""
        words = {1: "exact day", 2: "within a week", 3: "within a month"}[event["time_precision"]]
        assert event["date"] in date_text and words in date_text and "precision" not in date_text
        place_text = page.locator('[data-field="place"] dd').text_content() or ""
        assert {1: "exact place", 2: "near the place", 3: "region"}[event["location"]["geo_precision"]] in place_text
        shot(page, "panel-mixed-direction.png")
        assert s.errors == []


# --- filters in the URL, export of the view -------------------------------------------------------


def test_filters_in_the_url_reload_to_the_same_view(browser: Any, live_url: str) -> None:
    expected = api_get(live_url, "/api/events", country="SY", event_type="Explosions/Remote violence", limit=5000)
    assert 0 < expected["total"]
    query = "?country=SY&event_type=Explosions%2FRemote+violence"
    with session(browser, live_url + "/" + query) as s:
        page = s.page
        assert page.input_value("#f-country") == "SY"
        assert page.input_value("#f-event-type") == "Explosions/Remote violence"
        subs = page.locator("#f-sub-event-type option")
        assert subs.count() == 1 + 6  # "all" and the six sub-types of the type
        assert page.locator(".event-item").count() == expected["total"]
        page.wait_for_function(f"window.marsad.cluster.getLayers().length === {expected['total']}")
        admin1 = page.locator("#f-admin1 option")
        regions = {admin1.nth(i).get_attribute("value") for i in range(1, admin1.count())}
        assert "Idlib" in regions and "Sanaa" not in regions  # the regions of the chosen country
        before = page.evaluate("window.marsad.state.loads")
        page.select_option("#f-admin1", "Idlib")
        wait_for_load(page, before)
        page.fill("#f-since", "2024-05-01")
        before = page.evaluate("window.marsad.state.loads")
        page.press("#f-since", "Enter")
        wait_for_load(page, before)
        assert "admin1=Idlib" in page.url and "since=2024-05-01" in page.url
        view = api_get(live_url, "/api/events", country="SY", event_type="Explosions/Remote violence",
                       admin1="Idlib", since="2024-05-01", limit=5000)
        ids = sorted(page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)"))
        assert ids == sorted(str(e["id"]) for e in view["events"])
        assert ids
        page.fill("#f-fatalities-max", "100")
        before = page.evaluate("window.marsad.state.loads")
        page.press("#f-fatalities-max", "Enter")
        wait_for_load(page, before)
        assert "fatalities_max=100" in page.url
        view = api_get(live_url, "/api/events", country="SY", event_type="Explosions/Remote violence",
                       admin1="Idlib", since="2024-05-01", fatalities_max=100, limit=5000)
        ids = sorted(page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)"))
        assert ids and ids == sorted(str(e["id"]) for e in view["events"])
        url = page.url
        page.reload()
        ready(page)
        assert page.url == url
        assert page.input_value("#f-admin1") == "Idlib" and page.input_value("#f-since") == "2024-05-01"
        assert page.input_value("#f-fatalities-max") == "100"
        assert page.input_value("#f-event-type") == "Explosions/Remote violence"
        assert sorted(page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)")) == ids
        shot(page, "filters-from-url.png")
        assert s.errors == []


def test_export_button_downloads_exactly_the_events_in_view(browser: Any, live_url: str) -> None:
    with session(browser, live_url + "/?country=SY", accept_downloads=True) as s:
        page = s.page
        shown = set(page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)"))
        assert shown
        with page.expect_download() as info:
            page.click("#export-link")
        path = info.value.path()
        rows = list(csv.DictReader(Path(path).open(encoding="utf-8")))
        events = api_get(live_url, "/api/events", country="SY", limit=5000)["events"]
        by_cnty = {e["event_id_cnty"]: str(e["id"]) for e in events}
        assert {by_cnty[r["event_id_cnty"]] for r in rows} == shown and len(rows) == len(shown)
        page.select_option("#export-format", "geojson")
        with page.expect_download() as info:
            page.click("#export-link")
        data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
        assert {str(f["id"]) for f in data["features"]} == shown
        assert s.errors == []


# --- 300 real articles ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bulk_url(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path) -> Iterator[str]:
    if not BULK.exists():
        pytest.skip("../shared/data/articles/bulk.jsonl.gz is not here")
    folder = tmp_path_factory.mktemp("bulk")
    source = folder / "bulk300.jsonl"
    with gzip.open(BULK, "rt", encoding="utf-8") as lines, source.open("w", encoding="utf-8") as out:
        for i, line in enumerate(lines):
            if i == 300:
                break
            out.write(line)
        # places the gazetteer lacks are coded to their country; a report that names no country
        # at all keeps its place without coordinates (written for this test)
        out.write(json.dumps({"id": "no-country", "published": "2015-07-25", "title": "اشتباكات",
                              "text": "قتل ثلاثة مسلحين أمس في اشتباكات مع قوات الأمن في قرية زيزفونة الجبلية."},
                             ensure_ascii=False) + "\n")
    url = f"sqlite:///{folder / 'bulk.sqlite'}"
    with open_store(url) as store:
        summary = ingest([str(source)], store, gazetteer=str(gazetteer_path))
        assert summary.new == 301
    with serving(create_app(url, gazetteer_path, tile_url="")) as base:
        yield base


def test_real_articles_events_without_date_or_place_are_counted_and_listed(browser: Any, bulk_url: str) -> None:
    events = api_get(bulk_url, "/api/events", limit=5000)["events"]
    no_date = [e for e in events if not e["date"]]
    no_place = [e for e in events if e["location"]["lat"] is None]
    # the store dates an event its article does not date (the day of last resort, marked), so
    # events with no date are rare; a place the gazetteer lacks in no country named has no coordinates
    assert no_place
    with session(browser, bulk_url + "/") as s:
        page = s.page
        summary = page.locator("#summary-missing")
        assert summary.get_attribute("data-no-date") == str(len(no_date))
        assert summary.get_attribute("data-no-place") == str(len(no_place))
        shown = {int(i) for i in page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)")}
        flagged = {int(i) for i in page.eval_on_selector_all(
            ".event-item:has(.badge.no-place)", "els => els.map(e => e.dataset.eventId)")}
        assert flagged == {e["id"] for e in no_place if e["id"] in shown} and flagged
        undated = {int(i) for i in page.eval_on_selector_all(
            ".event-item:has(.badge.no-date)", "els => els.map(e => e.dataset.eventId)")}
        assert undated == {e["id"] for e in no_date if e["id"] in shown}
        zoom_to(page, 34.5, 40, 6)
        assert page.evaluate("window.marsad.labels.cities") >= 10
        shot(page, "bulk-300-zoom6.png")
        item = page.locator(".event-item:has(.badge.no-place)").first
        item.click()
        page.wait_for_selector("#event-panel .event-title")
        assert "no coordinates" in (page.locator('[data-field="place"] dd').text_content() or "")
        shot(page, "bulk-300-no-coordinates.png")
        assert s.errors == []


# --- review ---------------------------------------------------------------------------------------


@pytest.fixture
def review_store(tmp_path: Path, gazetteer_path: Path) -> Iterator[tuple[str, str]]:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    with open_store(url) as store:
        ingest([str(source)], store, gazetteer=str(gazetteer_path))
    with serving(create_app(url, gazetteer_path, tile_url="", review_tokens={TOKEN: "amal"})) as base:
        yield url, base


def test_review_edit_from_the_page_survives_reload_and_a_second_ingest(
        browser: Any, review_store: tuple[str, str], gazetteer_path: Path, tmp_path: Path) -> None:
    url, base = review_store
    event = event_of_article(base, "t-aleppo")
    with session(browser, base + "/") as s:
        page = s.page
        open_from_list(page, event["id"])
        # a wrong token is refused, and nothing changes
        page.fill("#review-token", "not-the-right-token")
        page.dispatch_event("#review-token", "change")
        page.click("#rv-accept")
        page.wait_for_function("document.getElementById('rv-status').textContent === 'wrong reviewer token'")
        page.fill("#review-token", TOKEN)
        page.dispatch_event("#review-token", "change")
        page.fill("#rv-fatalities", "9")
        page.fill("#rv-notes", XSS_IMG)
        page.fill("#rv-note", "counted again")
        page.click("#rv-save")
        page.wait_for_selector("#event-panel .review-status")
        assert page.locator('[data-field="fatalities"] dd').text_content() == "9"
        assert page.locator("#event-panel .history-item").count() == 1
        shot(page, "review-edited.png")
    again = dict(next(a for a in ARTICLES if a["id"] == "t-aleppo"))
    other = {**again, "id": "t-aleppo-again", "url": "https://example.org/a/1c", "outlet": "وكالة ثالثة"}
    source = tmp_path / "again.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in (again, other)), encoding="utf-8")
    with open_store(url) as store:
        ingest([str(source)], store, gazetteer=str(gazetteer_path))
    with session(browser, f"{base}/#event={event['id']}") as s:
        page = s.page
        page.wait_for_selector(f'#event-panel .event-title[data-event-id="{event["id"]}"]')
        assert page.locator('[data-field="fatalities"] dd').text_content() == "9"
        assert page.locator("#event-panel .notes").text_content() == XSS_IMG  # markup shown as text
        assert page.locator("#event-panel img, #event-panel script").count() == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator(".report").count() == event["n_reports"] + 1
        history = page.locator("#event-panel .history-item")
        assert history.count() == 1 and "amal" in (history.text_content() or "")
        assert page.locator(f'.event-item[data-event-id="{event["id"]}"] .badge.review').count() == 1
        page.wait_for_function(
            f"document.querySelector('.ev-marker.reviewed[data-event-id=\"{event['id']}\"]') !== null "
            "|| window.marsad.cluster.getLayers().some(m => m.options.icon.options.className.includes('reviewed'))")
        shot(page, "review-after-reingest.png")
        assert [e for e in s.errors if "401" not in e and "403" not in e] == []


def test_read_only_page_has_no_review_controls(browser: Any, live_url: str) -> None:
    event = event_of_article(live_url, "t-aleppo")
    with session(browser, live_url + "/") as s:
        open_from_list(s.page, event["id"])
        assert s.page.locator("#review-box").count() == 0
        assert s.page.locator("#reviewer").is_hidden()
        assert s.errors == []


# --- seeing the data ------------------------------------------------------------------------------


def test_charts_legend_toggles_and_marker_size(browser: Any, live_url: str) -> None:
    stats = api_get(live_url, "/api/stats")
    events = api_get(live_url, "/api/events", limit=5000)["events"]
    with session(browser, live_url + "/") as s:
        page = s.page
        months = page.locator("#chart-months .month")
        dated = sum(int(months.nth(i).get_attribute("data-count") or 0) for i in range(months.count()))
        undated = int(page.locator("#chart-undated").get_attribute("data-count") or 0)
        assert dated + undated == stats["total"] and dated > 0
        regions = page.locator("#chart-regions li")
        assert regions.count() == min(12, len(stats["by_admin1"]))
        assert int(regions.first.get_attribute("data-count") or 0) == stats["by_admin1"][0]["count"]
        fatalities = sum((e["fatalities"] or {}).get("best") or 0 for e in events if e["date"])
        assert page.locator("#chart-fatalities-total").get_attribute("data-total") == str(fatalities)
        # the legend switches a type off and on again
        kind = max(stats["by_event_type"], key=lambda r: r["count"])
        located = [e for e in events if e["location"]["lat"] is not None]
        of_kind = sum(1 for e in located if e["event_type"] == kind["event_type"])
        row = page.locator(f'#legend .legend-row[data-type="{kind["event_type"]}"]')
        row.click()
        page.wait_for_function(f"window.marsad.cluster.getLayers().length === {len(located) - of_kind}")
        assert row.get_attribute("aria-pressed") == "false"
        shot(page, "charts-and-legend.png")
        row.click()
        page.wait_for_function(f"window.marsad.cluster.getLayers().length === {len(located)}")
        # marker size grows with fatalities
        sizes: dict[str, int] = page.evaluate("""() => Object.fromEntries(window.marsad.cluster.getLayers().map(m =>
            [m.options.title, m.options.icon.options.iconSize[0]]))""")
        assert len(set(sizes.values())) >= 2
        assert s.errors == []


def test_time_slider_sets_the_date_range(browser: Any, live_url: str) -> None:
    with session(browser, live_url + "/") as s:
        page = s.page
        first, last = (int(page.get_attribute("#t-from", name) or 0) for name in ("min", "max"))
        assert last > first + 2
        before = page.evaluate("window.marsad.state.loads")
        page.evaluate("""([id, value]) => { const input = document.getElementById(id); input.value = String(value);
            input.dispatchEvent(new Event('input')); input.dispatchEvent(new Event('change')); }""",
                      ["t-from", first + 2])
        wait_for_load(page, before)
        since = page.input_value("#f-since")
        assert since and page.text_content("#t-from-day") == since and not page.input_value("#f-until")
        expected = api_get(live_url, "/api/events", since=since, limit=5000)["events"]
        total = api_get(live_url, "/api/events", limit=1)["total"]
        assert 0 < len(expected) < total
        ids = sorted(page.eval_on_selector_all(".event-item", "els => els.map(e => e.dataset.eventId)"))
        assert ids == sorted(str(e["id"]) for e in expected)
        assert f"since={since}" in page.url
        page.click("#clear-range")
        page.wait_for_function(f"document.querySelectorAll('.event-item').length === {total}")
        assert page.input_value("#t-from") == str(first)
        assert s.errors == []
