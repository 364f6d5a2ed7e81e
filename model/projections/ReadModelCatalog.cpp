#include "projections/ReadModelCatalog.h"

#include "projections/AnalyticsProjection.h"
#include "projections/AuditProjection.h"
#include "projections/UserDetailProjection.h"
#include "projections/UserListProjection.h"

namespace keyledger {

std::vector<std::unique_ptr<ReadModel>> ReadModelCatalog::create()
{
    std::vector<std::unique_ptr<ReadModel>> models;
    models.push_back(std::make_unique<UserDetailProjection>());
    models.push_back(std::make_unique<UserListProjection>());
    models.push_back(std::make_unique<AnalyticsProjection>());
    models.push_back(std::make_unique<AuditProjection>());
    return models;
}

} // namespace keyledger
