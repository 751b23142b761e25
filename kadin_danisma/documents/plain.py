"""What every renderer does to text before it goes to a template: plain text, nothing else.

User text is passed to the templates as data (JSON) and printed as text values, never as markup, so nothing
needs escaping. What is removed is what a PDF must not carry: C0/C1 control characters, lone surrogates,
bidi embedding and override controls (an RLO typed into a name would turn the rest of the line around) and
other format characters; ZWNJ and ZWJ stay (Persian and Kurdish spelling needs them). Line breaks of every
kind become "\\n", tabs spaces; the text is NFC-normalised. Every letter is kept.
"""

from __future__ import annotations

import unicodedata

__all__ = ["clean", "page_labels"]

_JOINERS = frozenset("\u200c\u200d")
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"}
_PAGE = {"tr": "Sayfa {page} / {total}", "en": "Page {page} of {total}"}
_REFERENCE = {"tr": "Sayı: {reference}", "en": "Ref.: {reference}"}


def clean(text: str | None) -> str:
    """`text` as a PDF may carry it (module docstring); None becomes ""."""
    if not text:
        return ""
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        if ch == "\n":
            kept.append(ch)
        elif ch == "\t":
            kept.append(" ")
        elif ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"):
            kept.append(ch)
    return "".join(kept)


def page_labels(lang: str) -> dict[str, str]:
    """The footer's words: "page x of y" and the reference number's label, in the document's language."""
    lang = lang if lang in _PAGE else "en"
    return {"page": _PAGE[lang], "reference": _REFERENCE[lang]}
