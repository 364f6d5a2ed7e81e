#include "core/demo/DemoPeople.h"

#include <QHash>
#include <QRandomGenerator>

#include <array>
#include <cmath>

namespace keyledger::demo {

namespace {

constexpr std::array firstNames{
    u"Amélie", u"Lucas",  u"Chloé", u"Hugo",   u"Léa",    u"Gabriel", u"Manon",   u"Arthur",
    u"Inès",   u"Jules",  u"Sofia", u"Noah",   u"Zoé",    u"Louis",   u"Camille", u"Mathis",
    u"Elena",  u"Tomás",  u"Aïcha", u"Pieter", u"Ingrid", u"Kenji",   u"Priya",   u"Oskar",
    u"Marie",  u"Martin", u"Sarah", u"Thomas", u"Julie",  u"Nicolas", u"Laura",   u"Antoine",
    u"Emma",   u"Maxime", u"Clara", u"Romain", u"Anna",   u"David",   u"Eva",     u"Paul",
    u"Nora",   u"Victor", u"Alice", u"Simon",  u"Lina",   u"Adam",    u"Rosa",    u"Yusuf"};
constexpr std::array lastNames{
    u"Durand",   u"Lefèvre",  u"Moreau",    u"Girard",   u"Bonnet",   u"Dupont",  u"Lambert", u"Fontaine",
    u"Rousseau", u"Vincent",  u"Müller",    u"García",   u"Rossi",    u"Nowak",   u"Jensen",  u"Okafor",
    u"Tanaka",   u"Kowalski", u"Van Damme", u"Silva",    u"Andersen", u"Dubois",  u"Martins", u"Laurent",
    u"Bernard",  u"Petit",    u"Robert",    u"Richard",  u"Leroy",    u"Roux",    u"Morel",   u"Fournier",
    u"Mercier",  u"Blanc",    u"Guerin",    u"Muller",   u"Henry",    u"Roussel", u"Nicolas", u"Perrin",
    u"Morin",    u"Mathieu",  u"Clément",   u"Gauthier", u"Dumont",   u"Lopez",   u"Schmitt", u"Kaya"};
// Organisation ids as Keycloak's organisation attribute holds them, and their mail domains.
constexpr std::array organisations{u"Northwind Logistics", u"Contoso Pharma", u"Fabrikam Énergie",
                                   u"Tailspin Banking",    u"Adatum Santé",   u"Litware Retail",
                                   u"Proseware Software",  u"Coho Vineyards"};
constexpr std::array domains{
    u"northwind.example", u"contoso-pharma.example", u"fabrikam.example",  u"tailspin-bank.example",
    u"adatum.example",    u"litware.example",        u"proseware.example", u"coho.example"};
static_assert(organisations.size() == DemoPeople::OrganisationCount);
static_assert(domains.size() == DemoPeople::OrganisationCount);

QString text(const char16_t* value)
{
    return QString::fromUtf16(value);
}

} // namespace

QString DemoPeople::ascii(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_D).toLower();
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    folded.replace(QLatin1Char(' '), QLatin1Char('-'));
    return folded;
}

QStringList DemoPeople::allFirstNames()
{
    QStringList names;
    for (const char16_t* name : firstNames)
        names.append(text(name));
    return names;
}

QStringList DemoPeople::allLastNames()
{
    QStringList names;
    for (const char16_t* name : lastNames)
        names.append(text(name));
    return names;
}

QString DemoPeople::organisation(int index)
{
    return text(organisations.at(size_t(index)));
}

QString DemoPeople::domain(int index)
{
    return text(domains.at(size_t(index)));
}

QString DemoPeople::networkPrefix(int index)
{
    // Three documentation networks shared out between the organisations' offices.
    static const std::array prefixes{u"192.0.2.", u"198.51.100.", u"203.0.113."};
    return text(prefixes.at(size_t(index) % prefixes.size()));
}

QString DemoPeople::firstName(quint64 index)
{
    return text(firstNames.at(size_t(index % firstNames.size())));
}

QString DemoPeople::lastName(quint64 index)
{
    return text(lastNames.at(size_t(index % lastNames.size())));
}

std::vector<DemoPerson> DemoPeople::generate(int count)
{
    // Organisation k weighs 1 / sqrt(k + 1): a few large customers and a tail of small ones.
    std::array<double, OrganisationCount> cumulative{};
    double total = 0;
    for (int k = 0; k < OrganisationCount; ++k) {
        total += 1.0 / std::sqrt(double(k + 1));
        cumulative.at(size_t(k)) = total;
    }
    QRandomGenerator random(20240501u);
    QHash<QString, int> taken; // "first.last" -> how many people have it already
    std::vector<DemoPerson> people;
    people.reserve(size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        DemoPerson person;
        person.firstName = firstName(random.generate());
        person.lastName = lastName(random.generate());
        const double u = random.generateDouble() * total;
        while (person.organisation + 1 < OrganisationCount && cumulative.at(size_t(person.organisation)) < u)
            ++person.organisation;
        const QString base = ascii(person.firstName) + QLatin1Char('.') + ascii(person.lastName);
        const int repeats = taken[base]++;
        person.username = repeats == 0 ? base : base + QString::number(repeats + 1);
        person.email = person.username + QLatin1Char('@') + domain(person.organisation);
        person.roles = {QStringLiteral("user")};
        const quint32 extra = random.bounded(100u);
        if (extra < 12)
            person.roles.append(QStringLiteral("billing-viewer"));
        else if (extra < 20)
            person.roles.append(QStringLiteral("support-agent"));
        else if (extra < 23)
            person.roles.append(QStringLiteral("auditor"));
        else if (extra < 24)
            person.roles.append(QStringLiteral("realm-admin"));
        people.push_back(std::move(person));
    }
    return people;
}

} // namespace keyledger::demo
