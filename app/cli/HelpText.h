#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyledger::cli {

// The text of `keyledger-cli --help` and of `--version`.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::HelpText)

public:
    static QString usage();
    static QString version();
};

} // namespace keyledger::cli
