#include "audit/AuditDiffModel.h"
#include "audit/AuditDiffPane.h"
#include "audit/AuditExportJob.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditView.h"
#include "commands/UserCommandHandler.h"
#include "projections/ProjectionRunner.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TstAuditView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filterByTypeShowsOnlyThoseRows();
    void userFilterResolvesUsernamesAndIds();
    void selectingARowFillsTheDiffPane();
    void exportWritesParseableNeutralisedCsv();
    void cancelledExportWritesNothing();
    void screenshot();

private:
    void fill(int extraUsers = 0);
    std::unique_ptr<AuditView> makeView();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<ProjectionRunner> m_runner;
    std::unique_ptr<QueryCache> m_cache;
    QUuid m_ada;
    QUuid m_grace;
};

void TstAuditView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, m_notifier.get());
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    m_cache = std::make_unique<QueryCache>();
    // Not started: the tests project synchronously.
    m_runner = std::make_unique<ProjectionRunner>(m_ledger, ViewDatabase::pathFor(m_ledger),
                                                  [] { return ReadModelCatalog::create(); });
}

void TstAuditView::cleanup()
{
    m_runner.reset();
    m_cache.reset();
    m_users.reset();
    m_store.reset();
    m_notifier.reset();
    m_dir.reset();
}

void TstAuditView::fill(int extraUsers)
{
    const CommandContext alice{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    const CommandContext bob{QStringLiteral("bob@desk"), EventMetadata::sourceLocal(), {}};
    const CommandContext import{QStringLiteral("keycloak-sync"), EventMetadata::sourceKeycloakImport(), {}};
    CreateUser ada;
    ada.username = QStringLiteral("ada");
    ada.email = QStringLiteral("ada@example.org");
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.organizationId = QStringLiteral("=cmd");
    ada.roles = {QStringLiteral("admin")};
    m_ada = m_users->create(ada, alice).userId;
    CreateUser grace;
    grace.username = QStringLiteral("grace");
    grace.email = QStringLiteral("grace@example.org");
    grace.organizationId = QStringLiteral("initech");
    m_grace = m_users->create(grace, bob).userId;
    UpdateUserProfile rename;
    rename.lastName = QStringLiteral("King");
    m_users->updateProfile(m_ada, rename, alice);
    m_users->disable(m_grace, bob);
    m_users->recordLogin(m_ada, QDateTime::currentMSecsSinceEpoch(), import);
    m_users->changeRoles(m_ada, ChangeUserRoles{{QStringLiteral("auditor")}, {}}, alice);
    m_users->disable(m_ada, alice);

    const QStringList organizations{QStringLiteral("acme"), QStringLiteral("initech"),
                                    QStringLiteral("umbrella")};
    for (int i = 0; i < extraUsers; ++i) {
        CreateUser user;
        user.username = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
        user.email = user.username + QStringLiteral("@example.org");
        user.firstName = QStringLiteral("First%1").arg(i);
        user.lastName = QStringLiteral("Last%1").arg(i);
        user.organizationId = organizations.at(i % organizations.size());
        const QUuid id = m_users->create(user, i % 2 ? alice : bob).userId;
        if (i % 3 == 0)
            m_users->markEmailVerified(id, alice);
        if (i % 4 == 1)
            m_users->disable(id, bob);
        if (i % 5 == 2)
            m_users->recordLogin(id, QDateTime::currentMSecsSinceEpoch(), import);
    }

    ViewDatabase views(ViewDatabase::pathFor(m_ledger));
    Projector projector(*m_store, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
}

std::unique_ptr<AuditView> TstAuditView::makeView()
{
    const ViewServices services{
        *m_store, *m_users, *m_notifier, *m_runner, *m_cache, m_ledger, ViewDatabase::pathFor(m_ledger)};
    auto view = std::make_unique<AuditView>(services);
    view->resize(1280, 760);
    return view;
}

void TstAuditView::filterByTypeShowsOnlyThoseRows()
{
    fill();
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(view->model()->rowCount(), 7);
    auto* count = view->findChild<QLabel*>(QStringLiteral("auditCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("7 entries"));

    auto* type = view->findChild<QComboBox*>(QStringLiteral("auditTypeFilter"));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("UserDisabled")));
    QCOMPARE(view->model()->rowCount(), 2);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->entryAt(row)->type, QStringLiteral("UserDisabled"));
    QCOMPARE(count->text(), QStringLiteral("2 entries"));

    auto* source = view->findChild<QComboBox*>(QStringLiteral("auditSourceFilter"));
    type->setCurrentIndex(0);
    source->setCurrentIndex(source->findData(EventMetadata::sourceKeycloakImport()));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->entryAt(0)->type, QStringLiteral("UserLoggedIn"));

    source->setCurrentIndex(0);
    auto* actor = view->findChild<QLineEdit*>(QStringLiteral("auditActorFilter"));
    QTest::keyClicks(actor, QStringLiteral("bob@desk"));
    QTRY_COMPARE(view->model()->rowCount(), 2); // after the typing pause

    view->findChild<QPushButton*>(QStringLiteral("auditClearFilters"))->click();
    QCOMPARE(actor->text(), QString());
    QCOMPARE(view->model()->rowCount(), 7);
}

