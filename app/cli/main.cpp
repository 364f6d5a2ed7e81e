// keyledger-cli: Keyledger's command line. Wiring only; the work is in CliRunner and the commands.
#include "CliRunner.h"
#include "Console.h"

#include "core/AppContext.h"
#include "core/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    keyledger::AppContext::setApplicationIdentity();
    keyledger::TranslationLoader translations;
    translations.install();

    keyledger::cli::Console console;
    return keyledger::cli::CliRunner(console).run(QCoreApplication::arguments());
}
