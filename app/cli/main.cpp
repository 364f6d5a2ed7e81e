// keyledger-cli: Keyledger's command line. Wiring only; the work is in CliRunner and the commands.
#include "AuditExportCommand.h"
#include "CliRunner.h"
#include "Console.h"

#include "core/AppContext.h"
#include "core/TranslationLoader.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // QtGui (offscreen: no display needed) only for a PDF export, which paints.
    std::unique_ptr<QCoreApplication> application;
    if (keyledger::cli::AuditExportCommand::needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    keyledger::AppContext::setApplicationIdentity();
    keyledger::TranslationLoader translations;
    translations.install();

    keyledger::cli::Console console;
    return keyledger::cli::CliRunner(console).run(QCoreApplication::arguments());
}
