"""babel, with only its global data and English locale (replaces PyInstaller's hook-babel).

babel comes in through trafilatura -> courlan, which only asks it about language codes when a
target language is set (we never set one). Its full locale data is ~30 MB.
"""
from pathlib import Path
import importlib.util

_BABEL = Path(importlib.util.find_spec("babel").origin).parent

datas = [(str(_BABEL / "global.dat"), "babel")]
datas += [(str(_BABEL / "locale-data" / name), "babel/locale-data") for name in ("root.dat", "en.dat")]
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
