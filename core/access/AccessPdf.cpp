#include "AccessPdf.h"

#include "A4Pdf.h"
#include "PersonalRecord.h"

#include "store/ClientHistory.h"

#include "domain/Codes.h"
#include "i18n/Dates.h"

#include <QPdfWriter>
#include <QTextDocument>

namespace teren {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? Dates::shortDate(date) : QStringLiteral("—");
}

// One table of label : value rows, leaving out what is empty.
class Facts
{
public:
    void add(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_rows += QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), escaped(value));
    }
    QString html() const
    {
        return m_rows.isEmpty() ? QString()
                                : QStringLiteral("<table cellspacing=0 cellpadding=3>%1</table>").arg(m_rows);
    }

private:
    QString m_rows;
};

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}

QString nothing()
{
    return QStringLiteral("<p><i>%1</i></p>").arg(AccessPdf::tr("Nothing recorded.").toHtmlEscaped());
}

QString personSection(const PersonalRecord &record)
{
    const Client &client = record.client;
    Facts facts;
    facts.add(AccessPdf::tr("Given name"), client.givenName);
    facts.add(AccessPdf::tr("Family name"), client.familyName);
    facts.add(AccessPdf::tr("Alias"), client.alias);
    facts.add(AccessPdf::tr("Birth year"), client.birthYear ? QString::number(*client.birthYear) : QString());
    facts.add(AccessPdf::tr("Gender"), client.gender.isEmpty() ? QString() : Codes::genderLabel(client.gender));
    facts.add(AccessPdf::tr("Locality"), record.localityName);
    facts.add(AccessPdf::tr("Household"), record.householdLabel);
    facts.add(AccessPdf::tr("Phone"), client.phone);
    facts.add(AccessPdf::tr("Worker"), record.workerName);
    facts.add(AccessPdf::tr("Notes"), client.notes);
    return heading(AccessPdf::tr("Personal details")) + facts.html();
}

QString consentSection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("Consent"));
    html += QStringLiteral("<p>%1</p>")
                .arg((record.consentInForce ? AccessPdf::tr("Your consent to the processing of your data is in force.")
                                            : AccessPdf::tr("No consent to the processing of your data is in force."))
                         .toHtmlEscaped());
    if (record.consents.isEmpty())
        return html + nothing();
    html += QStringLiteral("<ul>");
    for (const Consent &consent : record.consents) {
        QString line = AccessPdf::tr("%1 on %2: %3")
                           .arg(Codes::consentActionLabel(consent.action), dateText(consent.recordedOn),
                                Codes::consentScopeLabel(consent.scope));
        if (!consent.note.isEmpty())
            line += QStringLiteral(" — ") + consent.note;
        const QString recorder = record.consentRecorders.value(consent.workerId);
        if (!recorder.isEmpty())
            line += QStringLiteral(" (") + AccessPdf::tr("recorded by %1").arg(recorder) + QLatin1Char(')');
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    }
    return html + QStringLiteral("</ul>");
}

QString cooperationSection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("Cooperation"));
    if (record.cooperations.isEmpty())
        return html + nothing();
    html += QStringLiteral("<ul>");
    for (const PersonalRecord::Period &period : record.cooperations) {
        const Cooperation &cooperation = period.cooperation;
        QString line = cooperation.endOn.isValid()
            ? AccessPdf::tr("From %1 to %2").arg(dateText(cooperation.startOn), dateText(cooperation.endOn))
            : AccessPdf::tr("Since %1").arg(dateText(cooperation.startOn));
        if (!period.endReasonLabel.isEmpty())
            line += QStringLiteral(" (%1)").arg(period.endReasonLabel);
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    }
    return html + QStringLiteral("</ul>");
}

QString stepsList(const PersonalRecord &record, const QList<Step> &steps)
{
    if (steps.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const Step &step : steps) {
        // The partner institution by name where one is responsible.
        const QString who = record.partnerNames.value(step.partnerId, Codes::responsibleLabel(step.responsible));
        QString line = AccessPdf::tr("Step: %1 (who: %2, by %3)").arg(step.text, who, dateText(step.dueOn));
        if (step.doneOn.isValid())
            line += QStringLiteral(" — ") + AccessPdf::tr("done on %1").arg(dateText(step.doneOn));
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    }
    return html + QStringLiteral("</ul>");
}

