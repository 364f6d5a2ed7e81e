#include "GuiApplicationShell.h"

#include "GuiSession.h"
#include "common/MainWindow.h"
#include "core/demo/DemoStore.h"
#include "store/StoreErrors.h"

#include <QApplication>
#include <QMessageBox>

namespace keyledger {

GuiApplicationShell::GuiApplicationShell(QString ownLedgerPath, TranslationLoader& translations,
                                         QObject* parent)
    : QObject(parent)
    , m_ownLedgerPath(std::move(ownLedgerPath))
    , m_translations(translations)
{}

GuiApplicationShell::~GuiApplicationShell() = default;

bool GuiApplicationShell::open(const QString& path, bool demoMode)
{
    QWidget* current = m_session ? m_session->window() : nullptr;
    if (m_session) {
        const QString work = m_session->runningWork();
        if (!work.isEmpty()) {
            QMessageBox::information(current, tr("Open Ledger"),
                                     tr("Another ledger opens once %1 has finished.").arg(work));
            return false;
        }
        m_session->saveLayout();
    }
    std::unique_ptr<GuiSession> next;
    try {
        next = std::make_unique<GuiSession>(path, demoMode, m_translations);
    } catch (const StorageError& e) {
        QMessageBox::critical(current, QApplication::translate("main", "Cannot open the ledger"),
                              e.message());
        return false;
    }
    // Queued: the session that asks is the one replaced, from the event loop, not from its own
    // signal.
    connect(next.get(), &GuiSession::demoRequested, this, &GuiApplicationShell::openDemo,
            Qt::QueuedConnection);
    connect(next.get(), &GuiSession::ownLedgerRequested, this, &GuiApplicationShell::openOwnLedger,
            Qt::QueuedConnection);
    // The new window is up before the old session goes (its sync and projections stop in its
    // destructor): the application never sees its last window closed.
    next->show();
    m_session = std::move(next);
    Q_EMIT sessionChanged();
    return true;
}

void GuiApplicationShell::openDemo()
{
    open(demo::DemoStore::defaultPath(), true);
}

void GuiApplicationShell::openOwnLedger()
{
    open(m_ownLedgerPath, false);
}

} // namespace keyledger
