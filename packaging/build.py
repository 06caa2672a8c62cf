"""Build what this computer can build into dist/: the frozen app and its packages.

    python packaging/build.py            # everything for this system
    python packaging/build.py --no-freeze   # only icons and metadata (quick check)

Linux: dist/lcplanner/ (onedir) and dist/lcplanner-VERSION-linux-ARCH.tar.gz with the .desktop
file, AppStream metainfo, MIME type and icons under share/.  Windows: the onedir, a portable zip
(with the `portable` marker) and, when Inno Setup's iscc is installed, the per-user installer.
macOS: "LC Planner.app" and a zip of it.  Needs `pip install pyinstaller` beside the app.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICON_SVG = ROOT / "resources" / "icons" / "lcplanner.svg"
APP_ID = "io.github.lcplanner.LCPlanner"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def version() -> str:
    text = (ROOT / "lcplanner" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "no __version__ in lcplanner/__init__.py"
    return match.group(1)


def render_icons(out: Path) -> dict[int, Path]:
    """PNG sizes (and a Windows .ico) from the SVG, with Qt's own SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ICON_SVG))
    pngs: dict[int, Path] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"lcplanner-{size}.png"
        image.save(str(pngs[size]))
    big = QImage(str(pngs[256]))
    big.save(str(out / "lcplanner.ico"))  # Qt's ico writer
    del app
    return pngs


def freeze() -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
                    str(PACKAGING / "pyinstaller" / "lcplanner.spec")], check=True, cwd=ROOT)
    return DIST / "lcplanner"


def linux_tarball(app_dir: Path, pngs: dict[int, Path]) -> Path:
    arch = platform.machine() or "x86_64"
    name = f"lcplanner-{version()}-linux-{arch}"
    target = DIST / f"{name}.tar.gz"
    linux = PACKAGING / "linux"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(app_dir, arcname=f"{name}/lcplanner")
        tar.add(linux / f"{APP_ID}.desktop", arcname=f"{name}/share/applications/{APP_ID}.desktop")
        tar.add(linux / f"{APP_ID}.metainfo.xml",
                arcname=f"{name}/share/metainfo/{APP_ID}.metainfo.xml")
        tar.add(linux / f"{APP_ID}.mime.xml", arcname=f"{name}/share/mime/packages/{APP_ID}.xml")
        tar.add(ICON_SVG, arcname=f"{name}/share/icons/hicolor/scalable/apps/{APP_ID}.svg")
        for size, png in pngs.items():
            tar.add(png, arcname=f"{name}/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
        tar.add(linux / "install.sh", arcname=f"{name}/install.sh")
    return target


def windows_packages(app_dir: Path) -> list[Path]:
    made = []
    portable = DIST / f"lcplanner-{version()}-windows-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(app_dir.rglob("*")):
            zf.write(path, Path("LC Planner") / path.relative_to(app_dir))
        zf.writestr("LC Planner/portable", "Settings, logs and plans stay in this folder.\n")
    made.append(portable)
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc:
        subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={app_dir}",
                        f"/O{DIST}", str(PACKAGING / "windows" / "lcplanner.iss")], check=True)
        made.extend(DIST.glob("lcplanner-*-setup.exe"))
    return made


def mac_zip() -> Path:
    app = DIST / "LC Planner.app"
    target = DIST / f"lcplanner-{version()}-macos.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
    return target


def size_of(folder: Path) -> tuple[int, int]:
    """Bytes on disk and file count, symlinks not counted twice."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-freeze", action="store_true", help="icons and metadata only")
    args = parser.parse_args()
    DIST.mkdir(exist_ok=True)
    pngs = render_icons(BUILD / "icons")
    if args.no_freeze:
        print("icons:", ", ".join(str(p) for p in pngs.values()))
        return
    app_dir = freeze()
    made: list[Path] = [app_dir]
    if sys.platform.startswith("linux"):
        made.append(linux_tarball(app_dir, pngs))
    elif sys.platform == "win32":
        made.extend(windows_packages(app_dir))
    elif sys.platform == "darwin":
        made.append(mac_zip())
    total, count = size_of(app_dir)
    print(f"bundle: {app_dir} — {total / 1e6:.1f} MB in {count} files")
    for path in made[1:]:
        print(f"package: {path} — {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
