#include "Formats.h"

#include "i18n/Dates.h"

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

QString Formats::dateFormat()
{
    return Dates::shortFormat();
}

QString Formats::shortDate(const QDate &date)
{
    return Dates::shortDate(date);
}

QString Formats::shortDateTime(const QDateTime &dateTime)
{
    return Dates::shortDateTime(dateTime);
}

QString Formats::longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString Formats::onDay(const QDate &date)
{
    if (!date.isValid())
        return {};
    // The language's long date without its weekday, which the phrase below names.
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd"));
    while (!format.isEmpty() && (format.front() == u',' || format.front().isSpace()))
        format.remove(0, 1);
    const QString day = QLocale().toString(date, format.trimmed());
    switch (date.dayOfWeek()) {
    case 1:
        return tr("on Monday, %1").arg(day);
    case 2:
        return tr("on Tuesday, %1").arg(day);
    case 3:
        return tr("on Wednesday, %1").arg(day);
    case 4:
        return tr("on Thursday, %1").arg(day);
    case 5:
        return tr("on Friday, %1").arg(day);
    case 6:
        return tr("on Saturday, %1").arg(day);
    default:
        return tr("on Sunday, %1").arg(day);
    }
}

QString Formats::dateEditFormat()
{
    return dateFormat();
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

} // namespace teren
