#pragma once

#include "queries/AnalyticsQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTimer;

namespace keyledger {

// The analytics selectors: an organisation (an editable list: "All organisations", "No
// organisation", the known ones, or any name typed) and a range of creation dates, or the whole
// history. Emits changed() at once for choices and once typing pauses.
class AnalyticsFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingDelayMs = 300;

    explicit AnalyticsFilterBar(QWidget* parent = nullptr);

    // The selection, in the system's time zone.
    AnalyticsQuery query() const;
    // The names offered in the organisation list (what is typed stays).
    void setOrganizations(const QStringList& organizations);
    // Selects an organisation ("" for users without one, std::nullopt for all).
    void setOrganization(const std::optional<QString>& organization);
    void setRange(const QDate& from, const QDate& to); // a null date: the whole history

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_organization;
    QCheckBox* m_wholeHistory;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimer* m_typing;
};

} // namespace keyledger
