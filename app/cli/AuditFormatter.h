#pragma once

#include "CliOptions.h"

#include "queries/AuditEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyledger::cli {

class Console;

// How `user history` and `audit` show one audit entry: table cells with the field diffs as
// "field: before → after" notes under the row, one JSON object, or CSV fields.
class AuditFormatter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::AuditFormatter)

public:
    enum class Columns
    {
        OneUser, // user history: the user is known
        Realm,   // audit: each row names its user and event type
    };

    static QStringList tableHeaders(Columns columns);
    static QStringList tableCells(const AuditEntry& entry, Columns columns);
    // "field: before → after" for each changed field.
    static QStringList diffLines(const AuditEntry& entry);

    static QJsonObject toJson(const AuditEntry& entry);

    static QStringList csvHeaders();
    static QStringList csvFields(const AuditEntry& entry);

    // The entries on stdout in the format the options ask for (csv only for Columns::Realm).
    static void print(const QList<AuditEntry>& entries, Columns columns, const CliOptions& options,
                      Console& console);
};

} // namespace keyledger::cli
