#pragma once

#include "domain/UserState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyledger::cli {

// How `user show` presents a user's state: "label: value" lines, or one JSON object.
class UserFormatter
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::UserFormatter)

public:
    // "active", "unverified", "disabled" or "deleted": stable keys for scripts.
    static QString statusKey(const UserState& user);
    // The same, in words for people (translated).
    static QString statusLabel(const UserState& user);

    static QJsonObject toJson(const UserState& user, qint64 version);
    static QStringList tableLines(const UserState& user, qint64 version);
};

} // namespace keyledger::cli
