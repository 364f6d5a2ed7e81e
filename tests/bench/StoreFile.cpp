#include "StoreFile.h"

#include <QDir>
#include <QFile>

namespace keyledger::bench {

StoreFile::StoreFile(const QString& directory, const QString& name)
    : m_path(QDir(directory).filePath(name))
{
    remove();
}

StoreFile::~StoreFile()
{
    remove();
}

void StoreFile::remove() const
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
}

} // namespace keyledger::bench
