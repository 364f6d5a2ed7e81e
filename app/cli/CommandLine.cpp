#include "CommandLine.h"

#include "CliError.h"

#include <QRegularExpression>

namespace keyledger::cli {

namespace {

const QString dbOption = QStringLiteral("db");
const QString formatOption = QStringLiteral("format");
const QString actorOption = QStringLiteral("actor");
const QString helpOption = QStringLiteral("help");
const QString versionOption = QStringLiteral("version");

} // namespace

CommandLine::CommandLine(Mode mode)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(mode == Mode::StopAtFirstPositional
                                                        ? QCommandLineParser::ParseAsPositionalArguments
                                                        : QCommandLineParser::ParseAsOptions);
    addValueOption(dbOption, QStringLiteral("PATH"));
    addValueOption(formatOption, QStringLiteral("table|json|csv"));
    addValueOption(actorOption, QStringLiteral("NAME"));
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), helpOption}));
    m_parser.addOption(QCommandLineOption(versionOption));
}

void CommandLine::addValueOption(const QString& name, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, QString(), valueName));
}

void CommandLine::addFlag(const QString& name)
{
    m_parser.addOption(QCommandLineOption(name));
}

void CommandLine::parse(const QStringList& arguments, CliOptions& options)
{
    // QCommandLineParser expects the program's name first.
    if (!m_parser.parse(QStringList{QStringLiteral("keyledger-cli")} + arguments))
        throw CliError::usage(m_parser.errorText());

    if (m_parser.isSet(dbOption)) {
        options.databasePath = m_parser.value(dbOption);
        if (options.databasePath.isEmpty())
            throw CliError::usage(tr("--db needs the path of a store file."));
    }
    if (m_parser.isSet(formatOption)) {
        const QString format = m_parser.value(formatOption);
        if (format == QLatin1String("table"))
            options.format = OutputFormat::Table;
        else if (format == QLatin1String("json"))
            options.format = OutputFormat::Json;
        else if (format == QLatin1String("csv"))
            options.format = OutputFormat::Csv;
        else
            throw CliError::usage(tr("--format must be table, json or csv, not \"%1\".").arg(format));
    }
    if (m_parser.isSet(actorOption))
        options.actor = m_parser.value(actorOption);
    options.help = options.help || m_parser.isSet(helpOption);
    options.version = options.version || m_parser.isSet(versionOption);
}

std::optional<QString> CommandLine::optionalValue(const QString& name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

QStringList CommandLine::requirePositional(const QStringList& names) const
{
    const QStringList given = positional();
    if (given.size() < names.size())
        throw CliError::usage(tr("Missing argument %1.").arg(names.at(given.size())));
    if (given.size() > names.size())
        throw CliError::usage(tr("Unexpected argument \"%1\".").arg(given.at(names.size())));
    return given;
}

std::optional<qint64> CommandLine::number(const QString& name, qint64 minimum) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum)
        throw CliError::usage(tr("--%1 needs a whole number of at least %2, not \"%3\".")
                                  .arg(name, QString::number(minimum), text));
    return value;
}

std::optional<QDate> CommandLine::date(const QString& name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name).trimmed();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw CliError::usage(
            tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(name, m_parser.value(name)));
    return date;
}

QString CommandLine::required(const QString& name) const
{
    if (!m_parser.isSet(name))
        throw CliError::usage(tr("The option --%1 is required.").arg(name));
    return m_parser.value(name);
}

} // namespace keyledger::cli
