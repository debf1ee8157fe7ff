#include "RefusedChangesDialog.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "WindowGeometry.h"
#include "domain/Error.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace teren {

namespace {

enum Column { WhenColumn, InstallationColumn, WorkerColumn, ClientColumn, What, Why, ColumnCount };

} // namespace

RefusedChangesDialog::RefusedChangesDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_confirm([this](const QString &question) {
        return QMessageBox::warning(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(newErrorLabel(QStringLiteral("refusedError"), this))
    , m_accept(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("refusedChangesDialog"));
    m_intro->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("refusedDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("refusedStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("refusedChanges"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    m_accept->setObjectName(QStringLiteral("acceptRefused"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    WindowGeometry::manage(this, QSize(1180, 460));

    connect(m_accept, &QPushButton::clicked, this, &RefusedChangesDialog::acceptSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RefusedChangesDialog::updateButtons);
    retranslate();
}

QString RefusedChangesDialog::clientName(const RefusedChange &change) const
{
    if (change.clientId.isNull())
        return {};
    const std::optional<Client> client = ClientRepository(m_session.store()).find(change.clientId);
    return client ? client->displayName() : tr("(not here)");
}

QString RefusedChangesDialog::whatWasWritten(const RefusedChange &change) const
{
    const QString who = change.worker.isEmpty() ? change.installation : change.worker;
    if (change.erasureRequest)
        return tr("Erasure requested by %1").arg(who);
    static const QHash<QString, const char *> entities = {
        {QStringLiteral("client"), QT_TR_NOOP("client")},
        {QStringLiteral("household"), QT_TR_NOOP("household")},
        {QStringLiteral("cooperation"), QT_TR_NOOP("cooperation")},
        {QStringLiteral("need"), QT_TR_NOOP("need")},
        {QStringLiteral("goal"), QT_TR_NOOP("goal")},
        {QStringLiteral("step"), QT_TR_NOOP("step")},
        {QStringLiteral("contact"), QT_TR_NOOP("contact")},
        {QStringLiteral("worker"), QT_TR_NOOP("worker")},
        {QStringLiteral("provider"), QT_TR_NOOP("provider")},
        {QStringLiteral("locality"), QT_TR_NOOP("locality")},
        {QStringLiteral("region"), QT_TR_NOOP("region")},
        {QStringLiteral("area"), QT_TR_NOOP("need area")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("intervention_type"), QT_TR_NOOP("intervention type")},
        {QStringLiteral("end_reason"), QT_TR_NOOP("end reason")},
        {QStringLiteral("target"), QT_TR_NOOP("target")},
        {QStringLiteral("installation"), QT_TR_NOOP("installation")},
    };
    // The fields people recognise by name; the others by their column.
    static const QHash<QString, const char *> columns = {
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("given_name"), QT_TR_NOOP("given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("family name")},
        {QStringLiteral("alias"), QT_TR_NOOP("alias")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("worker_id"), QT_TR_NOOP("worker")},
        {QStringLiteral("locality_id"), QT_TR_NOOP("locality")},
        {QStringLiteral("provider_id"), QT_TR_NOOP("provider")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("deleted"), QT_TR_NOOP("deletion")},
        {QStringLiteral("label_cs"), QT_TR_NOOP("Czech label")},
        {QStringLiteral("label_en"), QT_TR_NOOP("English label")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("active_to"), QT_TR_NOOP("last working day")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
    };
    QStringList fields;
    for (const QString &field : change.fields) {
        const auto column = columns.constFind(field);
        fields.append(column == columns.cend() ? field : tr(*column));
    }
    const auto entity = entities.constFind(change.entity);
    const QString name = entity == entities.cend() ? change.entity : tr(*entity);
    return fields.isEmpty() ? name
                            : tr("%1: %2", "what was written: the record: its fields")
                                  .arg(name, fields.join(QStringLiteral(", ")));
}

void RefusedChangesDialog::reload()
{
    const int row = m_list->currentIndex().row();
    m_changes = RefusedChanges(m_session.store()).list();
    m_list->clear();
    for (const RefusedChange &change : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, Formats::shortDateTime(change.when.toLocalTime()));
        item->setText(InstallationColumn, change.installation);
        item->setText(WorkerColumn, change.worker);
        item->setText(ClientColumn, clientName(change));
        item->setText(What, whatWasWritten(change));
        item->setText(Why, change.reason);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, item->text(column));
        if (change.erasureRequest) {
            QFont bold = item->font(What);
            bold.setBold(true);
            item->setFont(What, bold);
        }
    }
    // Every column but the reason as wide as its text; the reason wraps in the rest.
    for (int column = 0; column < Why; ++column) {
        m_list->resizeColumnToContents(column);
        m_list->setColumnWidth(column, m_list->columnWidth(column) + 12);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(row, 0, m_list->topLevelItemCount() - 1)));
    if (m_changes.isEmpty())
        m_status->setText(tr("No refused changes."));
    updateButtons();
}

void RefusedChangesDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool chosen = row >= 0 && row < m_changes.size();
    m_accept->setEnabled(chosen);
    m_accept->setText(chosen && m_changes.at(row).erasureRequest ? tr("&Confirm the erasure…") : tr("&Accept…"));
    // The chosen change in full: the list's columns may cut it short.
    m_details->setVisible(chosen);
    if (chosen) {
        const RefusedChange &change = m_changes.at(row);
        m_details->setText(tr("%1\nWhy it was refused: %2").arg(whatWasWritten(change), change.reason));
    }
}

bool RefusedChangesDialog::acceptSelected()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_changes.size())
        return false;
    const RefusedChange change = m_changes.at(row);
    const QString who = change.worker.isEmpty() ? change.installation : change.worker;
    const QString client = clientName(change);
    const QString question =
        change.erasureRequest
            ? tr("Erase %1 for good, as %2 asked?\n\nTheir names, notes and every text about them are wiped from "
                 "this file and from every laptop this change reaches; only anonymous codes, dates and counts "
                 "stay for statistics. This cannot be undone, and the list of edits to undo is cleared.")
                  .arg(client.isEmpty() ? tr("the client") : client, who)
            : tr("Accept this change from %1 (%2)?\n\n%3\n\nIt is applied here, and on every laptop once your "
                 "bundles reach it. Accepting cannot be undone.")
                  .arg(who, change.installation, whatWasWritten(change));
    if (!m_confirm(question))
        return false;
    try {
        RefusedChanges(m_session.store()).accept(change.stamp);
    } catch (const Error &error) {
        showInlineError(m_error, error.message(), nullptr, this);
        return false;
    }
    m_error->hide();
    reload();
    if (change.erasureRequest) {
        // Undoing an older edit would write the wiped values back.
        m_session.undoStack()->clear();
        m_status->setText(tr("%1 was erased.").arg(client.isEmpty() ? tr("The client") : client));
    } else {
        m_status->setText(tr("The change from %1 was accepted and applied.").arg(who));
    }
    Q_EMIT databaseChanged();
    return true;
}

void RefusedChangesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RefusedChangesDialog::retranslate()
{
    setWindowTitle(tr("Refused changes"));
    m_intro->setText(tr("Changes from the workers' laptops that the region's rules refused: they are kept, not "
                        "applied. Accept one that was right after all; an erasure a worker requested is done "
                        "once you confirm it. Accepting cannot be undone."));
    m_list->setHeaderLabels({tr("When"), tr("Installation"), tr("Worker"), tr("Client"), tr("What was written"),
                             tr("Why it was refused")});
    m_close->setText(tr("Close"));
    reload();
}

} // namespace teren
