#include "analytics/AnalyticsCsvWriter.h"

#include "common/CsvFormat.h"

#include <QSaveFile>

namespace keyledger {

QString AnalyticsCsvWriter::toCsv(const AnalyticsSnapshot& snapshot)
{
    const UserAnalytics& figures = snapshot.figures;
    QString csv;
    auto add = [&csv](const QString& section, const QString& key, const QString& value) {
        csv += CsvFormat::record({section, key, value});
    };
    const QString filter = QStringLiteral("filter");
    const QString figure = QStringLiteral("figure");
    add(QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("value"));
    add(filter, QStringLiteral("organization"),
        figures.organizationId ? *figures.organizationId : QStringLiteral("*"));
    add(filter, QStringLiteral("from"), figures.from ? figures.from->toString(Qt::ISODate) : QString());
    add(filter, QStringLiteral("to"), figures.to ? figures.to->toString(Qt::ISODate) : QString());
    add(figure, QStringLiteral("total"), QString::number(figures.total));
    add(figure, QStringLiteral("active"), QString::number(figures.active));
    add(figure, QStringLiteral("unverified"), QString::number(snapshot.unverified()));
    add(figure, QStringLiteral("inactive"), QString::number(figures.inactive));
    add(figure, QStringLiteral("verified"), QString::number(figures.verified));
    add(figure, QStringLiteral("withLogin"), QString::number(figures.withLogin));
    add(figure, QStringLiteral("averageDaysToFirstLogin"),
        figures.averageDaysToFirstLogin ? QString::number(*figures.averageDaysToFirstLogin, 'f', 2)
                                        : QString());
    for (const auto& [monday, users] : snapshot.signUpsPerWeek)
        add(QStringLiteral("signUpsPerWeek"), monday.toString(Qt::ISODate), QString::number(users));
    for (const auto& [days, users] : snapshot.daysToFirstLogin)
        add(QStringLiteral("daysToFirstLogin"), QString::number(days), QString::number(users));
    return csv;
}

bool AnalyticsCsvWriter::write(const QString& path, const AnalyticsSnapshot& snapshot, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(snapshot).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace keyledger
