#pragma once

#include "common/KeyledgerError.h"

#include <QCoreApplication>

#include <QString>

namespace keyledger {

// The storage could not be used as asked: the file is missing, damaged, read-only, or not ours.
class StorageError : public KeyledgerError
{
public:
    enum class Kind
    {
        Missing,
        Corrupt,
        ReadOnly,
        NotKeyledger,
        TooNew,
        Io
    };
    StorageError(Kind kind, QString message)
        : KeyledgerError(std::move(message))
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// The stream was not at the version the writer expected: someone else appended first.
class ConcurrencyError : public KeyledgerError
{
public:
    ConcurrencyError(QString streamId, QString expected, qint64 actual)
        : KeyledgerError(
              QCoreApplication::translate("keyledger::ConcurrencyError",
                                          "%1 was changed meanwhile: expected version %2, found %3")
                  .arg(streamId, expected)
                  .arg(actual))
        , m_streamId(std::move(streamId))
        , m_actualVersion(actual)
    {}
    const QString& streamId() const { return m_streamId; }
    qint64 actualVersion() const { return m_actualVersion; }

private:
    QString m_streamId;
    qint64 m_actualVersion;
};

// An event id that is already stored elsewhere (another stream, or only part of a batch).
class DuplicateEventError : public KeyledgerError
{
public:
    using KeyledgerError::KeyledgerError;
};

// A unique value (username, e-mail) already held by another live stream.
class ClaimConflictError : public KeyledgerError
{
public:
    ClaimConflictError(QString scope, QString value, QString owner)
        : KeyledgerError(
              QCoreApplication::translate("keyledger::ClaimConflictError", "%1 \"%2\" is already taken")
                  .arg(scope, value))
        , m_scope(std::move(scope))
        , m_value(std::move(value))
        , m_owner(std::move(owner))
    {}
    const QString& scope() const { return m_scope; }
    const QString& value() const { return m_value; }
    const QString& owner() const { return m_owner; }

private:
    QString m_scope;
    QString m_value;
    QString m_owner;
};

} // namespace keyledger
