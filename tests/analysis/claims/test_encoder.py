"""The numpy sentence encoder against vectors made by PyTorch and sentence-transformers from the
same weights (fixtures/embeddings/make_reference.py says how), and a missing or damaged model."""
from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest

from viewer.analysis.claims import encoder, model_files, pieces
from viewer.analysis.claims.encoder import SentenceEncoder, shared_encoder
from viewer.analysis.claims.model_files import PACKAGE, ModelFiles, ModelUnavailable, locate

REFERENCE = json.loads((Path(__file__).parent / "fixtures" / "embeddings" / "reference.json").read_text(encoding="utf-8"))


def test_vectors_match_the_reference_implementation():
    vectors = shared_encoder().encode(REFERENCE["sentences"])
    cosines = (vectors * np.array(REFERENCE["vectors"], dtype=np.float32)).sum(axis=1)
    assert cosines.min() >= 0.999, dict(zip(REFERENCE["sentences"], cosines.round(5)))


def test_a_vector_does_not_depend_on_its_batch_or_position():
    """Bit for bit: a unit's vector must not change with the partition it was encoded in."""
    sentences = REFERENCE["sentences"]
    together = shared_encoder().encode(sentences)
    alone = np.stack([shared_encoder().encode([s])[0] for s in reversed(sentences)])[::-1]
    doubled = shared_encoder().encode([*sentences, *sentences])
    assert together.tobytes() == alone.tobytes() == doubled[len(sentences):].tobytes()
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_stacked_products_give_every_text_the_bits_of_its_own_product():
    """Every dense product of every layer, a batch as wide as the encoder makes them: a text's rows
    stacked among others get the bits of a product over that text alone."""
    found = shared_encoder()
    if found._block is None:
        pytest.skip("this machine's BLAS gives no block in which stacked rows keep their bits")
    width = 3 * found._block
    shape = (encoder.BATCH_TOKENS // width, width, 4 * encoder.DIMENSION)
    rows = np.random.default_rng(7).standard_normal(shape, dtype=np.float32)
    with encoder.one_blas_thread():  # as the encoder multiplies
        for layer in found._layers:
            for weights in (layer["qkv"], layer["attention_out"], layer["intermediate"], layer["output"]):
                x = np.ascontiguousarray(rows[..., :weights[0].shape[0]])
                assert encoder._dense(x, weights, stacked=True).tobytes() == encoder._dense(x, weights, stacked=False).tobytes()


def test_without_a_stacking_block_a_vector_still_does_not_depend_on_its_batch(monkeypatch):
    """Where the BLAS gives no such block, each text keeps products of its own: the same bits
    whatever its batch, and the same meaning as the stacked vectors."""
    sentences = REFERENCE["sentences"]
    stacked = shared_encoder().encode(sentences)
    monkeypatch.setattr(shared_encoder(), "_block", None)
    together = shared_encoder().encode(sentences)
    alone = np.stack([shared_encoder().encode([s])[0] for s in sentences])
    assert together.tobytes() == alone.tobytes()
    assert (together * stacked).sum(axis=1).min() > 0.9999


def test_gelu_gives_the_bits_of_its_formula_over_many_slices():
    x = np.random.default_rng(3).standard_normal((3, 5, encoder._GELU_CHUNK), dtype=np.float32)
    c1, c2 = np.float32(0.044715), np.float32(0.7978845608)
    formula = ((np.tanh((((x * x) * x) * c1 + x) * c2) + np.float32(1)) * x) * np.float32(0.5)
    assert encoder._gelu(x.copy()).tobytes() == formula.tobytes()


def test_gelu_of_real_tokens_only_leaves_the_padding_as_it_was():
    x = np.random.default_rng(4).standard_normal((3, 24, 2000), dtype=np.float32)  # texts of 24 tokens, 80 kB rows
    c1, c2 = np.float32(0.044715), np.float32(0.7978845608)
    formula = ((np.tanh((((x * x) * x) * c1 + x) * c2) + np.float32(1)) * x) * np.float32(0.5)
    got = encoder._gelu(x.copy(), [24, 13, 1])
    for text, length in enumerate([24, 13, 1]):
        assert got[text, :length].tobytes() == formula[text, :length].tobytes()
        assert got[text, length:].tobytes() == x[text, length:].tobytes()


def _plain_layer(hidden, bias, layer, stacked=False, lengths=None):
    """BERT's layer written as the formulas read, each step a new array, each text's products
    its own and GELU on padding too: what the in-place layer, its products stacked over the batch
    or not, must equal bit for bit, as stored vectors and linking's thresholds were made with it."""
    def dense(x, weights):
        return x @ weights[0] + weights[1]

    def norm(x, weight, b):
        mean = x.mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(((x - mean) ** 2).mean(axis=-1, keepdims=True) + np.float32(1e-12)) * weight + b

    batch, width, size = hidden.shape
    qkv = dense(hidden, layer["qkv"]).reshape(batch, width, 3, 12, size // 12).transpose(2, 0, 3, 1, 4)
    query, key, value = (np.ascontiguousarray(part) for part in qkv)
    scores = query @ key.transpose(0, 1, 3, 2).copy() / np.float32(np.sqrt(size // 12)) + bias
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    scores /= scores.sum(axis=-1, keepdims=True)
    context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, width, size)
    attended = norm(hidden + dense(context, layer["attention_out"]), *layer["attention_norm"])
    inner = encoder._gelu(dense(attended, layer["intermediate"]))
    return norm(attended + dense(inner, layer["output"]), *layer["output_norm"])


def test_the_in_place_layers_give_the_bits_of_the_plain_formulas(monkeypatch):
    sentences = REFERENCE["sentences"]
    in_place = shared_encoder().encode(sentences)
    monkeypatch.setattr(encoder, "_encoder_layer", _plain_layer)
    assert shared_encoder().encode(sentences).tobytes() == in_place.tobytes()


def test_paraphrases_are_closer_than_unrelated_sentences():
    fate, unknown, swap = shared_encoder().encode([
        "The ministry did not specify what fate these prisoners will have.",
        "The fate of this new batch of surrendering soldiers remains unknown.",
        "The Angels have offered an eight-year contract to Mark Teixeira.",
    ])
    assert fate @ unknown > fate @ swap + 0.3


def test_word_pieces_do_not_depend_on_their_batch_and_come_with_the_same_vectors():
    """Bit for bit, as the vectors: a unit's stored pieces must not change with its partition."""
    sentences = REFERENCE["sentences"]
    vectors, together = shared_encoder().encode_with_pieces(sentences)
    alone = [shared_encoder().encode_with_pieces([s])[1][0] for s in reversed(sentences)][::-1]
    doubled = shared_encoder().encode_with_pieces([*sentences, *sentences])[1]
    assert [p.data for p in together] == [p.data for p in alone] == [p.data for p in doubled[len(sentences):]]
    assert vectors.tobytes() == shared_encoder().encode(sentences).tobytes()


def test_word_pieces_are_each_texts_own_pieces_projected():
    """One stored row per word piece ([CLS] and [SEP] left out), in the tokenizer's ids, whose
    directions are the projected last-layer rows (the int8 rounding moves them by under a degree)."""
    found = shared_encoder()
    text = REFERENCE["sentences"][0]
    (piece,) = found.encode_with_pieces([text])[1]
    ids = found._tokenizer.encode(text).ids
    assert piece.ids.tolist() == ids[1:-1] and piece.rows.shape == (len(ids) - 2, pieces.PIECE_DIMENSION)
    projection = pieces.read_projection()
    exact = found.piece_rows([text])[0] @ projection.components + projection.bias
    stored = piece.rows.astype(np.float32)
    cosines = (exact * stored).sum(axis=1) / np.linalg.norm(exact, axis=1) / np.linalg.norm(stored, axis=1)
    assert cosines.min() > 0.999


def test_the_projection_file_says_where_it_came_from():
    data = pieces.PROJECTION_FILE.read_bytes()
    (length,) = struct.unpack("<Q", data[:8])
    metadata = json.loads(data[8:8 + length])["__metadata__"]
    assert "MSRP train" in metadata["data"] and "fit_pieces" in metadata["produced_by"]


def test_a_missing_projection_is_named(tmp_path):
    with pytest.raises(ModelUnavailable, match="word-piece projection .*gone.safetensors is missing"):
        pieces.read_projection(tmp_path / "gone.safetensors")


@pytest.mark.parametrize("damage", [lambda b: b[:len(b) // 2], lambda b: b"\xff" * 40, lambda b: b.replace(b"components", b"componentz")])
def test_a_damaged_projection_is_named(tmp_path, damage):
    path = tmp_path / "pieces.safetensors"
    path.write_bytes(damage(pieces.PROJECTION_FILE.read_bytes()))
    with pytest.raises(ModelUnavailable, match="word-piece projection .*pieces.safetensors"):
        pieces.read_projection(path)


def test_no_text_gives_no_rows():
    assert shared_encoder().encode([]).shape == (0, encoder.DIMENSION)


@pytest.fixture
def model_copy(tmp_path) -> ModelFiles:
    files = locate()
    shutil.copy(files.tokenizer, tmp_path / "tokenizer.json")
    shutil.copy(files.weights, tmp_path / "model.safetensors")
    return ModelFiles(tmp_path / "model.safetensors", tmp_path / "tokenizer.json", files.sha256)


def test_missing_weights_name_the_package_to_reinstall(model_copy):
    model_copy.weights.unlink()
    with pytest.raises(ModelUnavailable, match=PACKAGE) as raised:
        SentenceEncoder(model_copy)
    assert "missing" in str(raised.value)


def test_damaged_weights_are_refused_by_their_hash(model_copy):
    data = bytearray(model_copy.weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_copy.weights.write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match="damaged"):
        SentenceEncoder(model_copy)


def test_an_unreadable_tokenizer_is_reported(model_copy):
    model_copy.tokenizer.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelUnavailable, match="tokenizer"):
        SentenceEncoder(model_copy)


def test_an_uninstalled_package_is_reported(monkeypatch):
    monkeypatch.setattr(model_files.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelUnavailable, match=f"{PACKAGE} is not installed"):
        locate()


def test_fp16_copy_round_trips_through_the_safetensors_layout(tmp_path):
    tensors = {"a": np.arange(6, dtype=np.float16).reshape(2, 3), "b": np.array([1, 2], dtype=np.int64)}
    model_files.write_safetensors(tensors, tmp_path / "t.safetensors")
    read = model_files.parse_safetensors((tmp_path / "t.safetensors").read_bytes())
    assert read.keys() == tensors.keys()
    assert all(np.array_equal(read[k], tensors[k]) for k in tensors)


@pytest.fixture(scope="module")
def upstream_weights() -> dict[str, np.ndarray]:
    return model_files.read_weights(locate())


@pytest.fixture
def installed_model(tmp_path, monkeypatch, upstream_weights) -> Path:
    """The model as an installed app carries it (`bundled_form`, the spec's way, its digest beside
    it) in a stand-in for the app's folder."""
    import hashlib

    folder = tmp_path / model_files.BUNDLED_DIR
    folder.mkdir()
    weights = folder / model_files.BUNDLED_WEIGHTS
    model_files.write_safetensors(model_files.bundled_form(upstream_weights), weights)
    (folder / model_files.BUNDLED_DIGEST).write_text(f"{hashlib.sha256(weights.read_bytes()).hexdigest()}  {weights.name}\n")
    shutil.copy(locate().tokenizer, folder / "tokenizer.json")
    monkeypatch.setattr(model_files.sys, "_MEIPASS", str(tmp_path), raising=False)
    return folder


def test_an_installed_app_reads_its_int8_word_table_back_as_the_upstream_tensors(installed_model, upstream_weights):
    stored = model_files.parse_safetensors((installed_model / model_files.BUNDLED_WEIGHTS).read_bytes())
    assert stored[model_files.WORD_TABLE + model_files.INT8].dtype == np.int8
    read = model_files.read_weights(locate())
    assert read.keys() == upstream_weights.keys()
    for name, array in read.items():
        upstream = upstream_weights[name]
        assert array.dtype == upstream.dtype and array.shape == upstream.shape, name
        if name == model_files.WORD_TABLE:  # each number within half a step of its row's scale
            step = np.abs(upstream).max(axis=1, keepdims=True) / 127
            assert (np.abs(array - upstream) <= step * 0.51).all()
        elif upstream.dtype == np.float32:
            assert np.array_equal(array, upstream.astype(np.float16).astype(np.float32)), name


def test_an_installed_app_refuses_damaged_weights_naming_what_to_reinstall(installed_model):
    weights = installed_model / model_files.BUNDLED_WEIGHTS
    data = bytearray(weights.read_bytes())
    data[len(data) // 3] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match=f"damaged.*{PACKAGE}"):
        SentenceEncoder(locate())


def test_an_installed_app_without_the_digest_names_what_to_reinstall(installed_model):
    (installed_model / model_files.BUNDLED_DIGEST).unlink()
    with pytest.raises(ModelUnavailable, match=f"missing.*{PACKAGE}"):
        locate()


@pytest.mark.parametrize("width", [1, 2, 3, 7, 8, 21, 24, 40, 73])
def test_row_max_is_numpys_maximum_of_each_row(width):
    x = np.random.default_rng(width).standard_normal((3, 12, width, width), dtype=np.float32)
    assert encoder._row_max(x).tobytes() == x.max(axis=-1, keepdims=True).tobytes()
