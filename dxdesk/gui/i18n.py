"""Interface language: Vietnamese by default (the source language), English from .qm files.

The sources' strings are Vietnamese; ``dxdesk/resources/translations/dxdesk_en.ts`` is generated
from them with ``pyside6-lupdate`` and compiled to ``dxdesk_en.qm`` with ``pyside6-lrelease``
(see docs/gui.md). ``qt_vi.qm`` translates the few strings of Qt's own widgets we show
(standard buttons, the text fields' context menu), which Qt does not ship in Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dxdesk.core.paths import resources_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT = "vi"

_installed: list[QTranslator] = []


def translator_for(context: str):
    """A ``tr(text)`` for module-level code: looks in ``context``, then in the empty context
    (where pyside6-lupdate files ``tr()`` calls made outside a class)."""

    def tr(text: str) -> str:
        out = QCoreApplication.translate(context, text)
        return QCoreApplication.translate("", text) if out == text else out

    return tr


def translations_dir():
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str = DEFAULT) -> str:
    """Install the translators of ``language`` (replacing earlier ones); return it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        files = [(translations_dir(), "qt_vi")]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [(translations_dir(), f"dxdesk_{language}"), (qt_dir, f"qtbase_{language}")]
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
