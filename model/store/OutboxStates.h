#pragma once

#include "store/OutboxSettlement.h"

#include <QByteArray>

#include <optional>

namespace keyledger {

// The outbox table's state column: 'pending', 'delivered', 'failed', 'discarded'.
class OutboxStates
{
public:
    static QByteArray toText(OutboxSettlement::State state);
    static std::optional<OutboxSettlement::State> fromText(QByteArrayView text);
};

} // namespace keyledger
