#pragma once

#include "ClientListRows.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace teren {

class BackgroundJob;
class Store;

// Reads the client list's rows of a large file off the GUI thread, on a BackgroundJob
// with its own read-only connection (an encrypted file is open in this process, so
// that connection needs no passphrase; locking the window waits for the job): first a
// page to show at once, then every row, with their sort keys made and sorted by name
// on that thread too. A small file is read at once by the model itself.
class ClientListLoader : public QObject
{
    Q_OBJECT

public:
    // The rows the first page holds.
    static constexpr int firstPageRows = 100;

    explicit ClientListLoader(QObject *parent = nullptr);
    ~ClientListLoader() override;

    // Files this large (in bytes) are read in the background; 32 MiB unless set.
    static qint64 backgroundFrom();
    static void setBackgroundFrom(qint64 bytes);
    static bool readsInBackground(Store &store);

    // Starts reading the file of `store` (which stays open meanwhile), after this turn
    // of the event loop, so the window paints first; a read under way is dropped.
    void load(Store &store);
    // Drops the read under way: nothing more arrives from it.
    void cancel();
    bool isLoading() const { return m_job != nullptr; }
    // What arrived last (firstPageRead, allRead), taken out.
    ClientListRows takeRows();

Q_SIGNALS:
    void firstPageRead();
    void allRead();
    // The file could not be read; the message is translated.
    void failed(QString message);

private:
    struct Reading;
    void start();
    void deliverFirstPage();
    void finish(const QString &error);

    std::unique_ptr<BackgroundJob> m_job;
    std::shared_ptr<Reading> m_reading;
    ClientListRows m_rows;
};

} // namespace teren
