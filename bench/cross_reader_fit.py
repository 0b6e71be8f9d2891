"""The cross-reader experiment's fit (session 58, issue 11): MiniLM reading a link's two mentions as one input,
"[CLS] a [SEP] b [SEP]", its lower layers the shipped package's weights, frozen, and only its top K layers and a head
fitted on pair judgements, held out by grouped folds of the judged news draws. Development only: it runs in a scratch
venv with PyTorch outside the repository (never the project's; nothing in viewer/ or tests imports it).

    python bench/cross_reader_fit.py cache WORK NAME ...
    python bench/cross_reader_fit.py fit WORK --tag TAG [--k 2] [--head seg] [--pre msrp,ecbtrain] ...

WORK holds what `bench/cross_reader.py --pairs WORK` writes (public text, so outside the repository): the shipped
weights as minilm.npz and tokenizer.json, and pairs_NAME.json (judged: every hand-judged news link of the draws,
training/judged/links*.tsv; eval: every link the linker makes on them, link_judge.py's rows; msrp: MSRP train;
ecbtrain, ecbdev: ECB+ links judged by the action chains). `cache` runs the frozen layers once over each pair and
keeps the hidden states entering layers 4 and 5 (fp16); `fit` trains the top K layers, initialised from the shipped
ones, and a head on them (`Top`): first on the --pre sets (one pass), then, per fold, on the other folds' judged
links, and writes scores_TAG.json, each held-out link's probability by draw and ECB+ dev's averaged over the folds,
for `bench/cross_reader.py --scores`. Folds: the draws by judged links, largest first, each to the lightest of five
folds. Seeds: SEED for the pretraining, SEED + fold for each fold (torch's generator; one thread by default).
The layers follow encoder.py's (GELU in its tanh form, token type 0 throughout), so a fit could be read by numpy.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer

MAX_TOKENS = 128
WIDTH, HEADS, LAYERS = 384, 12, 6
SEED = 58
FOLDS = 5
SEP = 102
_DENSE = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
          "intermediate.dense", "output.dense")
_NORMS = ("attention.output.LayerNorm", "output.LayerNorm")


class Shipped:
    """The shipped MiniLM's weights (as `bench/cross_reader.py --pairs` saved them) and its tokenizer, cut at
    MAX_TOKENS for a pair (longest first)."""

    def __init__(self, work: Path):
        self.w = {k: torch.from_numpy(v) for k, v in np.load(work / "minilm.npz").items()}
        self.tokenizer = Tokenizer.from_file(str(work / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS, strategy="longest_first")

    def layer(self, i: int) -> dict[str, torch.Tensor]:
        prefix = f"encoder.layer.{i}."
        return {n + part: self.w[prefix + n + part].clone() for n in (*_DENSE, *_NORMS) for part in (".weight", ".bias")}

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        w = self.w
        h = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:ids.shape[1]]
             + w["embeddings.token_type_embeddings.weight"][0])
        return F.layer_norm(h, (WIDTH,), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], 1e-12)


def gelu(x: torch.Tensor) -> torch.Tensor:
    """encoder.py's tanh form."""
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))


