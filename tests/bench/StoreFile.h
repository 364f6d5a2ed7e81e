#pragma once

#include <QString>

namespace keyledger::bench {

// A fresh SQLite file name in the benchmark folder; the file and its -wal/-shm companions are
// removed before use and again when the object goes away.
class StoreFile
{
public:
    StoreFile(const QString& directory, const QString& name);
    ~StoreFile();
    StoreFile(const StoreFile&) = delete;
    StoreFile& operator=(const StoreFile&) = delete;

    const QString& path() const { return m_path; }

private:
    void remove() const;

    QString m_path;
};

} // namespace keyledger::bench
