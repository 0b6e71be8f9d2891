"""Provenance Viewer: compare news reports of the same events, claim by claim and speaker by speaker."""

__version__ = "0.1.0"
