#include "Formats.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace teren {

namespace {

// Takes the format of the new language's dates when the language changes.
class LocaleDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setDisplayFormat(Formats::dateEditFormat());
        QDateEdit::changeEvent(event);
    }
};

} // namespace

QString Formats::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString Formats::shortDateTime(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime, QLocale::ShortFormat);
}

QString Formats::longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString Formats::dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QDateEdit *Formats::newDateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new LocaleDateEdit(parent);
    if (date.isValid())
        edit->setDate(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateEditFormat());
    return edit;
}

QString Formats::reportDateFormat()
{
    return QStringLiteral("d. M. yyyy");
}

QDateEdit *Formats::newReportDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(reportDateFormat());
    return edit;
}

} // namespace teren
