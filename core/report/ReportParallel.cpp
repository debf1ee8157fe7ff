// Report passes on a second connection, in parallel with the other passes.
#include "ReportSteps.h"

#include "changes/ChangeLog.h"

#include <sqlite3.h>

namespace teren::report {

ParallelPass::ParallelPass(const QString &path, const QVariantMap &parameters, qint64 expectedChange,
                           std::function<void(Sql &)> pass, std::function<bool()> cancelled)
{
    m_thread = std::thread([this, path, parameters, expectedChange, pass = std::move(pass),
                            cancelled = std::move(cancelled)] {
        bool done = false;
        try {
            // QtSql connections belong to the thread that opens them: this one lives
            // and dies here.
            Database db(path);
            // Published for the destructor's interrupt until just before the
            // connection closes (the guard goes first).
            const HandleGuard guard(*this, db.handle());
            db.execScript(QStringLiteral("BEGIN DEFERRED"));
            // Every write to the card appends to the change log, so the same last
            // change means the same data as the caller's snapshot.
            if (changelog::lastSeq(db) == expectedChange) {
                const CancelWatch watch(db.handle(), cancelled);
                Sql sql(db, parameters);
                pass(sql);
                done = true;
            }
            db.execScript(QStringLiteral("COMMIT"));
        } catch (...) {
            done = false; // the caller runs the pass itself
        }
        std::lock_guard lock(m_mutex);
        m_done = done;
    });
}

namespace {

int askCancelled(void *cancelled)
{
    return (*static_cast<const std::function<bool()> *>(cancelled))() ? 1 : 0;
}

// SQLite counts virtual-machine steps; a few thousand take some microseconds, so the
// question costs nothing measurable and the answer comes within a millisecond.
constexpr int stepsBetweenQuestions = 4000;

} // namespace

CancelWatch::CancelWatch(sqlite3 *handle, const std::function<bool()> &cancelled)
    : m_handle(handle), m_cancelled(cancelled)
{
    if (m_cancelled)
        sqlite3_progress_handler(m_handle, stepsBetweenQuestions, askCancelled,
                                 const_cast<std::function<bool()> *>(&m_cancelled));
}

CancelWatch::~CancelWatch()
{
    if (m_cancelled)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

ParallelPass::HandleGuard::HandleGuard(ParallelPass &pass, sqlite3 *handle) : m_pass(pass)
{
    std::lock_guard lock(m_pass.m_mutex);
    m_pass.m_handle = handle;
}

ParallelPass::HandleGuard::~HandleGuard()
{
    std::lock_guard lock(m_pass.m_mutex);
    m_pass.m_handle = nullptr;
}

ParallelPass::~ParallelPass()
{
    if (!m_thread.joinable())
        return;
    {
        // Leaving early (an error or a cancelled report): stop the other query.
        std::lock_guard lock(m_mutex);
        if (m_handle)
            sqlite3_interrupt(m_handle);
    }
    m_thread.join();
}

bool ParallelPass::take()
{
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    return m_done;
}

} // namespace teren::report
