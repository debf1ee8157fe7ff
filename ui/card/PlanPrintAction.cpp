#include "PlanPrintAction.h"

#include "CaseSession.h"

#include "access/A4Pdf.h"
#include "access/IndividualPlan.h"
#include "access/PlanLayout.h"
#include "access/PlanPdf.h"
#include "domain/Error.h"
#include "store/ClientViews.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace teren {

PlanPrintAction::PlanPrintAction(QMenu *menu, QWidget *dialogParent, std::function<CaseSession *()> session,
                                 std::function<QUuid()> currentClient)
    : QObject(menu)
    , m_parent(dialogParent)
    , m_session(std::move(session))
    , m_currentClient(std::move(currentClient))
    , m_askPrinter([this](QPrinter &printer) {
        QPrintDialog dialog(&printer, m_parent);
        dialog.setWindowTitle(tr("Print the individual plan"));
        return dialog.exec() == QDialog::Accepted;
    })
    , m_chooseFile([this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(m_parent, title, QDir::home().filePath(suggested),
                                            tr("PDF documents (*.pdf)"));
    })
    , m_inform([this](const QString &message) { QMessageBox::information(m_parent, tr("Plan saved"), message); })
    , m_showError([this](const QString &message) { QMessageBox::warning(m_parent, tr("Plan not printed"), message); })
    , m_print(menu->addAction(QString(), this, [this] { printCurrent(); }))
    , m_pdf(menu->addAction(QString(), this, [this] { saveCurrentAsPdf(); }))
{
    m_print->setObjectName(QStringLiteral("printPlan"));
    m_pdf->setObjectName(QStringLiteral("savePlanAsPdf"));
}

void PlanPrintAction::retranslate()
{
    m_print->setText(tr("&Print the plan…"));
    m_pdf->setText(tr("Save the plan as P&DF…"));
    m_print->setEnabled(m_session() != nullptr);
    m_pdf->setEnabled(m_session() != nullptr);
}

bool PlanPrintAction::withCurrentPlan(const std::function<bool(Store &, const IndividualPlan &)> &use)
{
    CaseSession *session = m_session();
    const QUuid clientId = m_currentClient();
    if (!session || clientId.isNull())
        return false;
    try {
        return use(session->store(), IndividualPlan::of(session->store(), clientId));
    } catch (const Error &error) {
        m_showError(error.message());
        return false;
    }
}

bool PlanPrintAction::printCurrent()
{
    return withCurrentPlan([this](Store &store, const IndividualPlan &plan) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(A4Pdf::pageLayout());
        printer.setDocName(PlanLayout::tr("Individual plan: %1").arg(plan.clientName));
        if (!m_askPrinter(printer))
            return false;
        if (!PlanLayout::print(plan, QFont(), printer)) {
            m_showError(tr("The plan could not be printed: the printer did not accept it. Check the printer and "
                           "try again, or save the plan as a PDF."));
            return false;
        }
        // The plan is on paper already: a view that cannot be written (a full disk)
        // is not worth an error over it.
        try {
            if (ClientViews(store).recordPlanPrinted(plan.clientId))
                Q_EMIT printed(plan.clientId);
        } catch (const Error &) {
        }
        return true;
    });
}

bool PlanPrintAction::saveCurrentAsPdf()
{
    return withCurrentPlan([this](Store &store, const IndividualPlan &plan) {
        const QString suggested = tr("plan %1 %2.pdf", "file name: the client, the day")
                                      .arg(plan.filedName, plan.madeOn.toString(Qt::ISODate));
        QString path = m_chooseFile(tr("Save the individual plan of %1 as PDF").arg(plan.clientName), suggested);
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        PlanPdf::write(store, plan.clientId, path);
        Q_EMIT printed(plan.clientId);
        m_inform(tr("The individual plan of %1 is saved as:\n\n%2\n\nIt holds their personal data: keep it safe.")
                     .arg(plan.clientName, QDir::toNativeSeparators(path)));
        return true;
    });
}

} // namespace teren
