#include "analytics/AnalyticsController.h"
#include "analytics/AnalyticsCsvWriter.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsView.h"
#include "analytics/FigureCard.h"
#include "analytics/FirstLoginBuckets.h"
#include "analytics/FirstLoginChart.h"
#include "analytics/SignUpsChart.h"
#include "analytics/StatusBreakdownChart.h"
#include "commands/UserCommandHandler.h"
#include "projections/ProjectionRunner.h"
#include "projections/Projector.h"
#include "projections/ReadModelCatalog.h"
#include "projections/ViewDatabase.h"
#include "queries/QueryCache.h"
#include "queries/UserStatus.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImageReader>
#include <QLineEdit>
#include <QPieSlice>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyledger;

namespace {

constexpr qint64 Day = 86400000;

// Records separated by CRLF, fields by commas; enough for the exports checked here.
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
    return records;
}

QString cardValue(QWidget* view, const char* name)
{
    auto* card = view->findChild<FigureCard*>(QString::fromLatin1(name));
    return card ? card->value() : QStringLiteral("<no card %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TstAnalyticsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cardsShowTheFigures();
    void organisationFilterChangesThem();
    void dateRangeFiltersByCreation();
    void chartsUseTheListColours();
    void csvExportHoldsFiguresAndSeries();
    void pngExportWritesAnImage();
    void followsTheProjection();
    void bucketsCoverEveryDay();
    void screenshot();

private:
    struct Person
    {
        QString username;
        QString organization;
        bool enabled;
        bool verified;
        int createdDaysAgo;
        int loginAfterDays; // -1: never
    };
    void create(const QList<Person>& people);
    void project();
    void knownDataSet();
    std::unique_ptr<AnalyticsView> makeView();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ledger;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<UserCommandHandler> m_users;
    std::unique_ptr<QueryCache> m_cache;
    std::unique_ptr<ProjectionRunner> m_runner;
    qint64 m_now = 0;
};

void TstAnalyticsView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstAnalyticsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = m_dir->filePath(QStringLiteral("k.db"));
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<SqliteEventStore>(m_ledger, SqliteConnection::OpenMode::CreateIfMissing,
                                                 nullptr, m_notifier.get());
    m_users = std::make_unique<UserCommandHandler>(*m_store);
    m_cache = std::make_unique<QueryCache>();
    m_runner = std::make_unique<ProjectionRunner>(m_ledger, ViewDatabase::pathFor(m_ledger),
                                                  [] { return ReadModelCatalog::create(); });
    m_runner->setChangesListener([this](const ProjectedChanges& changes) { m_cache->invalidate(changes); });
    // Midnight UTC a week from now's Monday minus whole days keeps every creation on a known day.
    m_now = QDateTime(QDate::currentDate(), QTime(12, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

void TstAnalyticsView::cleanup()
{
    m_runner.reset();
    m_cache.reset();
    m_users.reset();
    m_store.reset();
    m_notifier.reset();
    m_dir.reset();
}

void TstAnalyticsView::create(const QList<Person>& people)
{
    const CommandContext context{QStringLiteral("alice@laptop"), EventMetadata::sourceLocal(), {}};
    for (const Person& person : people) {
        CreateUser user;
        user.username = person.username;
        user.email = person.username + QStringLiteral("@example.org");
        user.organizationId = person.organization;
        user.enabled = person.enabled;
        user.emailVerified = person.verified;
        const CommandResult created = m_users->create(user, context);
        // Back-date the creation: the analytics count days from the event's recorded time.
        const qint64 createdAt = m_now - person.createdDaysAgo * Day;
        m_store->connection().exec(QStringLiteral("UPDATE events SET recorded_at = %1 WHERE position = %2")
                                       .arg(createdAt)
                                       .arg(created.position));
        if (person.loginAfterDays >= 0)
            m_users->recordLogin(created.userId, createdAt + person.loginAfterDays * Day + 3600000, context);
    }
}

void TstAnalyticsView::project()
{
    ViewDatabase views(ViewDatabase::pathFor(m_ledger));
    Projector projector(*m_store, views, ReadModelCatalog::create());
    projector.initialize();
    projector.catchUp();
}

void TstAnalyticsView::knownDataSet()
{
    create({
        {QStringLiteral("acme1"), QStringLiteral("acme"), true, true, 30, -1},   // active
        {QStringLiteral("acme2"), QStringLiteral("acme"), true, false, 20, -1},  // unverified
        {QStringLiteral("acme3"), QStringLiteral("acme"), false, false, 10, -1}, // disabled
        {QStringLiteral("acme4"), QStringLiteral("acme"), true, true, 10, 2},    // active, login after 2 days
        {QStringLiteral("initech1"), QStringLiteral("initech"), true, true, 40,
         5}, // active, login after 5 days
        {QStringLiteral("initech2"), QStringLiteral("initech"), true, false, 3, -1}, // unverified
    });
    project();
}

std::unique_ptr<AnalyticsView> TstAnalyticsView::makeView()
{
    const ViewServices services{
        *m_store, *m_users, *m_notifier, *m_runner, *m_cache, m_ledger, ViewDatabase::pathFor(m_ledger)};
    auto view = std::make_unique<AnalyticsView>(services);
    view->resize(1400, 760);
    return view;
}

void TstAnalyticsView::cardsShowTheFigures()
{
    knownDataSet();
    auto view = makeView();
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("6"));
    QCOMPARE(cardValue(view.get(), "figureActive"), QStringLiteral("3"));
    QCOMPARE(cardValue(view.get(), "figureInactive"), QStringLiteral("1"));
    QCOMPARE(cardValue(view.get(), "figureVerified"), QStringLiteral("3"));
    QCOMPARE(cardValue(view.get(), "figureWithLogin"), QStringLiteral("2"));
    QCOMPARE(cardValue(view.get(), "figureDaysToFirstLogin"),
             QStringLiteral("3.5")); // (2 + 5) / 2, plus an hour
    QCOMPARE(view->findChild<FigureCard*>(QStringLiteral("figureActive"))->detail(),
             QStringLiteral("50% of users"));
    QCOMPARE(view->findChild<FigureCard*>(QStringLiteral("figureTotal"))->detail(),
             QStringLiteral("2 unverified"));
    QVERIFY(!view->findChild<QWidget*>(QStringLiteral("analyticsError"))->isVisibleTo(view.get()));

    auto* signUps = view->findChild<SignUpsChart*>();
    QVERIFY(signUps);
    QVERIFY(signUps->pointCount() >= 6); // 40 days: six or seven weeks, empty ones included
}

void TstAnalyticsView::organisationFilterChangesThem()
{
    knownDataSet();
    auto view = makeView();
    view->filterBar()->setOrganization(QStringLiteral("acme"));
    QCOMPARE(view->controller()->query().organizationId, std::optional<QString>(QStringLiteral("acme")));
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("4"));
    QCOMPARE(cardValue(view.get(), "figureActive"), QStringLiteral("2"));
    QCOMPARE(cardValue(view.get(), "figureInactive"), QStringLiteral("1"));
    QCOMPARE(cardValue(view.get(), "figureVerified"), QStringLiteral("2"));
    QCOMPARE(cardValue(view.get(), "figureWithLogin"), QStringLiteral("1"));
    QCOMPARE(cardValue(view.get(), "figureDaysToFirstLogin"), QStringLiteral("2.0"));

    // Typed into the editable list, applied once typing pauses.
    auto* organization = view->findChild<QComboBox*>(QStringLiteral("analyticsOrganization"));
    QVERIFY(organization);
    organization->lineEdit()->selectAll();
    QTest::keyClicks(organization->lineEdit(), QStringLiteral("initech"));
    QTRY_COMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("2"));
    QCOMPARE(cardValue(view.get(), "figureDaysToFirstLogin"), QStringLiteral("5.0"));

    view->filterBar()->setOrganization(QStringLiteral("nobody-here"));
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("0"));
    QCOMPARE(cardValue(view.get(), "figureDaysToFirstLogin"), QStringLiteral("—"));

    view->filterBar()->setOrganization(std::nullopt);
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("6"));
}

