#pragma once

#include "store/NewEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyledger::test {

// Small helpers the store and domain tests share.
class TestStores
{
public:
    // Runs a whole SQL script (several statements) on a new SQLite file, through the sqlite3 C
    // API: how a file written by an older Keyledger, or edited behind its back, is produced.
    static void runSql(const QString& databasePath, const QByteArray& sql);
    static QByteArray readFile(const QString& path);
    static QByteArray sha256OfFile(const QString& path);
    static NewEvent event(const QString& type, const QJsonObject& data = {});
    static QList<NewEvent> events(int count, const QString& type = QStringLiteral("TestEvent"));
};

} // namespace keyledger::test
