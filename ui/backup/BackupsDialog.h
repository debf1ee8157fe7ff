#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace teren {

class BackupKeeper;

// File → Backups…: the backups of the open file with their dates and sizes, newest
// first; Back up now, Restore… the chosen one (the window restores it: the current
// file is kept aside), and the folder they go to.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(BackupKeeper &keeper, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *folderButton() const { return m_folder; }
    void refresh();

Q_SIGNALS:
    // The user chose to restore this backup (and confirmed it).
    void restoreRequested(const QString &backupPath);
    // The user chose another folder (a dialog unless a test answers it).
    void folderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    BackupKeeper &m_keeper;
    QLabel *m_intro;
    QLabel *m_where;
    QTableWidget *m_table;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QPushButton *m_folder;
    QDialogButtonBox *m_buttons;
};

} // namespace teren
