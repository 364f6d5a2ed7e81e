#include "PersonGenerator.h"

#include <array>

namespace keyledger::bench {

namespace {

constexpr std::array firstNames{u"Amélie", u"Lucas",  u"Chloé",   u"Hugo",   u"Léa",   u"Gabriel",
                                u"Manon",  u"Arthur", u"Inès",    u"Jules",  u"Sofia", u"Noah",
                                u"Zoé",    u"Louis",  u"Camille", u"Mathis", u"Elena", u"Tomás",
                                u"Aïcha",  u"Pieter", u"Ingrid",  u"Kenji",  u"Priya", u"Oskar"};
constexpr std::array lastNames{u"Durand",    u"Lefèvre",  u"Moreau",   u"Girard",  u"Bonnet",  u"Dupont",
                               u"Lambert",   u"Fontaine", u"Rousseau", u"Vincent", u"Müller",  u"García",
                               u"Rossi",     u"Nowak",    u"Jensen",   u"Okafor",  u"Tanaka",  u"Kowalski",
                               u"Van Damme", u"Silva",    u"Andersen", u"Dubois",  u"Martins", u"Laurent"};
constexpr std::array organisations{u"Northwind Logistics", u"Contoso Pharma",       u"Fabrikam Energie",
                                   u"Tailspin Aviation",   u"Wide World Importers", u"Adatum Santé",
                                   u"Litware Éditions",    u"Proseware Banking"};
constexpr std::array domains{u"northwind.example", u"contoso.example",   u"fabrikam.example",
                             u"tailspin.example",  u"wideworld.example", u"adatum.example",
                             u"litware.example",   u"proseware.example"};
constexpr std::array roleNames{u"user", u"auditor", u"billing-viewer", u"support-agent", u"realm-admin"};

// "Van Damme" -> "van-damme", "Lefèvre" -> "lefevre": the name as it goes into a username.
QString ascii(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_D).toLower();
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    folded.replace(QLatin1Char(' '), QLatin1Char('-'));
    return folded;
}

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
        list.append(ascii(name));
    return list;
}

// Built once: Unicode normalisation is far too slow to repeat for a million people.
struct Tables
{
    QStringList first = strings(firstNames);
    QStringList last = strings(lastNames);
    QStringList firstAscii = folded(first);
    QStringList lastAscii = folded(last);
    QStringList organisations = strings(keyledger::bench::organisations);
    QStringList domains = strings(keyledger::bench::domains);
    QStringList roles = strings(roleNames);
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

Person PersonGenerator::person(quint64 index)
{
    const Tables& t = tables();
    const qsizetype first = at(t.first, index);
    const qsizetype last = at(t.last, index / static_cast<quint64>(t.first.size()));
    const qsizetype org = at(t.organisations, index * 7 + 3);

    Person p;
    p.firstName = t.first.at(first);
    p.lastName = t.last.at(last);
    p.organisation = t.organisations.at(org);
    p.username = t.firstAscii.at(first) + QLatin1Char('.') + t.lastAscii.at(last) + QLatin1Char('.') +
                 QString::number(index);
    p.email = p.username + QLatin1Char('@') + t.domains.at(org);
    p.roles = QStringList{t.roles.at(0)};
    if (index % 3 == 0)
        p.roles.append(
            t.roles.at(1 + static_cast<qsizetype>(index % static_cast<quint64>(t.roles.size() - 1))));
    return p;
}

} // namespace keyledger::bench
