#include "support/TcpForwarder.h"

#include <QTcpSocket>

namespace keyledger::test {

TcpForwarder::TcpForwarder(QHostAddress targetHost, quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpForwarder::relay);
}

quint16 TcpForwarder::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool TcpForwarder::listen(quint16 port)
{
    m_port = port;
    return m_server.listen(QHostAddress::LocalHost, port);
}

void TcpForwarder::close()
{
    m_server.close();
    const QList<QTcpSocket*> open = findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : open)
        socket->abort();
}

void TcpForwarder::relay()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto* upstream = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
        upstream->connectToHost(m_targetHost, m_targetPort);
    }
}

} // namespace keyledger::test
