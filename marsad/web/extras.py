"""The page's helpers beside the core API: export of the current view, the offline basemap, actor names.

- ``GET /api/export?format=acled-csv|geojson|jsonl&<the filters of /api/events>``: every matching
  event as a download (ACLED CSV, GeoJSON, JSON Lines);
- ``GET /api/basemap/countries``: world country outlines and names (gzipped GeoJSON, shipped);
- ``GET /api/basemap/places``: city labels from the gazetteer, most populous first;
- ``GET /api/actors``: the actors' English and Arabic names in the store, with counts (for autocomplete).
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response

from marsad import export
from marsad.knowledge import loader as knowledge
from marsad.store import Store
from marsad.web.basemap import countries_gz, countries_json
from marsad.web.boundaries import Boundaries
from marsad.web.queries import FILTER_PARAMS, BadParameter, check_known, parse_filter

MEDIA = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson"),
         "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl")}
MAX_ALIASES = 8
CACHE = {"Cache-Control": "public, max-age=86400"}


def install_export_route(app: FastAPI, store: Store, errors: dict[int | str, dict[str, Any]]) -> None:
    @app.get("/api/export", summary="Download every event matching the filters (ACLED CSV, GeoJSON, JSONL)",
             responses=errors)
    def export_events(
        request: Request,
        format: Annotated[str | None, Query(description="acled-csv (default), geojson or jsonl.")] = None,
    ) -> Response:
        check_known(set(request.query_params), (*FILTER_PARAMS, "format"))
        fmt = (format or "acled-csv").strip()
        if fmt not in MEDIA:
            raise BadParameter("format", f"one of: {', '.join(MEDIA)}")
        filters = parse_filter(dict(request.query_params))
        out = io.StringIO()
        written, left_out = export.write(fmt, store.iter_events(filters), out)
        media, ext = MEDIA[fmt]
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        return Response(out.getvalue().encode("utf-8"), media_type=media, headers={
            "Content-Disposition": f'attachment; filename="marsad-events-{stamp}.{ext}"',
            "X-Marsad-Events": str(written), "X-Marsad-Left-Out": str(left_out),
        })


def install_basemap_routes(app: FastAPI, store: Store, boundaries: Boundaries) -> None:
    @app.get("/api/basemap/countries", summary="World country outlines and names (GeoJSON), for the basemap")
    def basemap_countries(request: Request) -> Response:
        check_known(set(request.query_params), ())
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(countries_gz(), media_type="application/geo+json",
                            headers={**CACHE, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(countries_json(), media_type="application/geo+json",
                        headers={**CACHE, "Vary": "Accept-Encoding"})

    cached: dict[str, bytes] = {}

    @app.get("/api/basemap/places", summary="City labels: the gazetteer's most populous places")
    def basemap_places(request: Request) -> Response:
        check_known(set(request.query_params), ())
        if "json" not in cached:
            cached["json"] = json.dumps({"ok": True, "places": boundaries.places()}, ensure_ascii=False,
                                        separators=(",", ":")).encode("utf-8")
            cached["gzip"] = gzip.compress(cached["json"], 6)
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(cached["gzip"], media_type="application/json",
                            headers={**CACHE, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(cached["json"], media_type="application/json", headers={**CACHE, "Vary": "Accept-Encoding"})

    @app.get("/api/actors", summary="Actors named in the events: English and Arabic names, with counts")
    def actors(request: Request) -> dict[str, Any]:
        check_known(set(request.query_params), ())
        counts: Counter[tuple[str, str]] = Counter()
        ids: dict[tuple[str, str], str] = {}
        with store._lock:
            for side in ("actor1", "actor2"):
                rows = store._all(f"SELECT {side}_id AS id, {side}_name AS name, {side}_name_ar AS name_ar, "
                                  f"COUNT(*) AS n FROM events WHERE {side}_name IS NOT NULL "
                                  f"GROUP BY {side}_id, {side}_name, {side}_name_ar")
                for row in rows:
                    key = (str(row["name"]), str(row["name_ar"] or ""))
                    counts[key] += int(row["n"])
                    if row["id"]:
                        ids.setdefault(key, str(row["id"]))
        known = knowledge.actors()
        out = []
        for (name, name_ar), count in counts.most_common():
            record = known.get(ids.get((name, name_ar), ""))
            aliases = [a for a in (record.aliases_ar if record else ()) if a != name_ar][:MAX_ALIASES]
            out.append({"name": name, "name_ar": name_ar or None, "aliases_ar": aliases, "count": count})
        return {"ok": True, "actors": out}
