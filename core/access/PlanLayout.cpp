#include "PlanLayout.h"

#include "A4Pdf.h"

#include "i18n/Dates.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace teren {

namespace {

using Row = PlanLayout::Row;
using Kind = PlanLayout::Row::Kind;

const QColor textColour(0x20, 0x20, 0x20);
const QColor mutedColour(0x55, 0x55, 0x55);
const QColor ruleColour(0x99, 0x99, 0x99);

constexpr double goalIndent = 12;
constexpr double stepIndent = 30;
constexpr double bulletIndent = 20;
constexpr double cellGap = 8;
constexpr double signatureRoom = 34; // above the line, to sign on
constexpr double dateRoom = 22;
constexpr double contextGap = 6; // under the line naming the need a page goes on with

QFont sized(const QFont &family, int points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font = family;
    // The layout's unit is the point: a pixel size in points is the same on screen,
    // on a printer and in a PDF, and unhinted text measures the same on each.
    font.setPixelSize(points);
    font.setWeight(weight);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" stays two letters, so text copied or extracted from the
    // file matches what was typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).lineSpacing();
}

// The text broken into lines at most `width` wide, at word boundaries where it can
// (anywhere in a word longer than a line); a line break in the text stays one.
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(width, 1.0));
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines.append(QString());
    }
    return lines;
}

QString dateText(const QDate &date)
{
    return Dates::shortDate(date);
}

// A heading goes with what it heads, and a goal with its first step.
bool keepsWithNext(const QList<Row> &rows, int index)
{
    const Kind kind = rows.at(index).kind;
    if (kind == Kind::Goal)
        return index + 1 < rows.size() && rows.at(index + 1).kind == Kind::Step;
    return kind == Kind::Title || kind == Kind::Fact || kind == Kind::Section || kind == Kind::Need;
}

} // namespace

PlanLayout::PlanLayout(IndividualPlan plan, const QFont &font, const QSizeF &area)
    : m_plan(std::move(plan))
    , m_area(area)
    , m_title(sized(font, 20, QFont::Bold))
    , m_section(sized(font, 14, QFont::Bold))
    , m_heading(sized(font, 12, QFont::Bold))
    , m_goal(sized(font, 11, QFont::DemiBold))
    , m_body(sized(font, 11))
    , m_detail(sized(font, 9))
    , m_note(sized(font, 10, QFont::Normal, true))
{
    m_bodyHeight = std::max(m_area.height() - lineHeight(m_detail) - 12, lineHeight(m_body) * 4);
    addHeader();
    addText(Kind::Section, tr("Current needs"), 16);
    if (!m_plan.hasCurrentNeeds())
        addText(Kind::Note, tr("No open needs are recorded."), 4);
    for (int need = 0; need < m_plan.needs.size(); ++need)
        if (m_plan.needs.at(need).open)
            addNeed(need);
    if (m_plan.hasClosedNeeds()) {
        addText(Kind::Section, tr("Closed needs"), 20);
        for (int need = 0; need < m_plan.needs.size(); ++need)
            if (!m_plan.needs.at(need).open)
                addNeed(need);
    }
    addSignatures();
    paginate();
}

QSizeF PlanLayout::a4Area()
{
    return A4Pdf::pageLayout().paintRect(QPageLayout::Point).size();
}

const QFont &PlanLayout::fontOf(Kind kind) const
{
    switch (kind) {
    case Kind::Title:
        return m_title;
    case Kind::Section:
        return m_section;
    case Kind::Need:
        return m_heading;
    case Kind::Goal:
        return m_goal;
    case Kind::Intro:
    case Kind::Note:
        return m_note;
    case Kind::Fact:
    case Kind::Step:
    case Kind::Signatures:
        break;
    }
    return m_body;
}

