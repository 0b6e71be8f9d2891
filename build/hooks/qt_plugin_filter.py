"""PyInstaller's collection for one Qt module, keeping only the plugins provenance.spec lists.

Filtering here, before PyInstaller resolves shared-library dependencies, also keeps out what the
dropped plugins link to (GTK, Wayland, EGL, QtNetwork...). The rule is the `keep` function the
spec passes as hooksconfig["PySide6"]["keep"]. Each hook-PySide6.<Module>.py builds its hook
with `make_hook(__file__)`, since PyInstaller derives the Qt module from the hook's file name.
"""
from pathlib import PurePath

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def make_hook(hook_file: str):
    def hook(hook_api):
        keep = get_hook_config(hook_api, "PySide6", "keep") or (lambda dest: True)
        imports, binaries, datas = add_qt6_dependencies(hook_file)
        hook_api.add_imports(*imports)
        hook_api.add_binaries([(src, dest) for src, dest in binaries if keep(f"{dest}/{PurePath(src).name}")])
        hook_api.add_datas([(src, dest) for src, dest in datas if keep(f"{dest}/{PurePath(src).name}")])

    return hook
