#include "common/MainWindow.h"

#include "common/ChainVerificationController.h"
#include "common/LanguageMenu.h"
#include "common/LedgerView.h"
#include "projections/ProjectionRunner.h"
#include "store/EventStore.h"
#include "store/StoreNotifier.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace keyledger {

MainWindow::MainWindow(EventStore& store, StoreNotifier& notifier, const QString& databasePath,
                       ProjectionRunner* projections, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_projections(projections)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_ledger(new LedgerView(store, notifier, this))
    , m_storeLabel(new QLabel(this))
    , m_lagLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_verification(new ChainVerificationController(databasePath, this))
{
    setWindowTitle(tr("Keyledger"));
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_sidebar->setSpacing(2);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_storeLabel->setText(tr("Ledger: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_lagLabel->setObjectName(QStringLiteral("projectionLagLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_lagLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(&notifier, &StoreNotifier::appended, this, &MainWindow::updateStatus);
    if (m_projections)
        connect(m_projections, &ProjectionRunner::projected, this, &MainWindow::updateStatus);
    createActions();
    updateStatus();
}

void MainWindow::addPage(const QString& id, const QString& title, QWidget* page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    auto* item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    m_pages->addWidget(page);
    const int index = m_pages->count() - 1;
    if (index < 9) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index); });
        addAction(go);
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::addLedgerPage()
{
    addPage(QStringLiteral("ledger"), tr("Ledger"), m_ledger);
}

void MainWindow::showPage(const QString& id)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == id)
            m_sidebar->setCurrentRow(row);
    }
}

QString MainWindow::currentPage() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* verify =
        tools->addAction(tr("&Verify Ledger…"), m_verification, &ChainVerificationController::verify);
    verify->setObjectName(QStringLiteral("verifyAction"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    verify->setStatusTip(tr("Check that no event was altered, removed or reordered"));
    auto* language = new LanguageMenu(this);
    tools->addMenu(language);
    connect(language, &LanguageMenu::changed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

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
    const qint64 lag = m_projections ? last - m_projections->projectedPosition() : 0;
    m_lagLabel->setVisible(lag > 0);
    m_lagLabel->setText(
        tr("Views updating: %n event(s) behind", nullptr, int(std::min<qint64>(lag, INT_MAX))));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    m_ledger->restoreColumns(settings.value(QStringLiteral("mainWindow/eventColumns")).toByteArray());
    const QString page = settings.value(QStringLiteral("mainWindow/page")).toString();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/eventColumns"), m_ledger->saveColumns());
    settings.setValue(QStringLiteral("mainWindow/page"), currentPage());
    event->accept();
}

} // namespace keyledger
