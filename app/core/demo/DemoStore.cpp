#include "core/demo/DemoStore.h"

#include "common/KeyledgerError.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace keyledger::demo {

namespace {

void removeLedger(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString DemoStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.db"));
}

bool DemoStore::isDemo(const QString& path)
{
    return QFileInfo(path).fileName() == QLatin1String("demo.db");
}

bool DemoStore::exists(const QString& path)
{
    return QFileInfo(path).isFile();
}

DemoSummary DemoStore::create(const QString& path, const DemoHistoryWriter::Progress& progress, int users)
{
    if (exists(path))
        return {};
    const QString partial = path + QStringLiteral(".creating");
    removeLedger(partial); // left over by a creation that was killed
    // Views of an earlier demo would not match the new ledger: the runner rebuilds them.
    removeLedger(ViewDatabase::pathFor(path));
    DemoSummary summary;
    try {
        SqliteEventStore store(partial, SqliteConnection::OpenMode::CreateIfMissing);
        summary = DemoHistoryWriter(store, QDateTime::currentMSecsSinceEpoch()).write(users, progress);
    } catch (...) {
        removeLedger(partial);
        throw;
    }
    if (summary.cancelled) {
        removeLedger(partial);
        return summary;
    }
    // Closing the last connection folded the WAL into the file: there is one file to move.
    if (QFile::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
        removeLedger(partial);
        throw KeyledgerError(tr("Cannot create the demo ledger %1.").arg(QDir::toNativeSeparators(path)));
    }
    return summary;
}

} // namespace keyledger::demo