QString needsSection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("Needs and the individual plan"));
    if (record.needs.isEmpty())
        return html + nothing();
    for (const PersonalRecord::CardNeed &cardNeed : record.needs) {
        const Need &need = cardNeed.need;
        html += QStringLiteral("<h3>%1</h3>").arg(cardNeed.areaLabel.toHtmlEscaped());
        Facts facts;
        facts.add(AccessPdf::tr("Identified on"), dateText(need.identifiedOn));
        facts.add(AccessPdf::tr("Intensity"), QString::number(need.intensity));
        if (need.isOpen())
            facts.add(AccessPdf::tr("Priority"), QString::number(need.priority));
        facts.add(AccessPdf::tr("State"), Codes::needStatusLabel(need.status));
        facts.add(AccessPdf::tr("Closed on"), need.closedOn.isValid() ? dateText(need.closedOn) : QString());
        facts.add(AccessPdf::tr("Outcome"), cardNeed.outcomeLabel);
        html += facts.html();
        for (const PersonalRecord::PlannedGoal &planned : cardNeed.goals) {
            const Goal &goal = planned.goal;
            QString line = AccessPdf::tr("Goal: %1 (%2, by %3, %4)")
                               .arg(goal.text, Codes::horizonLabel(goal.horizon), dateText(goal.targetOn),
                                    Codes::goalStatusLabel(goal.status));
            html += QStringLiteral("<p>%1</p>").arg(escaped(line)) + stepsList(record, planned.steps);
        }
    }
    return html;
}

QString contactsSection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("Contacts"));
    if (record.contacts.isEmpty())
        return html + nothing();
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(AccessPdf::tr("Date").toHtmlEscaped(), AccessPdf::tr("Worker").toHtmlEscaped(),
                     AccessPdf::tr("Place and minutes").toHtmlEscaped(), AccessPdf::tr("What was done").toHtmlEscaped(),
                     AccessPdf::tr("Note").toHtmlEscaped());
    for (const PersonalRecord::Visit &visit : record.contacts) {
        const Contact &contact = visit.contact;
        QStringList done = visit.interventionLabels;
        if (!visit.needAreaLabels.isEmpty())
            done.append(AccessPdf::tr("needs: %1").arg(visit.needAreaLabels.join(QStringLiteral(", "))));
        QStringList partners;
        for (const QUuid &partnerId : contact.partnerIds)
            partners.append(record.partnerNames.value(partnerId));
        if (!partners.isEmpty())
            done.append(AccessPdf::tr("partners: %1").arg(partners.join(QStringLiteral(", "))));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(dateText(contact.contactOn)), escaped(visit.workerName),
                         escaped(AccessPdf::tr("%1, %n min", nullptr, contact.minutes)
                                     .arg(Codes::placeLabel(contact.place))),
                         escaped(done.join(QStringLiteral("; "))), escaped(contact.note));
    }
    return html + QStringLiteral("</table>");
}

QString workersSection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("Who worked with you"));
    if (record.workerNames.isEmpty())
        return html + nothing();
    return html + QStringLiteral("<p>%1</p>").arg(escaped(record.workerNames.join(QStringLiteral(", "))));
}

QString historySection(const PersonalRecord &record)
{
    QString html = heading(AccessPdf::tr("History of your records"));
    if (record.history.isEmpty())
        return html + nothing();
    html += QStringLiteral("<p>%1</p>")
                .arg(AccessPdf::tr("Every change of your records and every time your card was opened or exported, "
                                   "newest first: who, when, on which computer, and what changed.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=2 width=100%><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>")
                .arg(AccessPdf::tr("When").toHtmlEscaped(), AccessPdf::tr("Who and where").toHtmlEscaped(),
                     AccessPdf::tr("Record").toHtmlEscaped(), AccessPdf::tr("What changed").toHtmlEscaped());
    for (const HistoryEntry &entry : record.history) {
        const QString who = entry.installation.isEmpty()
            ? entry.authorName
            : AccessPdf::tr("%1 (%2)").arg(entry.authorName, entry.installation);
        // A value written where there was none reads as the value alone.
        const QString what = entry.kind == HistoryEntry::Kind::View ? entry.fieldLabel
            : entry.oldText.isEmpty() ? AccessPdf::tr("%1: %2").arg(entry.fieldLabel, entry.newText)
                                      : AccessPdf::tr("%1: %2 → %3").arg(entry.fieldLabel, entry.oldText, entry.newText);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(escaped(Dates::shortDateTime(entry.when.toLocalTime())), escaped(who), escaped(entry.record),
                         escaped(what));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString AccessPdf::html(const PersonalRecord &record)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("What we hold about %1").arg(record.client.displayName()).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Made on %1 by %2. This document lists every record this file holds about you; a "
                                "machine-readable copy of the same is in the JSON file beside it.")
                                 .arg(Dates::shortDate(record.madeAt.date()),
                                      record.madeBy.isEmpty() ? tr("the service") : record.madeBy)));
    html += personSection(record) + consentSection(record) + cooperationSection(record) + needsSection(record)
        + contactsSection(record) + workersSection(record) + historySection(record);
    return html + QStringLiteral("</body></html>");
}

void AccessPdf::write(const PersonalRecord &record, const QString &path)
{
    A4Pdf::write(path, tr("What we hold about %1").arg(record.client.displayName()), [&record](QPdfWriter &pdf) {
        QTextDocument document;
        document.setHtml(html(record));
        document.print(&pdf);
    });
}

} // namespace teren
