"""Building the word clusters (``marsad.pipeline.clusters``) from unlabelled articles (needs
scikit-learn and scipy).

Each article is read as the pipeline reads it (folded, segmented, each word without its
clitics). The ``VOCABULARY`` most frequent words seen at least ``MIN_COUNT`` times each get a
vector: their positive pointwise mutual information with the words up to ``WINDOW`` places
either side, reduced to ``DIMENSIONS`` dimensions by a truncated SVD; k-means groups the
vectors, normalised, into ``CLUSTERS`` clusters. Seeds are fixed and the linear algebra runs on
one thread, so the same articles always give the same file; clusters are numbered in the order
of their most frequent word.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import InputError

ARTICLES = 20_000  # the first articles of the corpus read (more gave no better sentence model)
VOCABULARY = 30_000
MIN_COUNT = 5
WINDOW = 2
DIMENSIONS = 100
CLUSTERS = 300
SEED = 0


def corpus_words(path: str | Path, limit: int = ARTICLES) -> Iterator[list[str]]:
    """The word forms of each of the first ``limit`` articles of a JSON Lines file (``.gz`` or
    plain) whose rows carry a ``text``. A row that is not such an object is an error naming the
    file and line."""
    from marsad.document import Document
    from marsad.pipeline import normalize, segment
    from marsad.pipeline.features import word_form

    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        n = 0
        for line_no, line in enumerate(handle, 1):
            if n >= limit:
                break
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(f"not an article row with a text ({err})", source=f"{path}:{line_no}") from err
            doc = Document(text=text)
            normalize.run(doc)
            segment.run(doc)
            n += 1
            yield [word_form(t.text) for t in doc.tokens]


def fit_clusters(articles: Iterable[Sequence[str]], *, vocabulary: int = VOCABULARY, min_count: int = MIN_COUNT,
                 window: int = WINDOW, dimensions: int = DIMENSIONS, clusters: int = CLUSTERS,
                 seed: int = SEED) -> dict[str, int]:
    """Word -> cluster for the frequent words of ``articles`` (each a sequence of word forms)."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from threadpoolctl import threadpool_limits

    texts = [list(a) for a in articles]
    counts = Counter(w for words in texts for w in words)
    vocab = [w for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if n >= min_count][:vocabulary]
    if len(vocab) < max(clusters, dimensions + 1):
        raise ValueError(f"too few frequent words ({len(vocab)}) for {clusters} clusters of {dimensions}-dimensional vectors")
    index = {w: i for i, w in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for words in texts:
        ids = [index.get(w, -1) for w in words]
        for k, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, k - window), min(len(ids), k + window + 1)):
                if j != k and ids[j] >= 0:
                    rows.append(a)
                    cols.append(ids[j])
    n = len(vocab)
    pairs = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, n)).tocsr()
    pairs.sum_duplicates()
    total = pairs.sum()
    row_sums = np.asarray(pairs.sum(axis=1)).ravel()
    col_sums = np.asarray(pairs.sum(axis=0)).ravel() ** 0.75  # smoothed context counts
    col_sums = col_sums / col_sums.sum() * total
    coo = pairs.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(n, n))
    with threadpool_limits(limits=1):
        vectors = TruncatedSVD(dimensions, random_state=seed).fit_transform(ppmi)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
        labels = KMeans(clusters, random_state=seed, n_init=1).fit_predict(vectors)
    renumber: dict[int, int] = {}
    for label in labels:  # vocab is in order of frequency
        renumber.setdefault(int(label), len(renumber))
    return {w: renumber[int(label)] for w, label in zip(vocab, labels, strict=True)}


def write_clusters(path: str | Path, clusters: dict[str, int], meta: dict[str, Any] | None = None) -> None:
    data = {"kind": "word_clusters", "meta": meta or {}, "clusters": dict(sorted(clusters.items()))}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                          encoding="utf-8")


def build(corpus: str | Path, output: str | Path, limit: int = ARTICLES) -> dict[str, int]:
    """Fit the clusters on the first ``limit`` articles of ``corpus`` and write them to ``output``."""
    words = list(corpus_words(corpus, limit))
    clusters = fit_clusters(words)
    meta = {"articles": len(words), "clusters": CLUSTERS, "dimensions": DIMENSIONS, "vocabulary": len(clusters),
            "window": WINDOW, "min_count": MIN_COUNT, "seed": SEED, "corpus": Path(corpus).name}
    write_clusters(output, clusters, meta)
    return clusters

