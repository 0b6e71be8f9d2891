"""Offline analysis of a corpus: claims, attributions, speakers, links and discrepancies (no Qt)."""
