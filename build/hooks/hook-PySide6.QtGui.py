"""Qt plugins filtered by provenance.spec's rule (see qt_plugin_filter.py)."""
import runpy
from pathlib import Path

hook = runpy.run_path(str(Path(__file__).with_name("qt_plugin_filter.py")))["make_hook"](__file__)
