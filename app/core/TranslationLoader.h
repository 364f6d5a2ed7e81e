#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace keyledger {

// Installs the user interface's translations: Qt's own strings (qtbase_<lang>.qm from the
// system's Qt translations folder) and Keyledger's (keyledger_<lang>.qm, embedded under
// resourceFolder()). They stay installed while this object lives; needs a QCoreApplication.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)

public:
    // The resource folder the build embeds Keyledger's .qm files in: ":/i18n".
    static QString resourceFolder();
    // The name of the language the interface is shown in, in that language ("Français").
    static QString languageName();

    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // Replaces any translators installed earlier by this object. Returns whether the interface
    // is now shown in the locale's language: English (the source text) or a language whose
    // keyledger_<lang>.qm was found. Qt's own translation is best effort (qtTranslationLoaded()).
    bool install(const QLocale& requested = QLocale::system());
    void uninstall();

    bool appTranslationLoaded() const { return m_appInstalled; }
    bool qtTranslationLoaded() const { return m_qtInstalled; }

private:
    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace keyledger
