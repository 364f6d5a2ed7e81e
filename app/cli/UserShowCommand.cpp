#include "UserShowCommand.h"

#include "AsOfOption.h"
#include "CliError.h"
#include "CommandLine.h"
#include "Console.h"
#include "ProgressLine.h"
#include "StoreSession.h"
#include "UserFormatter.h"

#include "domain/UserValidator.h"
#include "queries/UserQueries.h"
#include "timetravel/AsOfQueries.h"
#include "timetravel/AsOfViews.h"

#include <QJsonDocument>

namespace keyledger::cli {

namespace {

qint64 msOrZero(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The past detail in the shape `user show` prints, so that both read the same.
UserState toState(const UserDetail& detail)
{
    UserState state;
    state.id = detail.id;
    state.personal = PersonalData{detail.username, detail.email, detail.firstName, detail.lastName};
    state.organizationId = detail.organizationId;
    state.roles = detail.roles;
    state.enabled = detail.enabled;
    state.emailVerified = detail.emailVerified;
    state.exists = true;
    state.deleted = detail.deleted;
    state.createdAtMs = msOrZero(detail.createdAt);
    state.createdBy = detail.createdBy;
    state.updatedAtMs = msOrZero(detail.updatedAt);
    state.updatedBy = detail.updatedBy;
    state.firstLoginAtMs = msOrZero(detail.firstLoginAt);
    state.lastLoginAtMs = msOrZero(detail.lastLoginAt);
    state.keycloakId = detail.keycloakId;
    return state;
}

// USER as it was at `at`. A username is looked up at that time too: it may have been released
// since (the user was deleted) or taken by someone else.
std::optional<UserDetail> findAt(StoreSession& session, const QString& user, const QDateTime& at,
                                 Console& console, bool& existsNow)
{
    const QString username = UserValidator::normalizeUsername(user);
    const bool looksLikeId = !QUuid::fromString(user.trimmed()).isNull();
    const std::optional<QUuid> current = session.users().resolve(user);
    existsNow = current.has_value();
    if (current) {
        std::optional<UserDetail> detail = AsOfQueries::userAt(session.store(), *current, at);
        if (detail && (looksLikeId || UserValidator::normalizeUsername(detail->username) == username))
            return detail;
        if (looksLikeId)
            return std::nullopt;
    } else if (looksLikeId) {
        return std::nullopt;
    }

    AsOfViews views(session.store(), at);
    ProgressLine progress(
        console, UserShowCommand::tr("Replaying the ledger up to %1").arg(at.toString(Qt::ISODateWithMs)));
    views.build([&progress](qint64 done, qint64 total) { return progress.update(done, total); });
    progress.finish();
    UserQueries queries(views.viewsPath());
    UserListQuery query;
    query.search = username;
    query.setSort(QStringLiteral("username:asc")); // an exact match comes first among its prefixes
    query.limit = 1;
    const UserListPage page = queries.list(query);
    if (page.items.isEmpty() ||
        UserValidator::normalizeUsername(page.items.constFirst().username) != username)
        return std::nullopt;
    existsNow = true;
    return queries.detail(page.items.constFirst().id);
}

} // namespace

void UserShowCommand::addOptions(CommandLine& line) const
{
    AsOfOption::add(line);
}

ExitCode UserShowCommand::execute(const CommandLine& line, const CliOptions& options, Console& console)
{
    const QString user = line.requirePositional({QStringLiteral("USER")}).constFirst();
    const std::optional<QDateTime> asOf = AsOfOption::read(line);
    StoreSession session(options, StoreSession::Access::Read);

    UserState state;
    qint64 version = 0;
    if (asOf) {
        bool existsNow = false;
        const std::optional<UserDetail> detail = findAt(session, user, *asOf, console, existsNow);
        const QString when = asOf->toString(Qt::ISODateWithMs);
        if (!detail && existsNow)
            throw CliError(ExitCode::Validation, tr("User \"%1\" did not exist yet at %2.").arg(user, when));
        if (!detail)
            throw CliError(ExitCode::Validation,
                           tr("No user had the id or username \"%1\" at %2.").arg(user, when));
        state = toState(*detail);
        version = detail->version;
        console.message(tr("As of %1").arg(when));
    } else {
        const UserAggregate aggregate = session.users().load(session.resolveUser(user));
        state = aggregate.state();
        version = aggregate.version();
    }

    if (options.json()) {
        QJsonObject json = UserFormatter::toJson(state, version);
        if (asOf)
            json.insert(QStringLiteral("asOf"), asOf->toString(Qt::ISODateWithMs));
        console.result(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        for (const QString& text : UserFormatter::tableLines(state, version))
            console.result(text);
    }
    return ExitCode::Ok;
}

} // namespace keyledger::cli
