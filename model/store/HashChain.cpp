#include "store/HashChain.h"

#include <openssl/evp.h>

#include <array>
#include <memory>

namespace keyledger {

namespace {

// OpenSSL's SHA-256 uses the CPU's SHA extensions: ~0.4 µs per row against ~2.6 µs for
// QCryptographicHash in Qt 6.4, which matters at 150,000 appends per second.
class Sha256
{
public:
    // The algorithm is fetched once and the context reused per thread: creating them for every
    // row costs a third of the hashing time.
    Sha256()
        : m_ctx(context())
    {
        EVP_DigestInit_ex2(m_ctx, algorithm(), nullptr);
    }
    void add(const char* bytes, size_t size) { EVP_DigestUpdate(m_ctx, bytes, size); }
    void add(const QByteArray& bytes) { add(bytes.constData(), static_cast<size_t>(bytes.size())); }
    void addU32(quint32 value)
    {
        const std::array<char, 4> b{char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
        add(b.data(), b.size());
    }
    void addU64(quint64 value)
    {
        addU32(static_cast<quint32>(value >> 32));
        addU32(static_cast<quint32>(value));
    }
    void addField(const QByteArray& bytes)
    {
        addU32(static_cast<quint32>(bytes.size()));
        add(bytes);
    }
    QByteArray result()
    {
        QByteArray out(HashChain::HashSize, '\0');
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &size);
        return out;
    }

private:
    static const EVP_MD* algorithm()
    {
        static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256(
            EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
        return sha256.get();
    }
    static EVP_MD_CTX* context()
    {
        thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
        return ctx.get();
    }

    EVP_MD_CTX* m_ctx;
};

} // namespace

QByteArray HashChain::hash(const QByteArray& previousHash, const ChainedRow& row)
{
    Sha256 sha;
    sha.add(previousHash);
    sha.addU64(static_cast<quint64>(row.position));
    sha.addField(row.eventId);
    sha.addField(row.streamId);
    sha.addU64(static_cast<quint64>(row.streamVersion));
    sha.addField(row.type);
    sha.addU32(static_cast<quint32>(row.schemaVersion));
    sha.addField(row.data);
    sha.addField(row.metadata);
    sha.addU64(static_cast<quint64>(row.recordedAtMs));
    return sha.result();
}

QByteArray HashChain::sha256(const QByteArray& bytes)
{
    Sha256 sha;
    sha.add(bytes);
    return sha.result();
}

} // namespace keyledger
