#pragma once

#include "store/Duplicates.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// Possible duplicate persons (the same person registered by two workers) and the
// records merged so far. Merging keeps the chosen record and shows everything of
// both under it; un-merging separates them again. Both are undoable, synced edits.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(CaseSession &session, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *candidates() const { return m_candidates; }
    QTreeWidget *merged() const { return m_merged; }
    // Act on the selected row; return whether an edit was made.
    bool keepFirst();
    bool keepSecond();
    bool unmerge();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool mergePair(bool keepFirstRecord);
    bool apply(const QString &undoText, const QUuid &duplicate, const QUuid &kept, const std::function<void()> &action);
    QString describe(const PersonRecord &person) const;
    void retranslate();
    void updateButtons();

    CaseSession &m_session;
    QList<DuplicatePair> m_pairs;
    QList<MergedPerson> m_mergedPersons;
    QLabel *m_intro;
    QTreeWidget *m_candidates;
    QPushButton *m_keepFirst;
    QPushButton *m_keepSecond;
    QLabel *m_mergedTitle;
    QTreeWidget *m_merged;
    QPushButton *m_unmerge;
    QPushButton *m_close;
    QLabel *m_error;
};

} // namespace teren
