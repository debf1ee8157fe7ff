#pragma once

#include "storage/StorageFailures.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace teren {

// What the user can do with a file Terén would not open for work: the reason, and a
// button for each way out that applies (the latest good backup, reading it as it
// is, salvaging what reads into a new file, opening it despite a missing WAL).
class UnopenableFileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class WayOut { Cancel, RestoreLatestBackup, OpenReadOnly, OpenAsItIs, Salvage };

    // `latestBackup`: a description of the newest backup, empty when there is none.
    UnopenableFileDialog(const QString &path, const UnopenableFile &problem, const QString &latestBackup,
                         QWidget *parent = nullptr);

    WayOut chosen() const { return m_chosen; }
    QString message() const;
    // The buttons offered (null when that way out does not apply).
    QPushButton *button(WayOut wayOut) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPushButton *addWayOut(WayOut wayOut, bool offered);

    QString m_path;
    QString m_problem;
    QString m_latestBackup;
    WayOut m_chosen = WayOut::Cancel;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_backupText;
    QList<std::pair<WayOut, QPushButton *>> m_buttons;
};

} // namespace teren
