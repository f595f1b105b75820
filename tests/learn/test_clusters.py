"""Word clusters from unlabelled text: building them, reading them, and the sentence model
learning through them. Sentences written for the tests."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from marsad.errors import InputError, MarsadError
from marsad.learn.clusters import corpus_words, fit_clusters, write_clusters
from marsad.learn.dataset import Pool
from marsad.learn.sentences import fit_sentences
from marsad.pipeline.clusters import cluster_features, read_clusters, shipped_clusters
from marsad.pipeline.reportable import ANY, load_sentences, sentence_features

TOWNS = ["كفرنبل", "اللطامنة", "معرة", "سراقب", "بنش", "تفتناز"]
WEAPONS = ["بالصواريخ", "بالقذائف", "بالمدفعية", "بالبراميل"]
SIDES = ["الجيش", "النظام", "الفصائل", "المعارضة"]


def _corpus() -> list[list[str]]:
    """Sentences in which towns, weapons and sides each fill their own slot."""
    out = []
    for town in TOWNS:
        for weapon in WEAPONS:
            for side in SIDES:
                out.append(f"قصف {side} بلدة {town} {weapon} صباح اليوم".split())
                out.append(f"واستهدف {side} محيط {town} {weapon} مساء امس".split())
    return out


def _fit() -> dict[str, int]:
    return fit_clusters(_corpus(), min_count=2, dimensions=4, clusters=5)


def test_words_that_fill_one_slot_fall_in_one_cluster() -> None:
    clusters = _fit()
    assert len({clusters[t] for t in TOWNS}) == 1
    assert len({clusters[w] for w in WEAPONS}) == 1
    assert clusters[TOWNS[0]] != clusters[WEAPONS[0]]


def test_building_the_clusters_is_deterministic(tmp_path: Path) -> None:
    write_clusters(tmp_path / "a.json", _fit())
    write_clusters(tmp_path / "b.json", _fit())
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert read_clusters(tmp_path / "a.json") == _fit()


def test_too_few_words_for_the_clusters_asked_is_said() -> None:
    with pytest.raises(ValueError, match="too few frequent words"):
        fit_clusters([["قصف", "الجيش"]] * 10, min_count=2, dimensions=4, clusters=5)


def test_a_corpus_row_without_a_text_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a", "text": "قصف الجيش البلدة"}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"id": "b", "title": "بلا نص"}, ensure_ascii=False) + "\n")
    words = corpus_words(path)
    assert next(words)[0] == "قصف"
    with pytest.raises(InputError) as err:
        next(words)
    assert f"{path}:2" in str(err.value)


def test_a_file_that_is_not_clusters_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"kind": "sentences", "weights": {}}), encoding="utf-8")
    with pytest.raises(MarsadError, match="c.json"):
        read_clusters(path)


def test_sentence_features_name_the_clusters_of_known_words() -> None:
    clusters = {"قصف": 3, "جيش": 7}  # word forms: without the article
    features = sentence_features("قصف الجيش مدينه".split(), clusters)
    assert {k for k in features if k.startswith("c=")} == {"c=3", "c=7"}
    assert cluster_features(["غير", "معروفه"], clusters) == {}


def test_what_the_sentence_model_learns_of_a_word_reaches_its_cluster() -> None:
    # "قصف" reports and "اجتماع" does not; "دك", never seen in training, shares the cluster of
    # "قصف" in one run and has no cluster in the other
    with_cluster = {"قصف": 1, "دك": 1, "اجتماع": 2}
    without = {"قصف": 1, "اجتماع": 2}
    scores = []
    for clusters in (with_cluster, without):
        sentences = {}
        for n in range(12):
            sentences[f"r{n}"] = [(sentence_features(f"قصف بلده رقم{n}".split(), clusters), frozenset({"Battles"}))]
            sentences[f"o{n}"] = [(sentence_features(f"اجتماع بلده رقم{n}".split(), clusters), frozenset())]
        model = fit_sentences(Pool([], {a: [] for a in sentences}, sentences), set(sentences))
        scores.append(model.scores(sentence_features("دك بلده".split(), clusters))[ANY])
    assert scores[0] > scores[1] + 0.1


def test_the_shipped_sentence_model_reads_the_shipped_clusters() -> None:
    clusters = shipped_clusters()
    assert len(clusters) > 10_000
    model = load_sentences()
    assert any(name.startswith("c=") for name in model.weights)
    assert {f"c={c}" for c in clusters.values()} >= {name for name in model.weights if name.startswith("c=")}
