#pragma once

#include "export/AuditExportFormat.h"

#include <memory>

namespace keyledger {

class AuditExportSink;

// The sink of each export format: CSV and JSON Lines from the model, PDF from here (it paints
// with QtGui). PDF needs a QGuiApplication.
class AuditExportSinks
{
public:
    static std::unique_ptr<AuditExportSink> create(AuditExportFormat format);
};

} // namespace keyledger
