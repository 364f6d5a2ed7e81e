#include "core/TranslationLoader.h"

#include <QLibraryInfo>

namespace keyledger {

QString TranslationLoader::resourceFolder()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::languageName()
{
    return tr("English", "The name of the language the interface is shown in, written in that language");
}

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

bool TranslationLoader::install(const QLocale& requested)
{
    uninstall();
    // The "C" locale (LANG unset, as on servers and in CI) reads English: give it English's
    // plural forms rather than the raw "(s)" source texts.
    const QLocale locale = requested.language() == QLocale::C ? QLocale(QLocale::English) : requested;
    // Qt's own dialogs and messages (buttons, file dialogs); absent for English, the source.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    if (m_appTranslator.load(locale, QStringLiteral("keyledger"), QStringLiteral("_"), resourceFolder())) {
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    }
    // The sources are written in English: English needs no translation beyond plural forms.
    return m_appInstalled || locale.language() == QLocale::English;
}

void TranslationLoader::uninstall()
{
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
}

} // namespace keyledger
