#include "UsersListCommand.h"

#include "AsOfOption.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "CsvWriter.h"
#include "ProgressLine.h"
#include "TextTable.h"
#include "UserListFormatter.h"
#include "ViewSession.h"

#include "queries/UserQueries.h"
#include "store/StoreErrors.h"
#include "timetravel/AsOfViews.h"

#include <QJsonDocument>

#include <memory>

namespace keyledger::cli {

namespace {

const QString orgOption = QStringLiteral("org");
const QString statusOption = QStringLiteral("status");
const QString searchOption = QStringLiteral("search");
const QString loggedInOption = QStringLiteral("logged-in");
const QString sortOption = QStringLiteral("sort");
const QString limitOption = QStringLiteral("limit");
const QString afterOption = QStringLiteral("after");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void UsersListCommand::addOptions(CommandLine& line) const
{
    line.addValueOption(orgOption, QStringLiteral("O"));
    line.addValueOption(statusOption, QStringLiteral("active|unverified|disabled"));
    line.addValueOption(searchOption, QStringLiteral("T"));
    line.addValueOption(loggedInOption, QStringLiteral("yes|no"));
    line.addValueOption(sortOption, QStringLiteral("FIELD[:desc]"));
    line.addValueOption(limitOption, QStringLiteral("N"));
    line.addValueOption(afterOption, QStringLiteral("CURSOR"));
    AsOfOption::add(line);
}

ExitCode UsersListCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    line.requirePositional({});
    UserListQuery query;
    query.organizationId = line.optionalValue(orgOption);
    if (const std::optional<QString> status = line.optionalValue(statusOption)) {
        const UserStatus::Value value = UserStatus::fromKey(status->trimmed());
        if (value == UserStatus::Unknown)
            throw CliError::usage(
                tr("--status must be active, unverified or disabled, not \"%1\".").arg(*status));
        query.status = value;
    }
    query.search = line.value(searchOption);
    if (const std::optional<QString> loggedIn = line.optionalValue(loggedInOption)) {
        const QString answer = loggedIn->trimmed().toLower();
        if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
            throw CliError::usage(tr("--logged-in must be yes or no, not \"%1\".").arg(*loggedIn));
        query.hasLoggedIn = answer == QLatin1String("yes");
    }
    if (const std::optional<QString> sort = line.optionalValue(sortOption)) {
        try {
            query.setSort(*sort);
        } catch (const KeyledgerError& error) {
            throw CliError::usage(tr("--sort: %1").arg(error.message()));
        }
    }
    if (const std::optional<qint64> limit = line.number(limitOption, 1)) {
        if (*limit > UserListQuery::MaxLimit)
            throw CliError::usage(tr("--limit can be at most %1.").arg(UserListQuery::MaxLimit));
        query.limit = int(*limit);
    }
    query.after = line.value(afterOption).trimmed();
    if (line.isSet(afterOption) && query.after.isEmpty())
        throw CliError::usage(tr("--after needs the cursor printed with the previous page."));
    const std::optional<QDateTime> asOf = AsOfOption::read(line);

    // Today's read models brought up to the head, or, with --as-of, the same read models
    // replayed into a temporary file up to that time.
    std::unique_ptr<ViewSession> present;
    std::unique_ptr<StoreSession> ledger;
    std::unique_ptr<AsOfViews> past;
    QString viewsPath;
    if (asOf) {
        ledger = std::make_unique<StoreSession>(options, StoreSession::Access::Read);
        past = std::make_unique<AsOfViews>(ledger->store(), *asOf);
        ProgressLine progress(console,
                              tr("Replaying the ledger up to %1").arg(asOf->toString(Qt::ISODateWithMs)));
        past->build([&progress](qint64 done, qint64 total) { return progress.update(done, total); });
        progress.finish();
        viewsPath = past->viewsPath();
    } else {
        present = std::make_unique<ViewSession>(options, console);
        viewsPath = present->viewsPath();
    }
    UserQueries queries(viewsPath);
    UserListPage page;
    try {
        page = queries.list(query);
    } catch (const StorageError&) {
        throw;
    } catch (const KeyledgerError& error) {
        // What UserQueries refuses besides storage is the query itself: a foreign or stale cursor.
        throw CliError::usage(tr("--after: %1").arg(error.message()));
    }

    if (options.json()) {
        for (const UserListItem& item : page.items)
            console.result(compact(UserListFormatter::toJson(item)));
        console.result(compact({{QStringLiteral("total"), page.totalCount},
                                {QStringLiteral("nextCursor"),
                                 page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}}));
        return ExitCode::Ok;
    }

    if (options.csv()) {
        CsvWriter csv(console);
        csv.writeRow(UserListFormatter::csvHeaders());
        for (const UserListItem& item : page.items)
            csv.writeRow(UserListFormatter::csvFields(item));
    } else {
        TextTable table(UserListFormatter::tableHeaders());
        for (const UserListItem& item : page.items)
            table.addRow(UserListFormatter::tableCells(item));
        for (const QString& text : table.lines())
            console.result(text);
    }
    console.flush();
    if (asOf)
        console.message(tr("As of %1 (ledger position %2)")
                            .arg(asOf->toString(Qt::ISODateWithMs))
                            .arg(past->endPosition()));
    console.message(tr("%1 of %2 users").arg(page.items.size()).arg(page.totalCount));
    if (!page.nextCursor.isEmpty())
        console.message(tr("Next page: --after %1").arg(page.nextCursor));
    return ExitCode::Ok;
}

} // namespace keyledger::cli
