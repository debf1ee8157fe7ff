#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace teren {

class CaseSession;

// The region's yearly targets (indicator, year, optional locality or provider,
// value): listed, added, changed and removed as undoable, synced edits.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TargetsDialog(CaseSession &session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    // The form's values; a target of the same indicator, year and scope is changed.
    void setForm(const QString &indicator, int year, const QUuid &scope, double value);
    bool save();
    bool removeSelected();
    QLabel *error() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void retranslate();
    void showSelected();

    CaseSession &m_session;
    QList<Target> m_targets;
    QTableWidget *m_table;
    QComboBox *m_indicator;
    QSpinBox *m_year;
    QComboBox *m_scope;
    QDoubleSpinBox *m_value;
    QLabel *m_formLabel;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_close;
    QLabel *m_error;
};

} // namespace teren
