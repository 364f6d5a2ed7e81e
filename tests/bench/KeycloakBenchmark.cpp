#include "KeycloakBenchmark.h"

#include "commands/UserCommandHandler.h"
#include "store/SqliteEventStore.h"
#include "sync/RealmImport.h"
#include "sync/SyncWorker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <stdexcept>

namespace keyledger::bench {

namespace {

// The server in the KEYLEDGER_KEYCLOAK_* variables, through its service-account client.
ServerProfile benchProfile()
{
    ServerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(qEnvironmentVariable("KEYLEDGER_KEYCLOAK_URL"));
    profile.realm = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_REALM");
    profile.authMode = ServerProfile::AuthMode::ClientCredentials;
    profile.principal = qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_ID");
    return profile;
}

} // namespace

KeycloakBenchmark::KeycloakBenchmark(const BenchOptions& options, QString directory,
                                     std::function<void(const QString&)> log)
    : m_options(options)
    , m_directory(std::move(directory))
    , m_log(std::move(log))
{}

KeycloakBenchmark::Results KeycloakBenchmark::run()
{
    if (qEnvironmentVariableIsEmpty("KEYLEDGER_KEYCLOAK_URL"))
        throw std::runtime_error("set KEYLEDGER_KEYCLOAK_URL, _REALM, _CLIENT_ID and _CLIENT_SECRET "
                                 "(scripts/run-keycloak.sh --env-file F writes them)");
    Results results;
    results.users = int(m_options.users);
    results.pushUsersPerSecond = push(6, results.requestP95Ms);
    results.pushUsersPerSecondSerial = push(1, results.requestP95MsSerial);
    results.importUsersPerSecond = importRealm(results.importedUsers);
    return results;
}

double KeycloakBenchmark::push(int parallel, double& p95Ms)
{
    const QString path = m_directory + QStringLiteral("/keycloak-bench-%1.db").arg(++m_round);
    QFile::remove(path);
    const QString prefix = QStringLiteral("bench-%1-").arg(QRandomGenerator::global()->generate(), 0, 36);
    {
        SqliteEventStore store(path, SqliteConnection::OpenMode::CreateIfMissing);
        UserCommandHandler users(store);
        const CommandContext context{QStringLiteral("bench@keyledger"), EventMetadata::sourceLocal(), {}};
        for (int i = 0; i < m_options.users; ++i) {
            CreateUser create;
            create.username = prefix + QString::number(i);
            create.email = create.username + QStringLiteral("@bench.example");
            create.firstName = QStringLiteral("Bench");
            create.lastName = QString::number(i);
            users.create(create, context);
        }
    }
    const ServerProfile profile = benchProfile();
    SyncWorker worker(path, profile, qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET"));
    worker.setMaxParallel(parallel);

    QHash<qint64, qint64> started;
    QList<double> latencies;
    QElapsedTimer clock;
    int refused = 0;
    QObject::connect(&worker, &SyncWorker::deliveryStarted,
                     [&](qint64 position) { started.insert(position, clock.nsecsElapsed()); });
    QObject::connect(&worker, &SyncWorker::delivered, [&](qint64 position, const QString&) {
        latencies.append(double(clock.nsecsElapsed() - started.value(position)) / 1e6);
    });
    QObject::connect(&worker, &SyncWorker::refused, [&](qint64, const QString&) { ++refused; });
    QEventLoop loop;
    QObject::connect(&worker, &SyncWorker::drained, &loop, &QEventLoop::quit);
    clock.start();
    worker.runOnce();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (latencies.size() != m_options.users || refused > 0)
        throw std::runtime_error(QStringLiteral("only %1 of %2 users delivered (%3 refused)")
                                     .arg(latencies.size())
                                     .arg(m_options.users)
                                     .arg(refused)
                                     .toStdString());
    std::sort(latencies.begin(), latencies.end());
    p95Ms = latencies.at(qsizetype(0.95 * double(latencies.size() - 1)));
    const double rate = double(m_options.users) / seconds;
    m_log(QStringLiteral("%1 users, %2 in flight: %3 users/s, p95 %4 ms")
              .arg(m_options.users)
              .arg(parallel)
              .arg(rate, 0, 'f', 1)
              .arg(p95Ms, 0, 'f', 1));
    return rate;
}

double KeycloakBenchmark::importRealm(qint64& users)
{
    const QString path = m_directory + QStringLiteral("/keycloak-import.db");
    QFile::remove(path);
    {
        SqliteEventStore create(path, SqliteConnection::OpenMode::CreateIfMissing);
    }
    const ServerProfile profile = benchProfile();
    RealmImport import(path, profile, qEnvironmentVariable("KEYLEDGER_KEYCLOAK_CLIENT_SECRET"));
    QEventLoop loop;
    QObject::connect(&import, &RealmImport::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    import.start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!import.report().error.isEmpty())
        throw std::runtime_error(import.report().error.toStdString());
    users = import.report().imported;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const double rate = double(users) / seconds;
    m_log(QStringLiteral("import: %1 users in %2 s: %3 users/s")
              .arg(users)
              .arg(seconds, 0, 'f', 1)
              .arg(rate, 0, 'f', 1));
    return rate;
}

QByteArray KeycloakBenchmark::Results::json() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("users"), users},
                                     {QStringLiteral("push_users_per_s"), pushUsersPerSecond},
                                     {QStringLiteral("request_p95_ms"), requestP95Ms},
                                     {QStringLiteral("push_users_per_s_serial"), pushUsersPerSecondSerial},
                                     {QStringLiteral("request_p95_ms_serial"), requestP95MsSerial},
                                     {QStringLiteral("imported_users"), importedUsers},
                                     {QStringLiteral("import_users_per_s"), importUsersPerSecond}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

QByteArray KeycloakBenchmark::Results::text() const
{
    return QStringLiteral("users pushed per run:        %1\n"
                          "push_users_per_s (6 flight): %2\n"
                          "request_p95_ms:              %3\n"
                          "push_users_per_s_serial:     %4\n"
                          "request_p95_ms_serial:       %5\n"
                          "import_users_per_s:          %6 (%7 users)\n")
        .arg(users)
        .arg(pushUsersPerSecond, 0, 'f', 1)
        .arg(requestP95Ms, 0, 'f', 1)
        .arg(pushUsersPerSecondSerial, 0, 'f', 1)
        .arg(requestP95MsSerial, 0, 'f', 1)
        .arg(importUsersPerSecond, 0, 'f', 1)
        .arg(importedUsers)
        .toUtf8();
}

} // namespace keyledger::bench
