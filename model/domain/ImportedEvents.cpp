#include "domain/ImportedEvents.h"

#include "domain/UserEventCodec.h"
#include "domain/UserRoles.h"

namespace keyledger {

namespace {

QStringList roleList(const QString& joined)
{
    return UserRoles::normalized(joined.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

} // namespace

QList<RecordedEvent> ImportedEvents::asLocalRecordedEvents(const RecordedEvent& event)
{
    QList<RecordedEvent> copies;
    for (const UserEvent& part : asLocalEquivalents(UserEventCodec::decode(event.type, event.data))) {
        RecordedEvent copy = event;
        const UserEventCodec::Encoded encoded = UserEventCodec::encode(part);
        copy.type = encoded.type;
        copy.data = encoded.data;
        if (const auto* created = std::get_if<UserCreated>(&part); created && created->createdAtMs > 0)
            copy.recordedAtMs = created->createdAtMs;
        copies.append(std::move(copy));
    }
    return copies;
}

bool ImportedEvents::isImported(const UserEvent& event)
{
    return std::holds_alternative<UserImported>(event) ||
           std::holds_alternative<UserChangedInKeycloak>(event) ||
           std::holds_alternative<UserDeletedInKeycloak>(event);
}

QList<UserEvent> ImportedEvents::asLocalEquivalents(const UserEvent& event)
{
    if (const auto* imported = std::get_if<UserImported>(&event)) {
        UserCreated created;
        created.userId = imported->userId;
        created.personal = imported->personal;
        created.organizationId = imported->organizationId;
        created.roles = imported->roles;
        created.enabled = imported->enabled;
        created.emailVerified = imported->emailVerified;
        created.createdAtMs = imported->createdAtMs;
        return {created, UserSyncedToKeycloak{imported->userId.toString(QUuid::WithoutBraces), 0,
                                              QStringLiteral("import")}};
    }
    if (const auto* changed = std::get_if<UserChangedInKeycloak>(&event)) {
        QList<UserEvent> equivalents;
        UserUpdated updated;
        for (const FieldChange& change : changed->changes) {
            if (change.field == QLatin1String("enabled")) {
                if (change.after == QLatin1String("true"))
                    equivalents.append(UserEnabled{});
                else
                    equivalents.append(UserDisabled{});
            } else if (change.field == QLatin1String("roles")) {
                const QStringList before = roleList(change.before), after = roleList(change.after);
                UserRolesChanged roles;
                for (const QString& role : after)
                    if (!before.contains(role))
                        roles.added.append(role);
                for (const QString& role : before)
                    if (!after.contains(role))
                        roles.removed.append(role);
                if (!roles.added.isEmpty() || !roles.removed.isEmpty())
                    equivalents.append(roles);
            } else {
                updated.changes.append(change);
            }
        }
        if (!updated.changes.isEmpty())
            equivalents.prepend(updated);
        return equivalents;
    }
    if (std::holds_alternative<UserDeletedInKeycloak>(event))
        return {UserDeleted{}};
    return {event};
}

} // namespace keyledger
