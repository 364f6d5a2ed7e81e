#pragma once

#include "commands/CommandContext.h"

#include <QObject>
#include <QUuid>

class QThread;

namespace keyledger {

// Erases one user's personal data (PersonalDataEraser) on its own thread, with its own ledger
// and views connections: the erasure rebuilds the read models that held the plaintext, which
// must not block the window.
class EraseUserJob : public QObject
{
    Q_OBJECT

public:
    EraseUserJob(QString ledgerPath, QUuid userId, CommandContext context, QObject* parent = nullptr);
    ~EraseUserJob() override;

    void start();
    const QString& pseudonym() const { return m_pseudonym; }
    const QString& error() const { return m_error; } // empty on success

Q_SIGNALS:
    void finished();

private:
    QString m_ledgerPath;
    QUuid m_userId;
    CommandContext m_context;
    QThread* m_thread = nullptr;
    QString m_pseudonym;
    QString m_error;
};

} // namespace keyledger
