#include "BenchOptions.h"

namespace keyledger::bench {

namespace {

std::optional<qint64> positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

QString BenchOptions::usage()
{
    return QStringLiteral(
        "usage: keyledger-bench store [--json] [--events N] [--dir PATH]\n"
        "       [--only store|raw|single|rehydrate]   (one part alone, for profiling)\n"
        "       keyledger-bench queries [--json] [--users N] [--dir PATH] [--lag-seconds S]\n"
        "       keyledger-bench export [--json] [--events N] [--dir PATH]\n"
        "       keyledger-bench keycloak [--json] [--users N] [--dir PATH]   (KEYLEDGER_KEYCLOAK_* variables)");
}

std::optional<QString> BenchOptions::parse(const QStringList& arguments, BenchOptions& options)
{
    if (arguments.isEmpty() ||
        (arguments.first() != QStringLiteral("store") && arguments.first() != QStringLiteral("queries") &&
         arguments.first() != QStringLiteral("export") && arguments.first() != QStringLiteral("keycloak")))
        return QStringLiteral("the benchmarks are \"store\", \"queries\", \"export\" and \"keycloak\"");
    options.benchmark = arguments.first();
    const bool queries =
        options.benchmark == QStringLiteral("queries") || options.benchmark == QStringLiteral("keycloak");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QStringLiteral("--json")) {
            options.json = true;
        } else if (queries && argument == QStringLiteral("--users") && hasValue) {
            const auto users = positiveNumber(arguments.at(++i));
            if (!users)
                return QStringLiteral("--users needs a positive number");
            options.users = *users;
        } else if (queries && argument == QStringLiteral("--lag-seconds") && hasValue) {
            const auto lagSeconds = positiveNumber(arguments.at(++i));
            if (!lagSeconds || *lagSeconds > 600)
                return QStringLiteral("--lag-seconds needs a number from 1 to 600");
            options.lagSeconds = int(*lagSeconds);
        } else if (!queries && argument == QStringLiteral("--events") && hasValue) {
            const auto events = positiveNumber(arguments.at(++i));
            if (!events)
                return QStringLiteral("--events needs a positive number");
            options.bulkEvents = *events;
        } else if (argument == QStringLiteral("--dir") && hasValue) {
            options.directory = arguments.at(++i);
        } else if (options.benchmark == QStringLiteral("store") && argument == QStringLiteral("--only") && hasValue) {
            options.only = arguments.at(++i);
            static const QStringList parts{QStringLiteral("store"), QStringLiteral("raw"),
                                           QStringLiteral("single"), QStringLiteral("rehydrate")};
            if (!parts.contains(options.only))
                return QStringLiteral("--only takes store, raw, single or rehydrate");
        } else {
            return QStringLiteral("unknown or incomplete argument \"%1\"").arg(argument);
        }
    }
    return std::nullopt;
}

} // namespace keyledger::bench
