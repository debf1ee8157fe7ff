#include "TimelineTab.h"

#include "CaseSession.h"
#include "Formats.h"
#include "TimelineLegend.h"
#include "TimelinePrinter.h"
#include "TimelineView.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

namespace {
constexpr int HintPage = 0;
constexpr int TimelinePage = 1;
constexpr int zoomCount = 5;
} // namespace

TimelineTab::TimelineTab(QWidget *parent)
    : CardTab(parent)
    , m_zoomBox(new QComboBox(this))
    , m_zoomLabel(new QLabel(this))
    , m_today(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_view(new TimelineView(this))
    , m_legend(new TimelineLegend(this))
{
    m_zoomBox->setObjectName(QStringLiteral("timelineZoom"));
    m_today->setObjectName(QStringLiteral("timelineToday"));
    m_print->setObjectName(QStringLiteral("timelinePrint"));
    m_hint->setObjectName(QStringLiteral("timelineHint"));
    m_zoomLabel->setBuddy(m_zoomBox);
    for (int i = 0; i < zoomCount; ++i)
        m_zoomBox->addItem(QString());
    m_zoomBox->setCurrentIndex(static_cast<int>(m_zoom));

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_hint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.25);
    m_hint->setFont(hintFont);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_zoomLabel);
    toolbar->addWidget(m_zoomBox);
    toolbar->addWidget(m_today);
    toolbar->addStretch(1);
    toolbar->addWidget(m_print);

    auto *timelinePage = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(timelinePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addWidget(m_legend);
    m_stack->insertWidget(HintPage, m_hint);
    m_stack->insertWidget(TimelinePage, timelinePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    m_view->setVisibleDays(daysOf(m_zoom));

    connect(m_zoomBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setZoom(static_cast<Zoom>(std::clamp(index, 0, zoomCount - 1))); });
    connect(m_today, &QPushButton::clicked, m_view, &TimelineView::scrollToToday);
    connect(m_print, &QPushButton::clicked, this, &TimelineTab::print);
    connect(m_view, &TimelineView::zoomStepRequested, this, [this](int steps) {
        if (steps > 0)
            zoomIn();
        else
            zoomOut();
    });
    const auto addShortcut = [this](const QKeySequence &keys, void (TimelineTab::*slot)()) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addShortcut(QKeySequence::ZoomIn, &TimelineTab::zoomIn);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &TimelineTab::zoomIn);
    addShortcut(QKeySequence::ZoomOut, &TimelineTab::zoomOut);

    retranslate();
    updateEmptyState();
}

int TimelineTab::daysOf(Zoom zoom)
{
    switch (zoom) {
    case Zoom::FourWeeks:
        return 28;
    case Zoom::ThreeMonths:
        return 91;
    case Zoom::SixMonths:
        return 182;
    case Zoom::OneYear:
        return 365;
    case Zoom::TwoYears:
        return 730;
    }
    return 365;
}

TimelineTab::Zoom TimelineTab::zoomToShowWhole(const TimelineData &timeline)
{
    // A client's plan opens whole, in the closest zoom that holds it.
    const int days = TimelineView::daysToShowWhole(timeline);
    for (int i = 0; i < zoomCount; ++i) {
        const auto zoom = static_cast<Zoom>(i);
        if (daysOf(zoom) >= days)
            return zoom;
    }
    return Zoom::TwoYears;
}

void TimelineTab::setZoom(Zoom zoom)
{
    m_zoom = zoom;
    {
        const QSignalBlocker blocker(m_zoomBox);
        m_zoomBox->setCurrentIndex(static_cast<int>(zoom));
    }
    m_view->setVisibleDays(daysOf(zoom));
}

void TimelineTab::zoomIn()
{
    if (m_zoom != Zoom::FourWeeks)
        setZoom(static_cast<Zoom>(static_cast<int>(m_zoom) - 1));
}

void TimelineTab::zoomOut()
{
    if (m_zoom != Zoom::TwoYears)
        setZoom(static_cast<Zoom>(static_cast<int>(m_zoom) + 1));
}

int TimelineTab::laneCount() const
{
    return m_view->laneCount();
}

double TimelineTab::pixelsPerDay() const
{
    return m_view->pixelsPerDay();
}

QRectF TimelineTab::barRect(const QUuid &goalId) const
{
    return m_view->barRect(goalId);
}

