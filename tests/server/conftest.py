"""The server tests' fixtures (postgres_url) live in tests/conftest.py: the document's tests in
tests/core run on a server database too."""
