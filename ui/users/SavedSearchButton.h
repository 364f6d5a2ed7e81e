#pragma once

#include "users/SavedSearch.h"
#include "users/SavedSearchStore.h"

#include <QToolButton>

#include <functional>

class QMenu;

namespace keyledger {

// "Saved searches ▾" next to the filters: recall a built-in or saved filter set, save the
// current one under a name, delete a saved one.
class SavedSearchButton : public QToolButton
{
    Q_OBJECT

public:
    // current: the filters and sort the list shows now (the name is filled in when saving).
    // askName: asks for a name (default: an input dialog); empty = cancelled.
    using AskName = std::function<QString(const QString& suggestion)>;

    SavedSearchButton(std::function<SavedSearch()> current, QSettings* settings = nullptr,
                      QWidget* parent = nullptr);

    void setAskName(AskName askName) { m_askName = std::move(askName); }
    SavedSearchStore& store() { return m_store; }

public Q_SLOTS:
    // Asks for a name and saves the current filters under it.
    void saveCurrent();
    void recall(const QString& name);

Q_SIGNALS:
    void recallRequested(const keyledger::SavedSearch& search);
    void statusMessage(const QString& message);

private:
    void rebuildMenu();

    std::function<SavedSearch()> m_current;
    SavedSearchStore m_store;
    AskName m_askName;
    QMenu* m_menu;
};

} // namespace keyledger
