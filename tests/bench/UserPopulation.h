#pragma once

#include <QString>
#include <QStringList>

namespace keyledger::bench {

// One member of the queries benchmark's directory.
struct Member
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString organisation;
    QStringList roles;
};

// The population of `keyledger-bench queries`: 50 organisations of uneven size (the largest
// about 8 times the smallest), names drawn from 48 first and 48 last names with accents, so
// that a 2-letter prefix matches thousands of users and a 4-letter one a few hundred.
// Deterministic: member(i) is the same on every call and in every run.
class UserPopulation
{
public:
    static constexpr int OrganisationCount = 50;

    static Member member(quint64 index);
    static QString organisation(int index); // 0 .. OrganisationCount - 1
    static QString domain(int organisationIndex);
    // The organisation of member(index), as an index.
    static int organisationOf(quint64 index);
    // A first or last name (varied by index), for prefixes to search.
    static QString name(quint64 index);
    static QString lastName(quint64 index);
};

} // namespace keyledger::bench
