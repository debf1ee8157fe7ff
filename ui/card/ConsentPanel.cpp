#include "ConsentPanel.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "domain/Codes.h"
#include "domain/ConsentHistory.h"
#include "store/ConsentRepository.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {

enum Column { DateColumn, ActionColumn, ScopeColumn, NoteColumn, WorkerColumn, ColumnCount };

// A scope's label opens a line of the current state: with a capital, as a sentence.
QString lineStart(QString label)
{
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace

ConsentPanel::ConsentPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_state(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_dateLabel(new QLabel(this))
    , m_date(Formats::newDateEdit(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_give(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("consentError"), this))
{
    setObjectName(QStringLiteral("consentPanel"));
    m_state->setObjectName(QStringLiteral("consentState"));
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_date->setObjectName(QStringLiteral("consentDate"));
    m_scope->setObjectName(QStringLiteral("consentScope"));
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_give->setObjectName(QStringLiteral("giveConsent"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));

    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_history->setColumnCount(ColumnCount);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->header()->setStretchLastSection(true);
    m_history->setMaximumHeight(m_history->fontMetrics().lineSpacing() * 8);
    m_dateLabel->setBuddy(m_date);
    m_scopeLabel->setBuddy(m_scope);
    m_noteLabel->setBuddy(m_note);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_give);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_noteLabel, m_note);
    form->addRow(QString(), buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_history);
    layout->addLayout(form);
    layout->addWidget(m_error);

    setTabOrder(m_date, m_scope);
    setTabOrder(m_scope, m_note);
    setTabOrder(m_note, m_give);
    setTabOrder(m_give, m_withdraw);

    connect(m_give, &QPushButton::clicked, this, &ConsentPanel::giveConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdrawConsent);

    fillScopes();
    retranslate();
}

void ConsentPanel::fillScopes()
{
    const QString chosen = m_scope->currentData().toString();
    m_scope->clear();
    for (const QString &code : Codes::consentScopes())
        m_scope->addItem(Codes::consentScopeLabel(code), code);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
}

void ConsentPanel::retranslate()
{
    setTitle(tr("Consent"));
    m_history->setHeaderLabels({tr("Date"), tr("Consent"), tr("Scope"), tr("Note"), tr("Recorded by")});
    m_dateLabel->setText(tr("Date:"));
    m_scopeLabel->setText(tr("Scope:"));
    m_noteLabel->setText(tr("Note:"));
    m_note->setPlaceholderText(tr("What exactly the client agreed to or withdrew"));
    m_give->setText(tr("Consent gi&ven"));
    m_give->setToolTip(tr("Record that the client gave this consent on the date"));
    m_withdraw->setText(tr("Consent &withdrawn"));
    m_withdraw->setToolTip(tr("Record that the client withdrew this consent on the date"));
    fillScopes();
    reloadConsents();
}

void ConsentPanel::showClient(CaseSession *session, const std::optional<Client> &client, bool newClient)
{
    m_session = session;
    m_clientId = client ? client->id : QUuid();
    if (newClient) {
        m_error->hide();
        m_note->clear();
        m_scope->setCurrentIndex(0);
        if (client)
            m_date->setDate(m_session->store().clock().today());
    }
    reloadConsents();
}

void ConsentPanel::reloadConsents()
{
    m_history->clear();
    m_consents = m_session && !m_clientId.isNull() ? ConsentRepository(m_session->store()).forClient(m_clientId)
                                                   : QList<Consent>();
    QHash<QUuid, QString> workers;
    const auto workerName = [this, &workers](const QUuid &id) {
        if (id.isNull())
            return QString();
        if (!workers.contains(id))
            workers.insert(id, DirectoryRepository(m_session->store()).workerName(id));
        return workers.value(id);
    };
    // Newest first: what was recorded last is what a worker looks for.
    for (auto it = m_consents.crbegin(); it != m_consents.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(DateColumn, Formats::shortDate(it->recordedOn));
        item->setText(ActionColumn, Codes::consentActionLabel(it->action));
        item->setText(ScopeColumn, Codes::consentScopeLabel(it->scope));
        item->setText(NoteColumn, it->note);
        item->setToolTip(NoteColumn, it->note);
        item->setText(WorkerColumn, workerName(it->workerId));
    }
    for (int column = DateColumn; column < NoteColumn; ++column)
        m_history->resizeColumnToContents(column);
    m_history->setVisible(!m_consents.isEmpty());

    QStringList lines;
    if (!m_clientId.isNull()) {
        lines.append(ConsentHistory::inForce(m_consents) ? tr("Consent in force.")
                                                         : tr("No consent in force."));
        for (const Consent &consent : ConsentHistory::current(m_consents)) {
            const QString scope = lineStart(Codes::consentScopeLabel(consent.scope));
            const QString on = Formats::shortDate(consent.recordedOn);
            lines.append(consent.isGiven() ? tr("%1: given on %2").arg(scope, on)
                                           : tr("%1: withdrawn on %2").arg(scope, on));
        }
    }
    m_state->setText(lines.join(QLatin1Char('\n')));
}

QWidget *ConsentPanel::fieldWidget(const QString &field) const
{
    if (field == u"recorded_on")
        return m_date;
    if (field == u"scope")
        return m_scope;
    if (field == u"note")
        return m_note;
    return nullptr;
}

bool ConsentPanel::giveConsent()
{
    return recordConsent(QStringLiteral("given"));
}

bool ConsentPanel::withdrawConsent()
{
    return recordConsent(QStringLiteral("withdrawn"));
}

bool ConsentPanel::recordConsent(const QString &action)
{
    if (!m_session || m_clientId.isNull())
        return false;
    Consent consent;
    consent.clientId = m_clientId;
    consent.recordedOn = m_date->date();
    consent.action = action;
    consent.scope = m_scope->currentData().toString();
    consent.note = m_note->text();
    const QString text = consent.isGiven() ? tr("Record consent given") : tr("Record consent withdrawn");
    const CaseSession::EditResult result =
        m_session->edit(text, m_clientId, [&] { ConsentRepository(m_session->store()).record(consent); });
    if (!result) {
        showInlineError(m_error, result.message, fieldWidget(result.field), this);
        return false;
    }
    m_error->hide();
    m_note->clear();
    return true;
}

} // namespace teren