void TstAnalyticsView::dateRangeFiltersByCreation()
{
    knownDataSet();
    auto view = makeView();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now).date();
    view->filterBar()->setRange(today.addDays(-15), today);
    QCOMPARE(view->controller()->query().from, std::optional<QDate>(today.addDays(-15)));
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("3")); // a3, a4, i2
    view->findChild<QCheckBox*>(QStringLiteral("analyticsWholeHistory"))->setChecked(true);
    QVERIFY(!view->controller()->query().from);
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("6"));
}

void TstAnalyticsView::chartsUseTheListColours()
{
    knownDataSet();
    auto view = makeView();
    auto* status = view->findChild<StatusBreakdownChart*>();
    QVERIFY(status);
    const QList<QPieSlice*> slices = status->slices();
    QCOMPARE(slices.size(), 3);
    QCOMPARE(slices.at(0)->color().name(), QStringLiteral("#2e7d32"));
    QCOMPARE(slices.at(1)->color().name(), QStringLiteral("#ef6c00"));
    QCOMPARE(slices.at(2)->color().name(), QStringLiteral("#c62828"));
    QCOMPARE(slices.at(0)->value(), 3.0);
    QCOMPARE(slices.at(1)->value(), 2.0);
    QCOMPARE(slices.at(2)->value(), 1.0);
    QVERIFY(slices.at(1)->label().startsWith(UserStatus::label(UserStatus::Unverified)));

    auto* firstLogin = view->findChild<FirstLoginChart*>();
    QVERIFY(firstLogin);
    // Ranges 0, 1, 2–3, 4–7, ...: one user after 2 days, one after 5.
    QCOMPARE(firstLogin->values(), (QList<int>{0, 0, 1, 1, 0, 0, 0, 0}));
}

