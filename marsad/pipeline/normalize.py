"""Stage 1: the folded matching text and its map to raw offsets."""

from __future__ import annotations

from marsad.document import Document
from marsad.text import fold_with_map


def run(doc: Document) -> None:
    doc.norm, doc.index = fold_with_map(doc.text)
