#pragma once

#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace teren {

class CaseSession;
class Store;
struct IndividualPlan;

// Client → Print the plan… and Save the plan as PDF…: the individual plan of the
// client on the card, laid out as the CLI's PDF is (PlanLayout), to read and sign with
// them. Printing goes through the print dialog (which can also print to a PDF file);
// either way the printing is recorded on the client's history. Tests answer the print
// dialog and the file question themselves.
class PlanPrintAction : public QObject
{
    Q_OBJECT

public:
    PlanPrintAction(QMenu *menu, QWidget *dialogParent, std::function<CaseSession *()> session,
                    std::function<QUuid()> currentClient);

    QAction *printAction() const { return m_print; }
    QAction *pdfAction() const { return m_pdf; }
    // Shows the print dialog for `printer`; true to print.
    void setPrintDialogHandler(std::function<bool(QPrinter &printer)> handler) { m_askPrinter = std::move(handler); }
    // Asks where to save the PDF, suggesting a file name; empty to cancel.
    void setFileHandler(std::function<QString(const QString &title, const QString &suggested)> handler)
    {
        m_chooseFile = std::move(handler);
    }
    void setInformHandler(std::function<void(const QString &)> handler) { m_inform = std::move(handler); }
    void setErrorHandler(std::function<void(const QString &)> handler) { m_showError = std::move(handler); }
    void retranslate();

    // Print or save the plan of the client shown on the card; false when there is
    // none, the dialog was cancelled or it failed (the error shown).
    bool printCurrent();
    bool saveCurrentAsPdf();

Q_SIGNALS:
    // The printing of this client's plan was recorded on their history.
    void printed(const QUuid &clientId);

private:
    // Runs `use` on the plan of the client on the card; false when there is none or
    // it failed (the error shown).
    bool withCurrentPlan(const std::function<bool(Store &, const IndividualPlan &)> &use);

    QWidget *m_parent;
    std::function<CaseSession *()> m_session;
    std::function<QUuid()> m_currentClient;
    std::function<bool(QPrinter &)> m_askPrinter;
    std::function<QString(const QString &, const QString &)> m_chooseFile;
    std::function<void(const QString &)> m_inform;
    std::function<void(const QString &)> m_showError;
    QAction *m_print;
    QAction *m_pdf;
};

} // namespace teren