void TstAuditView::userFilterResolvesUsernamesAndIds()
{
    fill();
    auto view = makeView();
    auto* user = view->findChild<QLineEdit*>(QStringLiteral("auditUserFilter"));
    QVERIFY(user);
    user->setText(QStringLiteral("grace"));
    view->applyFilters();
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->entryAt(0)->userId, m_grace);

    view->showUser(m_ada);
    QCOMPARE(user->text(), m_ada.toString(QUuid::WithoutBraces));
    QCOMPARE(view->model()->rowCount(), 5);

    user->setText(QStringLiteral("nobody"));
    view->applyFilters();
    QVERIFY(view->model()->isCleared());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(
        view->findChild<QLabel*>(QStringLiteral("auditCount"))->text().contains(QStringLiteral("nobody")));
    QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("auditExportCsv"))->isEnabled());

    QSignalSpy activated(view.get(), &AuditView::userActivated);
    view->filterBar()->reset();
    QCOMPARE(view->model()->rowCount(), 7);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QPoint cell = view->table()->visualRect(view->model()->index(1, AuditLogModel::User)).center();
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<QUuid>(), m_grace);
}

void TstAuditView::selectingARowFillsTheDiffPane()
{
    fill();
    auto view = makeView();
    AuditDiffModel* diff = view->diffPane()->model();
    QCOMPARE(diff->rowCount(), 0);

    auto* type = view->findChild<QComboBox*>(QStringLiteral("auditTypeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("UserUpdated")));
    QCOMPARE(view->model()->rowCount(), 1);
    view->table()->selectRow(0);
    QCOMPARE(diff->rowCount(), 1);
    QCOMPARE(diff->data(diff->index(0, AuditDiffModel::Field)).toString(), QStringLiteral("lastName"));
    QCOMPARE(diff->data(diff->index(0, AuditDiffModel::Before)).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(diff->data(diff->index(0, AuditDiffModel::After)).toString(), QStringLiteral("King"));
    QVERIFY(view->diffPane()->heading().contains(QStringLiteral("UserUpdated")));
    QVERIFY(view->diffPane()->heading().contains(QStringLiteral("ada")));

    // A new filter clears the selection and the pane.
    type->setCurrentIndex(type->findData(QStringLiteral("UserRolesChanged")));
    QCOMPARE(diff->rowCount(), 0);
    view->table()->selectRow(0);
    QCOMPARE(diff->rowCount(), 1);
    QCOMPARE(diff->data(diff->index(0, AuditDiffModel::Field)).toString(), QStringLiteral("roles"));
}

void TstAuditView::exportWritesParseableNeutralisedCsv()
{
    fill();
    auto view = makeView();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("audit.csv"));
    QString caption;
    view->setFileChooser([&](const QString& title, const QString& suggested, const QString& filter) {
        caption = title;
        Q_UNUSED(suggested)
        Q_UNUSED(filter)
        return path;
    });
    QSignalSpy finished(view.get(), &AuditView::exportFinished);
    view->findChild<QPushButton*>(QStringLiteral("auditExportCsv"))->click();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!caption.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 1 + 7);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("position"), QStringLiteral("time"), QStringLiteral("userId"),
                          QStringLiteral("username"), QStringLiteral("organization"), QStringLiteral("type"),
                          QStringLiteral("actor"), QStringLiteral("source"), QStringLiteral("summary"),
                          QStringLiteral("changes")}));
    for (const QStringList& record : records)
        QCOMPARE(record.size(), 10);
    const QStringList& created = records.at(1);
    QCOMPARE(created.at(0), QStringLiteral("1"));
    QVERIFY2(created.at(1).endsWith(QLatin1Char('Z')), qPrintable(created.at(1)));
    QVERIFY(QDateTime::fromString(created.at(1), Qt::ISODateWithMs).isValid());
    QCOMPARE(created.at(2), m_ada.toString(QUuid::WithoutBraces));
    QCOMPARE(created.at(3), QStringLiteral("ada"));
    QCOMPARE(created.at(4), QStringLiteral("'=cmd")); // neutralised: no spreadsheet formula
    QCOMPARE(created.at(5), QStringLiteral("UserCreated"));
    QCOMPARE(created.at(6), QStringLiteral("alice@laptop"));
    QCOMPARE(created.at(7), QStringLiteral("local"));
    const QStringList& updated = records.at(3);
    QCOMPARE(updated.at(5), QStringLiteral("UserUpdated"));
    QCOMPARE(updated.at(9), QStringLiteral("lastName: Lovelace → King"));
    for (const QStringList& record : records) {
        for (const QString& cell : record)
            QVERIFY2(!cell.startsWith(QLatin1Char('=')), qPrintable(cell));
    }

    // The export follows the filters.
    auto* type = view->findChild<QComboBox*>(QStringLiteral("auditTypeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("UserDisabled")));
    const QString disabledPath = out.filePath(QStringLiteral("disabled.csv"));
    view->exportCsvTo(disabledPath);
    QVERIFY(finished.wait(10000));
    QFile disabled(disabledPath);
    QVERIFY(disabled.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(disabled.readAll())).size(), 1 + 2);
}

