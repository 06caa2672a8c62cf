"""Window fixtures live in tests/conftest.py (settings_dir, window, modal): the store's and the
translators' tests use them too."""
