#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace keyledger {

// The chapter's analytics for one organisation (or all) and a range of creation dates, over the
// users that exist (deleted users are not counted).
struct UserAnalytics
{
    std::optional<QString> organizationId; // std::nullopt: every organisation
    std::optional<QDate> from;             // inclusive; std::nullopt: since the first user
    std::optional<QDate> to;               // inclusive; std::nullopt: up to now

    qint64 total = 0;
    qint64 active = 0;    // enabled and e-mail verified
    qint64 inactive = 0;  // not enabled
    qint64 verified = 0;  // e-mail verified
    qint64 withLogin = 0; // logged in at least once
    // Mean of (first login - creation) in fractional days (a day is 86,400,000 ms), a login
    // recorded before the creation counting as 0; empty when nobody has logged in yet.
    std::optional<double> averageDaysToFirstLogin;

    bool operator==(const UserAnalytics&) const = default;
};

} // namespace keyledger
