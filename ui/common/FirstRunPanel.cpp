#include "common/FirstRunPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyledger {

FirstRunPanel::FirstRunPanel(QWidget* parent)
    : QWidget(parent)
    , m_connect(new QPushButton(tr("Connect to a Server…"), this))
    , m_demo(new QPushButton(tr("Open Demo Store"), this))
{
    setObjectName(QStringLiteral("firstRunPanel"));
    auto* title = new QLabel(tr("No users yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* intro = new QLabel(tr("Keyledger keeps a ledger of every change to your Keycloak users, on this "
                                "computer. This ledger is empty and no server is configured."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto* connectText = new QLabel(tr("<b>Connect to Keycloak</b><br>Add your server in "
                                      "<i>Server › Connections…</i>, then import its users with "
                                      "<i>Server › Import from Keycloak…</i>"),
                                   this);
    connectText->setWordWrap(true);
    auto* demoText = new QLabel(tr("<b>Try it first</b><br>Open a demo ledger with 2,000 made-up users "
                                   "and a year of history. It is a separate file and never talks to "
                                   "a server."),
                                this);
    demoText->setWordWrap(true);
    m_connect->setObjectName(QStringLiteral("firstRunConnectButton"));
    m_connect->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_connect->setDefault(true);
    m_demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    m_demo->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    auto* choices = new QGridLayout;
    choices->setHorizontalSpacing(32);
    choices->setVerticalSpacing(12);
    choices->addWidget(connectText, 0, 0);
    choices->addWidget(demoText, 0, 1);
    choices->addWidget(m_connect, 1, 0, Qt::AlignLeft);
    choices->addWidget(m_demo, 1, 1, Qt::AlignLeft);
    choices->setColumnStretch(0, 1);
    choices->setColumnStretch(1, 1);

    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 48);
    auto* inner = new QVBoxLayout(column);
    inner->setSpacing(18);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(12);
    inner->addLayout(choices);

    // Centred by stretches, not by alignment: an aligned widget gets its size hint, and the
    // wrapped labels would then be cut to one line.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_connect, &QPushButton::clicked, this, &FirstRunPanel::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPanel::demoRequested);
}

} // namespace keyledger
