#include "common/Uuid7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace keyledger {

QUuid Uuid7::create()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0; // 12-bit rand_a used as a sequence within one millisecond

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xFFF) { // sequence exhausted: borrow the next millisecond
                ++ms;
                counter = 0;
            }
        } else {
            counter = QRandomGenerator::global()->bounded(0x400u); // leave room to count up
        }
        lastMs = ms;
        sequence = counter;
    }

    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(quint64(ms) >> (8 * (5 - i)));
    b[6] = static_cast<quint8>(0x70 | ((sequence >> 8) & 0x0F));
    b[7] = static_cast<quint8>(sequence & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(random >> (8 * (15 - i)));
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F)); // RFC variant

    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b.data()), 16));
}

bool Uuid7::isVersion7(const QUuid& id)
{
    return !id.isNull() && id.toRfc4122().at(6) >> 4 == 7;
}

} // namespace keyledger
