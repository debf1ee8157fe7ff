#include "NativeStatement.h"

#include "Database.h"

#include <QVarLengthArray>

#include <sqlite3.h>

namespace teren {

NativeStatement::NativeStatement(Database &db, const QString &sql)
    : m_db(db)
    , m_context(sql.left(40))
{
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db.handle(), text.constData(), static_cast<int>(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        db.fail(m_context, rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(int index, const QVariant &value, QByteArray &utf8)
{
    // The values outlive the step (run() holds them, and the UTF-8 of a text), so
    // SQLite need not copy them: SQLITE_STATIC.
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_blob64(m_statement, index, bytes->constData(), static_cast<sqlite3_uint64>(bytes->size()),
                                     SQLITE_STATIC);
            break;
        }
        default:
            utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                     SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
    }
    if (rc != SQLITE_OK)
        m_db.fail(m_context, rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
}

int NativeStatement::run(const QVariantList &values)
{
    QVarLengthArray<QByteArray, 16> texts(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        bind(static_cast<int>(i) + 1, values.at(i), texts[i]);
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_db.fail(m_context, rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return sqlite3_changes(sqlite3_db_handle(m_statement));
}

} // namespace teren
