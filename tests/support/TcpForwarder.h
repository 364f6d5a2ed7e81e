#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace keyledger::test {

// A loopback TCP relay in front of a real server: while it does not listen, clients get
// "connection refused" exactly as with a server that is down; once it listens, bytes flow
// both ways untouched. Lets a test take the real Keycloak "offline" and back.
class TcpForwarder : public QObject
{
    Q_OBJECT
public:
    TcpForwarder(QHostAddress targetHost, quint16 targetPort, QObject* parent = nullptr);

    // A port on 127.0.0.1 nothing listens on (yet).
    static quint16 freePort();
    bool listen(quint16 port);
    void close(); // stops listening and cuts the open connections
    quint16 port() const { return m_port; }

private:
    void relay();

    QTcpServer m_server;
    QHostAddress m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
};

} // namespace keyledger::test
