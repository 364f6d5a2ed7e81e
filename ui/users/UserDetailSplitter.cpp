#include "users/UserDetailSplitter.h"

#include <QAction>
#include <QSettings>

#include <algorithm>

namespace keyledger {

namespace {

const QString splitterKey = QStringLiteral("users/splitter");

} // namespace

UserDetailSplitter::UserDetailSplitter(QWidget* list, QWidget* panel, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("usersSplitter"));
    addWidget(list);
    addWidget(panel);
    setCollapsible(0, false);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({800, 420});
    restoreState(QSettings().value(splitterKey).toByteArray());
}

UserDetailSplitter::~UserDetailSplitter()
{
    QSettings().setValue(splitterKey, saveState());
}

bool UserDetailSplitter::isPanelOpen() const
{
    return sizes().value(1) > 0;
}

void UserDetailSplitter::setPanelOpen(bool open)
{
    const int total = std::max(width(), 600);
    setSizes(open ? QList<int>{total * 3 / 5, total * 2 / 5} : QList<int>{total, 0});
}

void UserDetailSplitter::setToggleAction(QAction* toggle)
{
    const auto followPanel = [this, toggle] {
        const QSignalBlocker blocker(toggle);
        toggle->setChecked(isPanelOpen());
    };
    followPanel();
    connect(this, &QSplitter::splitterMoved, toggle, followPanel);
    connect(toggle, &QAction::toggled, this, [this](bool open) {
        setPanelOpen(open);
        if (open)
            Q_EMIT panelOpened();
    });
}

} // namespace keyledger
