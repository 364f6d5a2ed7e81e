#pragma once

#include "queries/UserDetail.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QThread;

namespace keyledger {

// Rebuilds one user as it was at a past moment on a thread of its own (replaying a stream can
// take a moment on a large ledger), and reports the answer on the thread that created the job.
class UserAsOfJob : public QObject
{
    Q_OBJECT

public:
    // Reads the ledger file itself (its own connection); throws KeyledgerError on failure.
    using Loader =
        std::function<std::optional<UserDetail>(const QString& ledgerPath, const QUuid&, const QDateTime&)>;

    UserAsOfJob(Loader loader, QString ledgerPath, QUuid userId, QDateTime at, QObject* parent = nullptr);
    // Waits for the thread (a replay of one user is short).
    ~UserAsOfJob() override;

    void start();
    const QUuid& userId() const { return m_userId; }
    const QDateTime& at() const { return m_at; }

Q_SIGNALS:
    // user is std::nullopt when the user did not exist yet; error is set when the read failed.
    void finished(const std::optional<keyledger::UserDetail>& user, const QString& error);

private:
    Loader m_loader;
    QString m_ledgerPath;
    QUuid m_userId;
    QDateTime m_at;
    QThread* m_thread = nullptr;
    std::optional<UserDetail> m_user;
    QString m_error;
};

} // namespace keyledger
