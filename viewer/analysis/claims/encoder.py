"""Sentence embeddings from all-MiniLM-L6-v2, computed with numpy alone.

A six-layer BERT (384 wide, 12 heads) read from the checked weights (``model_files``), WordPiece
by the ``tokenizers`` package, mean pooling over real tokens and L2 normalisation, as
sentence-transformers does. Plain numpy keeps the app free of a deep-learning runtime and makes
the vectors the same on Windows, macOS and Linux. Texts are sorted by length and encoded in
batches of one padded width, so padding and per-call overhead stay small and a text's vector
does not depend on which texts shared its batch: a text's width is its own, and its rows in a
product get the bits they get in a product of their own (`_stacking_block`). The same pass gives
each text's word pieces (``pieces``): the last layer's row of each, projected and kept as bytes.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from viewer.analysis.claims.model_files import ModelFiles, ModelUnavailable, locate, read_weights, reinstall_message
from viewer.analysis.claims.pieces import Projection, WordPieces, quantised, read_projection
from viewer.blas import one_blas_thread

DIMENSION = 384
MAX_TOKENS = 256  # what sentence-transformers uses for this model
BATCH = 64
BATCH_TOKENS = 4096  # one long text is not allowed to pad a whole batch to its length
PAD_TO = 8  # texts are padded to a multiple of this many tokens (of the block if stacked), and batched only with their width
_BLOCKS = (4, 8, 12, 16, 24, 32)  # row blocks a BLAS may walk a product's rows in, tried smallest first
_GELU_CHUNK = 32768  # numbers per slice of `_gelu`: 128 kB, well inside a core's cache
_LAYERS = 6
_HEADS = 12
_EPSILON = 1e-12
_lock = threading.Lock()
_shared: SentenceEncoder | None = None
_offsets_tokenizer = None


class SentenceEncoder:
    """Maps texts to unit vectors whose dot product says how alike their meanings are."""

    def __init__(self, files: ModelFiles, projection: Projection | None = None):
        w = read_weights(files)
        self._tokenizer = word_pieces(files)
        try:
            self._embeddings = (w["embeddings.word_embeddings.weight"], w["embeddings.position_embeddings.weight"], w["embeddings.token_type_embeddings.weight"][0])
            self._embedding_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
            self._layers = [_layer(w, f"encoder.layer.{i}.") for i in range(_LAYERS)]
        except KeyError as error:
            raise ModelUnavailable(reinstall_message(f"its weights lack {error}")) from error
        with one_blas_thread():
            self._block = _stacking_block(self._layers[0])
        self._projection = projection

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """One L2-normalised float32 row per text, in the order given."""
        return self._encode(texts, progress, None)[0]

    def encode_with_pieces(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None
                           ) -> tuple[np.ndarray, list[WordPieces]]:
        """`encode`'s rows and each text's word pieces, projected as stored (``pieces``); for an
        encoder made with the projection (`shared_encoder`'s)."""
        return self._encode(texts, progress, self._projected)

    def piece_rows(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Each text's word pieces' last-layer rows, L2-normalised, unprojected: what the projection
        is fitted on (``fit_pieces``)."""
        return self._encode(texts, None, _normalised_rows)[1]

    def _encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None, keep: Callable | None) -> tuple[np.ndarray, list]:
        """The sentence vectors and, given ``keep``, what it makes of each batch's last layer."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        kept: list = [None] * len(texts)
        if not texts:
            return out, kept
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda k: len(encodings[k].ids))
        done = 0
        with one_blas_thread():
            for chosen in _batches(order, [self._padded_width(len(e.ids)) for e in encodings]):
                batch = [encodings[k].ids for k in chosen]
                out[chosen], hidden = self._forward(batch)
                if keep is not None:
                    for k, found in zip(chosen, keep(hidden, batch)):
                        kept[k] = found
                done += len(chosen)
                if progress:
                    progress(done, len(order))
        return out, kept

    def _projected(self, hidden: np.ndarray, batch: list[list[int]]) -> list[WordPieces]:
        """Each text's pieces ([CLS] and [SEP] left out): rows L2-normalised, projected one text
        per product (so a text's pieces never depend on its batch), scaled to bytes (`quantised`)."""
        hidden /= np.maximum(np.linalg.norm(hidden, axis=2, keepdims=True), _EPSILON)
        rows = quantised(_dense(hidden, (self._projection.components, self._projection.bias), stacked=False))
        return [WordPieces.of(np.array(ids[1:-1]), rows[r, 1:len(ids) - 1]) for r, ids in enumerate(batch)]

    def _padded_width(self, length: int) -> int:
        """The width a text of ``length`` tokens is padded to: the next multiple of the stacking
        block (past MAX_TOKENS if need be: the padding is masked, and its rows must fill blocks),
        or of PAD_TO when each text keeps its own products."""
        step = self._block or PAD_TO
        return -(-length // step) * step

    def _forward(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The batch's sentence vectors and its last layer (text, token, feature)."""
        width = self._padded_width(max(len(ids) for ids in batch))
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.float32)
        for row, token_ids in enumerate(batch):
            ids[row, :len(token_ids)] = token_ids
            mask[row, :len(token_ids)] = 1.0
        words, positions, token_type = self._embeddings
        hidden = _layer_norm(words[ids] + positions[:width] + token_type, *self._embedding_norm)
        bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        lengths = [len(token_ids) for token_ids in batch]
        for layer in self._layers:
            hidden = _encoder_layer(hidden, bias, layer, self._block is not None, lengths)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), _EPSILON), hidden


