#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyledger {

// The chapter's status of a user and the rules derived from it: the status itself (disabled if
// not enabled, else unverified if the e-mail is not verified, else active), its colour, its
// translated label, and what the list lets an administrator do with the user.
class UserStatus
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserStatus)

public:
    enum Value
    {
        Active,
        Unverified,
        Disabled,
        Unknown,
    };

    static Value fromFlags(bool enabled, bool emailVerified);
    // "active", "unverified", "disabled", "unknown": the stable key stored and used on the CLI.
    static QString key(Value status);
    // The value of a key; Unknown for anything else.
    static Value fromKey(QStringView key);
    // Translated (French: Actif, Non vérifié, Désactivé, Inconnu).
    static QString label(Value status);
    // "#rrggbb": green, orange, red, grey. The model has no QtGui: callers build the QColor.
    static QString colour(Value status);

    static bool canEdit(bool enabled, bool emailVerified, bool hasLoggedIn);
    static bool canDelete(bool enabled, bool emailVerified, bool hasLoggedIn);
    static bool canEnable(bool enabled, bool emailVerified, bool hasLoggedIn);
    static bool canDisable(bool enabled, bool emailVerified, bool hasLoggedIn);
};

} // namespace keyledger
