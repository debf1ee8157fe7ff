#include "PlanDialogs.h"

#include "Formats.h"
#include "PartnerPicker.h"
#include "domain/Codes.h"
#include "store/Repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>

namespace teren {

class OptionalDate : public QWidget
{
public:
    OptionalDate(const QDate &date, const QDate &fallback, QWidget *parent)
        : QWidget(parent)
        , m_set(new QCheckBox(this))
        , m_edit(Formats::newDateEdit(this, date.isValid() ? date : fallback))
    {
        m_set->setChecked(date.isValid());
        m_edit->setEnabled(date.isValid());
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_set);
        layout->addWidget(m_edit, 1);
        setFocusProxy(m_edit);
        connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    }
    QDate date() const { return m_set->isChecked() ? m_edit->date() : QDate(); }
    void setDate(const QDate &date)
    {
        m_set->setChecked(date.isValid());
        if (date.isValid())
            m_edit->setDate(date);
    }

private:
    QCheckBox *m_set;
    QDateEdit *m_edit;
};

GoalDialog::GoalDialog(CaseSession &session, const Goal &goal, const QUuid &clientId, QWidget *parent)
    : EditDialog(parent)
    , m_goal(goal)
    , m_text(new QLineEdit(goal.text, this))
    , m_horizon(new QComboBox(this))
    , m_target(new OptionalDate(goal.targetOn, session.store().clock().today().addMonths(1), this))
    , m_status(new QComboBox(this))
    , m_achieved(new OptionalDate(goal.achievedOn, session.store().clock().today(), this))
{
    const bool adding = goal.id.isNull();
    setWindowTitle(adding ? tr("Add goal") : tr("Edit goal"));
    m_text->setMinimumWidth(380);
    for (const QString &horizon : Codes::horizons())
        m_horizon->addItem(Codes::horizonLabel(horizon), horizon);
    m_horizon->setCurrentIndex(std::max(0, m_horizon->findData(goal.horizon)));
    for (const QString &status : Codes::goalStatuses())
        m_status->addItem(Codes::goalStatusLabel(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(goal.status)));
    addField(QStringLiteral("text"), tr("&Goal:"), m_text);
    addField(QStringLiteral("horizon"), tr("&Horizon:"), m_horizon);
    addField(QStringLiteral("target_on"), tr("&Target date:"), m_target);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("achieved_on"), tr("A&chieved on:"), m_achieved);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, today = session.store().clock().today()] {
        if (m_status->currentData().toString() == u"achieved" && !m_achieved->date().isValid())
            m_achieved->setDate(today);
        else if (m_status->currentData().toString() != u"achieved")
            m_achieved->setDate(QDate());
    });
    setSubmit([this, sessionPtr = &session, adding, clientId] {
        const Goal edited = this->goal();
        return sessionPtr->edit(adding ? tr("Add goal") : tr("Edit goal"), clientId, [&] {
            PlanRepository plan(sessionPtr->store());
            if (adding)
                plan.createGoal(edited);
            else
                plan.updateGoal(edited);
        });
    });
}

Goal GoalDialog::goal() const
{
    Goal goal = m_goal;
    goal.text = m_text->text().trimmed();
    goal.horizon = m_horizon->currentData().toString();
    goal.targetOn = m_target->date();
    goal.status = m_status->currentData().toString();
    goal.achievedOn = m_achieved->date();
    return goal;
}

StepDialog::StepDialog(CaseSession &session, const Step &step, const QUuid &clientId, QWidget *parent)
    : EditDialog(parent)
    , m_step(step)
    , m_text(new QLineEdit(step.text, this))
    , m_responsible(new QComboBox(this))
    , m_partner(new PartnerPicker(session, step.partnerId, this))
    , m_due(new OptionalDate(step.dueOn, session.store().clock().today().addDays(7), this))
    , m_done(new OptionalDate(step.doneOn, session.store().clock().today(), this))
{
    const bool adding = step.id.isNull();
    setWindowTitle(adding ? tr("Add step") : tr("Edit step"));
    m_text->setMinimumWidth(380);
    for (const QString &responsible : Codes::responsibles())
        m_responsible->addItem(Codes::responsibleLabel(responsible), responsible);
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(step.responsible)));
    addField(QStringLiteral("text"), tr("&Step:"), m_text);
    addField(QStringLiteral("responsible"), tr("&Who does it:"), m_responsible);
    addField(QStringLiteral("partner_id"), tr("&Partner:"), m_partner);
    // A partner chosen is the institution that does it.
    connect(m_partner, &PartnerPicker::partnerChosen, this, [this](const QUuid &partner) {
        if (!partner.isNull())
            m_responsible->setCurrentIndex(m_responsible->findData(QStringLiteral("institution")));
    });
    addField(QStringLiteral("due_on"), tr("&Due date:"), m_due);
    addField(QStringLiteral("done_on"), tr("D&one on:"), m_done);
    setSubmit([this, sessionPtr = &session, adding, clientId] {
        const Step edited = this->step();
        return sessionPtr->edit(adding ? tr("Add step") : tr("Edit step"), clientId, [&] {
            PlanRepository plan(sessionPtr->store());
            if (adding)
                plan.createStep(edited);
            else
                plan.updateStep(edited);
        });
    });
}

Step StepDialog::step() const
{
    Step step = m_step;
    step.text = m_text->text().trimmed();
    step.responsible = m_responsible->currentData().toString();
    step.partnerId = m_partner->partnerId();
    step.dueOn = m_due->date();
    step.doneOn = m_done->date();
    return step;
}

} // namespace teren
