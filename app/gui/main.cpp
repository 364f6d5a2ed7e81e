// The desktop application: reads the options, installs the translation and opens the ledger in
// a GuiApplicationShell, which builds the window (GuiSession) and switches ledgers in place.
#include "DemoLauncher.h"
#include "GuiApplicationShell.h"
#include "common/LanguageMenu.h"
#include "core/AppContext.h"
#include "core/TranslationLoader.h"
#include "core/demo/DemoStore.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace keyledger;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppContext::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Keyledger"));
    TranslationLoader translations;
    translations.install(LanguageMenu::savedLocale()); // the system's, unless chosen in Tools › Language

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keycloak users with a tamper-evident ledger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The ledger file (default: %1).")
                                          .arg(AppContext::defaultDatabasePath()),
                                      QStringLiteral("path"), AppContext::defaultDatabasePath());
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Open the demo ledger (%1), created on first use: 2,000 made-up users "
                                "and a year of history. Nothing is sent to a server.")
            .arg(demo::DemoStore::defaultPath()));
    parser.addOption(demoOption);
    parser.process(app);

    const bool demoMode = parser.isSet(demoOption);
    if (demoMode && !DemoLauncher::prepare(nullptr))
        return 1;
    GuiApplicationShell shell(parser.value(dbOption), translations);
    if (!shell.open(demoMode ? demo::DemoStore::defaultPath() : parser.value(dbOption), demoMode))
        return 5; // the ledger could not be opened; the message said why
    return app.exec();
}
