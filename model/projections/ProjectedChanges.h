#pragma once

#include <QSet>
#include <QString>
#include <QUuid>

namespace keyledger {

// What one committed projection batch touched, so caches drop exactly that and no more.
struct ProjectedChanges
{
    qint64 upToPosition = 0;
    QSet<QUuid> users;
    QSet<QString> organizations; // "" is the users without an organisation
    bool everything = false;     // a rebuild swapped whole tables in

    bool isEmpty() const { return users.isEmpty() && organizations.isEmpty() && !everything; }
};

} // namespace keyledger
