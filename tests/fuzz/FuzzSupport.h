#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

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

} // namespace teren::fuzz
