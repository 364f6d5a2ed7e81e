#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace keyledger {

// A user's role names: trimmed, sorted, without duplicates; stored as a compact JSON array.
class UserRoles
{
public:
    static QStringList normalized(QStringList roles);
    static QByteArray toJson(const QStringList& roles);
    static QStringList fromJson(QByteArrayView json);
};

} // namespace keyledger