void TstAnalyticsView::csvExportHoldsFiguresAndSeries()
{
    knownDataSet();
    auto view = makeView();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("analytics.csv"));
    view->setFileChooser([&](const QString&, const QString& suggested, const QString&) {
        if (!suggested.endsWith(QLatin1String(".csv")))
            return QString();
        return path;
    });
    view->filterBar()->setOrganization(QStringLiteral("acme"));
    view->findChild<QPushButton*>(QStringLiteral("analyticsExportCsv"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QList<QStringList> records = parseCsv(text);
    QVERIFY(records.size() > 10);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("value")}));
    QHash<QString, QString> figures;
    int weeks = 0;
    int weekSum = 0;
    QList<QPair<int, int>> days;
    for (const QStringList& record : records) {
        QCOMPARE(record.size(), 3);
        if (record.at(0) == QLatin1String("figure") || record.at(0) == QLatin1String("filter"))
            figures.insert(record.at(1), record.at(2));
        else if (record.at(0) == QLatin1String("signUpsPerWeek")) {
            ++weeks;
            weekSum += record.at(2).toInt();
            QCOMPARE(QDate::fromString(record.at(1), Qt::ISODate).dayOfWeek(), 1);
        } else if (record.at(0) == QLatin1String("daysToFirstLogin"))
            days.append({record.at(1).toInt(), record.at(2).toInt()});
    }
    QCOMPARE(figures.value(QStringLiteral("organization")), QStringLiteral("acme"));
    QCOMPARE(figures.value(QStringLiteral("total")), QStringLiteral("4"));
    QCOMPARE(figures.value(QStringLiteral("active")), QStringLiteral("2"));
    QCOMPARE(figures.value(QStringLiteral("unverified")), QStringLiteral("1"));
    QCOMPARE(figures.value(QStringLiteral("inactive")), QStringLiteral("1"));
    QCOMPARE(figures.value(QStringLiteral("verified")), QStringLiteral("2"));
    QCOMPARE(figures.value(QStringLiteral("withLogin")), QStringLiteral("1"));
    QCOMPARE(figures.value(QStringLiteral("averageDaysToFirstLogin")), QStringLiteral("2.04"));
    QVERIFY(weeks >= 3);
    QCOMPARE(weekSum, 4);
    QCOMPARE(days, (QList<QPair<int, int>>{{2, 1}}));

    // Formula-looking organisations are neutralised.
    AnalyticsSnapshot hostile;
    hostile.figures.organizationId = QStringLiteral("=cmd");
    const QList<QStringList> neutralised = parseCsv(AnalyticsCsvWriter::toCsv(hostile));
    QCOMPARE(neutralised.at(1), (QStringList{QStringLiteral("filter"), QStringLiteral("organization"),
                                             QStringLiteral("'=cmd")}));
    QVERIFY(!AnalyticsCsvWriter::write(out.filePath(QStringLiteral("missing/dir.csv")), hostile));
}

