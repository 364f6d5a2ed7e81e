#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace keyledger {

// Maps (event type, stored schema version) to the current shape. Each upcaster lifts one
// version to the next; reading applies them in a chain. Stored bytes are never rewritten,
// so the hash chain stays valid.
class UpcasterRegistry
{
public:
    using Upcaster = std::function<QJsonObject(const QJsonObject&)>;

    // Registers the step fromVersion -> fromVersion + 1 for type.
    void add(const QString& type, int fromVersion, Upcaster upcaster);
    int currentVersion(const QString& type) const;
    // Returns the data in the current shape and sets version to the current version. Throws
    // KeyledgerError when a step in the chain is missing.
    QJsonObject upcast(const QString& type, int& version, QJsonObject data) const;

private:
    struct Key
    {
        QString type;
        int fromVersion;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) { return qHashMulti(seed, key.type, key.fromVersion); }

    QHash<Key, Upcaster> m_steps;
    QHash<QString, int> m_current;
};

} // namespace keyledger