def _normalised_rows(hidden: np.ndarray, batch: list[list[int]]) -> list[np.ndarray]:
    """Each text's pieces' rows ([CLS] and [SEP] left out), L2-normalised."""
    rows = [hidden[r, 1:len(ids) - 1] for r, ids in enumerate(batch)]
    return [x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), _EPSILON) for x in rows]


def _batches(order: list[int], widths: list[int]) -> list[list[int]]:
    """Runs of texts (sorted by length) of one padded width, at most BATCH texts and BATCH_TOKENS
    padded tokens. A text's vector then depends on its own width alone, never on the texts beside
    it (see `_dense`), so any partition of a corpus, on any worker, embeds a unit to the same vector."""
    out: list[list[int]] = []
    for k in order:
        if out and widths[out[-1][0]] == widths[k] and len(out[-1]) < BATCH and (len(out[-1]) + 1) * widths[k] <= BATCH_TOKENS:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _stacking_block(layer: dict) -> int | None:
    """The smallest row block for which, with this machine's BLAS, one product over texts padded to
    multiples of it gives every text's rows the bits of a product of their own; None if none does.

    A BLAS walks a product's rows in blocks, and its kernels for a full block and for the rows
    left over, or for a row's place inside a block, may add in another order (OpenBLAS on this
    project's AMD EPYC machines: blocks of 12, so texts padded to 8 or 16 tokens got bits that
    depended on their place in a batch). Texts that fill whole blocks sit in them the same way
    alone and stacked, and one product over a batch runs at the BLAS's full rate (products of one
    text each ran the wide layers at three fifths to three quarters of it). Tried on the layer's
    own weights with fixed random rows, texts of one to three blocks at shifting places, every
    dense shape of the layer: first a few texts, then a batch as tall as the encoder makes them,
    as a BLAS may also cut a tall product into panels whose edges need not fall on the block."""
    shapes = [weights for weights, _bias in (layer["qkv"], layer["attention_out"], layer["intermediate"], layer["output"])]
    rows = np.random.default_rng(0).standard_normal((BATCH_TOKENS, 4 * DIMENSION), dtype=np.float32)
    for block in _BLOCKS:
        edges = _text_edges(block, BATCH_TOKENS)
        if all(_each_alone(rows, w, edges[:len(_SPANS) + 1]) for w in shapes) and all(_each_alone(rows, w, edges, every=10) for w in shapes):
            return block
    return None


