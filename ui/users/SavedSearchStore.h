#pragma once

#include "users/SavedSearch.h"

#include <QCoreApplication>
#include <QList>

class QSettings;

namespace keyledger {

// The saved searches of the user list, under "savedSearches/" in QSettings, after the built-in
// ones ("Disabled", "E-mail not verified"). "Never logged in" is not offered: the list query has
// no filter on the last login, and a sort is not a filter.
class SavedSearchStore
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::SavedSearchStore)

public:
    // settings: nullptr = the application's QSettings (not owned).
    explicit SavedSearchStore(QSettings* settings = nullptr);

    static QList<SavedSearch> builtIns();
    // The admin's searches, in the order they were first saved.
    QList<SavedSearch> saved() const;
    // Built-ins first, then the saved ones.
    QList<SavedSearch> all() const;
    std::optional<SavedSearch> find(const QString& name) const;
    // Saves under search.name, replacing a saved search of that name; false for an empty name or
    // the name of a built-in.
    bool save(const SavedSearch& search);
    bool remove(const QString& name);

private:
    void write(const QList<SavedSearch>& searches);

    QSettings* m_settings;
};

} // namespace keyledger
