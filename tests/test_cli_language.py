"""The command line speaks the system's language (LC_ALL, LC_MESSAGES, LANG), as the window does:
help, results, plurals and the plan's own errors; the C locale stays English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lcplanner.i18n import Texts

SCRIPT = shutil.which("lcplanner", path=str(Path(sys.executable).parent))
TS_DIR = Path(__file__).resolve().parents[1] / "translations"
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
EXPORTED = "Exported %n action(s) to %1."


def run(*args: str | Path, ok: bool = True, **locale: str) -> subprocess.CompletedProcess[str]:
    """The installed `lcplanner` with exactly the locale variables given."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(QT_QPA_PLATFORM="offscreen", **locale)
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "lcplanner"]
    result = subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                            encoding="utf-8", timeout=120, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    if ok:
        assert result.returncode == 0, result.stderr
    return result


TURKISH = {"LANG": "tr_TR.UTF-8"}


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-language") / "demo.lcplan"
    run("demo", path, LANG="C")
    return path


def test_info_and_check_speak_turkish(plan):
    info = run("info", plan, **TURKISH).stdout
    assert "Kurumlar: " in info and "dil: tr" in info and ": hedef: " in info
    assert "Organisations" not in info
    check = run("check", plan, **TURKISH).stdout
    last = check.splitlines()[-1]
    assert last.startswith("0 hata, ") and last.endswith(" uyarı")
    assert "uyarı: " in check and "warning" not in check


def test_export_prints_the_turkish_plural_sentence_with_the_number(plan, tmp_path):
    actions = json.loads(run("info", plan, "--json", LANG="C").stdout)["totals"]["actions"]
    target = tmp_path / "isplani.xlsx"
    out = run("export", plan, "-o", target, **TURKISH).stdout.strip()
    assert out == f"{actions} eylem {target} dosyasına aktarıldı."


def test_export_chooses_the_plural_form_of_the_language(plan, tmp_path):
    """Russian has three forms: the sentence for the plan's count is the catalogue's form for it."""
    actions = json.loads(run("info", plan, "--json", LANG="C").stdout)["totals"]["actions"]
    russian = Texts("ru")
    forms = {russian("Cli", EXPORTED, n) for n in (1, 3, 5)}
    assert len({f.split()[2] for f in forms}) == 3  # мероприятие, мероприятия, мероприятий
    target = tmp_path / "plan.xlsx"
    out = run("export", plan, "-o", target, LANG="ru_RU.UTF-8").stdout.strip()
    assert out == russian("Cli", EXPORTED, actions).replace("%1", str(target))


def test_help_is_turkish_before_any_window(plan):
    main = run("--help", **TURKISH).stdout
    assert main.startswith("kullanım: lcplanner")
    assert "pencerede açılacak plan dosyası" in main and "seçenekler:" in main
    assert "bu yardım iletisini gösterir ve çıkar" in main and "show this help" not in main
    export = run("export", "--help", **TURKISH).stdout
    assert export.startswith("kullanım: lcplanner export")
    assert "yazılacak çalışma kitabı (.xlsx)" in export


def test_the_plans_own_errors_and_usage_errors_are_turkish(plan, tmp_path):
    again = run("new", plan, "--city", "Bolu", ok=False, **TURKISH)
    assert again.returncode == 3
    assert again.stderr.strip() == f"lcplanner: hata: {plan} dosyası zaten var."
    usage = run("new", tmp_path / "x.lcplan", ok=False, **TURKISH)
    assert usage.returncode == 2 and "kullanım:" in usage.stderr
    assert "lcplanner: hata: " in usage.stderr


def test_the_c_locale_stays_english(plan, tmp_path):
    assert run("--help", LANG="C").stdout.startswith("usage: lcplanner")
    assert "Organisations: " in run("info", plan, LANG="C").stdout
    out = run("export", plan, "-o", tmp_path / "w.xlsx", LANG="C.UTF-8").stdout
    assert out.startswith("Exported ") and out.rstrip().endswith("w.xlsx.")


def test_lc_all_and_lc_messages_come_before_lang(plan):
    assert "Organisations: " in run("info", plan, LC_ALL="C", LANG="tr_TR.UTF-8").stdout
    assert "Kurumlar: " in run("info", plan, LC_MESSAGES="tr_TR.UTF-8", LANG="C").stdout


def test_the_plan_language_option_keeps_its_meaning(plan, tmp_path):
    """--lang of export is the workbook's language, whatever language the messages are in."""
    from openpyxl import load_workbook

    target = tmp_path / "english.xlsx"
    out = run("export", plan, "-o", target, "--lang", "en", **TURKISH).stdout
    assert "dosyasına aktarıldı" in out
    assert load_workbook(target).sheetnames[1] == "Cover"


# --- the catalogues: every message of the command line is extracted and translated ---------------

FORMS = {"tr": 1, "zh_CN": 1, "fr": 2, "es": 2, "de": 2, "ru": 3, "ar": 6}


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_cli_plurals_are_extracted_as_plurals_and_drafted(lang):
    root = ET.parse(TS_DIR / f"lcplanner_{lang}.ts").getroot()
    names = [c.findtext("name") for c in root.iter("context")]
    assert "Cli" in names and "cli" not in names
    context = next(c for c in root.iter("context") if c.findtext("name") == "Cli")
    plurals = 0
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation.get("type") == (None if lang == "tr" else "unfinished"), source
        if "%n" in source:
            plurals += 1
            assert message.get("numerus") == "yes", source
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == FORMS[lang] and all(f.strip() for f in forms), (source, forms)
        else:
            assert (translation.text or "").strip(), source
    assert plurals == 6
