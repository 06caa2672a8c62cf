"""Writers that only read the document: the Excel workplan (openpyxl)."""
