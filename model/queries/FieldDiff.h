#pragma once

#include <QString>

namespace keyledger {

// One field of an audit entry's before -> after diff. Values are as stored: booleans are
// "true"/"false", roles a ", "-separated sorted list, times ISO 8601 UTC; "" before a creation.
struct FieldDiff
{
    QString field;
    QString before;
    QString after;

    bool operator==(const FieldDiff&) const = default;
};

} // namespace keyledger
