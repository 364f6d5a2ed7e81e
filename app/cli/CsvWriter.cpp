#include "CsvWriter.h"

#include "Console.h"

#include "common/CsvFormat.h"

namespace keyledger::cli {

void CsvWriter::writeRow(const QStringList& fields)
{
    m_console.out() << CsvFormat::record(fields);
}

} // namespace keyledger::cli
