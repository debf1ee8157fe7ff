#pragma once

#include "IndividualPlan.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace teren {

// The individual plan on paper, laid out to be read with the client: a header (the
// client, the worker, the day), the needs in order of priority, each goal with its
// horizon, target date and state, each step with who does it by when, then the lines
// for both signatures and dates. Rows are whole on a page: a long text wraps within
// its row, and a heading is never the last row of a page. Every page says "Page X of
// Y". Measured in points on the printable part of the page, whatever the device.
class PlanLayout
{
    Q_DECLARE_TR_FUNCTIONS(PlanLayout)

public:
    struct Row
    {
        enum class Kind { Title, Fact, Intro, Section, Need, Goal, Step, Note, Signatures };
        Kind kind = Kind::Note;
        double spaceAbove = 0; // left out at the top of a page
        double height = 0;     // of the content
        double indent = 0;
        QStringList lines;     // the row's text, wrapped to its width
        // A goal's or step's facts in columns under its text, or, when one does not
        // fit its column, `detailLines`: the facts wrapped as one paragraph. A need's
        // facts are `details` alone, beside its heading.
        QStringList details;
        QStringList detailLines;
        int need = -1; // indices into the plan
        int goal = -1;
        int step = -1;
        bool continued = false; // the rest of a text longer than a page
    };
    struct Page
    {
        int firstRow = 0;
        int rowCount = 0;
    };

    // `area` is the printable part of a page in points; `font` gives the family.
    PlanLayout(IndividualPlan plan, const QFont &font, const QSizeF &area);

    const QList<Row> &rows() const { return m_rows; }
    const QList<Page> &pages() const { return m_pages; }
    // What the rows of one page may fill: the area above the footer.
    double bodyHeight() const { return m_bodyHeight; }
    // The height the rows of `page` take, as they are painted (with the line naming
    // the need a page goes on with).
    double usedHeight(const Page &page) const;

    // Paints one page; the painter's unit is a point and its origin the top left
    // corner of the printable area.
    void paintPage(QPainter &painter, int index) const;

    // The printable part of an A4 page with the margins of every printed document.
    static QSizeF a4Area();
    // Lays the plan out for `device`'s page and prints every page on it (a printer, a
    // PDF writer). False when the device cannot be painted on.
    static bool print(const IndividualPlan &plan, const QFont &font, QPagedPaintDevice &device);

private:
    Row textRow(Row::Kind kind, const QString &text, double spaceAbove, double indent) const;
    void addRow(Row row);
    void addText(Row::Kind kind, const QString &text, double spaceAbove, double indent = 0);
    void addHeader();
    void addNeed(int needIndex);
    void addGoal(int needIndex, int goalIndex);
    void addStep(int needIndex, int goalIndex, int stepIndex);
    void addSignatures();
    QList<QRectF> detailCells(double indent, double top) const;
    void setDetails(Row &row, const QStringList &cells) const;
    void paginate();
    QString needHeading(int needIndex) const;
    // The line over a page that begins within a need, naming it; 0 for none.
    double contextHeight(int row) const;

    const QFont &fontOf(Row::Kind kind) const;
    double paintRow(QPainter &painter, const Row &row, double top) const;
    void paintFooter(QPainter &painter, int index) const;

    IndividualPlan m_plan;
    QSizeF m_area;
    double m_bodyHeight = 0;
    QFont m_title;
    QFont m_section;
    QFont m_heading;
    QFont m_goal;
    QFont m_body;
    QFont m_detail;
    QFont m_note;
    QList<Row> m_rows;
    QList<Page> m_pages;
};

} // namespace teren
