"""Small constant lists shared by several pages (kept apart so importing them is cheap)."""

# Languages a plan can be written in (its Excel export and search folding follow it),
# each named in its own language.
PLAN_LANGUAGES = (("tr", "Türkçe"), ("en", "English"), ("ar", "العربية"), ("zh_CN", "中文"),
                  ("fr", "Français"), ("ru", "Русский"), ("es", "Español"), ("de", "Deutsch"))
# Currencies offered first; any ISO 4217 code can be typed.
CURRENCIES = ("TRY", "EUR", "USD", "GBP")
