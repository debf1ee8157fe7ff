#include "RetentionDialog.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "RegionAccess.h"
#include "WindowGeometry.h"
#include "domain/Error.h"
#include "store/Retention.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace teren {

RetentionDialog::RetentionDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_confirm([this](const QString &question) {
        return QMessageBox::warning(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
    , m_mayEdit(Retention(session.store()).mayAnonymise())
    , m_intro(new QLabel(this))
    , m_yearsBefore(new QLabel(this))
    , m_years(new QSpinBox(this))
    , m_yearsAfter(new QLabel(this))
    , m_saveYears(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_error(newErrorLabel(QStringLiteral("retentionError"), this))
    , m_anonymise(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("retentionNotice"));
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(Retention::minimumYears, Retention::maximumYears);
    m_years->setValue(Retention(session.store()).years());
    m_yearsBefore->setBuddy(m_years);
    m_saveYears->setObjectName(QStringLiteral("saveRetentionYears"));
    m_list->setObjectName(QStringLiteral("pastRetention"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("pastRetentionCount"));
    m_anonymise->setObjectName(QStringLiteral("anonymise"));

    auto *period = new QHBoxLayout;
    period->addWidget(m_yearsBefore);
    period->addWidget(m_years);
    period->addWidget(m_yearsAfter, 1);
    period->addWidget(m_saveYears);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anonymise);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(period);
    layout->addWidget(m_notice);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    WindowGeometry::manage(this, QSize(760, 480));

    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    connect(m_saveYears, &QPushButton::clicked, this, &RetentionDialog::saveYears);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymiseSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RetentionDialog::updateButtons);
    retranslate();
}

void RetentionDialog::reload()
{
    m_list->clear();
    const QList<PastRetention> past = Retention(m_session.store()).clientsPast(m_years->value());
    for (const PastRetention &client : past) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, client.name);
        item->setData(0, Qt::UserRole, client.clientId);
        item->setText(1, client.locality);
        item->setText(2, Formats::shortDate(client.lastEndedOn));
    }
    m_count->setText(tr("%n client(s) past retention.", nullptr, static_cast<int>(past.size())));
    updateButtons();
}

void RetentionDialog::updateButtons()
{
    const bool hasRegion = Retention(m_session.store()).hasRegion();
    m_saveYears->setEnabled(m_mayEdit && hasRegion);
    m_anonymise->setEnabled(m_mayEdit && !m_list->selectedItems().isEmpty());
}

void RetentionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool RetentionDialog::saveYears()
{
    try {
        Retention(m_session.store()).setYears(m_years->value());
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    showError({});
    return true;
}

bool RetentionDialog::anonymiseSelected()
{
    QList<QUuid> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toUuid());
    if (ids.isEmpty() || !m_mayEdit)
        return false;
    const QString question =
        tr("Anonymise %n client(s)?\n\nTheir names, phone numbers, notes and every text about them are wiped from "
           "this file and its history, and from every laptop this change reaches; codes, dates, birth year and "
           "gender stay, so every report reads as before. This cannot be undone, and the list of edits to undo "
           "is cleared.",
           nullptr, static_cast<int>(ids.size()));
    if (!m_confirm(question))
        return false;
    try {
        Retention(m_session.store()).anonymise(ids, m_years->value());
    } catch (const Error &error) {
        showError(error.message());
        return false;
    }
    showError({});
    // Undoing an older edit would write the wiped values back.
    m_session.undoStack()->clear();
    Q_EMIT m_session.clientChanged(QUuid());
    reload();
    return true;
}

void RetentionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RetentionDialog::retranslate()
{
    setWindowTitle(tr("Clients past retention"));
    m_intro->setText(tr("Clients whose every cooperation has ended, the last one longer ago than the retention "
                        "period. Anonymising them wipes their names, phone numbers and every text about them, and keeps "
                        "the codes and dates the regional report counts. Clients with no cooperation recorded "
                        "are not listed."));
    m_yearsBefore->setText(tr("&Retention period in years:"));
    m_yearsAfter->setText(tr("after the last cooperation ended"));
    m_saveYears->setText(tr("&Save for the region"));
    QString notice = RegionAccess::readOnlyReason(m_session.store());
    if (notice.isEmpty() && !Retention(m_session.store()).hasRegion())
        notice = tr("This file belongs to no region: the period of %1 years applies, and the one shown here only "
                    "lists the clients.")
                     .arg(Retention::defaultYears);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_list->setHeaderLabels({tr("Client"), tr("Locality"), tr("Last cooperation ended")});
    m_anonymise->setText(tr("&Anonymise…"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace teren
