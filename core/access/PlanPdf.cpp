#include "PlanPdf.h"

#include "A4Pdf.h"
#include "IndividualPlan.h"
#include "PlanLayout.h"

#include "domain/Error.h"
#include "store/ClientViews.h"

#include <QFont>
#include <QPdfWriter>

namespace teren {

void PlanPdf::write(Store &store, const QUuid &clientId, const QString &path)
{
    const IndividualPlan plan = IndividualPlan::of(store, clientId);
    A4Pdf::write(path, PlanLayout::tr("Individual plan: %1").arg(plan.clientName), [&plan](QPdfWriter &pdf) {
        if (!PlanLayout::print(plan, QFont(), pdf))
            throw Error(tr("The plan could not be laid out for the PDF."));
    });
    ClientViews(store).recordPlanPrinted(clientId);
}

} // namespace teren
