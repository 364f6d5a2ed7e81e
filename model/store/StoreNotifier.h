#pragma once

#include <QObject>

namespace keyledger {

// Shared by every store connection of one process: in-process listeners (the projection
// runner, views) learn that the store grew without polling. Emitted after the commit.
class StoreNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void appended(qint64 upToPosition);
};

} // namespace keyledger