_SPANS = (1, 2, 1, 3, 1, 1, 2, 3, 2)  # blocks per probe text: every place modulo 1, 2 and 3 blocks is met


def _text_edges(block: int, height: int) -> np.ndarray:
    """Where probe texts of `_SPANS` blocks, repeated, start and end in a batch of ``height`` rows."""
    spans = np.resize(np.array(_SPANS) * block, height // block)
    edges = np.cumsum([0, *spans])
    return edges[edges <= height]


def _each_alone(rows: np.ndarray, weights: np.ndarray, edges: np.ndarray, every: int = 1) -> bool:
    """Whether the texts between ``edges`` (every ``every``-th, and the last) get in one product
    the bits of products of their own."""
    stacked = np.ascontiguousarray(rows[:edges[-1], :weights.shape[0]])
    together = stacked @ weights
    texts = sorted({*range(0, len(edges) - 1, every), len(edges) - 2})
    return all(np.array_equal(together[edges[k]:edges[k + 1]], stacked[edges[k]:edges[k + 1]] @ weights) for k in texts)


def word_pieces(files: ModelFiles):
    """The encoder's tokenizer as it cuts texts (no padding, cut at MAX_TOKENS): the link judge (`alignment`) reads
    which characters each stored piece covers by it, without the model's weights."""
    from tokenizers import Tokenizer  # imported here: only analysis needs it, never window start

    try:
        tokenizer = Tokenizer.from_file(str(files.tokenizer))
    except Exception as error:
        raise ModelUnavailable(reinstall_message(f"its tokenizer {files.tokenizer} cannot be read ({error})")) from error
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


def piece_offsets(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Each text's word pieces' characters, [CLS] and [SEP] left out: the pieces `encode_with_pieces` stores."""
    global _offsets_tokenizer
    with _lock:
        if _offsets_tokenizer is None:
            _offsets_tokenizer = word_pieces(locate())
    return [e.offsets[1:-1] for e in _offsets_tokenizer.encode_batch(list(texts))]


def shared_encoder() -> SentenceEncoder:
    """The one encoder of this process, loaded on first use (at analysis, never at start-up)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = SentenceEncoder(locate(), read_projection())
        return _shared


def _layer(w: dict[str, np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    """One encoder layer's weights, transposed once so the forward pass multiplies directly."""
    def dense(name: str) -> tuple[np.ndarray, np.ndarray]:
        return np.ascontiguousarray(w[prefix + name + ".weight"].T), w[prefix + name + ".bias"]

    q, k, v = dense("attention.self.query"), dense("attention.self.key"), dense("attention.self.value")
    return {
        "qkv": (np.concatenate([q[0], k[0], v[0]], axis=1), np.concatenate([q[1], k[1], v[1]])),
        "attention_out": dense("attention.output.dense"),
        "attention_norm": (w[prefix + "attention.output.LayerNorm.weight"], w[prefix + "attention.output.LayerNorm.bias"]),
        "intermediate": dense("intermediate.dense"),
        "output": dense("output.dense"),
        "output_norm": (w[prefix + "output.LayerNorm.weight"], w[prefix + "output.LayerNorm.bias"]),
    }


def _encoder_layer(hidden: np.ndarray, bias: np.ndarray, layer: dict, stacked: bool, lengths: Sequence[int]) -> np.ndarray:
    """One BERT layer over (text, token, feature) arrays, its dense products ``stacked`` over the
    batch or one per text (`_dense`), GELU on each text's first ``lengths`` tokens only. Sums,
    scalings and normalisations run in place on the products' own arrays (the same operations in
    the same order, so the same bits): a fifth of the layer's time went to allocating and filling
    their temporaries. Attention multiplies contiguous copies of its heads: on strided or
    transposed operands a BLAS may take other kernels that add in another order (OpenBLAS on
    AVX-512 Xeons), and a text's vector would then depend on the array's layout."""
    batch, width, size = hidden.shape
    head = size // _HEADS
    qkv = _dense(hidden, layer["qkv"], stacked).reshape(batch, width, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
    query, key, value = (np.ascontiguousarray(part) for part in qkv)
    scores = query @ key.transpose(0, 1, 3, 2).copy()
    scores /= np.float32(np.sqrt(head))
    scores += bias
    scores -= _row_max(scores)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)
    context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, width, size)
    attended = _dense(context, layer["attention_out"], stacked)
    attended += hidden
    attended = _layer_norm(attended, *layer["attention_norm"])
    out = _dense(_gelu(_dense(attended, layer["intermediate"], stacked), lengths), layer["output"], stacked)
    out += attended
    return _layer_norm(out, *layer["output_norm"])


def _row_max(x: np.ndarray) -> np.ndarray:
    """``x.max(axis=-1, keepdims=True)``, by halving the last axis: numpy's reduction runs a loop per row, and on
    attention's rows of a few dozen numbers that was a fifth of the layer's time outside its products (a maximum is
    exact, so the order it is taken in changes no bit)."""
    while x.shape[-1] > 1:
        half = x.shape[-1] // 2
        folded = np.maximum(x[..., :half], x[..., half:2 * half])
        if x.shape[-1] % 2:
            np.maximum(folded[..., :1], x[..., -1:], out=folded[..., :1])
        x = folded
    return x


def _dense(x: np.ndarray, weights: tuple[np.ndarray, np.ndarray], stacked: bool) -> np.ndarray:
    """The batch's tokens times the weights: in one product when ``stacked`` (texts padded to whole
    blocks, `_stacking_block`), else each text's in a product of its own. Either way a row's bits
    do not depend on where it sits among the others (on some processors they do in a product over
    texts of any width), so a unit's vector does not change with the partition it was encoded in."""
    batch, width, size = x.shape
    out = (x.reshape(batch * width, size) @ weights[0]).reshape(batch, width, -1) if stacked else x @ weights[0]
    out += weights[1]
    return out


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    centered = x - x.mean(axis=-1, keepdims=True)
    variance = np.square(centered).mean(axis=-1, keepdims=True)
    variance += np.float32(_EPSILON)
    centered /= np.sqrt(variance, out=variance)
    centered *= weight
    centered += bias
    return centered


def _gelu(x: np.ndarray, lengths: Sequence[int] | None = None) -> np.ndarray:
    """GELU in its tanh form: within 5e-4 of BERT's exact erf form at well under half its cost
    (the parity test holds the vectors to the reference), computed in place, a slice of
    _GELU_CHUNK numbers at a time: the nine passes then read and write what the processor's cache
    holds instead of the batch's megabytes, two fifths of the function's time saved (the same
    operations in the same order, so the same bits).

    Given ``lengths``, only each text's first ``lengths[k]`` tokens of x (text, token, feature):
    the padding after them (a quarter of the numbers, texts being padded to whole row blocks)
    keeps the product's values, which no real token reads (masked out of attention and pooling;
    finite, so a masked weight of exactly 0 still gives 0)."""
    texts, width = x.shape[0], x.shape[1]
    flat = x.reshape(-1)
    row = flat.size // max(1, texts * width)
    runs = [(0, flat.size)] if lengths is None else [(k * width * row, (k * width + n) * row) for k, n in enumerate(lengths)]
    scratch = np.empty(min(_GELU_CHUNK, flat.size), dtype=x.dtype)
    for start, stop in _slices(runs):
        part = flat[start:stop]
        inner = scratch[:part.size]
        np.multiply(part, part, out=inner)
        inner *= part
        inner *= np.float32(0.044715)
        inner += part
        inner *= np.float32(0.7978845608)
        np.tanh(inner, out=inner)
        inner += 1.0
        inner *= part
        np.multiply(inner, np.float32(0.5), out=part)
    return flat.reshape(x.shape)


def _slices(runs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each run of numbers cut into slices of at most _GELU_CHUNK."""
    for start, stop in runs:
        for begin in range(start, stop, _GELU_CHUNK):
            yield begin, min(begin + _GELU_CHUNK, stop)
