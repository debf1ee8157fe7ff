#pragma once

#include "changes/ChangeLog.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace teren {

class BundleReader;

struct DecodedChange
{
    ChangeRecord change;
    EncodedMaps encoded;
    QString unstorable; // Merger::unstorable(change)
};

// A bundle's change records, decrypted, decompressed and decoded on a second thread
// while the caller merges the ones before them: on a two-core laptop the import's
// two halves (the bundle's CPU work and SQLite's) overlap instead of adding up.
// The queue between them is bounded, so memory stays flat whatever the bundle's
// size. The decoding thread also encodes the change-log maps and asks whether the
// change can be stored at all (Merger::unstorable). Whatever the reader throws (a
// tampered chunk, a bad signature at the end) reaches the caller from next(), never
// before the records preceding it; only after the reader has verified the whole
// bundle does next() return null.
class DecodedRecords
{
public:
    // `decode` turns a record of the bundle into a change, throwing when it cannot;
    // it runs on the decoding thread and must not touch the database.
    using Decode = std::function<ChangeRecord(const QCborMap &)>;

    DecodedRecords(BundleReader &reader, Decode decode);
    // Stops the decoding thread (the caller may leave early on an error).
    ~DecodedRecords();
    DecodedRecords(const DecodedRecords &) = delete;
    DecodedRecords &operator=(const DecodedRecords &) = delete;

    // The next change, valid until the following call; null after the last.
    const DecodedChange *next();

private:
    using Batch = std::vector<DecodedChange>;

    void decodeAll(BundleReader &reader, const Decode &decode);
    // False when the consumer has gone. Reuses a spent batch for the next.
    bool push(Batch &batch);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    // Batches the consumer is done with go back to be destroyed where their memory
    // was allocated: freeing it on the merging thread would contend for the
    // allocator's per-thread arena with the decoding thread (a sixth of the merge).
    std::vector<Batch> m_spent; // guarded
    bool m_finished = false; // guarded; the decoding thread has nothing more to give
    bool m_stopping = false; // guarded; the consumer has gone
    std::exception_ptr m_failure; // guarded
    Batch m_current;             // the consumer's, taken whole from m_ready
    std::size_t m_position = 0;
    std::thread m_thread;
};

} // namespace teren
