#include "core/TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using keyledger::TranslationLoader;

namespace {
const char* const kCredentialContext = "keyledger::CredentialStore";
const char* const kCredentialText = "A keychain entry needs a non-empty key.";
} // namespace

// Proves the .qm files really are embedded through the static keyledger_app_core library and
// found at run time, and that Qt's own translation is picked up next to ours.
class TstTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qmFilesAreEmbedded();
    void frenchTranslatesKeyledgerAndQtStrings();
    void uninstallRestoresTheSourceText();
    void installAgainReplacesTheLanguage();
    void destructorRemovesItsTranslators();
    void missingLanguageReportsFalse();
};

void TstTranslationLoader::qmFilesAreEmbedded()
{
    QCOMPARE(TranslationLoader::resourceFolder(), QStringLiteral(":/i18n"));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/keyledger_fr.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/keyledger_en.qm")));
}

void TstTranslationLoader::frenchTranslatesKeyledgerAndQtStrings()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QStringLiteral("fr"))));
    QVERIFY(loader.appTranslationLoaded());
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("Français"));
    // A string from the model library, translated through the same embedded file.
    QCOMPARE(QCoreApplication::translate(kCredentialContext, kCredentialText),
             QStringLiteral("Une entrée du trousseau a besoin d’une clé non vide."));
    // Qt's own strings come from qt6-translations-l10n, which install-deps.sh installs.
    QVERIFY2(loader.qtTranslationLoaded(), "qtbase_fr.qm not found: is qt6-translations-l10n installed?");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&No"), QStringLiteral("&Non"));
}

void TstTranslationLoader::uninstallRestoresTheSourceText()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QStringLiteral("fr"))));
    loader.uninstall();
    QVERIFY(!loader.appTranslationLoaded());
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("English"));
    QCOMPARE(QCoreApplication::translate(kCredentialContext, kCredentialText),
             QString::fromLatin1(kCredentialText));
}

void TstTranslationLoader::installAgainReplacesTheLanguage()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QStringLiteral("fr"))));
    // English is the source text; its .qm only carries plural forms ("%n event(s)").
    QVERIFY(loader.install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("English"));
    QCOMPARE(QCoreApplication::translate("keyledger::MainWindow", "%n event(s)", nullptr, 2),
             QStringLiteral("2 events"));
    QCOMPARE(QCoreApplication::translate("keyledger::MainWindow", "%n event(s)", nullptr, 1),
             QStringLiteral("1 event"));
}

void TstTranslationLoader::destructorRemovesItsTranslators()
{
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QLocale(QStringLiteral("fr"))));
        QCOMPARE(TranslationLoader::languageName(), QStringLiteral("Français"));
    }
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("English"));
}

void TstTranslationLoader::missingLanguageReportsFalse()
{
    TranslationLoader loader;
    QVERIFY(!loader.install(QLocale(QLocale::Zulu, QLocale::SouthAfrica)));
    QVERIFY(!loader.appTranslationLoaded());
    QCOMPARE(TranslationLoader::languageName(), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TstTranslationLoader)
#include "tst_translationloader.moc"
