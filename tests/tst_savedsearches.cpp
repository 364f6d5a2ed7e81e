#include "commands/UserCommandHandler.h"
#include "common/ViewServices.h"
#include "core/TranslationLoader.h"
#include "projections/ProjectionRunner.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"
#include "users/SavedSearchButton.h"
#include "users/SavedSearchStore.h"
#include "users/UserListModel.h"
#include "users/UsersView.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

// Saved searches: the store round-trips through QSettings (an isolated INI file), and the Users
// page saves its current filters and sort and recalls them on real data.
class TstSavedSearches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughSettings();
    void builtInsCannotBeReplaced();
    void removeKeepsTheOthers();
    void viewSavesAndRecallsFiltersAndSort();
    void builtInDisabledFiltersTheList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    TranslationLoader m_translations;
};

void TstSavedSearches::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(QLocale(QLocale::English)));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyledgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedsearches"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The view's own QSettings() goes to an INI file in the temporary folder too.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QSettings().clear();
}

void TstSavedSearches::cleanupTestCase()
{
    m_dir.reset();
}

void TstSavedSearches::roundTripThroughSettings()
{
    const QString path = m_dir->filePath(QStringLiteral("roundtrip.ini"));
    SavedSearch acme;
    acme.name = QStringLiteral("disabled in ACME");
    acme.status = UserStatus::Disabled;
    acme.organizationId = QStringLiteral("acme");
    acme.sortBy = QStringLiteral("username");
    acme.ascending = true;
    SavedSearch noOrganization;
    noOrganization.name = QStringLiteral("no organisation, by last login");
    noOrganization.search = QStringLiteral("gr");
    noOrganization.organizationId = QString(); // users without one
    noOrganization.sortBy = QStringLiteral("lastLoginAt");
    noOrganization.hasLoggedIn = true;
    {
        QSettings settings(path, QSettings::IniFormat);
        SavedSearchStore store(&settings);
        QVERIFY(store.save(acme));
        QVERIFY(store.save(noOrganization));
    }
    QSettings settings(path, QSettings::IniFormat); // a fresh read from the file
    QVERIFY(settings.childGroups().contains(QStringLiteral("savedSearches")));
    SavedSearchStore store(&settings);
    const QList<SavedSearch> saved = store.saved();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0), acme);
    QCOMPARE(saved.at(1), noOrganization);
    QVERIFY(saved.at(1).organizationId.has_value() && saved.at(1).organizationId->isEmpty());
    QVERIFY(!saved.at(1).status);
    QCOMPARE(saved.at(1).hasLoggedIn, std::optional(true));
    QVERIFY(!saved.at(0).hasLoggedIn);

    // Same name: replaced in place.
    acme.search = QStringLiteral("a");
    QVERIFY(store.save(acme));
    QCOMPARE(store.saved().size(), 2);
    QCOMPARE(store.saved().first().search, QStringLiteral("a"));
}

void TstSavedSearches::builtInsCannotBeReplaced()
{
    QSettings settings(m_dir->filePath(QStringLiteral("builtins.ini")), QSettings::IniFormat);
    SavedSearchStore store(&settings);
    const QList<SavedSearch> all = store.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("Disabled"));
    QCOMPARE(all.at(0).status, std::optional(UserStatus::Disabled));
    QCOMPARE(all.at(1).status, std::optional(UserStatus::Unverified));
    QCOMPARE(all.at(2).name, QStringLiteral("Never logged in"));
    QCOMPARE(all.at(2).hasLoggedIn, std::optional(false));
    QVERIFY(!all.at(2).status);
    SavedSearch clash;
    clash.name = QStringLiteral("disabled");
    QVERIFY(!store.save(clash));
    clash.name = QStringLiteral("   ");
    QVERIFY(!store.save(clash));
    QVERIFY(store.saved().isEmpty());
}

void TstSavedSearches::removeKeepsTheOthers()
{
    QSettings settings(m_dir->filePath(QStringLiteral("remove.ini")), QSettings::IniFormat);
    SavedSearchStore store(&settings);
    for (const char* name : {"one", "two", "three"}) {
        SavedSearch search;
        search.name = QLatin1String(name);
        QVERIFY(store.save(search));
    }
    QVERIFY(store.remove(QStringLiteral("two")));
    QVERIFY(!store.remove(QStringLiteral("two")));
    QCOMPARE(store.saved().size(), 2);
    QCOMPARE(store.saved().at(1).name, QStringLiteral("three"));
    QCOMPARE(settings.value(QStringLiteral("savedSearches/size")).toInt(), 2);
}

namespace {

// A ledger with a few users and a running projection for the view tests.
struct Ledger
{
    QTemporaryDir dir;
    StoreNotifier notifier;
    QueryCache cache;
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<UserCommandHandler> handler;
    std::unique_ptr<ProjectionRunner> runner;

