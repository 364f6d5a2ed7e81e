#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace keyledger {

class GuiSession;
class TranslationLoader;

// Holds the desktop application's one GuiSession and replaces it when the admin switches
// ledgers in the same window: to the demo (File › Open Demo Store…) and back to their own
// ledger (File › Open My Ledger).
class GuiApplicationShell : public QObject
{
    Q_OBJECT

public:
    // ownLedgerPath: the ledger "Open My Ledger" goes back to (--db, or the default).
    GuiApplicationShell(QString ownLedgerPath, TranslationLoader& translations, QObject* parent = nullptr);
    ~GuiApplicationShell() override;

    // Opens a session on `path` and shows it in place of the current one, whose layout is kept
    // for the new window. False (after saying why) when the ledger cannot be opened or the
    // current session's work must finish first; the current session then stays.
    bool open(const QString& path, bool demoMode);
    GuiSession* session() const { return m_session.get(); }
    const QString& ownLedgerPath() const { return m_ownLedgerPath; }

public Q_SLOTS:
    void openDemo();
    void openOwnLedger();

Q_SIGNALS:
    // A new session is shown (session() is the new one).
    void sessionChanged();

private:
    QString m_ownLedgerPath;
    TranslationLoader& m_translations;
    std::unique_ptr<GuiSession> m_session;
};

} // namespace keyledger
