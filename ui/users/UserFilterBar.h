#pragma once

#include "queries/UserListQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace keyledger {

// The filters above the user list: a search box (debounced), the status, logins and the organisation.
// It only holds the filter values; the view turns them into a query.
class UserFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;

    explicit UserFilterBar(QWidget* parent = nullptr);

    // Sets the search, status and organisation of query from the widgets.
    void applyTo(UserListQuery& query) const;
    bool isFiltering() const;
    // Adds organisations seen in the list to the organisation choices (kept sorted, no repeats).
    void addOrganizations(const QStringList& organizations);
    QStringList organizations() const;
    // Replaces every filter at once and reports one filtersChanged (a recalled saved search).
    void setFilters(const QString& search, std::optional<UserStatus::Value> status,
                    std::optional<bool> hasLoggedIn, const std::optional<QString>& organizationId);

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    void filtersChanged();

private:
    std::optional<QString> organizationFilter() const;

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_login;
    QComboBox* m_organization;
    QTimer m_debounce;
};

} // namespace keyledger
