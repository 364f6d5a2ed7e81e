#include "domain/UserValidator.h"

#include <QRegularExpression>

namespace keyledger {

namespace {

bool hasControlCharacter(const QString& value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Keycloak's username-prohibited-characters and person-name-prohibited-characters validators;
// person names may contain spaces and apostrophes, usernames may not.
const QString personNameProhibited = QStringLiteral("<>&\"$%!#?\u00A7;*~/\\|^=[]{}()");
const QString usernameProhibited = personNameProhibited + QStringLiteral("'");

QChar firstProhibited(const QString& value, const QString& prohibited, bool spacesProhibited)
{
    for (const QChar c : value) {
        if (prohibited.contains(c) || (spacesProhibited && c.isSpace()))
            return c;
    }
    return QChar();
}

} // namespace

QList<FieldError> UserValidator::checkUsername(const QString& normalized)
{
    const QString field = QStringLiteral("username");
    if (normalized.isEmpty())
        return {{field, QStringLiteral("missingUsernameMessage"), tr("A username is required.")}};
    if (normalized.size() < 3 || normalized.size() > MaxLength)
        return {{field, QStringLiteral("error-invalid-length"),
                 tr("The username must be 3 to 255 characters long (it has %1).").arg(normalized.size())}};
    if (hasControlCharacter(normalized))
        return {{field, QStringLiteral("error-username-invalid-character"),
                 tr("The username contains an invisible control character.")}};
    const QChar bad = firstProhibited(normalized, usernameProhibited, true);
    if (!bad.isNull())
        return {{field, QStringLiteral("error-username-invalid-character"),
                 bad.isSpace() ? tr("The username may not contain spaces.")
                               : tr("The username may not contain the character %1.").arg(bad)}};
    return {};
}

bool UserValidator::isValidEmail(const QString& email)
{
    // The shape Keycloak's e-mail validator accepts: a dot-atom local part of at most 64
    // characters, then a host name made of labels (letters, digits, inner hyphens).
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[a-z0-9!#$%&'*+/=?^_`{|}~\\x{0080}-\\x{FFFF}-]+(\\.[a-z0-9!#$%&'*+/"
            "=?^_`{|}~\\x{0080}-\\x{FFFF}-]+)*"
            "@[a-z0-9\\x{0080}-\\x{FFFF}]([a-z0-9\\x{0080}-\\x{FFFF}-]{0,61}[a-z0-9\\x{0080}-\\x{FFFF}])?"
            "(\\.[a-z0-9\\x{0080}-\\x{FFFF}]([a-z0-9\\x{0080}-\\x{FFFF}-]{0,61}[a-z0-9\\x{0080}-\\x{FFFF}])?)"
            "*$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at <= 64 && pattern.match(email).hasMatch();
}

QList<FieldError> UserValidator::checkEmail(const QString& normalized)
{
    const QString field = QStringLiteral("email");
    if (normalized.isEmpty())
        return {}; // Keycloak lets an administrator create a user without an e-mail
    if (normalized.size() > MaxLength)
        return {{field, QStringLiteral("error-invalid-length"),
                 tr("The e-mail address is longer than 255 characters.")}};
    if (!isValidEmail(normalized))
        return {{field, QStringLiteral("error-invalid-email"),
                 tr("\"%1\" is not a valid e-mail address.").arg(normalized)}};
    return {};
}

QList<FieldError> UserValidator::checkPersonName(const QString& field, const QString& value)
{
    const QString label = field == QLatin1String("firstName") ? tr("first name") : tr("last name");
    if (value.size() > MaxLength)
        return {{field, QStringLiteral("error-invalid-length"),
                 tr("The %1 is longer than 255 characters.").arg(label)}};
    if (hasControlCharacter(value))
        return {{field, QStringLiteral("error-person-name-invalid-character"),
                 tr("The %1 contains an invisible control character.").arg(label)}};
    const QChar bad = firstProhibited(value, personNameProhibited, false);
    if (!bad.isNull())
        return {{field, QStringLiteral("error-person-name-invalid-character"),
                 tr("The %1 may not contain the character %2.").arg(label, bad)}};
    return {};
}

QList<FieldError> UserValidator::checkOrganization(const QString& organizationId)
{
    const QString field = QStringLiteral("organizationId");
    if (organizationId.size() > MaxLength)
        return {{field, QStringLiteral("error-invalid-length"),
                 tr("The organisation is longer than 255 characters.")}};
    if (hasControlCharacter(organizationId))
        return {{field, QStringLiteral("error-invalid-value"),
                 tr("The organisation contains an invisible control character.")}};
    return {};
}

QList<FieldError> UserValidator::checkRoles(const QStringList& roles)
{
    const QString field = QStringLiteral("roles");
    for (const QString& role : roles) {
        if (role.trimmed().isEmpty())
            return {{field, QStringLiteral("error-invalid-value"), tr("A role name cannot be empty.")}};
        if (role.size() > MaxLength || hasControlCharacter(role))
            return {{field, QStringLiteral("error-invalid-value"),
                     tr("\"%1\" is not a valid role name.").arg(role)}};
    }
    return {};
}

} // namespace keyledger
