#pragma once

#include <QString>
#include <QStringList>

namespace keyledger {

// CSV as RFC 4180 describes it, for spreadsheets: a field is quoted when it holds a comma, a quote
// or a line break (quotes doubled), records end with CRLF. A field a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return) gets a leading single quote, so
// opening an export never executes what somebody typed as a name or an organisation.
class CsvFormat
{
public:
    static QString field(const QString& value);
    // The escaped fields joined by commas, followed by CRLF.
    static QString record(const QStringList& fields);
};

} // namespace keyledger
