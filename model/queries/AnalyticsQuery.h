#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace keyledger {

// Which users the analytics are about: an organisation or all of them, created between two
// dates (both inclusive, either open), days counted in a time zone.
struct AnalyticsQuery
{
    std::optional<QString> organizationId; // std::nullopt: every organisation; "": users without one
    std::optional<QDate> from;
    std::optional<QDate> to;
    // The days of from/to and of the sign-up charts begin at midnight in this zone. The GUI and
    // the CLI pass the system's zone; tests pass UTC.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

} // namespace keyledger
