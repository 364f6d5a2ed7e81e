#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace keyledger {

// Base of the typed errors thrown at the model boundary. The message is plain words, meant
// for the person at the keyboard; callers catch the subclasses they can act on.
class KeyledgerError : public std::exception
{
public:
    explicit KeyledgerError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace keyledger
