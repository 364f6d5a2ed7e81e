#pragma once

#include "CliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace keyledger::cli {

// A QCommandLineParser for one command: the global options (--db, --format, --actor, --help,
// --version) plus the command's own. Misuse throws CliError with ExitCode::Usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::CommandLine)

public:
    enum class Mode
    {
        StopAtFirstPositional, // the top level: everything after the command's name is the command's
        OptionsAnywhere,       // a command: options may come before or after its arguments
    };

    explicit CommandLine(Mode mode = Mode::OptionsAnywhere);

    void addValueOption(const QString& name, const QString& valueName);
    void addFlag(const QString& name);

    // Parses arguments (the program's name excluded) and copies the global options found into
    // options, so that `keyledger-cli user show alice --db x` works too.
    void parse(const QStringList& arguments, CliOptions& options);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    std::optional<QString> optionalValue(const QString& name) const;
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Exactly the named positional arguments, e.g. {"USER"}; throws a usage error otherwise.
    QStringList requirePositional(const QStringList& names) const;
    // A whole number >= minimum, or std::nullopt when the option is absent.
    std::optional<qint64> number(const QString& name, qint64 minimum) const;
    // A calendar date given as YYYY-MM-DD, or std::nullopt when the option is absent.
    std::optional<QDate> date(const QString& name) const;
    // The option's value; a usage error when the option is missing.
    QString required(const QString& name) const;

private:
    QCommandLineParser m_parser;
};

} // namespace keyledger::cli
