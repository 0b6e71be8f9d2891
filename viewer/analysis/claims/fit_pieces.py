"""Fit the word-piece projection on public data and write it beside ``pieces``.

    python -m viewer.analysis.claims.fit_pieces DATA [--out viewer/analysis/claims/pieces_projection.safetensors]

DATA holds ``msrp/msr_paraphrase_train.txt`` (Microsoft Research Paraphrase Corpus, train split:
news sentences). Every distinct sentence is encoded, and the last-layer rows of all their word
pieces (L2-normalised, as the encoder keeps them) give the mean and the PIECE_DIMENSION main
directions (principal components, largest first, each signed so its largest number is positive,
so a refit on the same data writes the same file). News sentences like the ones the app links,
and no set the linker is judged on.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
from pathlib import Path

import numpy as np

from viewer.analysis.claims.encoder import SentenceEncoder
from viewer.analysis.claims.model_files import locate, write_safetensors
from viewer.analysis.claims.pieces import PIECE_DIMENSION, PROJECTION_FILE


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=PROJECTION_FILE)
    ns = parser.parse_args(argv)
    source = ns.data / "msrp" / "msr_paraphrase_train.txt"
    with open(source, encoding="utf-8-sig") as f:
        sentences = sorted({s for r in list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:] for s in (r[3], r[4])})
    rows = np.concatenate(SentenceEncoder(locate()).piece_rows(sentences)).astype(np.float64)
    mean, components, share = principal_directions(rows, PIECE_DIMENSION)
    write_safetensors({"mean": mean.astype(np.float32), "components": components.astype(np.float32)}, ns.out, {
        "produced_by": "python -m viewer.analysis.claims.fit_pieces DATA",
        "date": datetime.date.today().isoformat(),
        "data": f"MSRP train (msr_paraphrase_train.txt, sha256 {hashlib.sha256(source.read_bytes()).hexdigest()}): "
                f"{len(sentences)} distinct sentences, {len(rows)} word pieces",
        "variance_kept": f"{share:.3f}",
    })
    print(f"{ns.out}: {len(sentences)} sentences, {len(rows)} pieces, {share:.3f} of the variance kept")


def principal_directions(rows: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray, float]:
    """The rows' mean, their ``count`` main directions as columns (largest first, each signed so
    its largest number by size is positive) and the share of the variance those keep."""
    mean = rows.mean(axis=0)
    centred = rows - mean
    values, vectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1][:count]
    top = vectors[:, order]
    signs = np.sign(top[np.abs(top).argmax(axis=0), np.arange(count)])
    return mean, top * signs, float(values[order].sum() / values.sum())


if __name__ == "__main__":
    main()
