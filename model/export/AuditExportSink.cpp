#include "export/AuditExportSink.h"

#include "store/StoreErrors.h"

#include <QFileDevice>
#include <QIODevice>

namespace keyledger {

void AuditExportSink::writeAll(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size()) {
        const auto* file = qobject_cast<const QFileDevice*>(&out);
        throw StorageError(
            StorageError::Kind::Io,
            tr("Cannot write %1: %2").arg(file ? file->fileName() : tr("the export"), out.errorString()));
    }
}

} // namespace keyledger
