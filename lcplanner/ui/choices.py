"""Small constant lists shared by several pages (kept apart so importing them is cheap)."""

# Languages a plan can be written in (its Excel export and search folding follow it),
# each named in its own language.
PLAN_LANGUAGES = (("tr", "Türkçe"), ("en", "English"), ("ar", "العربية"), ("zh_CN", "中文"),
                  ("fr", "Français"), ("ru", "Русский"), ("es", "Español"), ("de", "Deutsch"))
# Currencies offered first; any ISO 4217 code can be typed.
CURRENCIES = ("TRY", "EUR", "USD", "GBP")


def ui_plan_language() -> str:
    """The plan language that matches the UI's (a new plan in an English UI is English)."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()  # "tr_TR", "zh_CN", "en_GB"
    codes = [code for code, _name in PLAN_LANGUAGES]
    for candidate in (name, name.split("_")[0]):
        if candidate in codes:
            return candidate
    return "en"
