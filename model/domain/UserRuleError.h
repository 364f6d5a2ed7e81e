#pragma once

#include "common/KeyledgerError.h"

namespace keyledger {

// A command the user's current state does not allow (unknown user, deleted user, ...).
class UserRuleError : public KeyledgerError
{
public:
    enum class Kind
    {
        NotFound,
        Deleted,
        NotAllowed
    };
    UserRuleError(Kind kind, QString message)
        : KeyledgerError(std::move(message))
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace keyledger
