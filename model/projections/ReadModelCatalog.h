#pragma once

#include "projections/ReadModel.h"

#include <memory>
#include <vector>

namespace keyledger {

// Keyledger's read models, in the order they are projected: the one place that lists them.
class ReadModelCatalog
{
public:
    static std::vector<std::unique_ptr<ReadModel>> create();
};

} // namespace keyledger
