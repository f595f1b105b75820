"""Word clusters: words that fill the same slots in Arabic news, grouped from unlabelled text.

The hand-coded articles teach the sentence model the words they happen to use; a report worded
with words they never used (another verb of fighting, another noun of a place or a weapon) shares
nothing with them. Words that occur among the same neighbours in tens of thousands of unlabelled
articles fall in one cluster (``marsad.learn.clusters`` builds them), and the sentence model reads
each word's cluster as well as the word, so that what it learns of one word reaches its cluster.

The clusters ship in the package (``marsad/models/word_clusters.json``); ``make model`` rebuilds
them from the bulk articles with the other models. Without the file there are no cluster
features, and the rest works as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError

CLUSTERS_FILE = "word_clusters.json"
Clusters = Mapping[str, int]


def parse_clusters(data: Any, origin: str) -> dict[str, int]:
    """The word -> cluster map of a clusters file's JSON (``{"kind": "word_clusters", "clusters": {...}}``)."""
    if not isinstance(data, dict) or data.get("kind") != "word_clusters" or not isinstance(data.get("clusters"), dict):
        raise MarsadError(f"{origin}: not a marsad word clusters file (kind word_clusters with clusters)")
    out: dict[str, int] = {}
    for word, cluster in data["clusters"].items():
        if not isinstance(cluster, int) or isinstance(cluster, bool):
            raise MarsadError(f"{origin}: the cluster of {word!r} is not a whole number")
        out[str(word)] = cluster
    return out


def read_clusters(path: str | Path) -> dict[str, int]:
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise MarsadError(f"{path}: cannot read the word clusters: {err}") from err
    return parse_clusters(data, str(path))


@lru_cache(maxsize=1)
def shipped_clusters() -> Clusters:
    """The package's clusters; none when the file is not shipped."""
    import json

    resource = resources.files("marsad.models").joinpath(CLUSTERS_FILE)
    if not resource.is_file():
        return {}
    return parse_clusters(json.loads(resource.read_text(encoding="utf-8")), f"marsad/models/{CLUSTERS_FILE}")


def cluster_features(forms: Iterable[str], clusters: Clusters) -> dict[str, float]:
    """``c=<cluster>`` for each word form the clusters know."""
    out: dict[str, float] = {}
    for form in forms:
        cluster = clusters.get(form)
        if cluster is not None:
            out[f"c={cluster}"] = 1.0
    return out
