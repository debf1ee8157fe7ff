#include "DecodedRecords.h"

#include "Bundle.h"
#include "Merger.h"

namespace teren {

namespace {

// Records travel in batches so the two threads meet a few hundred times per
// 100,000 records rather than once per record; a few batches ahead are enough to
// keep the merging thread fed.
constexpr std::size_t recordsPerBatch = 512;
constexpr std::size_t batchesAhead = 8;

} // namespace

DecodedRecords::DecodedRecords(BundleReader &reader, Decode decode)
{
    m_thread = std::thread([this, &reader, decode = std::move(decode)] { decodeAll(reader, decode); });
}

DecodedRecords::~DecodedRecords()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void DecodedRecords::decodeAll(BundleReader &reader, const Decode &decode)
{
    Batch batch;
    try {
        batch.reserve(recordsPerBatch);
        while (const std::optional<QCborMap> record = reader.next()) {
            ChangeRecord change = decode(*record);
            EncodedMaps encoded = EncodedMaps::of(change);
            QString unstorable = Merger::unstorable(change);
            batch.push_back({std::move(change), std::move(encoded), std::move(unstorable)});
            if (batch.size() == recordsPerBatch && !push(batch))
                return;
        }
        if (!batch.empty() && !push(batch))
            return;
    } catch (...) {
        // The records before the failure still go out first (one batch over the
        // bound, once), so the consumer sees exactly where the bundle went wrong.
        std::lock_guard lock(m_mutex);
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        m_failure = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool DecodedRecords::push(Batch &batch)
{
    Batch spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < batchesAhead; });
        if (m_stopping)
            return false;
        m_ready.push_back(std::move(batch));
        if (!m_spent.empty()) {
            spent = std::move(m_spent.back());
            m_spent.pop_back();
        }
    }
    m_changed.notify_all();
    spent.clear(); // outside the lock: this is the freeing the consumer was spared
    batch = std::move(spent);
    batch.reserve(recordsPerBatch);
    return true;
}

const DecodedChange *DecodedRecords::next()
{
    if (m_position == m_current.size()) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
            if (m_ready.empty()) {
                if (m_failure)
                    std::rethrow_exception(m_failure);
                return nullptr;
            }
            m_spent.push_back(std::move(m_current));
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_position = 0;
    }
    return &m_current[m_position++];
}

} // namespace teren
