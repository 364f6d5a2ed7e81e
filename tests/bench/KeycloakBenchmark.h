#pragma once

#include "BenchOptions.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace keyledger::bench {

// Pushes users to a real Keycloak through the SyncWorker (see main.cpp for the method).
class KeycloakBenchmark
{
public:
    struct Results
    {
        int users = 0;
        double pushUsersPerSecond = 0;
        double requestP95Ms = 0;
        double pushUsersPerSecondSerial = 0;
        double requestP95MsSerial = 0;
        qint64 importedUsers = 0; // every user of the realm, into an empty ledger
        double importUsersPerSecond = 0;
        QByteArray json() const;
        QByteArray text() const;
    };

    KeycloakBenchmark(const BenchOptions& options, QString directory,
                      std::function<void(const QString&)> log);
    Results run();

private:
    // Creates `users` local users and delivers them with `parallel` in flight; returns users/s
    // and fills the p95 of one delivery.
    double push(int parallel, double& p95Ms);
    // Imports the whole realm into a fresh ledger; returns users/s.
    double importRealm(qint64& users);

    BenchOptions m_options;
    QString m_directory;
    std::function<void(const QString&)> m_log;
    int m_round = 0;
};

} // namespace keyledger::bench
