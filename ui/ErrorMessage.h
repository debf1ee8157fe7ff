#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace teren {

// What the user is told when an action ends in an exception. A teren::Error carries
// its own translated message; anything else (std::bad_alloc, a library's exception)
// gets a translated generic one, with the exception's own text for whoever helps.
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)

public:
    static QString of(const std::exception &error);
    // For something thrown that is not even a std::exception.
    static QString ofUnknown();
};

} // namespace teren
