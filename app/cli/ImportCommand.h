#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace keyledger::cli {

// import [--profile NAME]: records the realm's users, their changes made in Keycloak, users
// deleted there, role mappings and login history in the ledger (see RealmImport).
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ImportCommand)

public:
    void addOptions(CommandLine& line) const override;
    ExitCode execute(const CommandLine& line, const CliOptions& options, Console& console) override;
};

} // namespace keyledger::cli
