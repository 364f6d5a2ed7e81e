#include "common/MainWindow.h"

#include "common/ChainVerificationController.h"
#include "common/EventLogModel.h"
#include "store/EventStore.h"
#include "store/StoreNotifier.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace keyledger {

MainWindow::MainWindow(EventStore& store, StoreNotifier& notifier, const QString& databasePath,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_databasePath(databasePath)
    , m_eventLog(new EventLogModel(store, this))
    , m_eventView(new QTableView(this))
    , m_storeLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_verification(new ChainVerificationController(databasePath, this))
{
    setWindowTitle(tr("Keyledger"));
    m_eventView->setObjectName(QStringLiteral("eventLogView"));
    m_eventView->setModel(m_eventLog);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setAlternatingRowColors(true);
    m_eventView->setWordWrap(false);
    m_eventView->verticalHeader()->hide();
    m_eventView->verticalHeader()->setDefaultSectionSize(m_eventView->fontMetrics().height() + 8);
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->horizontalHeader()->setSectionResizeMode(EventLogModel::Stream, QHeaderView::Stretch);
    setCentralWidget(m_eventView);

    m_storeLabel->setText(tr("Ledger: %1").arg(QDir::toNativeSeparators(databasePath)));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(&notifier, &StoreNotifier::appended, m_eventLog, &EventLogModel::storeAppended);
    connect(&notifier, &StoreNotifier::appended, this, &MainWindow::updateStatus);
    createActions();
    updateStatus();
    restoreLayout();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* verify =
        tools->addAction(tr("&Verify Ledger…"), m_verification, &ChainVerificationController::verify);
    verify->setObjectName(QStringLiteral("verifyAction"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    verify->setStatusTip(tr("Check that no event was altered, removed or reordered"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keyledger"), this, [this] {
        QMessageBox::about(this, tr("About Keyledger"),
                           tr("<b>Keyledger %1</b><p>Keycloak user administration with a tamper-evident "
                              "local ledger.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateStatus()
{
    const qint64 last = m_store.lastPosition();
    m_countLabel->setText(tr("%n event(s)", nullptr, int(std::min<qint64>(last, INT_MAX))));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    const QByteArray columns = settings.value(QStringLiteral("mainWindow/eventColumns")).toByteArray();
    if (columns.isEmpty() || !m_eventView->horizontalHeader()->restoreState(columns)) {
        // First run: fit the columns to the first page of the ledger.
        if (m_eventLog->canFetchMore({}))
            m_eventLog->fetchMore({});
        for (int column :
             {EventLogModel::Position, EventLogModel::Time, EventLogModel::Type, EventLogModel::Actor})
            m_eventView->resizeColumnToContents(column);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/eventColumns"),
                      m_eventView->horizontalHeader()->saveState());
    event->accept();
}

} // namespace keyledger
