#pragma once

#include <QCoreApplication>

#include "domain/UserCommands.h"
#include "domain/UserDecision.h"
#include "domain/UserState.h"
#include "store/RecordedEvent.h"
#include "store/ReplayEvent.h"

#include <QList>

namespace keyledger {

// The user's consistency boundary: rebuilt from its stream, it decides which events a command
// produces. It never touches storage.
class UserAggregate
{
    Q_DECLARE_TR_FUNCTIONS(keyledger::UserAggregate)

public:
    static QString streamIdFor(const QUuid& userId);
    static QUuid userIdFromStream(const QString& streamId);
    static UserAggregate fromHistory(const QList<RecordedEvent>& events);
    static UserAggregate fromHistory(const QList<ReplayEvent>& events);

    // Applies one stored event; throws KeyledgerError if it does not belong to this user.
    void apply(const RecordedEvent& event);
    void apply(const ReplayEvent& event);
    void apply(const UserEvent& event, qint64 atMs = 0, const QString& actor = {});

    const UserState& state() const { return m_state; }
    qint64 version() const { return m_version; }

    // Throws ValidationError for bad input, UserRuleError when the state forbids the command.
    static UserDecision create(const QUuid& newId, const CreateUser& command);
    UserDecision updateProfile(const UpdateUserProfile& command) const;
    UserDecision enable() const;
    UserDecision disable() const;
    UserDecision remove() const;
    UserDecision changeRoles(const ChangeUserRoles& command) const;
    UserDecision markEmailVerified() const;
    UserDecision requestPasswordReset() const;
    UserDecision recordLogin(qint64 atMs) const;
    UserDecision recordLogin(const UserLoggedIn& login) const;
    // Facts an import found in Keycloak.
    UserDecision recordImported(const UserImported& imported) const;
    UserDecision recordChangedInKeycloak(const QList<FieldChange>& changes) const;
    UserDecision recordDeletedInKeycloak() const;
    UserDecision recordSynced(const UserSyncedToKeycloak& outcome) const;
    UserDecision recordSyncFailed(const UserSyncFailed& outcome) const;
    UserDecision retrySync(qint64 position) const;
    UserDecision discardSync(qint64 position, const QString& operation) const;

private:
    void requireLive() const;
    void applyAt(qint64 streamVersion, const QString& type, const QJsonObject& data, qint64 atMs,
                 const QString& actor, const QString& streamId);

    UserState m_state;
    qint64 m_version = 0;
};

} // namespace keyledger
