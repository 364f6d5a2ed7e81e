#include "support/TestStores.h"

#include "common/Uuid7.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <stdexcept>

namespace keyledger::test {

void TestStores::runSql(const QString& databasePath, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(databasePath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open test database");
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error("SQL failed: " + message);
}

QByteArray TestStores::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray TestStores::sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

NewEvent TestStores::event(const QString& type, const QJsonObject& data)
{
    NewEvent e;
    e.eventId = Uuid7::create();
    e.type = type;
    e.data = data;
    e.metadata.actor = QStringLiteral("tester@tests");
    e.metadata.source = EventMetadata::sourceLocal();
    return e;
}

QList<NewEvent> TestStores::events(int count, const QString& type)
{
    QList<NewEvent> list;
    for (int i = 0; i < count; ++i)
        list.append(event(type, QJsonObject{{QStringLiteral("n"), i}}));
    return list;
}

} // namespace keyledger::test