void PlanLayout::addRow(Row row)
{
    const double line = lineHeight(fontOf(row.kind));
    const double details = row.detailLines.isEmpty() ? (row.details.isEmpty() ? 0 : lineHeight(m_detail))
                                                     : row.detailLines.size() * lineHeight(m_detail);
    const double detailsGap = details > 0 && row.kind != Kind::Need ? 1 : 0;
    if (row.kind == Kind::Signatures) {
        // The agreement, then a line to sign on over the signer's role and name, and
        // a line for the date, for the client and the worker side by side.
        row.height = row.lines.size() * line + signatureRoom + 3 + 2 * lineHeight(m_detail) + dateRoom
            + lineHeight(m_detail);
        m_rows.append(row);
        return;
    }
    if (row.kind == Kind::Section)
        row.height = line + 4; // and a rule under the heading
    else
        row.height = row.lines.size() * line + detailsGap + (row.kind == Kind::Need ? 0 : details);
    // What a page holds under the line naming the need it goes on with.
    const double room = m_bodyHeight - (row.need >= 0 ? lineHeight(m_detail) + contextGap : 0);
    if (row.height <= room) {
        m_rows.append(row);
        return;
    }
    // A text longer than a page goes on over the next pages, a page's worth at a
    // time; its facts stay with its last lines.
    const int perPage = std::max(1, static_cast<int>((room - detailsGap - details) / line));
    QStringList rest = row.lines;
    bool first = true;
    while (!rest.isEmpty()) {
        Row part = row;
        part.lines = rest.mid(0, perPage);
        rest = rest.mid(part.lines.size());
        part.continued = !first;
        if (!rest.isEmpty()) {
            part.details.clear();
            part.detailLines.clear();
        }
        part.height = part.lines.size() * line + (rest.isEmpty() ? detailsGap + details : 0);
        m_rows.append(part);
        first = false;
    }
}

Row PlanLayout::textRow(Kind kind, const QString &text, double spaceAbove, double indent) const
{
    Row row;
    row.kind = kind;
    row.spaceAbove = spaceAbove;
    row.indent = indent;
    row.lines = wrapped(text, fontOf(kind), m_area.width() - indent);
    return row;
}

void PlanLayout::addText(Kind kind, const QString &text, double spaceAbove, double indent)
{
    addRow(textRow(kind, text, spaceAbove, indent));
}

void PlanLayout::addHeader()
{
    addText(Kind::Title, tr("Individual plan"), 0);
    addText(Kind::Fact,
            m_plan.birthYear ? tr("Client: %1, born %2").arg(m_plan.clientName, QString::number(*m_plan.birthYear))
                             : tr("Client: %1").arg(m_plan.clientName),
            6);
    addText(Kind::Fact, tr("Worker: %1").arg(m_plan.workerName.isEmpty() ? QStringLiteral("—") : m_plan.workerName), 1);
    addText(Kind::Fact, tr("Date: %1").arg(dateText(m_plan.madeOn)), 1);
    addText(Kind::Intro,
            tr("This plan says what you want to achieve, what each of us will do and by when. We go through it "
               "together and confirm it with our signatures; when something changes, we change the plan."),
            8);
}

QString PlanLayout::needHeading(int needIndex) const
{
    const IndividualPlan::PlanNeed &need = m_plan.needs.at(needIndex);
    return need.open ? tr("%1. %2").arg(need.priority).arg(need.areaLabel) : need.areaLabel;
}

double PlanLayout::contextHeight(int row) const
{
    const Kind kind = m_rows.at(row).kind;
    return m_rows.at(row).need >= 0 && kind != Kind::Need ? lineHeight(m_detail) + contextGap : 0;
}

void PlanLayout::addNeed(int needIndex)
{
    const IndividualPlan::PlanNeed &need = m_plan.needs.at(needIndex);
    Row row;
    row.kind = Kind::Need;
    row.spaceAbove = 12;
    row.need = needIndex;
    const QString facts = need.open
        ? tr("Intensity: %1 (%2) · %3")
              .arg(need.intensity)
              .arg(IndividualPlan::intensityLabel(need.intensity), need.statusLabel)
        : tr("Intensity: %1 (%2) · %3 on %4")
              .arg(need.intensity)
              .arg(IndividualPlan::intensityLabel(need.intensity), need.statusLabel, dateText(need.closedOn));
    row.details = {facts};
    const double factsWidth = QFontMetricsF(m_detail).horizontalAdvance(facts) + 12;
    row.lines = wrapped(needHeading(needIndex), m_heading, std::max(m_area.width() - factsWidth, m_area.width() / 3));
    addRow(row);
    if (need.goals.isEmpty())
        addText(Kind::Note, tr("No goals are set for this need yet."), 3, goalIndent);
    for (int goal = 0; goal < need.goals.size(); ++goal)
        addGoal(needIndex, goal);
}

QList<QRectF> PlanLayout::detailCells(double indent, double top) const
{
    // One grid of three columns for goals and steps alike, so that their dates and
    // states line up down the page; the first column starts where the row's text does.
    const double column = (m_area.width() - goalIndent) / 3;
    const double height = lineHeight(m_detail);
    return {QRectF(indent, top, goalIndent + column - indent - cellGap, height),
            QRectF(goalIndent + column, top, column - cellGap, height),
            QRectF(goalIndent + 2 * column, top, column - cellGap, height)};
}

