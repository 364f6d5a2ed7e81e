#pragma once

#include "core/demo/DemoHistoryWriter.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger::demo {

// The demo ledger: a file of its own in the user's data folder, never the real store. It is
// written under a temporary name and renamed when complete, so a demo.db that exists is whole
// (an interrupted creation leaves nothing to reopen by mistake).
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::demo::DemoStore)

public:
    // <AppDataLocation>/demo.db, next to keyledger.db.
    static QString defaultPath();
    // Whether the ledger at `path` is a demo (by name: demo.db).
    static bool isDemo(const QString& path);
    static bool exists(const QString& path);
    // Creates the demo ledger at `path` unless it exists already (then nothing is written and
    // the summary's users is 0). Throws KeyledgerError (StorageError) when the file cannot be
    // written; a cancelled creation removes what it wrote. Runs on any thread: it opens its own
    // connection.
    static DemoSummary create(const QString& path, const DemoHistoryWriter::Progress& progress = {},
                              int users = DemoHistoryWriter::DefaultUsers);
};

} // namespace keyledger::demo
