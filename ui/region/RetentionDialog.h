#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace teren {

class CaseSession;

// Region → Clients past retention: the region's retention period (the coordinator
// changes it here; it goes to every laptop with the region's records), the clients
// whose last cooperation ended longer ago than that, and their anonymisation after a
// confirmation that says it cannot be undone.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;

    RetentionDialog(CaseSession &session, QWidget *parent = nullptr);

    // Tests answer the confirmation themselves.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QSpinBox *yearsBox() const { return m_years; }
    QPushButton *saveYearsButton() const { return m_saveYears; }
    QPushButton *anonymiseButton() const { return m_anonymise; }
    QTreeWidget *list() const { return m_list; }
    QLabel *countLabel() const { return m_count; }
    QLabel *errorLabel() const { return m_error; }
    // Stores the period shown as the region's setting; false when it could not be.
    bool saveYears();
    // Anonymises the selected clients after the confirmation; false when nothing was.
    bool anonymiseSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateButtons();
    void retranslate();
    void showError(const QString &message);

    CaseSession &m_session;
    Confirm m_confirm;
    bool m_mayEdit;
    QLabel *m_intro;
    QLabel *m_yearsBefore;
    QSpinBox *m_years;
    QLabel *m_yearsAfter;
    QPushButton *m_saveYears;
    QLabel *m_notice;
    QTreeWidget *m_list;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_anonymise;
    QPushButton *m_close;
};

} // namespace teren
