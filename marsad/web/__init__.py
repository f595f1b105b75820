"""The web map and JSON API: ``create_app(db_url, gazetteer)`` and ``marsad serve``."""

from __future__ import annotations

from marsad.web.app import create_app

__all__ = ["create_app"]
