"""Runtime hook: stand in for spaCy's command line, which the bundle leaves out.

spacy/__init__.py runs `from .cli.info import info`; the real spacy.cli imports typer, weasel,
httpx, jinja2 and more (model downloads, training, packaging), none of which the app uses and
all of which would ship a network stack in an app that must stay offline.
"""
import sys
import types


def _info(*args, **kwargs):
    raise RuntimeError("spaCy's command line is not part of Provenance Viewer")


_cli = types.ModuleType("spacy.cli")
_cli.__path__ = []  # a package, so `spacy.cli.info` resolves below it
_cli_info = types.ModuleType("spacy.cli.info")
_cli_info.info = _info
_cli.info = _cli_info
sys.modules.setdefault("spacy.cli", _cli)
sys.modules.setdefault("spacy.cli.info", _cli_info)
