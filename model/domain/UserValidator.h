#pragma once

#include <QCoreApplication>

#include "domain/ValidationError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keyledger {

// Keycloak's default user-profile rules, applied locally so that bad input is refused at once
// instead of failing at sync time: username 3-255 characters without prohibited characters,
// e-mail syntax and at most 255 characters, names at most 255 characters without the
// characters Keycloak prohibits in person names.
class UserValidator
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserValidator)

public:
    static constexpr int MaxLength = 255;

    // Keycloak stores usernames and e-mails lower-cased; so do we.
    static QString normalizeUsername(const QString& username) { return username.trimmed().toLower(); }
    static QString normalizeEmail(const QString& email) { return email.trimmed().toLower(); }

    static QList<FieldError> checkUsername(const QString& normalized);
    static QList<FieldError> checkEmail(const QString& normalized);
    static QList<FieldError> checkPersonName(const QString& field, const QString& value);
    static QList<FieldError> checkOrganization(const QString& organizationId);
    static QList<FieldError> checkRoles(const QStringList& roles);
    static bool isValidEmail(const QString& email);
};

} // namespace keyledger
