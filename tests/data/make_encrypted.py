"""Write ``workbook-password.xlsx``: a small workbook protected with the password "lc", as Excel's
File → Info → Protect Workbook → Encrypt with Password writes one (an OLE compound file holding
the encrypted package).  Needs msoffcrypto-tool (``pip install msoffcrypto-tool``), only to
regenerate the fixture; the tests read the committed file.

    python tests/data/make_encrypted.py
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def main() -> None:
    import msoffcrypto  # type: ignore[import-not-found]
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-not-found]

    book = Workbook()
    book.active["A1"] = "Gizli"
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("lc", encrypted)
    (HERE / "workbook-password.xlsx").write_bytes(encrypted.getvalue())
    assert msoffcrypto.OfficeFile(io.BytesIO(encrypted.getvalue())).is_encrypted()


if __name__ == "__main__":
    main()
