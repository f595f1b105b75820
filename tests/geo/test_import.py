from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

from marsad.geo import Gazetteer
from marsad.geo.importers import ImportReport, import_files
from marsad.geo.store import connect

WOF_HEADER = ("wof_id\tcountry\tplacetype\tplacetype_local\tname\tnames_ar\tnames_en\tnames_latin_other\t"
              "names_other_arabic_script\tlat\tlon\tpopulation\tregion_id\tregion_name\tregion_name_ar\tcounty_id\t"
              "county_name\tcounty_name_ar\tlocaladmin_id\tparent_id\tgn_id\twd_id\thasc\tgn_fcode\tis_current\t"
              "deprecated\tsuperseded_by")


def wof_row(wof_id: int, name: str, ar: str, lat: str, lon: str, *, placetype: str = "locality",
            pop: str = "", deprecated: str = "", region: str = "Aleppo", region_ar: str = "حلب") -> str:
    cols = [str(wof_id), "SY", placetype, "", name, ar, name, "", "", lat, lon, pop, "85678359", region,
            region_ar, "", "", "", "", "85678359", "", "", "", "", "-1", deprecated, ""]
    return "\t".join(cols)


def gn_row(gid: int, name: str, lat: str, lon: str, fclass: str = "P", fcode: str = "PPL", cc: str = "SY",
           a1: str = "09", pop: str = "1200", alternates: str = "") -> str:
    cols = [str(gid), name, name, alternates, lat, lon, fclass, fcode, cc, "", a1, "", "", "", pop, "", "300",
            "Asia/Damascus", "2020-01-01"]
    return "\t".join(cols)


def run(db: Path, *files: Path) -> list[ImportReport]:
    conn = connect(db, create=True)
    try:
        return import_files(conn, list(files), progress=False)
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    conn = connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_wof_tsv_good_and_bad_rows(tmp_path: Path) -> None:
    rows = [
        WOF_HEADER,
        wof_row(1, "Tall Rifat", "تل رفعت", "36.47", "37.09", pop="20000"),
        wof_row(2, "Mare", "مارع", "36.48", "37.20"),
        wof_row(2, "Mare again", "مارع", "36.48", "37.20"),  # duplicate id
        wof_row(3, "Bad", "سيء", "north", "37.0"),  # non-numeric coordinates
        wof_row(4, "Far", "بعيد", "95.0", "37.0"),  # out of range
        wof_row(5, "Old", "قديم", "36.0", "37.0", deprecated="2020-01-01"),
        "6\tSY\tlocality\tshort row",  # wrong column count
        wof_row(7, "Aleppo", "حلب", "36.2", "37.15", placetype="region"),
    ]
    src = tmp_path / "wof_admin_sy.tsv.gz"
    src.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode()))
    db = tmp_path / "g.sqlite"
    (report,) = run(db, src)
    assert report.format == "wof"
    assert report.rows_read == 8
    assert report.kept == 3
    assert report.rejected == {"duplicate id": 1, "non-numeric coordinates": 1, "coordinates out of range": 1,
                               "deprecated": 1, "wrong column count": 1}
    assert "rejected" in report.summary()
    gaz = Gazetteer(db, "test", merge_sites=False)
    (best, *_rest) = gaz.lookup("تل رفعت")
    assert best.place.place_id == "wof:1" and best.place.kind == "town" and best.place.admin1 == "Aleppo"
    assert gaz.lookup("حلب")[0].place.kind == "governorate"
    # the same file again changes nothing and says so
    (again,) = run(db, src)
    assert again.unchanged and "nothing changed" in again.summary()
    assert count(db, "places") == 3


def _gn_dump(tmp_path: Path) -> str:
    return "\n".join([
        gn_row(100, "Saraqib", "35.86", "36.80", pop="33000", alternates="Sarakib,سراقب"),
        gn_row(101, "Idlib Governorate", "35.8", "36.6", fclass="A", fcode="ADM1", pop="1500000"),
        gn_row(102, "Abu ad Duhur Airbase", "35.73", "37.10", fclass="S", fcode="AIRB"),
        gn_row(103, "Broken", "35.7", "x", pop="1"),
        gn_row(100, "Saraqib twin", "35.86", "36.80"),
        "104\tonly\tfour\tcolumns",
        gn_row(105, "Some stream", "35.7", "36.7", fclass="H", fcode="STM"),
        gn_row(106, "Road", "35.7", "36.7", fclass="R", fcode="RD"),
    ]) + "\n"