void TstAnalyticsView::pngExportWritesAnImage()
{
    knownDataSet();
    auto view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("dashboard.png"));
    view->setFileChooser([&](const QString&, const QString& suggested, const QString&) {
        return suggested.endsWith(QLatin1String(".png")) ? path : QString();
    });
    QSignalSpy messages(view.get(), &AnalyticsView::statusMessage);
    view->findChild<QPushButton*>(QStringLiteral("analyticsSavePng"))->click();
    QCOMPARE(messages.size(), 1);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), view->dashboard()->size() * view->dashboard()->devicePixelRatio());
    QVERIFY(!view->savePngTo(out.filePath(QStringLiteral("missing/dir.png"))));
}

void TstAnalyticsView::followsTheProjection()
{
    knownDataSet();
    connect(m_notifier.get(), &StoreNotifier::appended, m_runner.get(), &ProjectionRunner::storeAppended);
    m_runner->start();
    QVERIFY(m_runner->waitForPosition(m_store->lastPosition(), 10000));
    auto view = makeView();
    QTRY_COMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("6"));
    QSignalSpy updated(view->controller(), &AnalyticsController::updated);
    create({{QStringLiteral("new"), QStringLiteral("globex"), true, true, 0, -1}});
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(view.get(), "figureTotal"), QStringLiteral("7"), 10000);
    QCOMPARE(cardValue(view.get(), "figureActive"), QStringLiteral("4"));
    // The organisation reported by the projection is offered in the list.
    auto* organization = view->findChild<QComboBox*>(QStringLiteral("analyticsOrganization"));
    QTRY_VERIFY(organization->findText(QStringLiteral("globex")) >= 0);
    m_runner->stop();
}

void TstAnalyticsView::bucketsCoverEveryDay()
{
    const QList<FirstLoginBuckets::Bucket> buckets =
        FirstLoginBuckets::of({{0, 2}, {1, 1}, {3, 4}, {7, 1}, {14, 1}, {30, 1}, {90, 1}, {91, 2}, {400, 1}});
    QList<int> users;
    QStringList labels;
    for (const auto& bucket : buckets) {
        users.append(bucket.users);
        labels.append(FirstLoginBuckets::label(bucket));
    }
    QCOMPARE(users, (QList<int>{2, 1, 4, 1, 1, 1, 1, 3}));
    QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2–3"),
                                  QStringLiteral("4–7"), QStringLiteral("8–14"), QStringLiteral("15–30"),
                                  QStringLiteral("31–90"), QStringLiteral("91+")}));
}

void TstAnalyticsView::screenshot()
{
    QRandomGenerator random(42);
    const QStringList organizations{QStringLiteral("acme"), QStringLiteral("initech"),
                                    QStringLiteral("umbrella"), QStringLiteral("globex")};
    QList<Person> people;
    for (int i = 0; i < 240; ++i) {
        const int roll = int(random.bounded(100));
        const int loginRoll = int(random.bounded(100));
        const int loginAfter = loginRoll < 35   ? int(random.bounded(2))
                               : loginRoll < 60 ? 2 + int(random.bounded(6))
                               : loginRoll < 75 ? 8 + int(random.bounded(30))
                               : loginRoll < 80 ? 40 + int(random.bounded(80))
                                                : -1;
        people.append({QStringLiteral("user%1").arg(i), organizations.at(int(random.bounded(4))), roll >= 12,
                       roll >= 30, int(random.bounded(180)), loginAfter});
    }
    create(people);
    project();
    auto view = makeView();
    view->setOrganizations(organizations);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(cardValue(view.get(), "figureTotal"), QStringLiteral("240"));
    QCoreApplication::processEvents();
    const QImage image = view->grab().toImage();
    QVERIFY(image.save(QStringLiteral("/tmp/analyticsview.png")));
}

QTEST_MAIN(TstAnalyticsView)
#include "tst_analyticsview.moc"