double TimelineTab::todayX() const
{
    return m_view->todayX();
}

bool TimelineTab::showsEmptyHint() const
{
    return m_stack->currentIndex() == HintPage;
}

QString TimelineTab::emptyHint() const
{
    return m_hint->text();
}

void TimelineTab::reload()
{
    TimelineData timeline;
    m_hasClient = false;
    m_clientName.clear();
    if (session() && !clientId().isNull()) {
        Store &store = session()->store();
        timeline.today = store.clock().today();
        if (const std::optional<Client> client = ClientRepository(store).find(clientId())) {
            m_hasClient = true;
            m_clientName = client->displayName();
            PlanRepository plan(store);
            for (const Need &need : NeedRepository(store).forClient(clientId())) {
                TimelineNeed item{need.id,     need.area,      store.codelists().areaLabel(need.area),
                                  need.status, need.identifiedOn, need.closedOn, {}};
                for (const Goal &goal : plan.goalsForNeed(need.id)) {
                    TimelineGoal lane{goal.id,       goal.text,       goal.horizon, goal.status,
                                      need.identifiedOn, goal.targetOn, goal.achievedOn, {}};
                    for (const Step &step : plan.stepsForGoal(goal.id))
                        lane.steps.append({step.id, step.text, step.responsible, step.dueOn, step.doneOn});
                    item.goals.append(lane);
                }
                if (!item.goals.isEmpty())
                    timeline.needs.append(item);
            }
        }
    }
    if (!timeline.today.isValid())
        timeline.today = QDate::currentDate();
    const bool newClient = clientId() != m_shownClient;
    m_shownClient = clientId();
    if (newClient)
        setZoom(zoomToShowWhole(timeline));
    m_view->setData(timeline, newClient);

    m_legend->setAreas(timeline.areas());
    updateEmptyState();
}

void TimelineTab::updateEmptyState()
{
    const bool hasGoals = m_view->laneCount() > 0;
    m_hint->setText(m_hasClient ? tr("No goals in the plan yet") + u'\n'
                                      + tr("Add goals to the client's needs on the Individual plan tab.")
                                : tr("Choose a client"));
    m_stack->setCurrentIndex(hasGoals ? TimelinePage : HintPage);
    m_print->setEnabled(hasGoals);
    m_today->setEnabled(hasGoals);
    m_zoomBox->setEnabled(hasGoals);
}

void TimelineTab::retranslate()
{
    m_zoomLabel->setText(tr("&Zoom:"));
    const QStringList zooms = {tr("4 weeks"), tr("3 months"), tr("6 months"), tr("1 year"), tr("2 years")};
    for (int i = 0; i < zoomCount; ++i)
        m_zoomBox->setItemText(i, zooms.at(i));
    m_zoomBox->setToolTip(tr("How much time the visible width shows (Ctrl+wheel, Ctrl+= and Ctrl+- zoom too)"));
    m_today->setText(tr("Go to &today"));
    m_today->setToolTip(tr("Scroll the timeline to today"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the whole timeline; choose \"Selection\" in the print dialog to print only "
                           "the dates now visible"));
    updateEmptyState();
}

void TimelineTab::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Goal timeline: %1").arg(m_clientName));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the goal timeline"));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer, printer.printRange() == QPrinter::Selection ? PrintRange::Visible : PrintRange::WholePlan);
}

void TimelineTab::printTo(QPrinter *printer, PrintRange range)
{
    if (!printer)
        return;
    const TimelineData &timeline = m_view->data();
    QDate from;
    QDate to;
    if (range == PrintRange::Visible) {
        from = m_view->visibleFrom();
        to = m_view->visibleTo();
    } else {
        from = timeline.firstDate().addDays(-7);
        to = timeline.lastDate().addDays(14);
    }
    const QDate printedOn = session() ? session()->store().clock().today() : QDate::currentDate();
    const QString subtitle = tr("Printed %1", "%1: a day with its weekday, \"on Monday, 2 November 2026\"")
                                 .arg(Formats::onDay(printedOn))
        + QStringLiteral("   ·   %1 – %2").arg(Formats::shortDate(from), Formats::shortDate(to));
    TimelinePrinter(timeline, m_view->font())
        .print(printer, tr("Goal timeline: %1").arg(m_clientName), subtitle, from, to);
}

} // namespace teren
