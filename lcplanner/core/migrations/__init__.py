"""Alembic scripts, one per schema version; shipped in the wheel and run by planfile on open."""
