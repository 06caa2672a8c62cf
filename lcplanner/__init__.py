"""LC Planner (Öğrenen Şehir Planlayıcı): learning-city action plans for workshops, offline."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("lcplanner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
