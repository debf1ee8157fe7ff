// Report passes on a second connection, in parallel with the other passes.
#include "ReportSteps.h"

#include "changes/ChangeLog.h"

#include <sqlite3.h>

namespace teren::report {

ParallelPass::ParallelPass(const QString &path, const QVariantMap &parameters, qint64 expectedChange,
                           std::function<void(Sql &)> pass)
{
    m_thread = std::thread([this, path, parameters, expectedChange, pass = std::move(pass)] {
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
