#pragma once

#include <QString>

namespace keyledger::bench {

// Where the figures were measured.
class MachineInfo
{
public:
    static QString cpuModel();
    static int cpuCount();
    static QString sqliteVersion(); // the library the bench and QSQLITE load
    static QString qtVersion();     // at run time
    // Peak resident set size of this process (VmHWM), in MiB.
    static double peakRssMb();
    static double currentRssMb();
};

} // namespace keyledger::bench
