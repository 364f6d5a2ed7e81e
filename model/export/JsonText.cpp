#include "export/JsonText.h"

#include <cstring>

namespace keyledger {

void JsonText::appendUtf8(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    // Worst case: every byte escaped as \u00XX, plus the quotes. Written through a pointer into
    // space reserved once: appending byte by byte costs more than the whole rest of a line.
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size() + 2);
    char* p = out.data() + start;
    *p++ = '"';
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *p++ = byte;
            continue;
        }
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xF];
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void JsonText::appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    char* end = digits + sizeof digits;
    char* p = end;
    const bool negative = value < 0;
    quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void JsonText::appendKey(QByteArray& out, const char* key, bool& first)
{
    if (!first)
        out.append(',');
    first = false;
    out.append('"');
    out.append(key, qsizetype(std::strlen(key)));
    out.append("\":", 2);
}

} // namespace keyledger
