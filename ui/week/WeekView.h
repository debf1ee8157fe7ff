#pragma once

#include "store/WeekAgenda.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace teren {

class CaseSession;

// "This week": what is due across a caseload today (WeekAgenda), in five sections
// with their counts. Activating a line opens the client's card at that record; a step
// can be marked done from here, as one undoable edit. The view follows every change
// of the session's data, the worker chosen (or all clients) and the days without
// contact (a setting), while it is active (shown as the caseload's page): until then
// the whole region's agenda is not read, so a large file opens on the list at once.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    // What a line holds, in its first column.
    enum Role { ClientRole = Qt::UserRole + 1, ItemRole, KindRole };

    explicit WeekView(QWidget *parent = nullptr);

    void setSession(CaseSession *session);
    // The worker whose clients are listed; null: every client in the file.
    void setWorker(const QUuid &workerId);
    QUuid worker() const;
    const WeekAgenda &agenda() const { return m_agenda; }

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *workerChoice() const { return m_worker; }
    QSpinBox *daysChoice() const { return m_days; }
    QPushButton *doneButton() const { return m_done; }
    // The counts, for the window's status bar.
    QLabel *countsLabel() const { return m_counts; }

    // Reads the agenda now when active, else when it becomes active.
    void reload();
    // Whether the view is the page shown; true unless set (CaseloadPages sets it).
    void setActive(bool active);
    bool isStale() const { return m_stale; }
    // Marks the step on the chosen line done today.
    void markSelectedDone();

Q_SIGNALS:
    // A line was activated: show this client at this record (the client's own id for
    // a client not contacted).
    void itemActivated(QUuid clientId, QUuid itemId);

protected:
    void changeEvent(QEvent *event) override;
    // Shown again (Ctrl+1) maybe on another day: the lists are read afresh.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillWorkers();
    void updateButtons();
    QString sectionTitle(int section) const;
    void addLines(QTreeWidgetItem *header, const QList<WeekItem> &items, int section);

    CaseSession *m_session = nullptr;
    bool m_active = true;
    bool m_stale = false; // a reload waits until the view is active
    WeekAgenda m_agenda;
    QDate m_day;
    QLabel *m_title;
    QLabel *m_workerLabel;
    QComboBox *m_worker;
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QTreeWidget *m_tree;
    QPushButton *m_done;
    QLabel *m_counts;
};

} // namespace teren
