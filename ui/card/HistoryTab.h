#pragma once

#include "CardTab.h"
#include "store/ClientHistory.h"

class QComboBox;
class QLabel;
class QTreeWidget;

namespace teren {

// Every change of the client's records and every opening of their card, newest
// first: when, who, on which laptop, the record and field, the old and new value.
// A value that lost a merge is greyed and says to what; what an erasure wiped reads
// "(erased)". The list narrows to one need (with its goals and steps), goal or
// contact, or to the views. Read only when the tab is shown: opening a card stays
// as fast as before.
class HistoryTab : public CardTab
{
    Q_OBJECT

public:
    explicit HistoryTab(QWidget *parent = nullptr);

    // The card recorded a view of the shown client: show it when the tab is open.
    void viewRecorded() { reload(); }
    QTreeWidget *list() const { return m_list; }
    QComboBox *filter() const { return m_filter; }

protected:
    void reload() override;
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fillFilter();
    void fillList();
    bool passesFilter(const HistoryEntry &entry) const;

    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTreeWidget *m_list;
    QList<HistoryEntry> m_entries;
    bool m_stale = true;
};

} // namespace teren