void PlanLayout::setDetails(Row &row, const QStringList &cells) const
{
    const QList<QRectF> columns = detailCells(row.indent, 0);
    const QFontMetricsF metrics(m_detail);
    bool fit = true;
    for (int cell = 0; cell < cells.size(); ++cell)
        fit = fit && metrics.horizontalAdvance(cells.at(cell)) <= columns.at(cell).width();
    row.details = cells;
    if (!fit)
        row.detailLines = wrapped(cells.join(QStringLiteral(" · ")), m_detail, m_area.width() - row.indent);
}

void PlanLayout::addGoal(int needIndex, int goalIndex)
{
    const IndividualPlan::PlanGoal &goal = m_plan.needs.at(needIndex).goals.at(goalIndex);
    Row row = textRow(Kind::Goal, tr("Goal: %1").arg(goal.text), 7, goalIndent);
    row.need = needIndex;
    row.goal = goalIndex;
    setDetails(row,
               {tr("Horizon: %1").arg(goal.horizonLabel),
                goal.targetOn.isValid() ? tr("Target date: %1").arg(dateText(goal.targetOn)) : tr("No target date"),
                goal.achievedOn.isValid() ? tr("State: %1 on %2").arg(goal.statusLabel, dateText(goal.achievedOn))
                                          : tr("State: %1").arg(goal.statusLabel)});
    addRow(row);
    for (int step = 0; step < goal.steps.size(); ++step)
        addStep(needIndex, goalIndex, step);
}

void PlanLayout::addStep(int needIndex, int goalIndex, int stepIndex)
{
    const IndividualPlan::PlanStep &step = m_plan.needs.at(needIndex).goals.at(goalIndex).steps.at(stepIndex);
    Row row = textRow(Kind::Step, step.text, 4, stepIndent);
    row.need = needIndex;
    row.goal = goalIndex;
    row.step = stepIndex;
    setDetails(row,
               {tr("Who: %1").arg(step.responsibleText),
                step.dueOn.isValid() ? tr("By: %1").arg(dateText(step.dueOn)) : tr("No date set"),
                step.doneOn.isValid() ? tr("Done: %1").arg(dateText(step.doneOn)) : tr("Not done yet")});
    addRow(row);
}

void PlanLayout::addSignatures()
{
    addText(Kind::Signatures, tr("We have agreed on this plan together."), 26);
}

void PlanLayout::paginate()
{
    const auto heightOn = [this](int index, bool firstOnPage) {
        const Row &row = m_rows.at(index);
        return row.height + (firstOnPage ? 0 : row.spaceAbove);
    };
    const int count = static_cast<int>(m_rows.size());
    int start = 0;
    while (start < count) {
        double used = contextHeight(start) + heightOn(start, true);
        int end = start + 1;
        while (end < count && used + heightOn(end, false) <= m_bodyHeight) {
            used += heightOn(end, false);
            ++end;
        }
        while (end < count && end - start > 1 && keepsWithNext(m_rows, end - 1))
            --end;
        m_pages.append({start, end - start});
        start = end;
    }
}

double PlanLayout::usedHeight(const Page &page) const
{
    double used = page.rowCount > 0 ? contextHeight(page.firstRow) : 0;
    for (int index = page.firstRow; index < page.firstRow + page.rowCount; ++index)
        used += m_rows.at(index).height + (index == page.firstRow ? 0 : m_rows.at(index).spaceAbove);
    return used;
}

