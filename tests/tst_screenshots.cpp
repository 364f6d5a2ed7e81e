#include "analytics/AnalyticsView.h"
#include "audit/AuditView.h"
#include "common/FirstRunPanel.h"
#include "common/MainWindow.h"
#include "common/ViewServices.h"
#include "core/AppContext.h"
#include "core/demo/DemoStore.h"
#include "credentials/CredentialStore.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusBar.h"
#include "sync/SyncView.h"
#include "users/UserListModel.h"
#include "users/UsersView.h"

#include "core/TranslationLoader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace keyledger;

namespace {

// Where the pictures go: build/screenshots (the test runs in build/tests), or
// $KEYLEDGER_SCREENSHOTS when set.
QString screenshotFolder()
{
    const QString configured = qEnvironmentVariable("KEYLEDGER_SCREENSHOTS");
    return configured.isEmpty()
               ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../screenshots"))
               : configured;
}

// Standard deviation of the grey level and the number of distinct colours: a blank or
// single-colour grab has (close to) 0 and 1.
struct PixelStats
{
    double deviation = 0;
    int colours = 0;
};

PixelStats statsOf(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0, squares = 0;
    QSet<QRgb> colours;
    const qint64 count = qint64(rgb.width()) * rgb.height();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const double grey = qGray(line[x]);
            sum += grey;
            squares += grey * grey;
            if (colours.size() < 100000)
                colours.insert(line[x]);
        }
    }
    const double mean = sum / double(count);
    return {std::sqrt(std::max(0.0, squares / double(count) - mean * mean)), int(colours.size())};
}

// The main window as app/gui/main.cpp assembles it (without the keychain prompt and sync).
struct Assembly
{
    explicit Assembly(const QString& ledger, QSettings* settings)
        : context(ledger, SqliteConnection::OpenMode::CreateIfMissing)
        , services{context.store(),      context.users(),        context.notifier(), context.projections(),
                   context.queryCache(), context.databasePath(), context.viewsPath()}
        , sync(context.store(), &context.notifier(), credentials, settings)
        , window(context.store(), context.notifier(), context.databasePath(), &context.projections())
    {
        context.projections().start();
        users = new UsersView(services, &window);
        window.addPage(QStringLiteral("users"), QStringLiteral("Users"), users);
        window.addPage(QStringLiteral("analytics"), QStringLiteral("Analytics"),
                       new AnalyticsView(services, &window));
        window.addPage(QStringLiteral("audit"), QStringLiteral("Audit"), new AuditView(services, &window));
        window.addPage(QStringLiteral("sync"), QStringLiteral("Sync"),
                       new SyncView(context.store(), context.users(), &context.notifier(), &sync, &window));
        window.statusBar()->addPermanentWidget(new SyncStatusBar(sync, nullptr, nullptr, &window));
        window.addLedgerPage();
        window.resize(1280, 780);
    }

    AppContext context;
    ViewServices services;
    CredentialStore credentials;
    SyncController sync;
    MainWindow window;
    UsersView* users = nullptr;
};

} // namespace

class TstScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachMainView();
    void firstRunGuidance();

private:
    void save(QWidget& window, const QString& name);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    TranslationLoader m_translations; // English plural forms, as the application shows them
};

void TstScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("keyledger-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    QVERIFY(QDir().mkpath(screenshotFolder()));
    QVERIFY(m_translations.install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TstScreenshots::save(QWidget& window, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    const PixelStats stats = statsOf(image);
    const QString path = QDir(screenshotFolder()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("%s: %dx%d, grey deviation %.1f, %d colours", qPrintable(QDir::cleanPath(path)), image.width(),
          image.height(), stats.deviation, stats.colours);
    QVERIFY2(stats.deviation > 12, qPrintable(name + QStringLiteral(" looks blank")));
    QVERIFY2(stats.colours > 64, qPrintable(name + QStringLiteral(" has hardly any colours")));
}

void TstScreenshots::eachMainView()
{
    const QString ledger = m_dir.filePath(QStringLiteral("demo.db"));
    const demo::DemoSummary summary = demo::DemoStore::create(ledger, {}, 400);
    QCOMPARE(summary.users, 400);
    Assembly app(ledger, m_settings.get());
    app.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));

    // Users, with the first user's detail panel open.
    app.window.showPage(QStringLiteral("users"));
    auto* table = app.users->findChild<QTableView*>(QStringLiteral("usersTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(app.users->model()->rowCount() > 20, 20000);
    table->selectRow(0);
    for (QAction* action : app.users->userActions()) {
        if (action->objectName() == QLatin1String("showDetailsAction") && !action->isChecked())
            action->trigger();
    }
    QTest::qWait(500); // the panel's history loads
    save(app.window, QStringLiteral("users"));

    for (const QString& page : {QStringLiteral("analytics"), QStringLiteral("audit"), QStringLiteral("sync"),
                                QStringLiteral("ledger")}) {
        app.window.showPage(page);
        QCOMPARE(app.window.currentPage(), page);
        QTest::qWait(1200); // charts and pages fill from their queries
        save(app.window, page);
    }
}

void TstScreenshots::firstRunGuidance()
{
    Assembly app(m_dir.filePath(QStringLiteral("empty/keyledger.db")), m_settings.get());
    auto* panel = new FirstRunPanel;
    app.users->setEmptyState(panel);
    app.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&app.window));
    // Once the runner has created the views, the empty ledger shows the guidance, not the list.
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QVERIFY(!app.users->findChild<QTableView*>(QStringLiteral("usersTable"))->isVisible());
    QSignalSpy demo(panel, &FirstRunPanel::demoRequested);
    QSignalSpy connect(panel, &FirstRunPanel::connectRequested);
    QTest::mouseClick(panel->demoButton(), Qt::LeftButton);
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(connect.size(), 1);
    save(app.window, QStringLiteral("first-run"));

    // A user appears: the list replaces the guidance.
    CreateUser command;
    command.username = QStringLiteral("first.user");
    command.email = QStringLiteral("first.user@example.org");
    app.context.users().create(command,
                               CommandContext{QStringLiteral("test"), EventMetadata::sourceLocal(), {}});
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 10000);
    QVERIFY(app.users->findChild<QTableView*>(QStringLiteral("usersTable"))->isVisible());
}

QTEST_MAIN(TstScreenshots)
#include "tst_screenshots.moc"
