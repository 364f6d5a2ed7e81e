#pragma once

#include "store/ChainReport.h"

#include <QAtomicInteger>
#include <QObject>
#include <QString>

class QThread;

namespace keyledger {

// Walks the hash chain of a store on a worker thread with a connection of its own, so the
// caller's thread (the UI) never waits. Reports progress, can be cancelled, and finishes
// exactly once with either a report or an error message.
class ChainVerificationJob : public QObject
{
    Q_OBJECT

public:
    explicit ChainVerificationJob(QString databasePath, QObject* parent = nullptr);
    ~ChainVerificationJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const keyledger::ChainReport& report);
    void failed(const QString& message);

private:
    void run();

    QString m_databasePath;
    QThread* m_thread = nullptr;
    QAtomicInteger<bool> m_cancelled{false};
};

} // namespace keyledger

Q_DECLARE_METATYPE(keyledger::ChainReport)