    bool open()
    {
        const QString path = dir.filePath(QStringLiteral("k.db"));
        store = std::make_unique<SqliteEventStore>(path, SqliteConnection::OpenMode::CreateIfMissing, nullptr,
                                                   &notifier);
        handler = std::make_unique<UserCommandHandler>(*store);
        const CommandContext context{QStringLiteral("tester@desk"), EventMetadata::sourceLocal(), {}};
        const QStringList names{QStringLiteral("anna"), QStringLiteral("bert"), QStringLiteral("carl"),
                                QStringLiteral("dora"), QStringLiteral("emil"), QStringLiteral("frida")};
        for (int i = 0; i < names.size(); ++i) {
            CreateUser c;
            c.username = names.at(i);
            c.email = names.at(i) + QStringLiteral("@example.org");
            c.organizationId = i % 2 ? QStringLiteral("acme") : QStringLiteral("initech");
            c.enabled = i % 3 != 2; // carl and frida disabled
            c.emailVerified = true;
            handler->create(c, context);
        }
        runner = std::make_unique<ProjectionRunner>(path, ViewDatabase::pathFor(path),
                                                    [] { return ReadModelCatalog::create(); });
        runner->setChangesListener([this](const ProjectedChanges& changes) { cache.invalidate(changes); });
        QObject::connect(&notifier, &StoreNotifier::appended, runner.get(), &ProjectionRunner::storeAppended,
                         Qt::DirectConnection);
        runner->start();
        return runner->waitForPosition(store->lastPosition(), 20000);
    }
    ViewServices services()
    {
        const QString path = dir.filePath(QStringLiteral("k.db"));
        return {*store, *handler, notifier, *runner, cache, path, ViewDatabase::pathFor(path)};
    }
};

QStringList usernames(const UserListModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->userAt(row).username);
    return names;
}

} // namespace

void TstSavedSearches::viewSavesAndRecallsFiltersAndSort()
{
    Ledger ledger;
    QVERIFY(ledger.open());
    UsersView view(ledger.services());
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.model()->rowCount(), 6);

    // Enabled users of acme, by username ascending.
    auto* table = view.findChild<QTableView*>(QStringLiteral("usersTable"));
    table->horizontalHeader()->setSortIndicator(UserListModel::Username, Qt::AscendingOrder);
    auto* organization = view.findChild<QComboBox*>(QStringLiteral("organizationFilter"));
    organization->setCurrentIndex(organization->findText(QStringLiteral("acme")));
    QTRY_COMPARE(usernames(view.model()),
                 (QStringList{QStringLiteral("bert"), QStringLiteral("dora"), QStringLiteral("frida")}));

    SavedSearchButton* button = view.savedSearches();
    button->setAskName([](const QString&) { return QStringLiteral("acme by name"); });
    button->saveCurrent();
    const std::optional<SavedSearch> saved = SavedSearchStore().find(QStringLiteral("acme by name"));
    QVERIFY(saved);
    QCOMPARE(saved->organizationId, std::optional(QStringLiteral("acme")));
    QCOMPARE(saved->sortBy, QStringLiteral("username"));
    QVERIFY(saved->ascending);

    // Change everything, then recall from the menu.
    organization->setCurrentIndex(0);
    table->horizontalHeader()->setSortIndicator(UserListModel::Created, Qt::DescendingOrder);
    QTRY_COMPARE(view.model()->rowCount(), 6);
    button->menu()->aboutToShow(); // the menu is rebuilt when it opens
    auto* recall = button->menu()->findChild<QAction*>(QStringLiteral("savedSearch:acme by name"));
    QVERIFY(recall);
    recall->trigger();
    QTRY_COMPARE(usernames(view.model()),
                 (QStringList{QStringLiteral("bert"), QStringLiteral("dora"), QStringLiteral("frida")}));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(UserListModel::Username));
    QCOMPARE(organization->currentText(), QStringLiteral("acme"));

    // A new view (another session) offers it too.
    SavedSearchButton other([] { return SavedSearch{}; });
    other.menu()->aboutToShow();
    QVERIFY(other.menu()->findChild<QAction*>(QStringLiteral("savedSearch:acme by name")));
}

void TstSavedSearches::builtInDisabledFiltersTheList()
{
    Ledger ledger;
    QVERIFY(ledger.open());
    UsersView view(ledger.services());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.model()->rowCount(), 6);
    view.savedSearches()->recall(QStringLiteral("Disabled"));
    QTRY_COMPARE(view.model()->rowCount(), 2);
    QStringList names = usernames(view.model());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("carl"), QStringLiteral("frida")}));

    // "Never logged in": everyone but the two who logged in (Keycloak's login events).
    const CommandContext keycloak{
        QStringLiteral("keyledger-import@test"), EventMetadata::sourceKeycloakImport(), {}};
    for (const QString& name : {QStringLiteral("anna"), QStringLiteral("emil")})
        ledger.handler->recordLogin(*ledger.handler->resolve(name), 1'700'000'000'000, keycloak);
    QVERIFY(ledger.runner->waitForPosition(ledger.store->lastPosition(), 20000));
    view.savedSearches()->recall(QStringLiteral("Never logged in"));
    QTRY_COMPARE(view.model()->rowCount(), 4);
    names = usernames(view.model());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("bert"), QStringLiteral("carl"), QStringLiteral("dora"),
                                 QStringLiteral("frida")}));
    QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("loginFilter"))->currentText(),
             QStringLiteral("Never logged in"));
}

QTEST_MAIN(TstSavedSearches)
#include "tst_savedsearches.moc"
