"""Speakers: people and bodies who make statements, across spellings and documents.

``names`` turns the phrase that names a speaker into a name, a role and a kind (attribution
reads it too); ``resolution`` merges the speakers of every document into one canonical speaker
per person or body, with the researcher's merges and splits applied.
"""
