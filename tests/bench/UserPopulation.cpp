#include "UserPopulation.h"

#include "core/demo/DemoPeople.h"

#include <QList>

#include <array>
#include <cmath>
#include <vector>

namespace keyledger::bench {

namespace {

constexpr std::array companies{u"Northwind", u"Contoso", u"Fabrikam",  u"Tailspin", u"Wide World",
                               u"Adatum",    u"Litware", u"Proseware", u"Alpine",   u"Coho"};
constexpr std::array trades{u"Logistics", u"Pharma", u"Énergie", u"Banking", u"Santé"};
constexpr std::array roleNames{u"user", u"auditor", u"billing-viewer", u"support-agent", u"realm-admin"};

template <size_t N>
QStringList strings(const std::array<const char16_t*, N>& values)
{
    QStringList list;
    for (const char16_t* value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

QStringList folded(const QStringList& names)
{
    QStringList list;
    for (const QString& name : names)
        list.append(demo::DemoPeople::ascii(name));
    return list;
}

// Mixes the bits of an index, so consecutive members land in unrelated organisations.
quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// Built once: Unicode normalisation is far too slow to repeat for every member.
struct Tables
{
    // The demo ledger's names: one list of people for the product and its benchmarks.
    QStringList first = demo::DemoPeople::allFirstNames();
    QStringList last = demo::DemoPeople::allLastNames();
    QStringList firstAscii = folded(first);
    QStringList lastAscii = folded(last);
    QStringList roles = strings(roleNames);
    QStringList organisations;
    QStringList domains;
    std::vector<double> cumulative; // organisation k weighs 1 / sqrt(k + 1)

    Tables()
    {
        const QStringList company = strings(companies);
        const QStringList trade = strings(trades);
        double total = 0;
        for (int k = 0; k < UserPopulation::OrganisationCount; ++k) {
            const QString c = company.at(k % company.size());
            const QString t = trade.at((k / company.size()) % trade.size());
            organisations.append(c + QLatin1Char(' ') + t);
            domains.append(demo::DemoPeople::ascii(c) + QLatin1Char('-') + demo::DemoPeople::ascii(t) +
                           QStringLiteral(".example"));
            total += 1.0 / std::sqrt(double(k + 1));
            cumulative.push_back(total);
        }
        for (double& c : cumulative)
            c /= total;
    }
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

qsizetype at(const QStringList& list, quint64 index)
{
    return static_cast<qsizetype>(index % static_cast<quint64>(list.size()));
}

} // namespace

int UserPopulation::organisationOf(quint64 index)
{
    const double u = double(mix(index * 2 + 1) >> 11) / double(1ULL << 53);
    const std::vector<double>& c = tables().cumulative;
    int k = 0;
    while (k + 1 < int(c.size()) && c.at(size_t(k)) < u)
        ++k;
    return k;
}

QString UserPopulation::organisation(int index)
{
    return tables().organisations.at(index);
}

QString UserPopulation::domain(int organisationIndex)
{
    return tables().domains.at(organisationIndex);
}

QString UserPopulation::name(quint64 index)
{
    return tables().first.at(at(tables().first, index));
}

QString UserPopulation::lastName(quint64 index)
{
    return tables().last.at(at(tables().last, index));
}

Member UserPopulation::member(quint64 index)
{
    const Tables& t = tables();
    const quint64 h = mix(index);
    const qsizetype first = at(t.first, h);
    const qsizetype last = at(t.last, h >> 16);
    const int org = organisationOf(index);

    Member m;
    m.firstName = t.first.at(first);
    m.lastName = t.last.at(last);
    m.organisation = t.organisations.at(org);
    m.username = t.firstAscii.at(first) + QLatin1Char('.') + t.lastAscii.at(last) + QLatin1Char('.') +
                 QString::number(index);
    m.email = m.username + QLatin1Char('@') + t.domains.at(org);
    m.roles = QStringList{t.roles.at(0)};
    if (h % 3 == 0)
        m.roles.append(
            t.roles.at(1 + static_cast<qsizetype>((h >> 8) % static_cast<quint64>(t.roles.size() - 1))));
    return m;
}

} // namespace keyledger::bench
