"""Who's On First as users download it: a repository folder of feature files, single feature
files, and the per-country SQLite distribution."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from marsad.geo import Gazetteer, PlaceQuery
from marsad.geo.importers import detect_format, import_files
from marsad.geo.store import connect
from marsad.text import name_key

SQUARE = {"type": "Polygon", "coordinates": [[[2.0, 14.0], [4.0, 14.0], [4.0, 16.0], [2.0, 16.0], [2.0, 14.0]]]}


def feature(wof_id: int, placetype: str, name: str, ar: str, lat: float, lon: float, *,
            geometry: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    props: dict[str, Any] = {
        "wof:id": wof_id, "wof:placetype": placetype, "wof:country": "ML", "wof:name": name,
        "name:ara_x_preferred": [ar], "name:eng_x_preferred": [name], "geom:latitude": lat, "geom:longitude": lon,
        "wof:hierarchy": [{"country_id": 1, "region_id": 10, "county_id": 20}], "mz:is_current": 1,
        "wof:parent_id": 20, **extra,
    }
    return {"type": "Feature", "id": wof_id, "properties": props,
            "geometry": geometry or {"type": "Point", "coordinates": [lon, lat]}}


FEATURES = [
    feature(10, "region", "Mopti Region", "منطقة موبتي", 15.0, 3.0, geometry=SQUARE),
    feature(20, "county", "Mopti Cercle", "دائرة موبتي", 15.0, 3.0),
    feature(30, "locality", "Sevare", "سيفاري", 14.53, 3.9, **{"wof:population": 40000}),
    feature(31, "locality", "Old Sevare", "سيفاري القديمة", 14.5, 3.9, **{"edtf:deprecated": "2019-01-01"}),
]


def write_repo(root: Path) -> Path:
    for feat in FEATURES:
        folder = root / "data" / str(feat["id"])
        folder.mkdir(parents=True)
        (folder / f"{feat['id']}.geojson").write_text(json.dumps(feat, ensure_ascii=False), encoding="utf-8")
    (root / "data" / "30" / "30-alt-quattroshapes.geojson").write_text("{not json", encoding="utf-8")
    return root


def write_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE geojson (id INTEGER, body TEXT, source TEXT, alt_label TEXT, is_alt BOOLEAN)")
    conn.executemany("INSERT INTO geojson VALUES (?, ?, '', '', 0)",
                     [(f["id"], json.dumps(f, ensure_ascii=False)) for f in FEATURES])
    conn.commit()
    conn.close()
    return path


def check(db: Path) -> None:
    gaz = Gazetteer(db, "test", merge_sites=False)
    (best, *_) = gaz.lookup("سيفاري")
    place = best.place
    assert (place.place_id, place.country, place.kind) == ("wof:30", "ML", "town")
    assert (place.admin1, place.admin2, place.admin1_ar) == ("Mopti Region", "Mopti Cercle", "منطقة موبتي")
    assert not gaz.lookup("سيفاري القديمة") or gaz.lookup("سيفاري القديمة")[0].place.place_id != "wof:31"
    assert gaz.admin_for_point(15.5, 3.5)[1] == "Mopti Region"
    assert gaz.admin_for_point(20.0, 3.5)[1] is None


def test_repository_folder(tmp_path: Path) -> None:
    repo = write_repo(tmp_path / "whosonfirst-data-admin-ml")
    assert detect_format(repo) == "wof-features"
    db = tmp_path / "g.sqlite"
    conn = connect(db, create=True)
    (report,) = import_files(conn, [repo], progress=False)
    again = import_files(conn, [repo], progress=False)
    conn.close()
    assert report.kept == 3 and report.rejected["deprecated"] == 1
    assert again[0].unchanged
    check(db)


def test_feature_files_and_sqlite_distribution(tmp_path: Path) -> None:
    db_file = write_sqlite(tmp_path / "whosonfirst-data-admin-ml-latest.db")
    assert detect_format(db_file) == "wof-features"
    db = tmp_path / "g.sqlite"
    conn = connect(db, create=True)
    (report,) = import_files(conn, [db_file], progress=False)
    conn.close()
    assert report.kept == 3
    check(db)
    one = tmp_path / "30.geojson"
    one.write_text(json.dumps(FEATURES[2], ensure_ascii=False), encoding="utf-8")
    assert detect_format(one) == "wof-features"


def test_places_without_admin_or_english_name_are_completed(tmp_path: Path) -> None:
    bare = feature(40, "locality", "كونا", "كونا", 14.9, 3.1, **{"wof:hierarchy": [{}], "name:eng_x_preferred": []})
    db_file = tmp_path / "ml.db"
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE geojson (id INTEGER, body TEXT, is_alt BOOLEAN)")
    conn.executemany("INSERT INTO geojson VALUES (?, ?, 0)",
                     [(f["id"], json.dumps(f, ensure_ascii=False)) for f in (FEATURES[0], bare)])
    conn.commit()
    conn.close()
    db = tmp_path / "g.sqlite"
    gconn = connect(db, create=True)
    import_files(gconn, [db_file], progress=False)
    raw = gconn.execute("SELECT name, admin1 FROM places WHERE place_id = 'wof:40'").fetchone()
    gconn.close()
    assert raw == ("كونا", None)
    gaz = Gazetteer(db, "test", merge_sites=False)
    (res,) = gaz.resolve([PlaceQuery(key=name_key("كونا"), cue="village")])
    assert res is not None and res.place.place_id == "wof:40"
    assert res.place.admin1 == "Mopti Region" and res.place.name == "Kuna"
