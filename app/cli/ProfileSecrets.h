#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyledger::cli {

class Console;

// The secret of a server profile, from the OS keychain; when the keychain cannot be reached,
// asked on the terminal (never stored anywhere else). Blocks the command (the CLI has no UI
// thread to keep responsive) by running a local event loop until the keychain answers.
class ProfileSecrets
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ProfileSecrets)

public:
    // Throws CliError (Remote) when there is no secret and no terminal to ask on.
    static QString read(const QString& profileName, Console& console);
    // Returns false with `error` set when the keychain refused it.
    static bool write(const QString& profileName, const QString& secret, QString& error);
    static void remove(const QString& profileName);
    // One line from standard input, without echo when it is a terminal.
    static QString prompt(const QString& question, Console& console);
};

} // namespace keyledger::cli
