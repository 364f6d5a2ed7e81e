#include "users/UserFilterBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace keyledger {

namespace {

// Item data of the organisation choices that are not an organisation name.
const QString allOrganizations = QStringLiteral("\x01all");
const QString noOrganization = QStringLiteral("\x01none");

} // namespace

UserFilterBar::UserFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_login(new QComboBox(this))
    , m_organization(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search username, name or e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setToolTip(tr("Users whose username, first name, last name, full name or e-mail "
                            "starts with the text (Ctrl+F)"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(UserStatus::label(UserStatus::Active), int(UserStatus::Active));
    m_status->addItem(UserStatus::label(UserStatus::Unverified), int(UserStatus::Unverified));
    m_status->addItem(UserStatus::label(UserStatus::Disabled), int(UserStatus::Disabled));
    m_login->setObjectName(QStringLiteral("loginFilter"));
    m_login->addItem(tr("Any logins"));
    m_login->addItem(tr("Never logged in"), false);
    m_login->addItem(tr("Logged in at least once"), true);

    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->setMinimumContentsLength(16);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->addItem(tr("All organisations"), allOrganizations);
    m_organization->addItem(tr("No organisation"), noOrganization);
    m_organization->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_login);
    auto* organizationLabel = new QLabel(tr("&Organisation:"), this);
    organizationLabel->setBuddy(m_organization);
    layout->addSpacing(8);
    layout->addWidget(organizationLabel);
    layout->addWidget(m_organization, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UserFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_organization, &QComboBox::currentTextChanged, &m_debounce, qOverload<>(&QTimer::start));
    // A choice from a list applies at once; typing waits for a pause.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_debounce.stop();
        Q_EMIT filtersChanged();
    });
    connect(m_login, &QComboBox::currentIndexChanged, this, [this] {
        m_debounce.stop();
        Q_EMIT filtersChanged();
    });
}

std::optional<QString> UserFilterBar::organizationFilter() const
{
    const QString text = m_organization->currentText().trimmed();
    const int index = m_organization->findText(text, Qt::MatchFixedString);
    const QString data = index >= 0 ? m_organization->itemData(index).toString() : QString();
    if (text.isEmpty() || data == allOrganizations)
        return std::nullopt;
    if (data == noOrganization)
        return QString();
    return index >= 0 ? m_organization->itemText(index) : text;
}

void UserFilterBar::applyTo(UserListQuery& query) const
{
    query.search = m_search->text().trimmed();
    const QVariant status = m_status->currentData();
    query.status = status.isValid() ? std::optional(UserStatus::Value(status.toInt())) : std::nullopt;
    query.organizationId = organizationFilter();
    const QVariant login = m_login->currentData();
    query.hasLoggedIn = login.isValid() ? std::optional(login.toBool()) : std::nullopt;
}

bool UserFilterBar::isFiltering() const
{
    UserListQuery query;
    applyTo(query);
    return !query.search.isEmpty() || query.status || query.organizationId || query.hasLoggedIn;
}

void UserFilterBar::addOrganizations(const QStringList& organizations)
{
    for (const QString& organization : organizations) {
        if (organization.isEmpty() || m_organization->findData(organization) >= 0)
            continue;
        int at = 2; // after "All organisations" and "No organisation"
        while (at < m_organization->count() &&
               QString::localeAwareCompare(m_organization->itemText(at), organization) < 0)
            ++at;
        // Inserting must not change what is typed or chosen.
        const QString current = m_organization->currentText();
        const QSignalBlocker blocker(m_organization);
        m_organization->insertItem(at, organization, organization);
        m_organization->setCurrentText(current);
    }
}

QStringList UserFilterBar::organizations() const
{
    QStringList list;
    for (int i = 2; i < m_organization->count(); ++i)
        list.append(m_organization->itemText(i));
    return list;
}

void UserFilterBar::setFilters(const QString& search, std::optional<UserStatus::Value> status,
                               std::optional<bool> hasLoggedIn, const std::optional<QString>& organizationId)
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker loginBlocker(m_login);
        m_login->setCurrentIndex(hasLoggedIn ? m_login->findData(*hasLoggedIn) : 0);
        const QSignalBlocker organizationBlocker(m_organization);
        m_search->setText(search);
        const int statusIndex = status ? m_status->findData(int(*status)) : 0;
        m_status->setCurrentIndex(std::max(statusIndex, 0));
        if (!organizationId) {
            m_organization->setCurrentIndex(0);
        } else if (organizationId->isEmpty()) {
            m_organization->setCurrentIndex(1);
        } else {
            addOrganizations({*organizationId});
            m_organization->setCurrentIndex(m_organization->findData(*organizationId));
        }
    }
    m_debounce.stop();
    Q_EMIT filtersChanged();
}

void UserFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace keyledger
