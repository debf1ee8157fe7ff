#pragma once

#include <QTextBrowser>
#include <QWidget>

class QAction;
class QListWidget;
class QToolBar;

namespace teren {

// Shows the guide's pages with their pictures fitted to the width of the text.
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

// The user guide (Help → User guide, F1): the pages listed on the left, the page on
// the right, back, forward and the contents. It shows the guide in the interface's
// language and follows a switch of it, staying on the same page.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // Shows `page` (a file name without ".md"); the contents for a page the guide
    // does not have.
    void showPage(const QString &page);
    // The page shown, and the language it is in.
    QString page() const;
    QString language() const { return m_language; }

    GuideBrowser *browser() const { return m_browser; }
    QListWidget *pageList() const { return m_pageList; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *contentsAction() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPageList();
    void followLanguage();
    void markShownPage(const QString &shown);

    QToolBar *m_toolBar;
    QListWidget *m_pageList;
    GuideBrowser *m_browser;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_contents;
    QString m_language;
};

} // namespace teren
