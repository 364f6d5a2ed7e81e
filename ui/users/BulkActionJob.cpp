#include "users/BulkActionJob.h"

#include "commands/CommandContext.h"
#include "commands/UserCommandHandler.h"
#include "common/KeyledgerError.h"
#include "domain/UserEventCodec.h"
#include "store/SqliteEventStore.h"
#include "store/UpcasterRegistry.h"

#include <QThread>

namespace keyledger {

namespace {

constexpr int listedNames = 10;

QString firstNames(const QStringList& names)
{
    QString list = names.mid(0, listedNames).join(QStringLiteral(", "));
    if (names.size() > listedNames)
        list = BulkActionJob::tr("%1 and %n more", nullptr, int(names.size()) - listedNames).arg(list);
    return list;
}

QString firstLines(const QStringList& lines)
{
    QStringList shown = lines.mid(0, listedNames);
    if (lines.size() > listedNames)
        shown.append(BulkActionJob::tr("… and %n more", nullptr, int(lines.size()) - listedNames));
    return shown.join(QLatin1Char('\n'));
}

} // namespace

BulkActionJob::BulkActionJob(Target target, Action action, QList<UserListItem> users, ChangeUserRoles roles,
                             QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_action(action)
    , m_users(std::move(users))
    , m_roles(std::move(roles))
{}

BulkActionJob::~BulkActionJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void BulkActionJob::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    if (!runsOnThread()) {
        m_outcome = apply(m_target.users, m_action, m_users, m_roles);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_running = false;
                Q_EMIT finished(m_outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    m_thread = QThread::create([this] {
        // A connection of this thread's own: SQLite connections are not shared between threads.
        // Appends still reach the projection runner through the process's notifier.
        try {
            UpcasterRegistry upcasters;
            UserEventCodec::registerUpcasters(upcasters);
            SqliteEventStore store(m_target.ledgerPath, SqliteConnection::OpenMode::MustExist, &upcasters,
                                   m_target.notifier);
            UserCommandHandler handler(store);
            const int total = int(m_users.size());
            m_outcome = apply(handler, m_action, m_users, m_roles, [this, total](int done) {
                Q_EMIT progress(done, total); // queued to the job's thread
                return m_cancelled.loadRelaxed() == 0;
            });
        } catch (const KeyledgerError& error) {
            m_outcome.requested = int(m_users.size());
            m_outcome.refused.append(tr("The ledger cannot be opened: %1").arg(error.message()));
        }
    });
    m_thread->setObjectName(QStringLiteral("bulk-action"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_outcome);
    });
    m_thread->start();
}

void BulkActionJob::cancel()
{
    m_cancelled.storeRelaxed(1);
}

BulkOutcome BulkActionJob::apply(UserCommandHandler& handler, Action action, const QList<UserListItem>& users,
                                 const ChangeUserRoles& roles, const std::function<bool(int)>& progress)
{
    BulkOutcome outcome;
    outcome.requested = int(users.size());
    const CommandContext context = CommandContext::localUser();
    int done = 0;
    for (const UserListItem& user : users) {
        if (progress && !progress(done)) {
            outcome.cancelled = true;
            break;
        }
        ++done;
        // What the list already knows needs no command: it would change nothing, or be refused.
        QString skip;
        bool refuse = false;
        ChangeUserRoles change;
        switch (action) {
        case Action::Enable:
            if (!user.canEnable)
                skip = tr("already enabled");
            break;
        case Action::Disable:
            if (!user.canDisable)
                skip = tr("already disabled");
            break;
        case Action::Delete:
            if (!user.canDelete) {
                skip = tr("enabled and has signed in: disable it first");
                refuse = true;
            }
            break;
        case Action::Roles:
            for (const QString& role : roles.add) {
                if (!user.roles.contains(role))
                    change.add.append(role);
            }
            for (const QString& role : roles.remove) {
                if (user.roles.contains(role))
                    change.remove.append(role);
            }
            if (change.add.isEmpty() && change.remove.isEmpty())
                skip = tr("already has these roles");
            break;
        }
        if (!skip.isEmpty()) {
            (refuse ? outcome.refused : outcome.unchanged).append(tr("%1: %2").arg(user.username, skip));
            continue;
        }
        try {
            CommandResult result;
            switch (action) {
            case Action::Enable:
                result = handler.enable(user.id, context);
                break;
            case Action::Disable:
                result = handler.disable(user.id, context);
                break;
            case Action::Delete:
                result = handler.remove(user.id, context);
                break;
            case Action::Roles:
                result = handler.changeRoles(user.id, change, context);
                break;
            }
            if (!result.noChangeReason.isEmpty() || result.appendedEvents == 0) {
                outcome.unchanged.append(tr("%1: %2").arg(user.username, result.noChangeReason));
                continue;
            }
            outcome.changed.append(user.username);
            outcome.lastPosition = std::max(outcome.lastPosition, result.position);
        } catch (const KeyledgerError& error) {
            outcome.refused.append(tr("%1: %2").arg(user.username, error.message()));
        }
    }
    if (progress && !outcome.cancelled)
        progress(done);
    return outcome;
}

QString BulkActionJob::summary(Action action, const BulkOutcome& outcome)
{
    const int changed = int(outcome.changed.size());
    QString text;
    switch (action) {
    case Action::Enable:
        text = tr("Enabled %n user(s).", nullptr, changed);
        break;
    case Action::Disable:
        text = tr("Disabled %n user(s).", nullptr, changed);
        break;
    case Action::Delete:
        text = tr("Deleted %n user(s).", nullptr, changed);
        break;
    case Action::Roles:
        text = tr("Changed the roles of %n user(s).", nullptr, changed);
        break;
    }
    if (changed > 0)
        text += QLatin1Char(' ') + firstNames(outcome.changed);
    if (outcome.cancelled)
        text += QLatin1Char('\n') +
                tr("Stopped after %n of %1 user(s).", nullptr,
                   int(outcome.changed.size() + outcome.unchanged.size() + outcome.refused.size()))
                    .arg(outcome.requested);
    if (!outcome.unchanged.isEmpty())
        text += QLatin1Char('\n') + tr("%n left as they were:", nullptr, int(outcome.unchanged.size())) +
                QLatin1Char('\n') + firstLines(outcome.unchanged);
    if (!outcome.refused.isEmpty())
        text += QLatin1Char('\n') + tr("%n refused:", nullptr, int(outcome.refused.size())) +
                QLatin1Char('\n') + firstLines(outcome.refused);
    return text;
}

} // namespace keyledger
