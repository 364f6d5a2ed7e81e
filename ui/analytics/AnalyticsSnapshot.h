#pragma once

#include "queries/UserAnalytics.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace keyledger {

// Everything the analytics dashboard shows for one organisation and date range, read together.
struct AnalyticsSnapshot
{
    UserAnalytics figures;
    QList<QPair<QDate, int>> signUpsPerWeek; // Monday of the ISO week -> sign-ups
    QList<QPair<int, int>> daysToFirstLogin; // whole days -> users, only days that have users

    // Enabled but e-mail not verified: the list's orange status.
    qint64 unverified() const { return figures.total - figures.inactive - figures.active; }
};

} // namespace keyledger
