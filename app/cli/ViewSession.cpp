#include "ViewSession.h"

#include "Console.h"
#include "ProgressLine.h"

#include "projections/ReadModelCatalog.h"

namespace keyledger::cli {

ViewSession::ViewSession(const CliOptions& options, Console& console, Freshness freshness)
    : m_store(options, StoreSession::Access::Read)
    , m_console(console)
    , m_viewsPath(ViewDatabase::pathFor(m_store.app().databasePath()))
{
    m_views = std::make_unique<ViewDatabase>(m_viewsPath);
    m_projector = std::make_unique<Projector>(m_store.store(), *m_views, ReadModelCatalog::create());
    ProgressLine progress(console, tr("Rebuilding the read models"));
    m_projector->initialize([&progress](qint64 done, qint64 total) { return progress.update(done, total); });
    progress.finish();
    if (freshness == Freshness::UpToDate) {
        m_projector->catchUp();
        warnAboutStoppedModels();
    }
}

void ViewSession::warnAboutStoppedModels()
{
    for (const ProjectionStatus& status : m_projector->status()) {
        if (!status.healthy())
            m_console.message(tr("Warning: the %1 view is stopped at position %2 (%3); what it shows is older than "
                                 "the ledger. See keyledger-cli projections status.")
                                  .arg(status.name)
                                  .arg(status.failedPosition)
                                  .arg(status.error));
    }
}

} // namespace keyledger::cli
