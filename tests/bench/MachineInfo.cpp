#include "MachineInfo.h"

#include <QFile>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

namespace keyledger::bench {

namespace {

// The value after "key:" in a /proc file of "key: value" lines, or an empty string.
QString procValue(const QString& file, const QString& key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report a size of 0: read until the end rather than asking atEnd().
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && line.left(colon).trimmed() == key)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

QString MachineInfo::cpuModel()
{
    const QString model = procValue(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    return model.isEmpty() ? QStringLiteral("unknown") : model;
}

int MachineInfo::cpuCount()
{
    return QThread::idealThreadCount();
}

QString MachineInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString MachineInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

double MachineInfo::peakRssMb()
{
    // "VmHWM:     123456 kB"
    const QString value = procValue(QStringLiteral("/proc/self/status"), QStringLiteral("VmHWM"));
    return value.section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0;
}

double MachineInfo::currentRssMb()
{
    const QString value = procValue(QStringLiteral("/proc/self/status"), QStringLiteral("VmRSS"));
    return value.section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0;
}

} // namespace keyledger::bench
