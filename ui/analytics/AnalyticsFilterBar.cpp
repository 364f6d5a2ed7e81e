#include "analytics/AnalyticsFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace keyledger {

namespace {

enum OrganizationItem
{
    AllItem,
    NoneItem,
    FirstNamedItem
};

} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_organization(new QComboBox(this))
    , m_wholeHistory(new QCheckBox(tr("&Whole history"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("analyticsFilterBar"));
    m_organization->setObjectName(QStringLiteral("analyticsOrganization"));
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->setMinimumContentsLength(18);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->addItem(tr("All organisations"));
    m_organization->addItem(tr("No organisation"));
    m_organization->lineEdit()->setPlaceholderText(tr("Organisation"));

    m_wholeHistory->setObjectName(QStringLiteral("analyticsWholeHistory"));
    m_wholeHistory->setChecked(true);
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        // Room for the whole date and the popup button, whatever the style.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    }
    m_from->setObjectName(QStringLiteral("analyticsFrom"));
    m_from->setDate(today.addYears(-1));
    m_to->setObjectName(QStringLiteral("analyticsTo"));
    m_to->setDate(today);

    auto* organizationLabel = new QLabel(tr("&Organisation:"), this);
    organizationLabel->setBuddy(m_organization);
    auto* fromLabel = new QLabel(tr("Created &from:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(organizationLabel);
    layout->addWidget(m_organization);
    layout->addSpacing(12);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_wholeHistory);
    layout->addStretch(1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &AnalyticsFilterBar::changed);
    connect(m_organization, &QComboBox::activated, this, [this] {
        m_typing->stop();
        Q_EMIT changed();
    });
    connect(m_organization->lineEdit(), &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_organization->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        Q_EMIT changed();
    });
    connect(m_wholeHistory, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_wholeHistory->isChecked())
            m_typing->start();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_wholeHistory->isChecked())
            m_typing->start();
    });
}

AnalyticsQuery AnalyticsFilterBar::query() const
{
    AnalyticsQuery query;
    const QString text = m_organization->currentText().trimmed();
    if (text.isEmpty() || text == m_organization->itemText(AllItem))
        query.organizationId = std::nullopt;
    else if (text == m_organization->itemText(NoneItem))
        query.organizationId = QString();
    else
        query.organizationId = text;
    if (!m_wholeHistory->isChecked()) {
        query.from = qMin(m_from->date(), m_to->date());
        query.to = qMax(m_from->date(), m_to->date());
    }
    return query;
}

void AnalyticsFilterBar::setOrganizations(const QStringList& organizations)
{
    const QSignalBlocker blocker(m_organization);
    const QString typed = m_organization->currentText();
    while (m_organization->count() > FirstNamedItem)
        m_organization->removeItem(FirstNamedItem);
    m_organization->addItems(organizations);
    m_organization->setEditText(typed);
}

void AnalyticsFilterBar::setOrganization(const std::optional<QString>& organization)
{
    {
        const QSignalBlocker blocker(m_organization);
        if (!organization)
            m_organization->setCurrentIndex(AllItem);
        else if (organization->isEmpty())
            m_organization->setCurrentIndex(NoneItem);
        else
            m_organization->setEditText(*organization);
    }
    m_typing->stop();
    Q_EMIT changed();
}

void AnalyticsFilterBar::setRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_wholeHistory), QSignalBlocker(m_from),
                                           QSignalBlocker(m_to)};
        const bool whole = from.isNull() && to.isNull();
        m_wholeHistory->setChecked(whole);
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        if (!from.isNull())
            m_from->setDate(from);
        if (!to.isNull())
            m_to->setDate(to);
    }
    m_typing->stop();
    Q_EMIT changed();
}

} // namespace keyledger
