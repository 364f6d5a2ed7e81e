#include "audit/AuditFilterBar.h"

#include "domain/UserEventCodec.h"
#include "store/EventMetadata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace keyledger {

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_user(new QLineEdit(this))
    , m_actor(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setPlaceholderText(tr("Username or id"));
    m_user->setClearButtonEnabled(true);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setPlaceholderText(tr("e.g. alice@laptop"));
    m_actor->setClearButtonEnabled(true);

    m_type->setObjectName(QStringLiteral("auditTypeFilter"));
    m_type->addItem(tr("All events"), QString());
    for (const QString& type : UserEventCodec::eventTypes())
        m_type->addItem(type, type);

    m_source->setObjectName(QStringLiteral("auditSourceFilter"));
    m_source->addItem(tr("All sources"), QString());
    m_source->addItem(tr("Local"), EventMetadata::sourceLocal());
    m_source->addItem(tr("Keycloak import"), EventMetadata::sourceKeycloakImport());

    const QDateTime now = QDateTime::currentDateTime();
    m_fromEnabled->setObjectName(QStringLiteral("auditFromEnabled"));
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setDateTime(QDateTime(now.date().addMonths(-1), QTime(0, 0)));
    m_from->setEnabled(false);
    m_toEnabled->setObjectName(QStringLiteral("auditToEnabled"));
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setDateTime(QDateTime(now.date(), QTime(23, 59)));
    m_to->setEnabled(false);

    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("auditClearFilters"));

    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto* actorLabel = new QLabel(tr("&Actor:"), this);
    actorLabel->setBuddy(m_actor);
    auto* typeLabel = new QLabel(tr("&Event:"), this);
    typeLabel->setBuddy(m_type);
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(userLabel, 0, 0);
    layout->addWidget(m_user, 0, 1);
    layout->addWidget(typeLabel, 0, 2);
    layout->addWidget(m_type, 0, 3);
    layout->addWidget(m_fromEnabled, 0, 4);
    layout->addWidget(m_from, 0, 5);
    layout->addWidget(actorLabel, 1, 0);
    layout->addWidget(m_actor, 1, 1);
    layout->addWidget(sourceLabel, 1, 2);
    layout->addWidget(m_source, 1, 3);
    layout->addWidget(m_toEnabled, 1, 4);
    layout->addWidget(m_to, 1, 5);
    layout->addWidget(clear, 0, 6);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    connect(m_user, &QLineEdit::textEdited, this, &AuditFilterBar::changedLater);
    connect(m_actor, &QLineEdit::textEdited, this, &AuditFilterBar::changedLater);
    for (QLineEdit* edit : {m_user, m_actor}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_typing->stop();
            Q_EMIT changed();
        });
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &AuditFilterBar::changed);
    connect(m_toEnabled, &QCheckBox::toggled, this, &AuditFilterBar::changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_fromEnabled->isChecked())
            changedLater();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_toEnabled->isChecked())
            changedLater();
    });
    connect(clear, &QPushButton::clicked, this, &AuditFilterBar::reset);
}

QString AuditFilterBar::userText() const
{
    return m_user->text().trimmed();
}

QString AuditFilterBar::actor() const
{
    return m_actor->text().trimmed();
}

QString AuditFilterBar::type() const
{
    return m_type->currentData().toString();
}

QString AuditFilterBar::source() const
{
    return m_source->currentData().toString();
}

QDateTime AuditFilterBar::from() const
{
    return m_fromEnabled->isChecked() ? m_from->dateTime() : QDateTime();
}

QDateTime AuditFilterBar::to() const
{
    // The minute shown is included whole.
    return m_toEnabled->isChecked() ? m_to->dateTime().addSecs(59).addMSecs(999) : QDateTime();
}

void AuditFilterBar::setUserText(const QString& text)
{
    m_user->setText(text);
    m_typing->stop();
    Q_EMIT changed();
}

void AuditFilterBar::setUserProblem(const QString& problem)
{
    m_user->setToolTip(problem);
    m_user->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #c62828; }"));
}

void AuditFilterBar::reset()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_user),        QSignalBlocker(m_actor),
                                           QSignalBlocker(m_type),        QSignalBlocker(m_source),
                                           QSignalBlocker(m_fromEnabled), QSignalBlocker(m_toEnabled)};
        m_user->clear();
        m_actor->clear();
        m_type->setCurrentIndex(0);
        m_source->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    m_typing->stop();
    Q_EMIT changed();
}

void AuditFilterBar::changedLater()
{
    m_typing->start();
}

} // namespace keyledger