void PlanLayout::paintPage(QPainter &painter, int index) const
{
    const Page &page = m_pages.at(index);
    double top = contextHeight(page.firstRow);
    if (top > 0) {
        // A page that goes on with a need says which.
        painter.setFont(m_detail);
        painter.setPen(mutedColour);
        painter.drawText(QRectF(0, 0, m_area.width(), lineHeight(m_detail)), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 (continued)").arg(needHeading(m_rows.at(page.firstRow).need)));
    }
    for (int row = page.firstRow; row < page.firstRow + page.rowCount; ++row) {
        if (row != page.firstRow)
            top += m_rows.at(row).spaceAbove;
        top = paintRow(painter, m_rows.at(row), top);
    }
    paintFooter(painter, index);
}

double PlanLayout::paintRow(QPainter &painter, const Row &row, double top) const
{
    const QFont &font = fontOf(row.kind);
    const double line = lineHeight(font);
    const double width = m_area.width();
    const double detailLine = lineHeight(m_detail);
    painter.setPen(row.kind == Kind::Intro || row.kind == Kind::Note ? mutedColour : textColour);
    painter.setFont(font);
    // The text first, line after line, so that text extracted from the file reads
    // each goal and step whole.
    double y = top;
    for (const QString &text : row.lines) {
        painter.drawText(QRectF(row.indent, y, width - row.indent, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
    if (row.kind == Kind::Step && !row.continued) {
        painter.setFont(m_body);
        painter.drawText(QRectF(bulletIndent, top, stepIndent - bulletIndent, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("–"));
    }
    painter.setFont(m_detail);
    painter.setPen(mutedColour);
    if (row.kind == Kind::Need) {
        painter.drawText(QRectF(0, top, width, line), Qt::AlignRight | Qt::AlignVCenter, row.details.value(0));
        painter.setPen(QPen(ruleColour, 0.5));
        painter.drawLine(QPointF(0, top + row.height), QPointF(width, top + row.height));
        return top + row.height;
    }
    if (row.kind == Kind::Section) {
        painter.setPen(QPen(textColour, 0.8));
        painter.drawLine(QPointF(0, top + line + 2), QPointF(width, top + line + 2));
        return top + row.height;
    }
    if (row.kind == Kind::Signatures) {
        painter.setPen(textColour);
        const double column = (width - 2 * cellGap) / 2;
        const QStringList roles = {tr("Client's signature"), tr("Worker's signature")};
        const QStringList names = {m_plan.clientName, m_plan.workerName};
        for (int side = 0; side < 2; ++side) {
            const double left = side * (column + 2 * cellGap);
            double at = y + signatureRoom;
            painter.setPen(QPen(textColour, 0.6));
            painter.drawLine(QPointF(left, at), QPointF(left + column * 0.9, at));
            at += 3;
            painter.setPen(textColour);
            painter.drawText(QRectF(left, at, column, detailLine), Qt::AlignLeft | Qt::AlignVCenter, roles.at(side));
            at += detailLine;
            painter.setPen(mutedColour);
            painter.drawText(QRectF(left, at, column, detailLine), Qt::AlignLeft | Qt::AlignVCenter, names.at(side));
            at += detailLine + dateRoom;
            painter.setPen(textColour);
            const QString label = tr("Date:");
            const double labelWidth = QFontMetricsF(m_detail).horizontalAdvance(label) + 4;
            painter.drawText(QRectF(left, at - detailLine, labelWidth, detailLine), Qt::AlignLeft | Qt::AlignBottom,
                             label);
            painter.setPen(QPen(textColour, 0.6));
            painter.drawLine(QPointF(left + labelWidth, at), QPointF(left + column * 0.6, at));
        }
        return top + row.height;
    }
    if (!row.details.isEmpty() && (row.kind == Kind::Goal || row.kind == Kind::Step)) {
        y += 1;
        if (!row.detailLines.isEmpty()) {
            for (const QString &text : row.detailLines) {
                painter.drawText(QRectF(row.indent, y, width - row.indent, detailLine),
                                 Qt::AlignLeft | Qt::AlignVCenter, text);
                y += detailLine;
            }
        } else {
            const QList<QRectF> cells = detailCells(row.indent, y);
            for (int cell = 0; cell < row.details.size(); ++cell)
                painter.drawText(cells.at(cell), Qt::AlignLeft | Qt::AlignVCenter, row.details.at(cell));
        }
    }
    return top + row.height;
}

void PlanLayout::paintFooter(QPainter &painter, int index) const
{
    const double line = lineHeight(m_detail);
    const QRectF footer(0, m_area.height() - line, m_area.width(), line);
    painter.setPen(QPen(ruleColour, 0.5));
    painter.drawLine(QPointF(0, footer.top() - 4), QPointF(m_area.width(), footer.top() - 4));
    painter.setFont(m_detail);
    painter.setPen(mutedColour);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Individual plan: %1, %2").arg(m_plan.filedName, dateText(m_plan.madeOn)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()));
}

bool PlanLayout::print(const IndividualPlan &plan, const QFont &font, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const double xScale = device.logicalDpiX() / 72.0;
    const double yScale = device.logicalDpiY() / 72.0;
    const PlanLayout layout(plan, font, QSizeF(device.width() / xScale, device.height() / yScale));
    painter.scale(xScale, yScale);
    for (int page = 0; page < layout.pages().size(); ++page) {
        if (page > 0 && !device.newPage())
            return false;
        layout.paintPage(painter, page);
    }
    return painter.end();
}

} // namespace teren
