#pragma once

#include <QString>

namespace keyledger {

class EventStore;
class ProjectionRunner;
class QueryCache;
class StoreNotifier;
class UserCommandHandler;

// What a view needs from the model, built once by the composition root (app/) and passed down:
// commands go through the handler, reads through queries on the views database (cached), and
// after a command a view waits, without blocking, for the projection to reach its position.
struct ViewServices
{
    EventStore& store;
    UserCommandHandler& users;
    StoreNotifier& notifier;
    ProjectionRunner& projections;
    QueryCache& cache;
    QString ledgerPath;
    QString viewsPath;
};

} // namespace keyledger
