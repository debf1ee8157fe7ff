#include "BackupsDialog.h"

#include "BackupKeeper.h"
#include "WindowGeometry.h"

#include "i18n/Dates.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace teren {

BackupsDialog::BackupsDialog(BackupKeeper &keeper, QWidget *parent)
    : QDialog(parent)
    , m_keeper(keeper)
    , m_intro(new QLabel(this))
    , m_where(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_backUp(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_folder(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_intro->setWordWrap(true);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setColumnCount(3);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_backUp);
    actions->addWidget(m_restore);
    actions->addStretch(1);
    actions->addWidget(m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_where);
    layout->addLayout(actions);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, [this] {
        m_keeper.backUpNow();
        refresh();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            Q_EMIT restoreRequested(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        Q_EMIT folderRequested();
        refresh();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_table->currentRow() >= 0); });
    WindowGeometry::manage(this, QSize(720, 420));
    retranslate();
}

void BackupsDialog::refresh()
{
    const QList<BackupFile> backups = m_keeper.backups().list();
    m_table->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const BackupFile &backup = backups[row];
        auto *taken = new QTableWidgetItem(Dates::shortDateTime(backup.taken.toLocalTime()));
        taken->setData(Qt::UserRole, backup.path);
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(backup.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, taken);
        m_table->setItem(row, 1, size);
        m_table->setItem(row, 2, new QTableWidgetItem(QFileInfo(backup.path).fileName()));
    }
    m_table->resizeColumnsToContents();
    if (!backups.isEmpty())
        m_table->selectRow(0);
    m_restore->setEnabled(m_table->currentRow() >= 0);
    m_where->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_keeper.folder())));
}

void BackupsDialog::retranslate()
{
    setWindowTitle(tr("Backups"));
    m_intro->setText(tr("Terén backs the file up by itself once a day and when you close it after a change. Each "
                        "backup is checked after it is written and is encrypted as the file is. The last 7 daily, 4 "
                        "weekly and 12 monthly backups are kept. Restoring one keeps the current file aside."));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
    m_backUp->setText(tr("&Back up now"));
    m_restore->setText(tr("&Restore…"));
    m_folder->setText(tr("Change &folder…"));
    refresh();
}

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
