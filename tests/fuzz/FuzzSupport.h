#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace teren {
class Store;
}

namespace teren::fuzz {

// What every fuzz target sets up once, from LLVMFuzzerInitialize: the application
// object QtSql's driver and tr() rely on, and core's messages in English.
void initialise(int *argc, char ***argv);

// A folder for the target's files, made on the first call and removed at exit.
QString scratchFolder();

// The fuzzer's input without a copy; valid during one LLVMFuzzerTestOneInput.
inline QByteArray view(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Writes `content` to `path`, replacing the file; aborts when it cannot, as a fuzz
// run on a full disk would otherwise test nothing.
void writeFile(const QString &path, const QByteArray &content);

// The files the merge targets and their corpus start from, unencrypted: a demo
// region of `clients` clients from `seed` (rules of who may change what off), and a
// coordinator's new region (rules on).
std::unique_ptr<Store> demoFile(const QString &path, int clients, quint64 seed);
std::unique_ptr<Store> regionFile(const QString &path);

} // namespace teren::fuzz
