#include "privacy/PersonalDataEraser.h"

#include "common/Uuid7.h"
#include "domain/PersonalData.h"
#include "domain/UserAggregate.h"
#include "domain/UserEventCodec.h"
#include "domain/UserRuleError.h"
#include "projections/Projector.h"
#include "projections/ViewDatabase.h"
#include "store/SqliteEventStore.h"

#include <QSysInfo>

namespace keyledger {

QStringList PersonalDataEraser::modelsHoldingPersonalData()
{
    return {QStringLiteral("detail"), QStringLiteral("list"), QStringLiteral("audit")};
}

PersonalDataEraser::PersonalDataEraser(SqliteEventStore& store, ViewDatabase* views, Projector* projector)
    : m_store(store)
    , m_views(views)
    , m_projector(projector)
{}

PersonalDataEraser::Outcome PersonalDataEraser::erase(const QUuid& userId, const CommandContext& context)
{
    const UserEventCodec::Encoded encoded = UserEventCodec::encode(UserPersonalDataErased{});
    NewEvent event;
    event.eventId = Uuid7::create();
    event.type = encoded.type;
    event.schemaVersion = encoded.schemaVersion;
    event.data = encoded.data;
    event.metadata.actor = context.actor;
    event.metadata.source = context.source;
    event.metadata.causationId = event.eventId.toString(QUuid::WithoutBraces);
    event.metadata.correlationId =
        context.correlationId.isEmpty() ? event.metadata.causationId : context.correlationId;
    event.metadata.appVersion = QStringLiteral(KEYLEDGER_VERSION);
    event.metadata.host = QSysInfo::machineHostName();
    event.needsDelivery = false; // Keycloak keeps its own copy; deleting the user there is a delete

    const QString streamId = UserAggregate::streamIdFor(userId);
    if (m_store.streamVersion(streamId) == 0)
        throw UserRuleError(UserRuleError::Kind::NotFound, tr("This user does not exist."));
    if (m_store.isErased(streamId))
        throw UserRuleError(UserRuleError::Kind::NotAllowed,
                            tr("The personal data of this user was erased already."));

    Outcome outcome;
    const SqliteEventStore::ErasureResult erased = m_store.erasePersonalData(streamId, event);
    outcome.discardedDeliveries = erased.discardedDeliveries;
    outcome.append = erased.append;
    outcome.ledgerWalTruncated = erased.walTruncated;
    outcome.pseudonym = PersonalData::pseudonymFor(userId);

    if (m_projector && m_views) {
        m_projector->catchUp();
        const QStringList present = m_projector->modelNames();
        for (const QString& name : modelsHoldingPersonalData()) {
            if (present.contains(name))
                outcome.rebuiltModels.append(name);
        }
        // Tables built aside and swapped in; the old ones are dropped, their pages zeroed.
        if (!outcome.rebuiltModels.isEmpty())
            m_projector->rebuild(outcome.rebuiltModels);
        outcome.viewsWalTruncated = m_views->connection().checkpointAndTruncate();
    }
    // The rebuild read the ledger again; make sure its WAL holds no page from before either.
    outcome.ledgerWalTruncated = m_store.connection().checkpointAndTruncate();
    return outcome;
}

} // namespace keyledger
