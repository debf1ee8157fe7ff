#pragma once

#include "RegionListDialog.h"
#include "domain/Entities.h"
#include "store/CodelistEditor.h"
#include "store/Codelists.h"

#include <QList>

#include <optional>

class QComboBox;
class QLabel;

namespace teren {

class HandOverDialog;
class RetireWorkerDialog;

// The region's workers: add, edit, retire (after handing their clients over), and
// hand all of one worker's clients over to another.
class WorkersDialog : public RegionListDialog
{
    Q_OBJECT

public:
    explicit WorkersDialog(CaseSession &session, QWidget *parent = nullptr);
    QPushButton *retireButton() const { return m_retire; }
    QPushButton *handOverButton() const { return m_handOver; }
    RetireWorkerDialog *retire();
    HandOverDialog *handOverAll();

protected:
    void retranslate() override;
    void fill() override;
    RegionForm *newForm(bool adding) override;
    void updateButtons() override;

private:
    std::optional<Worker> current();
    QPushButton *m_retire;
    QPushButton *m_handOver;
};

// The providers of the services: name, IČO, registered services.
class ProvidersDialog : public RegionListDialog
{
    Q_OBJECT

public:
    explicit ProvidersDialog(CaseSession &session, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void fill() override;
    RegionForm *newForm(bool adding) override;
};

// The localities where the work happens.
class LocalitiesDialog : public RegionListDialog
{
    Q_OBJECT

public:
    explicit LocalitiesDialog(CaseSession &session, QWidget *parent = nullptr);

protected:
    void retranslate() override;
    void fill() override;
    RegionForm *newForm(bool adding) override;
};

// The codelists the region extends (intervention types, outcomes per need area, end
// reasons): add a code, relabel it, retire it or bring it back. Retired codes are
// greyed. The need areas are shown as they are: fixed, as the indicators depend on them.
class CodelistsDialog : public RegionListDialog
{
    Q_OBJECT

public:
    // What the list shows: one of the editable lists, or the fixed need areas.
    enum Shown { InterventionTypes, Outcomes, EndReasons, NeedAreas };

    explicit CodelistsDialog(CaseSession &session, QWidget *parent = nullptr);
    QComboBox *listBox() const { return m_listBox; }
    QComboBox *areaBox() const { return m_area; }
    QPushButton *retireButton() const { return m_retire; }
    void showList(Shown list, const QString &area = {});
    // Retires the selected code, or brings it back when it is retired.
    bool toggleRetired();
    QLabel *errorLabel() const { return m_error; }

protected:
    void retranslate() override;
    void fill() override;
    RegionForm *newForm(bool adding) override;
    void updateButtons() override;

private:
    Shown shown() const;
    CodelistEditor::List editorList() const;
    QList<Codelists::Item> items() const;

    QLabel *m_listLabel;
    QComboBox *m_listBox;
    QLabel *m_areaLabel;
    QComboBox *m_area;
    QLabel *m_fixedNote;
    QLabel *m_error;
    QPushButton *m_retire;
};

} // namespace teren
