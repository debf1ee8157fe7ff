#pragma once

#include "store/Duplicates.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace teren {

class CaseSession;

// Possible duplicate persons (the same person registered by two workers), the
// records merged so far and the pairs marked as two different people. Merging keeps
// the chosen record and shows everything of both under it; un-merging separates
// them again (undoable, synced edits). "Not the same person" takes a pair off the
// list in this file until it is restored (undoable too).
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(CaseSession &session, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *candidates() const { return m_candidates; }
    QTreeWidget *merged() const { return m_merged; }
    QTreeWidget *dismissed() const { return m_dismissed; }
    // Act on the selected row; return whether an edit was made.
    bool keepFirst();
    bool keepSecond();
    bool unmerge();
    bool notSamePerson();
    bool restoreDismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool mergePair(bool keepFirstRecord);
    // The ids by value: the edit reloads the lists they would otherwise point into.
    bool apply(const QString &undoText, QUuid duplicate, QUuid kept, const std::function<void()> &action);
    bool setDismissed(DuplicatePair pair, bool dismissed);
    void showError(const QString &message);
    QString describe(const PersonRecord &person) const;
    void retranslate();
    void updateButtons();

    CaseSession &m_session;
    QList<DuplicatePair> m_pairs;
    QList<MergedPerson> m_mergedPersons;
    QList<DuplicatePair> m_dismissedPairs;
    QLabel *m_intro;
    QTreeWidget *m_candidates;
    QPushButton *m_keepFirst;
    QPushButton *m_keepSecond;
    QPushButton *m_notSame;
    QTabWidget *m_decided;
    QTreeWidget *m_merged;
    QTreeWidget *m_dismissed;
    QPushButton *m_unmerge;
    QPushButton *m_restore;
    QPushButton *m_close;
    QLabel *m_error;
};

} // namespace teren
