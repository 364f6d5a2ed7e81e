#include "users/SavedSearchButton.h"

#include <QInputDialog>
#include <QMenu>

namespace keyledger {

SavedSearchButton::SavedSearchButton(std::function<SavedSearch()> current, QSettings* settings,
                                     QWidget* parent)
    : QToolButton(parent)
    , m_current(std::move(current))
    , m_store(settings)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("savedSearchButton"));
    setText(tr("Saved searches"));
    setToolTip(tr("Recall a saved set of filters, or save the current one"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    m_askName = [this](const QString& suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of this search:"),
                                                   QLineEdit::Normal, suggestion, &ok);
        return ok ? name.trimmed() : QString();
    };
    // Read when opened: another window may have saved one meanwhile.
    connect(m_menu, &QMenu::aboutToShow, this, &SavedSearchButton::rebuildMenu);
    rebuildMenu();
}

void SavedSearchButton::rebuildMenu()
{
    m_menu->clear();
    const QList<SavedSearch> searches = m_store.all();
    bool userSection = false;
    for (const SavedSearch& search : searches) {
        if (!search.builtIn && !userSection) {
            m_menu->addSeparator();
            userSection = true;
        }
        QAction* action = m_menu->addAction(search.name);
        action->setObjectName(QStringLiteral("savedSearch:") + search.name);
        const QString name = search.name;
        connect(action, &QAction::triggered, this, [this, name] { recall(name); });
    }
    m_menu->addSeparator();
    QAction* save = m_menu->addAction(tr("&Save Current Search…"), this, &SavedSearchButton::saveCurrent);
    save->setObjectName(QStringLiteral("saveSearchAction"));
    const QList<SavedSearch> own = m_store.saved();
    QMenu* remove = m_menu->addMenu(tr("&Delete Saved Search"));
    remove->setEnabled(!own.isEmpty());
    for (const SavedSearch& search : own) {
        const QString name = search.name;
        remove->addAction(name, this, [this, name] {
            m_store.remove(name);
            Q_EMIT statusMessage(tr("Deleted the saved search “%1”.").arg(name));
        });
    }
}

void SavedSearchButton::saveCurrent()
{
    SavedSearch search = m_current();
    const QString name = m_askName(search.search);
    if (name.isEmpty())
        return;
    search.name = name;
    if (!m_store.save(search)) {
        Q_EMIT statusMessage(tr("“%1” is the name of a built-in search: choose another name.").arg(name));
        return;
    }
    Q_EMIT statusMessage(tr("Saved the search “%1”.").arg(name));
    rebuildMenu();
}

void SavedSearchButton::recall(const QString& name)
{
    if (const std::optional<SavedSearch> search = m_store.find(name))
        Q_EMIT recallRequested(*search);
}

} // namespace keyledger
