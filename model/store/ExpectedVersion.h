#pragma once

#include <QString>
#include <QtGlobal>

namespace keyledger {

// What the writer believes about a stream before appending (optimistic concurrency).
// Stream versions start at 1; a stream with no events has version 0.
class ExpectedVersion
{
public:
    enum class Kind
    {
        Any,
        NoStream,
        Exact
    };

    static ExpectedVersion any() { return ExpectedVersion(Kind::Any, -1); }
    static ExpectedVersion noStream() { return ExpectedVersion(Kind::NoStream, 0); }
    static ExpectedVersion exact(qint64 version) { return ExpectedVersion(Kind::Exact, version); }

    Kind kind() const { return m_kind; }
    qint64 version() const { return m_version; }
    bool matches(qint64 actual) const
    {
        switch (m_kind) {
        case Kind::Any:
            return true;
        case Kind::NoStream:
            return actual == 0;
        case Kind::Exact:
            return actual == m_version;
        }
        return false;
    }
    QString toString() const
    {
        switch (m_kind) {
        case Kind::Any:
            return QStringLiteral("any");
        case Kind::NoStream:
            return QStringLiteral("no stream");
        case Kind::Exact:
            return QString::number(m_version);
        }
        return {};
    }

private:
    ExpectedVersion(Kind kind, qint64 version)
        : m_kind(kind)
        , m_version(version)
    {}
    Kind m_kind;
    qint64 m_version;
};

} // namespace keyledger
