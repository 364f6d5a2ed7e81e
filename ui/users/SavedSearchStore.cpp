#include "users/SavedSearchStore.h"

#include <QSettings>

#include <memory>

namespace keyledger {

namespace {

const QString arrayKey = QStringLiteral("savedSearches");

// QSettings() when no settings object was given: a fresh one per use, as Qt recommends.
std::unique_ptr<QSettings> ownSettings(QSettings* given)
{
    return given ? nullptr : std::make_unique<QSettings>();
}

} // namespace

SavedSearchStore::SavedSearchStore(QSettings* settings)
    : m_settings(settings)
{}

QList<SavedSearch> SavedSearchStore::builtIns()
{
    SavedSearch disabled;
    disabled.name = tr("Disabled");
    disabled.status = UserStatus::Disabled;
    disabled.builtIn = true;
    SavedSearch unverified;
    unverified.name = tr("E-mail not verified");
    unverified.status = UserStatus::Unverified;
    unverified.builtIn = true;
    SavedSearch neverLoggedIn;
    neverLoggedIn.name = tr("Never logged in");
    neverLoggedIn.hasLoggedIn = false;
    neverLoggedIn.builtIn = true;
    return {disabled, unverified, neverLoggedIn};
}

QList<SavedSearch> SavedSearchStore::saved() const
{
    const auto own = ownSettings(m_settings);
    QSettings& settings = m_settings ? *m_settings : *own;
    QList<SavedSearch> searches;
    const int size = settings.beginReadArray(arrayKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        SavedSearch search;
        search.name = settings.value(QStringLiteral("name")).toString();
        search.search = settings.value(QStringLiteral("search")).toString();
        const QString status = settings.value(QStringLiteral("status")).toString();
        if (!status.isEmpty() && UserStatus::fromKey(status) != UserStatus::Unknown)
            search.status = UserStatus::fromKey(status);
        const QString login = settings.value(QStringLiteral("loggedIn")).toString();
        if (login == QLatin1String("yes") || login == QLatin1String("no"))
            search.hasLoggedIn = login == QLatin1String("yes");
        if (settings.value(QStringLiteral("byOrganization"), false).toBool())
            search.organizationId = settings.value(QStringLiteral("organization")).toString();
        search.sortBy = settings.value(QStringLiteral("sortBy"), search.sortBy).toString();
        search.ascending = settings.value(QStringLiteral("ascending"), false).toBool();
        if (!search.name.isEmpty())
            searches.append(search);
    }
    settings.endArray();
    return searches;
}

QList<SavedSearch> SavedSearchStore::all() const
{
    return builtIns() + saved();
}

std::optional<SavedSearch> SavedSearchStore::find(const QString& name) const
{
    for (const SavedSearch& search : all()) {
        if (search.name == name)
            return search;
    }
    return std::nullopt;
}

bool SavedSearchStore::save(const SavedSearch& search)
{
    const QString name = search.name.trimmed();
    if (name.isEmpty())
        return false;
    for (const SavedSearch& builtIn : builtIns()) {
        if (builtIn.name.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    QList<SavedSearch> searches = saved();
    SavedSearch copy = search;
    copy.name = name;
    copy.builtIn = false;
    bool replaced = false;
    for (SavedSearch& existing : searches) {
        if (existing.name == name) {
            existing = copy;
            replaced = true;
        }
    }
    if (!replaced)
        searches.append(copy);
    write(searches);
    return true;
}

bool SavedSearchStore::remove(const QString& name)
{
    QList<SavedSearch> searches = saved();
    const qsizetype removed =
        searches.removeIf([&name](const SavedSearch& search) { return search.name == name; });
    if (removed == 0)
        return false;
    write(searches);
    return true;
}

void SavedSearchStore::write(const QList<SavedSearch>& searches)
{
    const auto own = ownSettings(m_settings);
    QSettings& settings = m_settings ? *m_settings : *own;
    settings.remove(arrayKey); // no stale entries past the new size
    settings.beginWriteArray(arrayKey, int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        const SavedSearch& search = searches.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), search.name);
        settings.setValue(QStringLiteral("search"), search.search);
        settings.setValue(QStringLiteral("status"),
                          search.status ? UserStatus::key(*search.status) : QString());
        settings.setValue(QStringLiteral("loggedIn"),
                          search.hasLoggedIn
                              ? (*search.hasLoggedIn ? QStringLiteral("yes") : QStringLiteral("no"))
                              : QString());
        settings.setValue(QStringLiteral("byOrganization"), search.organizationId.has_value());
        settings.setValue(QStringLiteral("organization"), search.organizationId.value_or(QString()));
        settings.setValue(QStringLiteral("sortBy"), search.sortBy);
        settings.setValue(QStringLiteral("ascending"), search.ascending);
    }
    settings.endArray();
    settings.sync();
}

} // namespace keyledger
