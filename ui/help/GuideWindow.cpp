#include "GuideWindow.h"

#include "GuideFiles.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace teren {

namespace {

// Screenshots are taken at 1366 pixels wide; shown whole they would need scrolling
// sideways in a window that also shows the page list.
constexpr int narrowestPicture = 320;

} // namespace

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource || resource.isNull())
        return resource;
    QImage picture = resource.userType() == QMetaType::QImage ? resource.value<QImage>()
                                                               : QImage::fromData(resource.toByteArray());
    const int room = std::max(narrowestPicture, viewport()->width() - 2 * int(document()->documentMargin())
                                                    - verticalScrollBar()->sizeHint().width());
    if (!picture.isNull() && picture.width() > room)
        picture = picture.scaledToWidth(room, Qt::SmoothTransformation);
    return picture;
}

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_toolBar(new QToolBar(this))
    , m_pageList(new QListWidget(this))
    , m_browser(new GuideBrowser(this))
    , m_language(GuideFiles::language(Translations::current()))
{
    setObjectName(QStringLiteral("guideWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_back = m_toolBar->addAction(QString(), m_browser, &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = m_toolBar->addAction(QString(), m_browser, &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    m_contents = m_toolBar->addAction(QString(), this, [this] { showPage(GuideFiles::contents()); });
    m_contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    // Sent before source() names the new page.
    connect(m_browser, &QTextBrowser::sourceChanged, this,
            [this](const QUrl &shown) { markShownPage(QFileInfo(shown.toLocalFile()).completeBaseName()); });
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(m_pageList->item(row)->data(Qt::UserRole).toString());
    });

    // Long titles wrap rather than hide behind a scroll bar.
    m_pageList->setWordWrap(true);
    m_pageList->setResizeMode(QListView::Adjust);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setSpacing(2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pageList);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    resize(1000, 720);
    m_browser->setSearchPaths({GuideFiles::root() + QLatin1Char('/') + m_language});
    retranslateUi();
}

void GuideWindow::showPage(const QString &page)
{
    const QString path = GuideFiles::pagePath(m_language, page);
    const QString shown = QFileInfo::exists(path) ? path : GuideFiles::pagePath(m_language, GuideFiles::contents());
    if (QFileInfo(shown) == QFileInfo(m_browser->source().toLocalFile()))
        return;
    m_browser->setSource(QUrl::fromLocalFile(shown), QTextDocument::MarkdownResource);
}

QString GuideWindow::page() const
{
    return QFileInfo(m_browser->source().toLocalFile()).completeBaseName();
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        followLanguage();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void GuideWindow::retranslateUi()
{
    setWindowTitle(tr("Terén — User guide"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("The page shown before (Alt+Left)"));
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("The page shown after (Alt+Right)"));
    m_contents->setText(tr("&Contents"));
    m_contents->setToolTip(tr("The list of the guide's pages (Alt+Home)"));
    m_pageList->setAccessibleName(tr("Pages of the guide"));
    fillPageList();
}

void GuideWindow::fillPageList()
{
    const QSignalBlocker quiet(m_pageList);
    m_pageList->clear();
    for (const QString &name : GuideFiles::pages(m_language)) {
        auto *item = new QListWidgetItem(GuideFiles::title(m_language, name), m_pageList);
        item->setData(Qt::UserRole, name);
    }
    markShownPage(page());
}

void GuideWindow::followLanguage()
{
    const QString language = GuideFiles::language(Translations::current());
    if (language == m_language)
        return;
    // The pages have the same names in every language: the same page, in the other one.
    const QString shown = m_browser->source().isEmpty() ? GuideFiles::contents() : page();
    m_language = language;
    m_browser->setSearchPaths({GuideFiles::root() + QLatin1Char('/') + m_language});
    showPage(shown);
    // Back would lead to a page in the language left.
    m_browser->clearHistory();
}

void GuideWindow::markShownPage(const QString &shown)
{
    const QSignalBlocker quiet(m_pageList);
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == shown) {
            m_pageList->setCurrentRow(row);
            return;
        }
    }
    m_pageList->setCurrentRow(-1);
}

} // namespace teren
