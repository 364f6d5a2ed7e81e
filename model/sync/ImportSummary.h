#pragma once

#include "sync/ImportReport.h"

#include <QCoreApplication>
#include <QString>

namespace keyledger {

// What an import recorded, in words: one figure per line (the CLI prints it, the GUI shows it).
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::ImportSummary)

public:
    static QString text(const ImportReport& report);
};

} // namespace keyledger
