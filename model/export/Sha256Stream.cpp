#include "export/Sha256Stream.h"

#include <openssl/evp.h>

namespace keyledger {

Sha256Stream::Sha256Stream()
    : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_context), EVP_sha256(), nullptr);
}

Sha256Stream::~Sha256Stream()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void Sha256Stream::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256Stream::result()
{
    QByteArray out(32, '\0');
    unsigned int size = 0;
    auto* context = static_cast<EVP_MD_CTX*>(m_context);
    EVP_DigestFinal_ex(context, reinterpret_cast<unsigned char*>(out.data()), &size);
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    return out;
}

} // namespace keyledger
