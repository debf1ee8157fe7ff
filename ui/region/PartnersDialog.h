#pragma once

#include "RegionForms.h"
#include "RegionListDialog.h"
#include "domain/Entities.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace teren {

// A partner institution: kind, name and locality. Any worker may add one (also on a
// field laptop, offline); editing is the coordinator's.
class PartnerForm : public RegionForm
{
    Q_OBJECT

public:
    PartnerForm(CaseSession &session, const Partner &partner, QWidget *parent = nullptr);
    Partner partner() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *localityBox() const { return m_locality; }

private:
    Partner m_partner;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_locality;
};

// Merging a duplicate entry into the one kept: the steps and contacts naming the
// duplicate name the kept entry, and the duplicate is retired. One undoable edit.
class MergePartnerDialog : public RegionForm
{
    Q_OBJECT

public:
    MergePartnerDialog(CaseSession &session, const Partner &duplicate, QWidget *parent = nullptr);
    QComboBox *keptBox() const { return m_kept; }
    QLabel *effectLabel() const { return m_effect; }

private:
    Partner m_duplicate;
    QComboBox *m_kept;
    QLabel *m_effect;
};

// Region → Partners: the institutions field work coordinates with (labour office,
// OSPOD, school...), how many steps and contacts name each, and the coordinator's
// add, edit, retire (or bring back) and merge of duplicates. Retired entries are greyed.
class PartnersDialog : public RegionListDialog
{
    Q_OBJECT

public:
    explicit PartnersDialog(CaseSession &session, QWidget *parent = nullptr);
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *mergeButton() const { return m_merge; }
    // Retires the selected entry from today, or brings it back; false when nothing changed.
    bool toggleRetired();
    MergePartnerDialog *merge();

protected:
    void retranslate() override;
    void fill() override;
    RegionForm *newForm(bool adding) override;
    void updateButtons() override;

private:
    std::optional<Partner> current();
    QPushButton *m_retire;
    QPushButton *m_merge;
};

} // namespace teren
