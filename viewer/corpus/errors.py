"""The one error type the corpus layer raises to callers, already in the researcher's words."""

from viewer.jobs import Explained


class CorpusError(Explained):
    """A corpus file that cannot be opened or written, with a message fit for the researcher."""
