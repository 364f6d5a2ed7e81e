#include "common/UtcTimestamp.h"

#include <array>

namespace keyledger {

QString UtcTimestamp::format(qint64 msSinceEpoch)
{
    // Days from the epoch to a civil date: Howard Hinnant's "civil_from_days".
    qint64 days = msSinceEpoch / 86400000;
    qint64 msOfDay = msSinceEpoch % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    // Written digit by digit: the audit model formats a time for every login it records, and
    // snprintf costs more than the rest of the row.
    if (year < 0 || year > 9999)
        return QString::asprintf(
            "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(year),
            static_cast<long long>(month), static_cast<long long>(day),
            static_cast<long long>(msOfDay / 3600000), static_cast<long long>(msOfDay / 60000 % 60),
            static_cast<long long>(msOfDay / 1000 % 60), static_cast<long long>(msOfDay % 1000));
    std::array<char, 25> text{};
    auto put = [&text](std::size_t at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + std::size_t(i)] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, msOfDay / 3600000, 2);
    text[13] = ':';
    put(14, msOfDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, msOfDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text.data(), 24);
}

} // namespace keyledger
