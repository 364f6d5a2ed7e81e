#pragma once

#include "domain/UserEvents.h"

namespace keyledger {

// Applies a UserUpdated's field changes to any row that names the profile fields as the read
// models do (username, email, firstName, lastName, organizationId, emailVerified): one place
// that knows which fields a profile update can carry.
class ProfileChanges
{
public:
    template <typename Row>
    static void applyTo(Row& row, const QList<FieldChange>& changes)
    {
        for (const FieldChange& change : changes) {
            if (change.field == QLatin1String("username"))
                row.username = change.after;
            else if (change.field == QLatin1String("email"))
                row.email = change.after;
            else if (change.field == QLatin1String("firstName"))
                row.firstName = change.after;
            else if (change.field == QLatin1String("lastName"))
                row.lastName = change.after;
            else if (change.field == QLatin1String("organizationId"))
                row.organizationId = change.after;
            else if (change.field == QLatin1String("emailVerified"))
                row.emailVerified = change.after == QLatin1String("true");
        }
    }
};

} // namespace keyledger
