#include "store/UpcasterRegistry.h"

#include "common/KeyledgerError.h"

#include <QCoreApplication>

namespace keyledger {

void UpcasterRegistry::add(const QString& type, int fromVersion, Upcaster upcaster)
{
    m_steps.insert(Key{type, fromVersion}, std::move(upcaster));
    m_current[type] = std::max(m_current.value(type, 1), fromVersion + 1);
}

int UpcasterRegistry::currentVersion(const QString& type) const
{
    return m_current.value(type, 1);
}

QJsonObject UpcasterRegistry::upcast(const QString& type, int& version, QJsonObject data) const
{
    const int target = currentVersion(type);
    while (version < target) {
        const auto step = m_steps.constFind(Key{type, version});
        if (step == m_steps.constEnd())
            throw KeyledgerError(
                QCoreApplication::translate("keyledger::UpcasterRegistry",
                                            "No upcaster for %1 version %2: this event cannot be read.")
                    .arg(type)
                    .arg(version));
        data = (*step)(data);
        ++version;
    }
    return data;
}

} // namespace keyledger
