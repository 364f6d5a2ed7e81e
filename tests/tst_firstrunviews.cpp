#include "analytics/AnalyticsView.h"
#include "analytics/FigureCard.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditView.h"
#include "common/ViewServices.h"
#include "core/AppContext.h"
#include "projections/ProjectionRunner.h"
#include "projections/ViewDatabase.h"
#include "users/InlineMessage.h"
#include "users/UserListModel.h"
#include "users/UsersView.h"

#include "core/TranslationLoader.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyledger;

namespace {

// Records every time one of the watched widgets is made visible, with the text it showed: a
// label shown for a few milliseconds and hidden again is caught as surely as one that stays.
class ShowRecorder : public QObject
{
public:
    void watch(QWidget* widget)
    {
        QVERIFY2(widget, "nothing to watch");
        widget->installEventFilter(this);
        if (!widget->isHidden()) // shown before the watch began (in the page's constructor)
            record(widget);
    }
    const QStringList& shown() const { return m_shown; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShowToParent || event->type() == QEvent::Show)
            record(watched);
        return false;
    }

private:
    void record(QObject* watched)
    {
        QString text;
        if (auto* label = qobject_cast<QLabel*>(watched))
            text = label->text();
        else if (auto* inner = watched->findChild<QLabel*>())
            text = inner->text();
        m_shown.append(watched->objectName() + QStringLiteral(": ") + text);
    }

    QStringList m_shown;
};

QString cardValue(QWidget* view, const char* name)
{
    auto* card = view->findChild<FigureCard*>(QString::fromLatin1(name));
    return card ? card->value() : QStringLiteral("<no card %1>").arg(QString::fromLatin1(name));
}

// The three pages that read the views database, side by side in one window, as they are built in
// app/gui/main.cpp.
struct Pages
{
    explicit Pages(AppContext& context)
        : services{context.store(),      context.users(),        context.notifier(), context.projections(),
                   context.queryCache(), context.databasePath(), context.viewsPath()}
    {
        auto* layout = new QHBoxLayout(&window);
        users = new UsersView(services, &window);
        analytics = new AnalyticsView(services, &window);
        audit = new AuditView(services, &window);
        layout->addWidget(users);
        layout->addWidget(analytics);
        layout->addWidget(audit);
        window.resize(1800, 700);
    }

    ViewServices services;
    QWidget window;
    UsersView* users = nullptr;
    AnalyticsView* analytics = nullptr;
    AuditView* audit = nullptr;
};

} // namespace

// A brand-new ledger: the views database and its tables only exist once the projection runner
// has opened it. Until then the Analytics and Audit pages (and Users) must not flash "cannot be
// read" at the admin, and once it exists they show their empty state; a views file that really
// cannot be read is still reported.
class TstFirstRunViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newLedgerShowsNoError_data();
    void newLedgerShowsNoError();
    void unreadableViewsFileIsReported_data();
    void unreadableViewsFileIsReported();

private:
    QTemporaryDir m_dir;
    TranslationLoader m_translations; // English plural forms ("0 entries"), as the application shows them
};

void TstFirstRunViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("keyledger-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firstrunviews"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_translations.install(QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TstFirstRunViews::newLedgerShowsNoError_data()
{
    QTest::addColumn<bool>("runnerFirst");
    QTest::addColumn<bool>("emptyFile");
    // As app/gui/main.cpp does: the runner starts, then the pages are built at once.
    QTest::newRow("runner started, then the pages") << true << false;
    // The pages' first reads certainly come before the views database exists.
    QTest::newRow("pages, then the runner") << false << false;
    // The ledger file exists but is empty (created by hand or by another tool).
    QTest::newRow("empty ledger file") << false << true;
}

void TstFirstRunViews::newLedgerShowsNoError()
{
    QFETCH(bool, runnerFirst);
    QFETCH(bool, emptyFile);
    const QString folder = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(QDir().mkpath(folder));
    const QString ledger = QDir(folder).filePath(QStringLiteral("keyledger.db"));
    if (emptyFile) {
        QFile file(ledger);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(!QFile::exists(ViewDatabase::pathFor(ledger)));

    AppContext context(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    QSignalSpy projected(&context.projections(), &ProjectionRunner::projected);
    QSignalSpy runnerFailed(&context.projections(), &ProjectionRunner::failed);
    if (runnerFirst)
        context.projections().start();
    Pages pages(context);
    ShowRecorder errors;
    errors.watch(pages.analytics->findChild<QLabel*>(QStringLiteral("analyticsError")));
    errors.watch(pages.audit->findChild<QLabel*>(QStringLiteral("auditError")));
    errors.watch(pages.users->findChild<QWidget*>(QStringLiteral("inlineMessage")));
    pages.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pages.window));
    if (!runnerFirst) {
        QTest::qWait(50); // the pages have tried to read (and failed: nothing exists yet)
        QVERIFY(!QFile::exists(ViewDatabase::pathFor(ledger)));
        // Meanwhile the pages say they are getting ready, not that something is wrong.
        QCOMPARE(pages.audit->findChild<QLabel*>(QStringLiteral("auditCount"))->text(),
                 QStringLiteral("Preparing the audit trail…"));
        QCOMPARE(pages.users->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("Preparing the user list…"));
        QCOMPARE(cardValue(pages.analytics, "figureTotal"), QStringLiteral("—"));
        context.projections().start();
    }

    // The runner creates the views and reports; the pages read them again and show the empty state.
    QTRY_VERIFY_WITH_TIMEOUT(!projected.isEmpty(), 10000);
    auto* auditCount = pages.audit->findChild<QLabel*>(QStringLiteral("auditCount"));
    QVERIFY(auditCount);
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(pages.analytics, "figureTotal"), QStringLiteral("0"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(auditCount->text(), QStringLiteral("0 entries"), 5000);
    auto* usersCount = pages.users->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(usersCount);
    QTRY_COMPARE_WITH_TIMEOUT(usersCount->text(), QStringLiteral("0 users"), 5000);
    // Longer than the pages' refresh throttles (500 ms): a late retry would still be seen.
    QTest::qWait(1200);

    QVERIFY2(runnerFailed.isEmpty(), qPrintable(runnerFailed.value(0).value(0).toString()));
    QVERIFY2(errors.shown().isEmpty(), qPrintable(errors.shown().join(QLatin1Char('\n'))));
    QVERIFY(!pages.analytics->findChild<QLabel*>(QStringLiteral("analyticsError"))->isVisible());
    QVERIFY(!pages.audit->findChild<QLabel*>(QStringLiteral("auditError"))->isVisible());
    QCOMPARE(cardValue(pages.analytics, "figureActive"), QStringLiteral("0"));
    QCOMPARE(pages.audit->model()->rowCount(), 0);
    QCOMPARE(pages.audit->model()->error(), QString());
    QCOMPARE(pages.users->model()->totalCount(), qint64(0));
    QVERIFY(pages.audit->findChild<QTableView*>(QStringLiteral("auditTable"))->isVisible());
}

void TstFirstRunViews::unreadableViewsFileIsReported_data()
{
    QTest::addColumn<bool>("pagesAfterFailure");
    QTest::newRow("pages, then the runner fails") << false;
    // A window rebuilt later (a language change) must not wait for a report that came before.
    QTest::newRow("the runner failed, then pages") << true;
}

void TstFirstRunViews::unreadableViewsFileIsReported()
{
    QFETCH(bool, pagesAfterFailure);
    const QString folder = m_dir.filePath(QStringLiteral("unreadable-%1").arg(pagesAfterFailure));
    QVERIFY(QDir().mkpath(folder));
    const QString ledger = QDir(folder).filePath(QStringLiteral("keyledger.db"));
    {
        // Not an SQLite file: neither the runner nor the pages can open it.
        QFile views(ViewDatabase::pathFor(ledger));
        QVERIFY(views.open(QIODevice::WriteOnly));
        QVERIFY(views.write(QByteArray("this is not a database, ").repeated(400)) > 0);
    }

    AppContext context(ledger, SqliteConnection::OpenMode::CreateIfMissing);
    QSignalSpy runnerFailed(&context.projections(), &ProjectionRunner::failed);
    std::unique_ptr<Pages> built;
    if (pagesAfterFailure) {
        context.projections().start();
        QTRY_VERIFY_WITH_TIMEOUT(!runnerFailed.isEmpty(), 10000);
        QVERIFY(context.projections().hasReported());
        QVERIFY(!context.projections().failure().isEmpty());
        built = std::make_unique<Pages>(context);
    } else {
        built = std::make_unique<Pages>(context);
    }
    Pages& pages = *built;
    pages.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pages.window));
    if (!pagesAfterFailure) {
        QVERIFY(!context.projections().hasReported());
        context.projections().start();
        QTRY_VERIFY_WITH_TIMEOUT(!runnerFailed.isEmpty(), 10000);
    }

    auto* analyticsError = pages.analytics->findChild<QLabel*>(QStringLiteral("analyticsError"));
    auto* auditError = pages.audit->findChild<QLabel*>(QStringLiteral("auditError"));
    QTRY_VERIFY_WITH_TIMEOUT(analyticsError->isVisible(), 5000);
    QVERIFY2(analyticsError->text().startsWith(QStringLiteral("The analytics cannot be read")),
             qPrintable(analyticsError->text()));
    QTRY_VERIFY_WITH_TIMEOUT(auditError->isVisible(), 5000);
    QVERIFY2(auditError->text().startsWith(QStringLiteral("The audit trail cannot be read")),
             qPrintable(auditError->text()));
    auto* usersMessage = pages.users->findChild<InlineMessage*>(QStringLiteral("inlineMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(usersMessage->isVisible(), 5000);
    QVERIFY2(!usersMessage->text().isEmpty(), "the users page shows an empty error");
}

QTEST_MAIN(TstFirstRunViews)
#include "tst_firstrunviews.moc"
