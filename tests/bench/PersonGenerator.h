#pragma once

#include <QString>
#include <QStringList>

namespace keyledger::bench {

// A plausible directory entry. Usernames and e-mails are distinct for distinct indexes.
struct Person
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    QString organisation;
    QStringList roles;
};

// Deterministic: person(i) is the same on every call and in every run.
class PersonGenerator
{
public:
    static Person person(quint64 index);
};

} // namespace keyledger::bench
