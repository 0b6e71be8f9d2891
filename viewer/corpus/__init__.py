"""The corpus: one SQLite file per corpus, its schema, migrations and importers (no Qt)."""
