#pragma once

#include "sync/Conflicts.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace teren {

class CaseSession;

// The fields two installations changed without seeing each other's edit, side by
// side with who typed what and when. "Keep current" or "Take the other" (or, for a
// text, a third value written from both) writes the chosen value as a new, undoable
// change: it settles the conflict here and, once
// exported, on every other replica too, with who decided and when.
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictReviewDialog(CaseSession &session, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *list() const { return m_list; }
    // Decides the selected conflict; returns whether an edit was made.
    bool keepCurrent();
    bool takeOther();
    // Writes the text in the editor (free-text fields only).
    bool writeEdited();
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    bool decide(bool takeOther);
    bool write(const ConflictEntry &entry, const QVariant &value);
    static bool isFreeText(const QString &field);
    QString describeRow(const ConflictEntry &entry);
    static QString describeField(const QString &field);
    QString describeSide(const ConflictEntry &entry, const ConflictEntry::Side &side) const;
    void retranslate();
    void updateButtons();

    CaseSession &m_session;
    QList<ConflictEntry> m_entries;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_keep;
    QPushButton *m_take;
    QPushButton *m_close;
    QLabel *m_editorLabel;
    QPlainTextEdit *m_editor;
    QPushButton *m_write;
    QLabel *m_error;
};

} // namespace teren
