#include "export/JsonText.h"

#include <cstring>

namespace keyledger {

void JsonText::appendUtf8(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char* begin = utf8.data();
    const char* end = begin + utf8.size();
    const char* run = begin; // start of the bytes not yet copied
    for (const char* p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void JsonText::appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        out.append('-');
    while (n > 0)
        out.append(digits[--n]);
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
