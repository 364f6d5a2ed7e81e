#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyledger {

// Appends JSON values to a UTF-8 buffer without building QJsonObjects: an export writes a
// million lines, and QJsonDocument costs more per line than everything else together. Output
// is compact JSON any parser reads back to the same strings.
class JsonText
{
public:
    // A JSON string of UTF-8 bytes: quotes, backslashes and control characters escaped, every
    // other byte kept as it is (valid JSON for valid UTF-8 input).
    static void appendUtf8(QByteArray& out, QByteArrayView utf8);
    static void appendString(QByteArray& out, const QString& text) { appendUtf8(out, text.toUtf8()); }
    static void appendNumber(QByteArray& out, qint64 value);
    // ,"key": (or "key": when first is true; first is then set to false)
    static void appendKey(QByteArray& out, const char* key, bool& first);
};

} // namespace keyledger
