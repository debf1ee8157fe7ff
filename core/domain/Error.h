#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace teren {

// Every failure that reaches a user carries a message already translated into the
// current language; `field` names the input the message belongs to, so the UI can
// show it beside that field.
class Error : public std::exception
{
public:
    explicit Error(QString message, QString field = {});

    const QString &message() const noexcept { return m_message; }
    const QString &field() const noexcept { return m_field; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QString m_field;
    QByteArray m_utf8;
};

// Input that breaks a rule of the card (intensity out of range, a date before the
// need was identified, an unknown code...). Nothing was written.
class ValidationError : public Error
{
public:
    using Error::Error;
};

// The file could not be read or written (disk full, locked, corrupt, newer schema).
class StorageError : public Error
{
public:
    using Error::Error;
};

// A write the file refused because of what it held, not because of the file: a
// value its CHECK or NOT NULL rules do not allow, a key already taken, or a parent
// row that is not there (which a merge waits for; the rest it refuses).
class ConstraintError : public StorageError
{
public:
    enum class Kind { ForeignKey, Other };
    ConstraintError(Kind kind, QString message) : StorageError(std::move(message)), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

} // namespace teren
