#include "support/TestStores.h"

#include "common/ChainVerificationController.h"
#include "common/MainWindow.h"
#include "store/SqliteEventStore.h"
#include "store/StoreNotifier.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyledger;
using keyledger::test::TestStores;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheLedgerAndFollowsAppends();
    void verifyReportsAnIntactLedger();
    void verifyReportsATamperedLedger();

private:
    // Closes the result box the verification shows, and remembers its text.
    void closeNextMessageBox();
    QString m_lastMessage;
};

void TstMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("keyledger-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TstMainWindow::closeNextMessageBox()
{
    m_lastMessage.clear();
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                m_lastMessage = box->text();
                box->accept();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start(20);
}

void TstMainWindow::showsTheLedgerAndFollowsAppends()
{
    QTemporaryDir dir;
    StoreNotifier notifier;
    SqliteEventStore store(dir.filePath(QStringLiteral("k.db")), SqliteConnection::OpenMode::CreateIfMissing,
                           nullptr, &notifier);
    store.append(QStringLiteral("s"), TestStores::events(30), ExpectedVersion::any());
    MainWindow window(store, notifier, dir.filePath(QStringLiteral("k.db")));
    window.addLedgerPage();
    window.restoreLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(QStringLiteral("eventLogView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 30);

    store.append(QStringLiteral("t"), TestStores::events(5), ExpectedVersion::any());
    QTRY_COMPARE(view->model()->rowCount(), 35);
    bool counted = false;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        counted = counted || label->text().contains(QStringLiteral("35"));
    QVERIFY(counted);
}

void TstMainWindow::verifyReportsAnIntactLedger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    StoreNotifier notifier;
    SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing, nullptr, &notifier);
    store.append(QStringLiteral("s"), TestStores::events(50), ExpectedVersion::any());
    MainWindow window(store, notifier, path);
    window.addLedgerPage();
    window.show();
    auto* controller = window.findChild<ChainVerificationController*>();
    QVERIFY(controller);
    QSignalSpy verified(controller, &ChainVerificationController::verified);
    closeNextMessageBox();
    window.findChild<QAction*>(QStringLiteral("verifyAction"))->trigger();
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.first().first().value<ChainReport>().ok);
    QTRY_VERIFY(m_lastMessage.contains(QStringLiteral("50")));
}

void TstMainWindow::verifyReportsATamperedLedger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.db"));
    {
        SqliteEventStore writer(path, SqliteConnection::OpenMode::CreateIfMissing);
        writer.append(QStringLiteral("s"), TestStores::events(20), ExpectedVersion::any());
    }
    TestStores::runSql(
        path, "UPDATE events SET metadata = replace(metadata, 'tester', 'mallory') WHERE position = 13");
    StoreNotifier notifier;
    SqliteEventStore store(path, SqliteConnection::OpenMode::MustExist, nullptr, &notifier);
    MainWindow window(store, notifier, path);
    window.addLedgerPage();
    window.show();
    auto* controller = window.findChild<ChainVerificationController*>();
    QSignalSpy verified(controller, &ChainVerificationController::verified);
    closeNextMessageBox();
    window.findChild<QAction*>(QStringLiteral("verifyAction"))->trigger();
    QVERIFY(verified.wait(10000));
    const ChainReport report = verified.first().first().value<ChainReport>();
    QVERIFY(!report.ok);
    QCOMPARE(report.firstBadPosition, 13);
    QTRY_VERIFY(m_lastMessage.contains(QStringLiteral("position 13")));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
