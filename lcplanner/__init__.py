"""LC Planner (Öğrenen Şehir Planlayıcı): learning-city action plans for workshops, offline."""

# The one place the version is written; pyproject.toml reads it (hatch dynamic version).
__version__ = "0.1.0"
