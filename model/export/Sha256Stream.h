#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyledger {

// Incremental SHA-256 over OpenSSL (SHA extensions; QCryptographicHash is about six times
// slower in Qt 6.4), for the digest of a whole export written or read in pieces.
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void add(QByteArrayView bytes);
    // The digest of everything added (32 bytes); the stream starts again empty.
    QByteArray result();

private:
    void* m_context; // EVP_MD_CTX, kept out of the header
};

} // namespace keyledger
