#include "NeedDialogs.h"

#include "Formats.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDateEdit>

namespace teren {

NeedDialog::NeedDialog(CaseSession &session, const Need &need, QWidget *parent)
    : EditDialog(parent)
    , m_need(need)
    , m_area(new QComboBox(this))
    , m_intensity(new QComboBox(this))
    , m_identified(Formats::newDateEdit(
          this, need.identifiedOn.isValid() ? need.identifiedOn : session.store().clock().today()))
    , m_status(new QComboBox(this))
{
    const bool adding = need.id.isNull();
    setWindowTitle(adding ? tr("Add need") : tr("Edit need"));
    const Codelists &codes = session.store().codelists();
    for (const Codelists::Item &area : codes.areas())
        m_area->addItem(area.label(Codelists::currentLanguage()), area.code);
    m_area->setCurrentIndex(std::max(0, m_area->findData(need.area)));
    m_intensity->addItem(tr("1 – low"), 1);
    m_intensity->addItem(tr("2 – medium"), 2);
    m_intensity->addItem(tr("3 – high"), 3);
    m_intensity->setCurrentIndex(std::clamp(need.intensity, 1, 3) - 1);
    for (const QString &status : Codes::openNeedStatuses())
        m_status->addItem(Codes::needStatusLabel(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(need.status)));

    addField(QStringLiteral("area"), tr("&Area:"), m_area);
    addField(QStringLiteral("intensity"), tr("&Intensity:"), m_intensity);
    addField(QStringLiteral("identified_on"), tr("I&dentified on:"), m_identified);
    if (!adding && need.isOpen())
        addField(QStringLiteral("status"), tr("&Status:"), m_status);
    else
        m_status->hide();

    setSubmit([this, sessionPtr = &session, adding] {
        const Need edited = this->need();
        return sessionPtr->edit(adding ? tr("Add need") : tr("Edit need"), edited.clientId, [&] {
            NeedRepository needs(sessionPtr->store());
            if (adding)
                needs.create(edited);
            else
                needs.update(edited);
        });
    });
}

Need NeedDialog::need() const
{
    Need need = m_need;
    need.area = m_area->currentData().toString();
    need.intensity = m_intensity->currentData().toInt();
    need.identifiedOn = m_identified->date();
    if (need.isOpen())
        need.status = m_status->currentData().toString();
    return need;
}

CloseNeedDialog::CloseNeedDialog(CaseSession &session, const Need &need, QWidget *parent)
    : EditDialog(parent)
    , m_need(need)
    , m_status(new QComboBox(this))
    , m_closed(Formats::newDateEdit(this, session.store().clock().today()))
    , m_outcome(new QComboBox(this))
{
    const Codelists &codes = session.store().codelists();
    setWindowTitle(tr("Close need: %1").arg(codes.areaLabel(need.area)));
    for (const QString &status : Codes::closedNeedStatuses())
        m_status->addItem(Codes::needStatusLabel(status), status);
    m_outcome->addItem(tr("— choose the outcome —"), QString());
    for (const Codelists::Item &outcome : codes.outcomes(need.area)) {
        // Retired outcomes stay on the needs closed with them, but are no longer offered.
        if (!outcome.retired || outcome.code == need.outcome)
            m_outcome->addItem(outcome.label(Codelists::currentLanguage()), outcome.code);
    }
    addField(QStringLiteral("status"), tr("&Result:"), m_status);
    addField(QStringLiteral("closed_on"), tr("&Closed on:"), m_closed);
    addField(QStringLiteral("outcome"), tr("&Outcome:"), m_outcome);

    QStringList openGoals;
    for (const Goal &goal : PlanRepository(session.store()).goalsForNeed(need.id)) {
        if (goal.status == u"open")
            openGoals.append(goal.text);
    }
    if (!openGoals.isEmpty()) {
        m_goals = new QComboBox(this);
        m_goals->addItem(tr("Leave them open"), QString());
        m_goals->addItem(tr("Mark them achieved on the closing date"), QStringLiteral("achieved"));
        m_goals->addItem(tr("Mark them dropped"), QStringLiteral("dropped"));
        m_goals->setToolTip(openGoals.join(QLatin1Char('\n')));
        addField(QStringLiteral("open_goals"), tr("Its open &goals (%1):").arg(openGoals.size()), m_goals);
        connect(m_goals, &QComboBox::activated, this, [this] { m_goalsChosen = true; });
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &CloseNeedDialog::updateOutcomeState);
    updateOutcomeState();

    setSubmit([this, sessionPtr = &session] {
        const Need closed = this->need();
        const QString goalStatus = this->goalStatus();
        return sessionPtr->edit(closed.status == u"resolved" ? tr("Resolve need") : tr("Close need"),
                                closed.clientId, [&] {
                                    Store &store = sessionPtr->store();
                                    NeedRepository(store).update(closed);
                                    if (goalStatus.isEmpty())
                                        return;
                                    PlanRepository plan(store);
                                    for (Goal goal : plan.goalsForNeed(closed.id)) {
                                        if (goal.status != u"open")
                                            continue;
                                        goal.status = goalStatus;
                                        goal.achievedOn = goalStatus == u"achieved" ? closed.closedOn : QDate();
                                        plan.updateGoal(goal);
                                    }
                                });
    });
}

void CloseNeedDialog::updateOutcomeState()
{
    const bool resolved = m_status->currentData().toString() == u"resolved";
    m_outcome->setEnabled(resolved);
    // Until the user picks for the goals: a resolved need's goals were achieved,
    // those of a need closed otherwise were dropped.
    if (m_goals && !m_goalsChosen)
        m_goals->setCurrentIndex(m_goals->findData(resolved ? QStringLiteral("achieved") : QStringLiteral("dropped")));
}

QString CloseNeedDialog::goalStatus() const
{
    return m_goals ? m_goals->currentData().toString() : QString();
}

Need CloseNeedDialog::need() const
{
    Need need = m_need;
    need.status = m_status->currentData().toString();
    need.closedOn = m_closed->date();
    need.outcome = need.status == u"resolved" ? m_outcome->currentData().toString() : QString();
    return need;
}

} // namespace teren
