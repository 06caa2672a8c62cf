"""`lcplanner pdf`: run in-process as cli.py will run it, and as the program itself (a bare
QCoreApplication first, as cli.py makes for every command) in a child process."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcplanner import cli
from lcplanner.printing.command import add_pdf_parser, run_pdf
from pdfread import Pdf

ROOT = Path(__file__).resolve().parents[2]


def _options(*args: str) -> argparse.Namespace:
    """Parsed as cli.py's command parser will parse them, with our subcommand added."""
    parser = argparse.ArgumentParser(prog="lcplanner")
    sub = parser.add_subparsers(dest="command", required=True)
    add_pdf_parser(sub, {})
    return parser.parse_args(["pdf", *args])


def test_the_command_writes_the_pdf(demo_file, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run_pdf(_options(str(demo_file), "-o", str(out)), cli.Cli("en")) == 0
    printed = capsys.readouterr()
    assert printed.err == "" and str(out) in printed.out and printed.out.startswith("Wrote ")
    pdf = Pdf(out)
    assert len(pdf) > 20 and pdf.size(0) == (595.0, 842.0)  # A4 portrait
    assert "Sayfa 1 /" in pdf.text(0)  # the plan's language: Turkish


def test_options_language_paper_and_poster(demo_file, tmp_path):
    out = tmp_path / "poster.pdf"
    options = _options(str(demo_file), "-o", str(out), "--poster", "--lang", "en")
    assert options.paper is None  # the poster's default paper is chosen when running
    assert run_pdf(options, cli.Cli("en")) == 0
    pdf = Pdf(out)
    assert len(pdf) == 1 and pdf.size(0) == (1191.0, 842.0)  # A3 landscape
    assert "objectives" in pdf.text(0)  # English
    assert _options(str(demo_file), "-o", "x.pdf", "--paper", "a1").paper == "A1"
    with pytest.raises(SystemExit):
        _options(str(demo_file), "-o", "x.pdf", "--paper", "Letter")


def test_a_missing_folder_is_one_line_and_exit_4(demo_file, tmp_path, capsys):
    out = tmp_path / "nowhere" / "plan.pdf"
    before = sorted(tmp_path.iterdir())
    assert run_pdf(_options(str(demo_file), "-o", str(out)), cli.Cli("en")) == 4
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.count("\n") == 1 and "Traceback" not in printed.err
    assert printed.err.startswith("lcplanner: error: ") and "does not exist" in printed.err
    assert sorted(tmp_path.iterdir()) == before  # nothing written, no temporary left


@pytest.mark.parametrize("name", ["plan.lcplan", "plan.txt", "notes.pdf"])
def test_targets_that_are_not_ours_to_replace(demo_file, tmp_path, capsys, name):
    target = tmp_path / name
    if name == "notes.pdf":
        target.write_text("meeting notes, not a PDF", encoding="utf-8")
    before = target.read_bytes() if target.exists() else None
    assert run_pdf(_options(str(demo_file), "-o", str(target)), cli.Cli("en")) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err
    assert (target.read_bytes() if target.exists() else None) == before


def test_the_plan_itself_is_never_replaced(demo_file, capsys):
    before = demo_file.read_bytes()
    assert run_pdf(_options(str(demo_file), "-o", str(demo_file)), cli.Cli("en")) == 4
    assert "plan being printed" in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_a_plan_that_cannot_be_opened_fails_as_the_export_does(tmp_path, capsys):
    for bad in (tmp_path / "missing.lcplan", tmp_path / "notes.lcplan"):
        if bad.name == "notes.lcplan":
            bad.write_text("not a database", encoding="utf-8")
        export_code = cli.main(["export", str(bad), "-o", str(tmp_path / "x.xlsx")])
        export_err = capsys.readouterr().err
        pdf_code = run_pdf(_options(str(bad), "-o", str(tmp_path / "x.pdf")), cli.Cli())
        pdf_err = capsys.readouterr().err
        assert (pdf_code, pdf_err) == (export_code, export_err) and pdf_code == 3
        assert not (tmp_path / "x.pdf").exists()


def _program(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh Python the way the `lcplanner` program will start `pdf`: the
    QGuiApplication first, then cli._command_app (which then keeps it and makes nothing)."""
    prelude = ("import sys\nfrom lcplanner import cli\n"
               "from lcplanner.printing.pdf import ensure_gui_app\nensure_gui_app()\n"
               "cli._command_app()\n"
               "from lcplanner.printing.command import add_pdf_parser, run_pdf\n"
               "import argparse\np = argparse.ArgumentParser()\n"
               "s = p.add_subparsers(dest='command')\nadd_pdf_parser(s, {})\n")
    dropped = {"QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True,
                          timeout=120, env=environment, cwd=ROOT)


def test_the_program_prints_without_a_display(demo_file, tmp_path):
    """No QT_QPA_PLATFORM and no display: ensure_gui_app makes an offscreen QGuiApplication."""
    out = tmp_path / "plan.pdf"
    done = _program(f"sys.exit(run_pdf(p.parse_args(['pdf', {str(demo_file)!r}, '-o', "
                    f"{str(out)!r}]), cli.Cli()))", DISPLAY="", WAYLAND_DISPLAY="",
                    LANG="C.UTF-8")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-") and "Traceback" not in done.stderr


def test_the_programs_messages_stay_in_the_systems_language(demo_file, tmp_path):
    """The QGuiApplication has the translators _command_app would have installed."""
    out = tmp_path / "nowhere" / "plan.pdf"
    done = _program(f"sys.exit(run_pdf(p.parse_args(['pdf', {str(demo_file)!r}, '-o', "
                    f"{str(out)!r}]), cli.Cli()))", LANG="tr_TR.UTF-8")
    assert done.returncode == 4
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("lcplanner: hata:") and "klasörü mevcut değil" in lines[0], lines


def test_a_bare_core_application_is_a_wiring_mistake_not_a_crash():
    code = ("from PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\n"
            "from lcplanner.printing.pdf import ensure_gui_app\n"
            "try:\n    ensure_gui_app()\nexcept RuntimeError as exc:\n    print('refused:', exc)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0 and done.stdout.startswith("refused:"), done.stderr
