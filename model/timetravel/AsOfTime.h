#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keyledger {

// The moment a time-travel query asks about, as people type it: ISO 8601 with an offset or "Z"
// ("2026-11-26T10:00:00Z", "2026-11-26T11:00:00+01:00"), a date and time without one (taken as
// UTC), or a date alone, which means the end of that UTC day (the whole day included).
class AsOfTime
{
public:
    // The moment in UTC, or std::nullopt when the text is none of the forms above.
    static std::optional<QDateTime> parse(const QString& text);
};

} // namespace keyledger
