"""The document's commands by subject, as mixins of PlanDocument (one module each).

A mixin uses only the document's transaction helpers (``_writing``, ``_reading``, ``_get``,
``_capture``, ``_delete``) through ``self`` and imports nothing of :mod:`document`.
"""
