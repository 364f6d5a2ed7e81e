#pragma once

#include "BenchOptions.h"
#include "QueryResults.h"

#include <functional>

namespace keyledger {
class UserQueries;
class AnalyticsQueries;
} // namespace keyledger

namespace keyledger::bench {

// Runs `keyledger-bench queries` (see main.cpp): writes the population, rebuilds the read
// models, times the queries, then measures projection lag under a steady command rate.
class QueryBenchmark
{
public:
    using Log = std::function<void(const QString&)>;

    QueryBenchmark(const BenchOptions& options, QString directory, Log log);
    QueryResults run();

private:
    void rebuild(QueryResults& results);
    void listPages(UserQueries& queries, QueryResults& results);
    void searches(UserQueries& queries, QueryResults& results);
    void counts(UserQueries& queries, QueryResults& results);
    void analytics(AnalyticsQueries& queries, QueryResults& results);
    void lag(QueryResults& results);

    const BenchOptions& m_options;
    QString m_directory;
    QString m_ledgerPath;
    QString m_viewsPath;
    Log m_log;
    std::vector<QUuid> m_userIds;
    qint64 m_projected = 0;
};

} // namespace keyledger::bench
