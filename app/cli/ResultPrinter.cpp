#include "ResultPrinter.h"

#include "Console.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyledger::cli {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ResultPrinter::ResultPrinter(const CliOptions& options, Console& console)
    : m_options(options)
    , m_console(console)
{}

void ResultPrinter::printCreated(const CommandResult& result)
{
    const QString id = result.userId.toString(QUuid::WithoutBraces);
    if (m_options.json())
        m_console.result(
            compact({{QStringLiteral("id"), id}, {QStringLiteral("position"), result.position}}));
    else
        m_console.result(id);
}

void ResultPrinter::printChanged(const CommandResult& result)
{
    const QString id = result.userId.toString(QUuid::WithoutBraces);
    const bool changed = result.appendedEvents > 0;
    if (!changed)
        m_console.message(tr("Nothing changed: %1").arg(result.noChangeReason));

    if (m_options.json()) {
        QJsonObject answer{{QStringLiteral("id"), id},
                           {QStringLiteral("position"), result.position},
                           {QStringLiteral("version"), result.version},
                           {QStringLiteral("appendedEvents"), result.appendedEvents},
                           {QStringLiteral("changed"), changed}};
        if (!changed)
            answer.insert(QStringLiteral("noChangeReason"), result.noChangeReason);
        m_console.result(compact(answer));
    } else if (changed) {
        m_console.result(tr("User %1 is now at version %2 (store position %3).")
                             .arg(id, QString::number(result.version), QString::number(result.position)));
    }
}

} // namespace keyledger::cli
