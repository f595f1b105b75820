"""The web map and its JSON API (FastAPI): ``create_app(db_url, gazetteer)``.

Every page is backed by the same JSON the API returns: the page at ``/`` is a static shell
whose script reads ``/api/events``, ``/api/stats``, ``/api/events/{id}`` and ``/api/boundaries``.
Errors always have one shape, ``{"ok": false, "error": "...", "status": N}``, with N the HTTP
status; a bad query parameter gives 400 naming it, never 500. The store is opened read-only.
Nothing is fetched from another host: Leaflet and its marker-cluster plugin are served from the
``xstatic`` wheels; ``MARSAD_TILE_URL`` (or ``tile_url=``) may add a tile layer when online.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_cluster
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.errors import ConfigError, MarsadError
from marsad.store import EventFilter, Store, open_store
from marsad.store.countries import COUNTRIES
from marsad.store.review import history as review_history
from marsad.taxonomy import STATUSES, taxonomy_json
from marsad.web.boundaries import Boundaries, GazetteerArg
from marsad.web.extras import install_basemap_routes, install_export_route
from marsad.web.queries import (
    EVENT_TYPES,
    FILTER_PARAMS,
    MAX_LIMIT,
    MAX_OFFSET,
    PAGE_PARAMS,
    BadParameter,
    check_known,
    filter_json,
    parse_filter,
    parse_level,
    parse_page,
)
from marsad.web.review import Reviewers, install_review_routes

log = logging.getLogger("marsad.web")

HERE = Path(__file__).resolve().parent
TILE_URL_ENV = "MARSAD_TILE_URL"
TILE_ATTRIBUTION_ENV = "MARSAD_TILE_ATTRIBUTION"


class ErrorBody(BaseModel):
    """The one error shape of the API."""

    ok: bool = False
    error: str
    status: int


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A query parameter is invalid (the message names it)."},
    500: {"model": ErrorBody, "description": "Unexpected server error."},
    503: {"model": ErrorBody, "description": "The event store could not answer."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "No such item."}}
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "No reviewer token (Authorization: Bearer ...)."},
    403: {"model": ErrorBody, "description": "Wrong reviewer token, or reviewing is off."},
}


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "invalid request"
    first = errors[0]
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    name = loc[-1] if loc else "request"
    return f"invalid parameter {name!r}: {first.get('msg', 'invalid value')}"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        response = error_response(exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> JSONResponse:
        log.error("%s %s: %s", request.method, request.url.path, exc)  # the details stay in the log
        return error_response(503, "the event store could not answer; try again later")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal server error")


def _tile_config(tile_url: str | None) -> dict[str, str | None]:
    url = tile_url if tile_url is not None else os.environ.get(TILE_URL_ENV, "")
    url = url.strip()
    if url and urlsplit(url.replace("{s}", "a")).scheme not in ("http", "https"):
        raise ConfigError(f"{TILE_URL_ENV}: {url!r} is not an http(s) URL template")
    return {"tile_url": url or None, "tile_attribution": os.environ.get(TILE_ATTRIBUTION_ENV) or None}


def _csp(tile_url: str | None) -> str:
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "*"))
        img += f" {parts.scheme}://{parts.netloc.replace('{', '').replace('}', '')}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# --- parameters shared by /api/events and /api/stats -------------------------------------------

SinceQ = Annotated[str | None, Query(description="First day, inclusive (YYYY-MM-DD).", examples=["2024-03-01"])]
UntilQ = Annotated[str | None, Query(description="Last day, inclusive (YYYY-MM-DD).", examples=["2024-03-31"])]
CountryQ = Annotated[str | None, Query(description="ISO alpha-2 or alpha-3 code, or English name.",
                                       examples=["SY"])]
Admin1Q = Annotated[str | None, Query(description="First-level region (governorate), case-insensitive.",
                                      examples=["Idlib"])]
EventTypeQ = Annotated[str | None, Query(description="ACLED event type.", examples=["Battles"])]
SubEventTypeQ = Annotated[str | None, Query(description="ACLED sub-event type.", examples=["Armed clash"])]
ActorQ = Annotated[str | None, Query(description="Part of an actor's English or Arabic name, either side.")]
StatusQ = Annotated[str | None, Query(description=f"One of: {', '.join(STATUSES)}.")]
BboxQ = Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat (WGS84 degrees).",
                                    examples=["35.5,35.0,37.5,36.6"])]
TextQ = Annotated[str | None, Query(description="Full-text search over the articles behind each event.")]
FatalMinQ = Annotated[str | None, Query(description="Best fatality estimate at least N.", examples=["1"])]
FatalMaxQ = Annotated[str | None, Query(description="Best fatality estimate at most N (unknown counts as 0).")]
OutletQ = Annotated[str | None, Query(description="Part of an outlet's name, case-insensitive.")]
GeoPrecisionQ = Annotated[str | None, Query(description="1 exact place, 2 near it (district), 3 region.")]


def event_filter(
    request: Request, since: SinceQ = None, until: UntilQ = None, country: CountryQ = None,
    admin1: Admin1Q = None, event_type: EventTypeQ = None, sub_event_type: SubEventTypeQ = None,
    actor: ActorQ = None, status: StatusQ = None, bbox: BboxQ = None, q: TextQ = None,
    fatalities_min: FatalMinQ = None, fatalities_max: FatalMaxQ = None, outlet: OutletQ = None,
    geo_precision: GeoPrecisionQ = None,
) -> EventFilter:
    return parse_filter({
        "since": since, "until": until, "country": country, "admin1": admin1, "event_type": event_type,
        "sub_event_type": sub_event_type, "actor": actor, "status": status, "bbox": bbox, "q": q,
        "fatalities_min": fatalities_min, "fatalities_max": fatalities_max, "outlet": outlet,
        "geo_precision": geo_precision,
    })


Filters = Annotated[EventFilter, Depends(event_filter)]


def create_app(
    db_url: str | None = None, gazetteer: GazetteerArg = None, *, tile_url: str | None = None,
    store: Store | None = None, review_tokens: dict[str, str] | None = None,
) -> FastAPI:
    """The web app over the store at ``db_url`` (opened read-only) or an already open ``store``.

    ``gazetteer`` (a ``Gazetteer`` or a path; default: the one ``marsad`` would choose) gives the
    boundaries drawn on the map. ``tile_url`` (default ``$MARSAD_TILE_URL``) adds a tile layer.
    ``review_tokens`` ({token: reviewer}) turns the review API on; the store is then also opened
    for writing.
    """
    tiles = _tile_config(tile_url)
    own_store = store is None
    reviewers = Reviewers(review_tokens)
    writer: Store | None = None
    if reviewers.enabled:  # opened (and migrated) before the reader, which checks the schema
        writer = (store if not store.read_only else None) if store is not None else open_store(db_url)
    the_store: Store = store if store is not None else open_store(db_url, read_only=True)
    boundaries = Boundaries(gazetteer)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if own_store:
                the_store.close()
                if writer is not None:
                    writer.close()

    app = FastAPI(
        title="marsad (مرصد)",
        version=__version__,
        description="ACLED-style conflict events extracted from Arabic news, with the evidence behind "
                    "every field. Errors: `{\"ok\": false, \"error\": \"...\", \"status\": N}`.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN: not served
        redoc_url=None,
    )
    app.state.store = the_store
    app.state.boundaries = boundaries
    _install_error_handlers(app)

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    csp = _csp(tiles["tile_url"])
    app.mount("/static/leaflet", StaticFiles(directory=xs_leaflet.BASE_DIR), name="leaflet")
    app.mount("/static/markercluster", StaticFiles(directory=xs_cluster.BASE_DIR), name="markercluster")
    app.mount("/static/app", StaticFiles(directory=str(HERE / "static")), name="app-static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", csp)
            response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> Response:
        config = {"api": "/api", "version": __version__, "review": reviewers.enabled, **tiles}
        return templates.TemplateResponse(request, "index.html", {"config": config, "version": __version__})

    @app.get("/api", summary="What the API offers: endpoints, event types, statuses, countries")
    def api_index() -> dict[str, Any]:
        return {
            "ok": True,
            "name": "marsad",
            "version": __version__,
            "endpoints": {
                "events": "/api/events", "event": "/api/events/{id}", "stats": "/api/stats",
                "article": "/api/articles/{id}", "boundaries": "/api/boundaries?level=admin0|admin1",
                "export": "/api/export?format=acled-csv|geojson|jsonl", "basemap": "/api/basemap/countries",
                "places": "/api/basemap/places", "actors": "/api/actors", "taxonomy": "/api/taxonomy",
                "review": "POST /api/events/{id}/review|merge|split (reviewer token)",
                "openapi": "/openapi.json",
            },
            "filters": list(FILTER_PARAMS),
            "event_types": {k: list(v) for k, v in EVENT_TYPES.items()},
            "statuses": list(STATUSES),
            "countries": {code: c.name for code, c in COUNTRIES.items()},
        }

    @app.get("/api/taxonomy", summary="The codebook's event types with their sub-event types, statuses and inter codes")
    def taxonomy() -> dict[str, Any]:
        return {"ok": True, **taxonomy_json()}

    @app.get("/api/events", summary="Merged events, newest first, filtered and paged", responses=ERRORS)
    def list_events(
        request: Request,
        filters: Filters,
        limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="Page size (default 100).")] = None,
        offset: Annotated[int | None, Query(ge=0, le=MAX_OFFSET, description="Events to skip.")] = None,
    ) -> dict[str, Any]:
        check_known(set(request.query_params), FILTER_PARAMS + PAGE_PARAMS)
        page = parse_page(limit, offset)
        total, events = the_store.query_events(filters, limit=page.limit, offset=page.offset)
        nxt = None
        if page.offset + len(events) < total:
            args = {**{k: str(v) for k, v in request.query_params.items()}, "limit": str(page.limit),
                    "offset": str(page.offset + page.limit)}
            nxt = f"/api/events?{urlencode(args)}"
        return {"ok": True, "total": total, "count": len(events), "limit": page.limit, "offset": page.offset,
                "filters": filter_json(filters), "next": nxt, "events": events}

    @app.get("/api/events/{event_id}", summary="One merged event with every report and its evidence",
             responses={**ERRORS, **NOT_FOUND})
    def get_event(event_id: str) -> dict[str, Any]:
        event = the_store.get_event(event_id) if len(event_id) <= 40 else None
        if event is None:
            raise StarletteHTTPException(404, f"no event {event_id!r}")
        event["history"] = review_history(the_store, int(event["id"]))
        return {"ok": True, "event": event}

    @app.get("/api/stats", summary="Counts by day and event type, by event type and by admin1",
             responses=ERRORS)
    def stats(request: Request, filters: Filters) -> dict[str, Any]:
        check_known(set(request.query_params), FILTER_PARAMS)
        return {"ok": True, "filters": filter_json(filters), **the_store.stats(filters)}

    @app.get("/api/articles/{article_id:path}", summary="One article: text, metadata and its reports",
             responses={**ERRORS, **NOT_FOUND})
    def get_article(article_id: str) -> dict[str, Any]:
        article = the_store.get_article(article_id) if len(article_id) <= 300 else None
        if article is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return {"ok": True, "article": article}

    @app.get("/api/boundaries", summary="Country (admin0) or governorate (admin1) outlines as GeoJSON",
             responses=ERRORS)
    def get_boundaries(
        request: Request,
        level: Annotated[str | None, Query(description="admin0 (countries) or admin1 (governorates).")] = None,
    ) -> JSONResponse:
        check_known(set(request.query_params), ("level",))
        data = boundaries.geojson(parse_level(level))
        return JSONResponse(data, headers={"Cache-Control": "public, max-age=3600"})

    install_export_route(app, the_store, ERRORS)
    install_basemap_routes(app, the_store, boundaries)
    install_review_routes(app, the_store, lambda: writer, reviewers, {**ERRORS, **AUTH_ERRORS, **NOT_FOUND})

    return app