def layer_forward(h: torch.Tensor, mask_bias: torch.Tensor, p: dict[str, torch.Tensor]) -> torch.Tensor:
    """One BERT layer, as encoder.py's `_encoder_layer`."""
    b, t, d = h.shape

    def dense(x: torch.Tensor, name: str) -> torch.Tensor:
        return x @ p[name + ".weight"].T + p[name + ".bias"]

    q, k, v = (dense(h, f"attention.self.{n}").view(b, t, HEADS, d // HEADS).transpose(1, 2) for n in ("query", "key", "value"))
    context = ((q @ k.transpose(-1, -2) / math.sqrt(d // HEADS) + mask_bias).softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
    a = F.layer_norm(dense(context, "attention.output.dense") + h, (d,), p["attention.output.LayerNorm.weight"],
                     p["attention.output.LayerNorm.bias"], 1e-12)
    out = dense(gelu(dense(a, "intermediate.dense")), "output.dense")
    return F.layer_norm(out + a, (d,), p["output.LayerNorm.weight"], p["output.LayerNorm.bias"], 1e-12)


def padded(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in seqs)
    ids, mask = torch.zeros(len(seqs), width, dtype=torch.long), torch.zeros(len(seqs), width)
    for r, s in enumerate(seqs):
        ids[r, :len(s)], mask[r, :len(s)] = torch.tensor(s), 1
    return ids, mask


def cache(work: Path, name: str, model: Shipped) -> None:
    """The hidden states entering layers 4 and 5 of each pair of pairs_NAME.json, run once through the frozen layers."""
    pairs = json.loads((work / f"pairs_{name}.json").read_text(encoding="utf-8"))
    encoded = [model.tokenizer.encode(p["a"], p["b"]).ids for p in pairs]
    order = sorted(range(len(encoded)), key=lambda k: len(encoded[k]))
    kept: dict[int, list] = {4: [None] * len(encoded), 5: [None] * len(encoded)}
    layers = [model.layer(i) for i in range(5)]
    with torch.no_grad():
        for start in range(0, len(order), 32):
            chosen = order[start:start + 32]
            ids, mask = padded([encoded[k] for k in chosen])
            bias, h = (1 - mask)[:, None, None, :] * -1e9, model.embed(ids)
            for i in range(5):
                h = layer_forward(h, bias, layers[i])
                if i + 1 in kept:
                    for r, k in enumerate(chosen):
                        kept[i + 1][k] = h[r, :len(encoded[k])].half().numpy()
    np.savez(work / f"cache_{name}.npz", h4=np.concatenate(kept[4]), h5=np.concatenate(kept[5]),
             lengths=np.array([len(e) for e in encoded]))
    print(name, len(encoded), "pairs, mean tokens", round(float(np.mean([len(e) for e in encoded])), 1), flush=True)


class Cached:
    """One set's cached states entering the first fitted layer, its labels and where each pair's first mention ends."""

    def __init__(self, work: Path, name: str, k: int, tokenizer: Tokenizer):
        pairs = json.loads((work / f"pairs_{name}.json").read_text(encoding="utf-8"))
        self.pairs = pairs
        self.y = np.array([p["y"] for p in pairs], dtype=float)
        self.first = np.array([e.ids.index(SEP) for e in tokenizer.encode_batch([(p["a"], p["b"]) for p in pairs])])
        z = np.load(work / f"cache_{name}.npz")
        self.lengths = z["lengths"]
        self.starts = np.concatenate([[0], np.cumsum(self.lengths)])
        self.h = z["h4" if k == 2 else "h5"]

    def batch(self, idx: list[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """States, mask and segments (1 the first mention's pieces, 2 the second's) of the pairs given."""
        seqs = [self.h[self.starts[i]:self.starts[i + 1]] for i in idx]
        width = max(len(s) for s in seqs)
        h, mask, seg = torch.zeros(len(idx), width, WIDTH), torch.zeros(len(idx), width), torch.zeros(len(idx), width)
        for r, (s, i) in enumerate(zip(seqs, idx)):
            h[r, :len(s)], mask[r, :len(s)] = torch.from_numpy(s.astype(np.float32)), 1
            seg[r, 1:self.first[i]], seg[r, self.first[i] + 1:len(s) - 1] = 1, 2
        return h, mask, seg


class Top(torch.nn.Module):
    """The top K layers (from the shipped weights) and a head: over [CLS] and the mean of all pieces ("cls"), or over
    [CLS], the two mentions' mean rows u and v, |u - v|, u * v and their cosine ("seg")."""

    def __init__(self, model: Shipped, k: int, head: str = "seg"):
        super().__init__()
        self.kind = head
        self.layers = torch.nn.ModuleList(
            torch.nn.ParameterDict({n.replace(".", "__"): torch.nn.Parameter(v) for n, v in model.layer(i).items()})
            for i in range(LAYERS - k, LAYERS))
        self.head = torch.nn.Linear(2 * WIDTH if head == "cls" else 3 * WIDTH + 1, 1)

    def forward(self, h: torch.Tensor, mask: torch.Tensor, seg: torch.Tensor) -> torch.Tensor:
        bias = (1 - mask)[:, None, None, :] * -1e9
        for layer in self.layers:
            h = layer_forward(h, bias, {n.replace("__", "."): v for n, v in layer.items()})
        if self.kind == "cls":
            m = mask[:, :, None]
            return self.head(torch.cat([h[:, 0], (h * m).sum(1) / m.sum(1)], 1)).squeeze(-1)
        a, b = (seg == 1).float()[:, :, None], (seg == 2).float()[:, :, None]
        u, v = (h * a).sum(1) / a.sum(1).clamp(min=1), (h * b).sum(1) / b.sum(1).clamp(min=1)
        cosine = F.cosine_similarity(u, v, dim=1)[:, None]
        return self.head(torch.cat([h[:, 0], u * v, (u - v).abs(), cosine * 10], 1)).squeeze(-1)


def train(model: Top, data: list[tuple[Cached, np.ndarray]], epochs: int, lr: float, seed: int, batch: int = 32) -> None:
    """AdamW (the head at 30 times the layers' rate), warm-up over a tenth of the steps then linear decay; batches of
    like length drawn within runs of 50 batches."""
    g = torch.Generator().manual_seed(seed)
    items = [(c, int(i)) for c, idx in data for i in idx]
    body = [p for n, p in model.named_parameters() if not n.startswith("head")]
    opt = torch.optim.AdamW([{"params": body, "lr": lr}, {"params": list(model.head.parameters()), "lr": lr * 30}],
                            weight_decay=0.01)
    steps = epochs * math.ceil(len(items) / batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps + 1)) * max(0.0, 1 - s / steps))
    model.train()
    for epoch in range(epochs):
        perm = torch.randperm(len(items), generator=g).tolist()
        total = 0.0
        for run in (perm[s:s + batch * 50] for s in range(0, len(perm), batch * 50)):
            run.sort(key=lambda k: items[k][0].lengths[items[k][1]])
            batches = [run[s:s + batch] for s in range(0, len(run), batch)]
            for b in torch.randperm(len(batches), generator=g).tolist():
                loss = _batch_loss(model, [items[k] for k in batches[b]])
                opt.zero_grad()
                loss.backward()
                opt.step()
                schedule.step()
                total += float(loss.detach()) * len(batches[b])
        print(f"  epoch {epoch} loss {total / len(items):.4f}", flush=True)
    model.eval()


def _batch_loss(model: Top, chosen: list[tuple[Cached, int]]) -> torch.Tensor:
    by_set: dict[int, list[tuple[Cached, int]]] = {}
    for item in chosen:
        by_set.setdefault(id(item[0]), []).append(item)
    loss = torch.zeros(())
    for part in by_set.values():
        c = part[0][0]
        h, mask, seg = c.batch([i for _c, i in part])
        y = torch.tensor([c.y[i] for _c, i in part], dtype=torch.float32)
        loss = loss + F.binary_cross_entropy_with_logits(model(h, mask, seg), y, reduction="sum")
    return loss / len(chosen)


def predict(model: Top, c: Cached, idx: list[int]) -> np.ndarray:
    out = np.zeros(len(idx))
    order = sorted(range(len(idx)), key=lambda r: c.lengths[idx[r]])
    with torch.no_grad():
        for start in range(0, len(order), 64):
            rs = order[start:start + 64]
            out[rs] = torch.sigmoid(model(*c.batch([idx[r] for r in rs]))).numpy()
    return out


def folds_of(judged: list[dict], folds: int = FOLDS) -> dict[str, int]:
    """Each draw's fold: draws by judged links, largest first, each to the lightest fold."""
    size: dict[str, int] = {}
    for p in judged:
        size[p["set"]] = size.get(p["set"], 0) + 1
    fold_of, load = {}, [0] * folds
    for name in sorted(size, key=lambda n: (-size[n], n)):
        f = min(range(folds), key=lambda f: (load[f], f))
        fold_of[name], load[f] = f, load[f] + size[name]
    return fold_of


def fit(work: Path, ns: argparse.Namespace) -> None:
    """Held-out scores of every judged draw's links and ECB+ dev's, written to scores_TAG.json."""
    shipped = Shipped(work)
    judged, held_out = (Cached(work, n, ns.k, shipped.tokenizer) for n in ("judged", "eval"))
    dev = Cached(work, "ecbdev", ns.k, shipped.tokenizer) if (work / "cache_ecbdev.npz").exists() else None
    fold_of = folds_of(judged.pairs)
    print("folds", {f: sorted(n for n in fold_of if fold_of[n] == f) for f in range(FOLDS)}, flush=True)
    base = None
    if ns.pre:
        torch.manual_seed(ns.seed)
        model = Top(shipped, ns.k, ns.head)
        sets = [Cached(work, n, ns.k, shipped.tokenizer) for n in ns.pre.split(",")]
        train(model, [(c, np.where(c.y >= 0)[0]) for c in sets], ns.pre_epochs, ns.lr, ns.seed)
        base = {k: v.clone() for k, v in model.state_dict().items()}
    scores: list[float | None] = [None] * len(held_out.pairs)
    dev_scores = []
    for f in range(FOLDS):
        torch.manual_seed(ns.seed + f)
        model = Top(shipped, ns.k, ns.head)
        if base is not None:
            model.load_state_dict(base)
        started = time.time()
        train(model, [(judged, np.array([i for i, p in enumerate(judged.pairs) if fold_of[p["set"]] != f]))],
              ns.epochs, ns.lr, ns.seed + f)
        held = [i for i, p in enumerate(held_out.pairs) if fold_of[p["set"]] == f]
        for i, s in zip(held, predict(model, held_out, held)):
            scores[i] = float(s)
        if dev is not None:
            dev_scores.append(predict(model, dev, list(range(len(dev.pairs)))))
        print(f"fold {f}: {len(held)} links held out, {round(time.time() - started)} s", flush=True)
    by_set: dict[str, list] = {}
    for p, s in zip(held_out.pairs, scores):
        by_set.setdefault(p["set"], []).append(s)
    out = {"sets": by_set, "ecb": np.mean(dev_scores, axis=0).tolist() if dev_scores else None, "folds": fold_of,
           "settings": vars(ns) | {"work": str(work)}}
    (work / f"scores_{ns.tag}.json").write_text(json.dumps(out), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("cache")
    c.add_argument("work", type=Path)
    c.add_argument("names", nargs="+")
    f = sub.add_parser("fit")
    f.add_argument("work", type=Path)
    f.add_argument("--tag", required=True)
    f.add_argument("--k", type=int, default=2, choices=(1, 2), help="top layers fitted")
    f.add_argument("--head", default="seg", choices=("seg", "cls"))
    f.add_argument("--epochs", type=int, default=3)
    f.add_argument("--lr", type=float, default=1e-4)
    f.add_argument("--pre", default="msrp,ecbtrain", help="sets fitted on first, one after another's pairs mixed")
    f.add_argument("--pre-epochs", type=int, default=1)
    f.add_argument("--seed", type=int, default=SEED)
    ns = parser.parse_args(argv)
    torch.set_num_threads(int(os.environ.get("THREADS", "1")))
    if ns.command == "cache":
        shipped = Shipped(ns.work)
        for name in ns.names:
            cache(ns.work, name, shipped)
    else:
        fit(ns.work, ns)


if __name__ == "__main__":
    main()
