#include "timetravel/AsOfTime.h"

#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

namespace keyledger {

std::optional<QDateTime> AsOfTime::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.endOfDay(QTimeZone::utc()).toUTC();
    }
    // Qt also reads a bare date or "T10" forms; a time of day is required here, with minutes.
    static const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    if (!dateTime.match(trimmed).hasMatch())
        return std::nullopt;
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc()); // no offset given: the ledger's times are UTC
    return moment.toUTC();
}

} // namespace keyledger
