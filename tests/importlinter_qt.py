"""An import-linter contract type for submodules of an external package (PySide6.QtWidgets...).

import-linter's own ``forbidden`` contract only accepts top-level external packages, and its graph
squashes ``PySide6.QtWidgets`` into ``PySide6``.  The import details still carry each import's
line, so this contract reads them: no module under ``source_modules`` may import any of
``forbidden_modules`` (names like ``PySide6.QtWidgets``).  Internal indirect imports are covered by
the ordinary ``forbidden`` contract on ``lcplanner.ui`` and ``lcplanner.app``.
"""

from __future__ import annotations

import re

from importlinter import Contract, ContractCheck, fields, output


class ForbiddenExternalSubmodulesContract(Contract):
    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:  # type: ignore[no-untyped-def]
        broken = []
        for forbidden in self.forbidden_modules:  # type: ignore[attr-defined]
            root, _, rest = str(forbidden).partition(".")
            pattern = re.compile(
                rf"(^|\s)(from\s+{re.escape(root)}\.{re.escape(rest)}\b|"
                rf"import\s+{re.escape(root)}\.{re.escape(rest)}\b|"
                rf"from\s+{re.escape(root)}\s+import\s+.*\b{re.escape(rest)}\b)")
            for source in self.source_modules:  # type: ignore[attr-defined]
                source_name = source.name
                importers = {source_name} | graph.find_descendants(source_name)
                for importer in sorted(importers):
                    if root not in graph.find_modules_directly_imported_by(importer):
                        continue
                    for detail in graph.get_import_details(importer=importer, imported=root):
                        if pattern.search(detail["line_contents"]):
                            broken.append((importer, detail["line_number"],
                                           detail["line_contents"], forbidden))
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, line, contents, forbidden in check.metadata["broken"]:
            output.print_error(f"{importer}:{line} imports {forbidden}: {contents}")
            output.new_line()
