#pragma once

#include "store/HashChain.h"

#include <QByteArray>

namespace keyledger {

// One row of the ledger exactly as stored: the hashed fields (ChainedRow) and the two hashes.
struct StoredEvent
{
    ChainedRow row;
    QByteArray previousHash; // 32 bytes
    QByteArray hash;         // 32 bytes
};

} // namespace keyledger
