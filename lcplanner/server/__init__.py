"""Team mode: the same plan on a shared PostgreSQL server (issue 16).  planfile.py stays the SQLite
side; both hand the document an Engine (see store.py)."""
