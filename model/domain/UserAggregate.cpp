#include "domain/UserAggregate.h"

#include "domain/ImportedEvents.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRoles.h"
#include "domain/UserRuleError.h"
#include "domain/UserValidator.h"

#include <algorithm>

namespace keyledger {

namespace {

const QString streamPrefix = QStringLiteral("user-");

void throwIfAny(const QList<FieldError>& errors)
{
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

QString fieldValue(const UserState& s, const QString& field)
{
    if (field == QLatin1String("email"))
        return s.personal.email;
    if (field == QLatin1String("firstName"))
        return s.personal.firstName;
    if (field == QLatin1String("lastName"))
        return s.personal.lastName;
    if (field == QLatin1String("organizationId"))
        return s.organizationId;
    if (field == QLatin1String("emailVerified"))
        return s.emailVerified ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void setField(UserState& s, const QString& field, const QString& value)
{
    if (field == QLatin1String("email"))
        s.personal.email = value;
    else if (field == QLatin1String("firstName"))
        s.personal.firstName = value;
    else if (field == QLatin1String("lastName"))
        s.personal.lastName = value;
    else if (field == QLatin1String("organizationId"))
        s.organizationId = value;
    else if (field == QLatin1String("emailVerified"))
        s.emailVerified = value == QLatin1String("true");
}

struct Applier
{
    UserState& s;

    void operator()(const UserCreated& e) const
    {
        s.id = e.userId;
        s.personal = e.personal;
        s.organizationId = e.organizationId;
        s.roles = UserRoles::normalized(e.roles);
        s.enabled = e.enabled;
        s.emailVerified = e.emailVerified;
        s.exists = true;
    }
    void operator()(const UserUpdated& e) const
    {
        for (const FieldChange& change : e.changes)
            setField(s, change.field, change.after);
    }
    void operator()(const UserEnabled&) const { s.enabled = true; }
    void operator()(const UserDisabled&) const { s.enabled = false; }
    void operator()(const UserDeleted&) const { s.deleted = true; }
    void operator()(const UserRolesChanged& e) const
    {
        for (const QString& role : e.removed)
            s.roles.removeAll(role);
        s.roles = UserRoles::normalized(s.roles + e.added);
    }
    void operator()(const UserEmailVerified&) const { s.emailVerified = true; }
    void operator()(const PasswordResetEmailRequested&) const {}
    void operator()(const UserLoggedIn& e) const
    {
        if (s.firstLoginAtMs == 0 || e.atMs < s.firstLoginAtMs)
            s.firstLoginAtMs = e.atMs;
        s.lastLoginAtMs = std::max(s.lastLoginAtMs, e.atMs);
    }
    void operator()(const UserSyncedToKeycloak& e) const
    {
        if (!e.keycloakId.isEmpty())
            s.keycloakId = e.keycloakId;
    }
    void operator()(const UserSyncFailed&) const {}
    void operator()(const UserSyncRetried&) const {}
    void operator()(const UserSyncDiscarded&) const {}
    void operator()(const UserImported& e) const { applyEquivalents(e); }
    void operator()(const UserChangedInKeycloak& e) const { applyEquivalents(e); }
    void operator()(const UserDeletedInKeycloak& e) const { applyEquivalents(e); }
    void applyEquivalents(const UserEvent& e) const
    {
        for (const UserEvent& local : ImportedEvents::asLocalEquivalents(e))
            std::visit(*this, local);
    }
    // Replay already shows the erased values: the store opens the personal objects with no key.
    void operator()(const UserPersonalDataErased&) const {}
};

} // namespace

QString UserAggregate::streamIdFor(const QUuid& userId)
{
    return streamPrefix + userId.toString(QUuid::WithoutBraces);
}

QUuid UserAggregate::userIdFromStream(const QString& streamId)
{
    if (!streamId.startsWith(streamPrefix))
        return {};
    return QUuid::fromString(QStringView(streamId).mid(streamPrefix.size()));
}

UserAggregate UserAggregate::fromHistory(const QList<RecordedEvent>& events)
{
    UserAggregate user;
    for (const RecordedEvent& event : events)
        user.apply(event);
    return user;
}

UserAggregate UserAggregate::fromHistory(const QList<ReplayEvent>& events)
{
    UserAggregate user;
    for (const ReplayEvent& event : events)
        user.apply(event);
    return user;
}

void UserAggregate::apply(const RecordedEvent& event)
{
    applyAt(event.streamVersion, event.type, event.data, event.recordedAtMs, event.metadata.actor,
            event.streamId);
}

void UserAggregate::apply(const ReplayEvent& event)
{
    applyAt(event.streamVersion, event.type, event.data, event.recordedAtMs, event.actor, {});
}

void UserAggregate::applyAt(qint64 streamVersion, const QString& type, const QJsonObject& data, qint64 atMs,
                            const QString& actor, const QString& streamId)
{
    if (streamVersion != m_version + 1)
        throw KeyledgerError(
            tr("Event %1 of %2 is out of order (expected version %3).")
                .arg(streamVersion)
                .arg(streamId.isEmpty() ? m_state.id.toString(QUuid::WithoutBraces) : streamId)
                .arg(m_version + 1));
    apply(UserEventCodec::decode(type, data), atMs, actor);
    m_version = streamVersion;
}

void UserAggregate::apply(const UserEvent& event, qint64 atMs, const QString& actor)
{
    std::visit(Applier{m_state}, event);
    if (std::holds_alternative<UserCreated>(event)) {
        m_state.createdAtMs = atMs;
        m_state.createdBy = actor;
    } else if (const auto* imported = std::get_if<UserImported>(&event)) {
        m_state.createdAtMs = imported->createdAtMs > 0 ? imported->createdAtMs : atMs;
        m_state.createdBy = actor;
    }
    m_state.updatedAtMs = atMs;
    m_state.updatedBy = actor;
}

void UserAggregate::requireLive() const
{
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    if (m_state.deleted)
        throw UserRuleError(
            UserRuleError::Kind::Deleted,
            tr("User %1 was deleted; a deleted user can only be viewed.").arg(m_state.personal.username));
}

UserDecision UserAggregate::create(const QUuid& newId, const CreateUser& command)
{
    UserCreated e;
    e.userId = newId;
    e.personal.username = UserValidator::normalizeUsername(command.username);
    e.personal.email = UserValidator::normalizeEmail(command.email);
    e.personal.firstName = command.firstName.trimmed();
    e.personal.lastName = command.lastName.trimmed();
    e.organizationId = command.organizationId.trimmed();
    e.roles = UserRoles::normalized(command.roles);
    e.enabled = command.enabled;
    e.emailVerified = command.emailVerified && !e.personal.email.isEmpty();

    QList<FieldError> errors = UserValidator::checkUsername(e.personal.username);
    errors += UserValidator::checkEmail(e.personal.email);
    errors += UserValidator::checkPersonName(QStringLiteral("firstName"), e.personal.firstName);
    errors += UserValidator::checkPersonName(QStringLiteral("lastName"), e.personal.lastName);
    errors += UserValidator::checkOrganization(e.organizationId);
    errors += UserValidator::checkRoles(command.roles); // before normalising drops empty names
    throwIfAny(errors);
    return UserDecision{{e}, {}};
}

UserDecision UserAggregate::updateProfile(const UpdateUserProfile& command) const
{
    requireLive();
    QList<FieldError> errors;
    UserUpdated e;
    auto consider = [&](const QString& field, const std::optional<QString>& requested,
                        const QString& normalized) {
        if (!requested)
            return;
        const QString before = fieldValue(m_state, field);
        if (before != normalized)
            e.changes.append(FieldChange{field, before, normalized});
    };

    if (command.email) {
        const QString email = UserValidator::normalizeEmail(*command.email);
        errors += UserValidator::checkEmail(email);
        consider(QStringLiteral("email"), command.email, email);
    }
    if (command.firstName) {
        const QString name = command.firstName->trimmed();
        errors += UserValidator::checkPersonName(QStringLiteral("firstName"), name);
        consider(QStringLiteral("firstName"), command.firstName, name);
    }
    if (command.lastName) {
        const QString name = command.lastName->trimmed();
        errors += UserValidator::checkPersonName(QStringLiteral("lastName"), name);
        consider(QStringLiteral("lastName"), command.lastName, name);
    }
    if (command.organizationId) {
        const QString organization = command.organizationId->trimmed();
        errors += UserValidator::checkOrganization(organization);
        consider(QStringLiteral("organizationId"), command.organizationId, organization);
    }
    throwIfAny(errors);

    // A verification vouched for the old address, not the new one.
    const bool emailChanged = std::any_of(e.changes.cbegin(), e.changes.cend(), [](const FieldChange& c) {
        return c.field == QLatin1String("email");
    });
    if (emailChanged && m_state.emailVerified)
        e.changes.append(
            FieldChange{QStringLiteral("emailVerified"), QStringLiteral("true"), QStringLiteral("false")});

    if (e.changes.isEmpty())
        return UserDecision{{}, tr("Nothing to change: the profile already has these values.")};
    return UserDecision{{e}, {}};
}

UserDecision UserAggregate::enable() const
{
    requireLive();
    if (m_state.enabled)
        return UserDecision{{}, tr("User %1 is already enabled.").arg(m_state.personal.username)};
    return UserDecision{{UserEnabled{}}, {}};
}

UserDecision UserAggregate::disable() const
{
    requireLive();
    if (!m_state.enabled)
        return UserDecision{{}, tr("User %1 is already disabled.").arg(m_state.personal.username)};
    return UserDecision{{UserDisabled{}}, {}};
}

UserDecision UserAggregate::remove() const
{
    requireLive();
    return UserDecision{{UserDeleted{}}, {}};
}

UserDecision UserAggregate::changeRoles(const ChangeUserRoles& command) const
{
    requireLive();
    const QStringList add = UserRoles::normalized(command.add);
    const QStringList remove = UserRoles::normalized(command.remove);
    QList<FieldError> errors = UserValidator::checkRoles(command.add + command.remove);
    for (const QString& role : add) {
        if (remove.contains(role))
            errors.append({QStringLiteral("roles"), QStringLiteral("error-invalid-value"),
                           tr("Role %1 cannot be both added and removed.").arg(role)});
    }
    throwIfAny(errors);

    UserRolesChanged e;
    for (const QString& role : add) {
        if (!m_state.roles.contains(role))
            e.added.append(role);
    }
    for (const QString& role : remove) {
        if (m_state.roles.contains(role))
            e.removed.append(role);
    }
    if (e.added.isEmpty() && e.removed.isEmpty())
        return UserDecision{{}, tr("Nothing to change: the user already has these roles.")};
    return UserDecision{{e}, {}};
}

UserDecision UserAggregate::markEmailVerified() const
{
    requireLive();
    if (m_state.personal.email.isEmpty())
        throw ValidationError(
            {{QStringLiteral("email"), QStringLiteral("missingEmailMessage"),
              tr("User %1 has no e-mail address to verify.").arg(m_state.personal.username)}});
    if (m_state.emailVerified)
        return UserDecision{
            {}, tr("The e-mail address of %1 is already verified.").arg(m_state.personal.username)};
    return UserDecision{{UserEmailVerified{}}, {}};
}

UserDecision UserAggregate::recordLogin(const UserLoggedIn& login) const
{
    requireLive();
    if (login.atMs <= m_state.lastLoginAtMs)
        return UserDecision{{}, tr("This login of %1 is already recorded.").arg(m_state.personal.username)};
    return UserDecision{{login}, {}};
}

UserDecision UserAggregate::recordImported(const UserImported& imported) const
{
    if (m_state.exists)
        return UserDecision{{}, tr("User %1 is already in the ledger.").arg(m_state.personal.username)};
    return UserDecision{{imported}, {}};
}

UserDecision UserAggregate::recordChangedInKeycloak(const QList<FieldChange>& changes) const
{
    requireLive();
    if (changes.isEmpty())
        return UserDecision{{}, tr("Keycloak has the same data as the ledger.")};
    return UserDecision{{UserChangedInKeycloak{changes}}, {}};
}

UserDecision UserAggregate::recordDeletedInKeycloak() const
{
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    if (m_state.deleted)
        return UserDecision{{}, tr("User %1 is already deleted.").arg(m_state.personal.username)};
    return UserDecision{{UserDeletedInKeycloak{}}, {}};
}

UserDecision UserAggregate::recordLogin(qint64 atMs) const
{
    requireLive();
    // Imports overlap: a login already known (or older than the last one) adds nothing.
    if (atMs <= m_state.lastLoginAtMs)
        return UserDecision{{}, tr("This login of %1 is already recorded.").arg(m_state.personal.username)};
    return UserDecision{{UserLoggedIn{atMs}}, {}};
}

UserDecision UserAggregate::recordSynced(const UserSyncedToKeycloak& outcome) const
{
    // A deletion is delivered after the user is deleted: sync outcomes are facts about the
    // past, accepted in any state but "never existed".
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    return UserDecision{{outcome}, {}};
}

UserDecision UserAggregate::recordSyncFailed(const UserSyncFailed& outcome) const
{
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    return UserDecision{{outcome}, {}};
}

UserDecision UserAggregate::retrySync(qint64 position) const
{
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    return UserDecision{{UserSyncRetried{position}}, {}};
}

UserDecision UserAggregate::discardSync(qint64 position, const QString& operation) const
{
    if (!m_state.exists)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    return UserDecision{{UserSyncDiscarded{position, operation}}, {}};
}

UserDecision UserAggregate::requestPasswordReset() const
{
    requireLive();
    if (m_state.personal.email.isEmpty())
        throw ValidationError({{QStringLiteral("email"), QStringLiteral("missingEmailMessage"),
                                tr("User %1 has no e-mail address to send the reset link to.")
                                    .arg(m_state.personal.username)}});
    if (!m_state.enabled)
        throw UserRuleError(UserRuleError::Kind::NotAllowed,
                            tr("User %1 is disabled; Keycloak sends no e-mail to a disabled user.")
                                .arg(m_state.personal.username));
    return UserDecision{{PasswordResetEmailRequested{}}, {}};
}

} // namespace keyledger
