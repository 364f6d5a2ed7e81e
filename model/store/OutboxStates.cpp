#include "store/OutboxStates.h"

namespace keyledger {

QByteArray OutboxStates::toText(OutboxSettlement::State state)
{
    switch (state) {
    case OutboxSettlement::State::Pending:
        return QByteArrayLiteral("pending");
    case OutboxSettlement::State::Delivered:
        return QByteArrayLiteral("delivered");
    case OutboxSettlement::State::Failed:
        return QByteArrayLiteral("failed");
    case OutboxSettlement::State::Discarded:
        return QByteArrayLiteral("discarded");
    }
    return QByteArrayLiteral("pending");
}

std::optional<OutboxSettlement::State> OutboxStates::fromText(QByteArrayView text)
{
    for (auto state : {OutboxSettlement::State::Pending, OutboxSettlement::State::Delivered,
                       OutboxSettlement::State::Failed, OutboxSettlement::State::Discarded}) {
        if (text == toText(state))
            return state;
    }
    return std::nullopt;
}

} // namespace keyledger