void TstAuditView::cancelledExportWritesNothing()
{
    fill(40);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cancelled.csv"));
    AuditExportJob job(ViewDatabase::pathFor(m_ledger), AuditFilter{}, path);
    QSignalSpy finished(&job, &AuditExportJob::finished);
    job.cancel(); // checked after the first chunk
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(job.result().cancelled);
    QVERIFY(!job.result().ok);
    QVERIFY(!QFile::exists(path));

    AuditExportJob broken(ViewDatabase::pathFor(m_ledger), AuditFilter{},
                          out.filePath(QStringLiteral("no/such/dir.csv")));
    QSignalSpy failed(&broken, &AuditExportJob::finished);
    broken.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(!broken.result().ok);
    QVERIFY(!broken.result().error.isEmpty());
}

void TstAuditView::screenshot()
{
    fill(60);
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    auto* type = view->findChild<QComboBox*>(QStringLiteral("auditTypeFilter"));
    QVERIFY(type);
    const int row = 2; // ada's UserUpdated
    view->table()->selectRow(row);
    QCOMPARE(view->diffPane()->model()->rowCount(), 1);
    QCoreApplication::processEvents();
    const QImage image = view->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QStringLiteral("/tmp/auditview.png")));
}

QTEST_MAIN(TstAuditView)
#include "tst_auditview.moc"
