#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace keyledger::demo {

// One person of the demo realm, as Keycloak would hold them when first imported.
struct DemoPerson
{
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    int organisation = 0; // index into DemoPeople::organisation()
    QStringList roles;
};

// The demo realm's directory: 8 organisations of uneven size (the largest about 3 times the
// smallest), names from 48 first and 48 last names with accents, usernames "first.last" with a
// number on repeats, as a real directory would have them. Deterministic for a given count.
class DemoPeople
{
public:
    static constexpr int OrganisationCount = 8;

    static std::vector<DemoPerson> generate(int count);
    static QString organisation(int index);
    static QString domain(int index);
    // The "192.0.2.x"-style network a person of this organisation logs in from (documentation
    // ranges: RFC 5737 and RFC 3849 addresses never reach anyone).
    static QString networkPrefix(int index);
    static QString firstName(quint64 index);
    static QString lastName(quint64 index);
    // Every first and last name, in the order firstName()/lastName() cycle through them
    // (the queries benchmark's directory draws from the same names).
    static QStringList allFirstNames();
    static QStringList allLastNames();
    // "Lefèvre" -> "lefevre", "Van Damme" -> "van-damme": a name as it goes into an address.
    static QString ascii(const QString& name);
};

} // namespace keyledger::demo
