#pragma once

#include "CardTab.h"
#include "domain/Entities.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace teren {

class CloseNeedDialog;
class NeedDialog;

// The regional card: the client's needs, open ones in priority order (drag a row or
// Ctrl+Up/Ctrl+Down to reorder; the rest renumber), closed ones below.
class NeedsTab : public CardTab
{
    Q_OBJECT

public:
    explicit NeedsTab(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QUuid selectedNeed() const;
    void selectNeed(const QUuid &needId);

    // Open the dialogs (window-modal, not blocking) and return them, so tests can fill them in.
    NeedDialog *addNeed();
    NeedDialog *editNeed();
    CloseNeedDialog *closeNeed();
    void moveSelected(int delta);
    void moveNeed(const QUuid &needId, int priority);
    void reopenSelected();
    void deleteSelected();

protected:
    void reload() override;
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    std::optional<Need> need(const QUuid &id) const;

    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_delete;
    QList<Need> m_needs;
};

} // namespace teren
