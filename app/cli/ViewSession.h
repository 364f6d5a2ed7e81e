#pragma once

#include "StoreSession.h"

#include "projections/Projector.h"
#include "projections/ViewDatabase.h"

#include <QCoreApplication>

#include <memory>

namespace keyledger::cli {

class Console;

// The read models of a store, brought up to the ledger's head before a query reads them, so
// that what the CLI shows includes every command that ran before it (read-your-writes).
class ViewSession
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::cli::ViewSession)

public:
    enum class Freshness
    {
        UpToDate, // catch up with the ledger first (what queries need)
        AsIs,     // leave the read models where they are (what `projections status` reports)
    };

    ViewSession(const CliOptions& options, Console& console, Freshness freshness = Freshness::UpToDate);

    StoreSession& store() { return m_store; }
    Projector& projector() { return *m_projector; }
    QString viewsPath() const { return m_viewsPath; }
    // Reports on stderr the read models stopped by an event they cannot apply.
    void warnAboutStoppedModels();

private:
    StoreSession m_store;
    Console& m_console;
    QString m_viewsPath;
    std::unique_ptr<ViewDatabase> m_views;
    std::unique_ptr<Projector> m_projector;
};

} // namespace keyledger::cli