def test_geonames_zip_with_admin_codes_and_alternate_names(tmp_path: Path) -> None:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("readme.txt", "not data")
        zf.writestr("SY.txt", _gn_dump(tmp_path))
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("SY.09\tIdlib\tIdlib\t169388\n", encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t101\tar\tمحافظة إدلب\t1\t\t\t\t\t\n2\t102\tar\tمطار أبو الظهور\t\t\t\t\t\t\n"
                   "3\t102\tfr\tAéroport\t\t\t\t\t\t\n", encoding="utf-8")
    db = tmp_path / "g.sqlite"
    reports = {r.format: r for r in run(db, dump, admin1, alt)}
    gn = reports["geonames"]
    assert gn.kept == 4
    assert gn.rejected["duplicate id"] == 1
    assert gn.rejected["non-numeric coordinates"] == 1
    assert gn.rejected["wrong column count"] == 1
    assert gn.rejected["feature class R not kept"] == 1
    gaz = Gazetteer(db, "test", merge_sites=False)
    saraqib = gaz.lookup("سراقب")[0].place
    assert saraqib.admin1 == "Idlib" and saraqib.kind == "town"
    base = gaz.lookup("مطار أبو الظهور")[0].place
    assert base.kind == "base" and base.place_id == "gn:102"
    assert gaz.lookup("محافظة ادلب")[0].place.kind == "governorate"


def test_geonames_gz_and_truncated_files(tmp_path: Path) -> None:
    good = tmp_path / "SY.txt.gz"
    good.write_bytes(gzip.compress(_gn_dump(tmp_path).encode()))
    cut = tmp_path / "LB.txt.gz"
    whole = gzip.compress(("\n".join(gn_row(200 + i, f"Place {i}", "33.8", "35.5", cc="LB")
                                     for i in range(3000)) + "\n").encode())
    cut.write_bytes(whole[: len(whole) // 2])
    broken_zip = tmp_path / "IQ.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("IQ.txt", _gn_dump(tmp_path))
    broken_zip.write_bytes(buf.getvalue()[:60])
    db = tmp_path / "g.sqlite"
    reports = {Path(r.file).name: r for r in run(db, good, cut, broken_zip)}
    assert reports["SY.txt.gz"].kept == 4
    truncated = reports["LB.txt.gz"]
    assert 0 < truncated.kept < 3000
    assert any(reason.startswith("truncated") for reason in truncated.rejected)
    assert reports["IQ.zip"].kept == 0
    assert any(reason.startswith("unreadable file") for reason in reports["IQ.zip"].rejected)
    places = count(db, "places")
    run(db, good)
    assert count(db, "places") == places


def test_boundaries_point_in_polygon(tmp_path: Path) -> None:
    def square(x0: float, y0: float, x1: float, y1: float) -> dict[str, object]:
        return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}

    feats = [
        {"type": "Feature", "geometry": square(35, 32, 42, 37),
         "properties": {"wof_id": 1, "level": "admin0", "country": "SY", "name": "Syria", "name_ar": "سوريا"}},
        {"type": "Feature", "geometry": square(36, 35.5, 38, 37),
         "properties": {"wof_id": 2, "level": "admin1", "country": "SY", "name": "Aleppo", "name_ar": "حلب"}},
        {"type": "Feature", "geometry": square(36.5, 36, 37.5, 37),
         "properties": {"wof_id": 3, "level": "admin2", "country": "SY", "name_en": "Jebel Saman"}},
        {"type": "Feature", "geometry": None, "properties": {"level": "admin2", "country": "SY"}},
        {"type": "Feature", "geometry": square(0, 0, 1, 1), "properties": {"level": "planet"}},
    ]
    src = tmp_path / "b.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    db = tmp_path / "g.sqlite"
    (report,) = run(db, src)
    assert report.kept == 3 and sum(report.rejected.values()) == 2
    gaz = Gazetteer(db, "test", merge_sites=False)
    assert gaz.admin_for_point(36.2, 37.15) == ("SY", "Aleppo", "Jebel Saman")
    assert gaz.admin_for_point(33.5, 36.3) == ("SY", None, None)
    assert gaz.admin_for_point(10.0, 10.0) == (None, None, None)
    fc = gaz.boundaries_geojson("admin1")
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1  # type: ignore[arg-type]
    assert gaz.info()["boundaries"] == {"admin0": 1, "admin1": 1, "admin2": 1}


def test_real_boundaries(real_gazetteer: Gazetteer) -> None:
    country, admin1, _admin2 = real_gazetteer.admin_for_point(36.2, 37.16)  # Aleppo
    assert country == "SY" and admin1 is not None
    assert real_gazetteer.admin_for_point(33.31, 44.36)[0] == "IQ"  # Baghdad
