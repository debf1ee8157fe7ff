#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QFile;

namespace teren {

// Every file a person names to Terén (a bundle, a spreadsheet, an identity or a
// passphrase file) is opened here, and only when it is an ordinary file of a size
// Terén can have written or be meant to read: a pipe would block the read for ever,
// a device such as /dev/zero never ends, and a file far larger than any of its kind
// would be read into memory. Nothing waits on such a file, not even to open it.
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    // The limits, well above what Terén writes: a demo region of 100,000 clients
    // exported whole is a bundle of 112 MiB, and its spreadsheets hold about 10 MiB
    // per file; identity and passphrase files are a few lines.
    static constexpr qint64 maxBundleBytes = qint64(2) << 30;   // 2 GiB
    static constexpr qint64 maxSpreadsheetBytes = qint64(256) << 20; // 256 MiB per CSV file
    static constexpr qint64 maxSmallFileBytes = qint64(64) << 10; // 64 KiB

    // Opens `file` (its name set) for reading when it is an ordinary file of at most
    // `maxBytes`. Otherwise it stays closed and the answer says why, translated and
    // without the file's name, for a sentence of the caller's that names it ("Could
    // not open %1: %2"); empty when the file is open.
    [[nodiscard]] static QString open(QFile &file, qint64 maxBytes);
    // The whole file, with the same checks; nothing, and why in `why`, when it is
    // not read.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString &why);
};

} // namespace teren
