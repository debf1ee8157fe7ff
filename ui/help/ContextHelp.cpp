#include "ContextHelp.h"

#include "GuideFiles.h"
#include "GuideWindow.h"

#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QPointer>
#include <QTabWidget>

namespace teren {

namespace {

const char topicProperty[] = "helpTopic";

QPointer<GuideWindow> &openGuide()
{
    static QPointer<GuideWindow> guide;
    return guide;
}

// The windows and parts of windows whose page follows from what they are.
const QHash<QString, QString> &topicsByKind()
{
    static const QHash<QString, QString> topics{
        {QStringLiteral("teren::WeekView"), QStringLiteral("week")},
        {QStringLiteral("teren::ProfileTab"), QStringLiteral("card")},
        {QStringLiteral("teren::NeedsTab"), QStringLiteral("card")},
        {QStringLiteral("teren::HistoryTab"), QStringLiteral("card")},
        {QStringLiteral("teren::NeedDialog"), QStringLiteral("card")},
        {QStringLiteral("teren::CloseNeedDialog"), QStringLiteral("card")},
        {QStringLiteral("teren::NewClientDialog"), QStringLiteral("card")},
        {QStringLiteral("teren::PlanTab"), QStringLiteral("plan")},
        {QStringLiteral("teren::GoalDialog"), QStringLiteral("plan")},
        {QStringLiteral("teren::StepDialog"), QStringLiteral("plan")},
        {QStringLiteral("teren::TimelineTab"), QStringLiteral("timeline")},
        {QStringLiteral("teren::ContactsTab"), QStringLiteral("contacts")},
        {QStringLiteral("teren::GroupActivityDialog"), QStringLiteral("contacts")},
        {QStringLiteral("teren::AnonymousContactDialog"), QStringLiteral("contacts")},
        {QStringLiteral("teren::GroupWorkListDialog"), QStringLiteral("contacts")},
        {QStringLiteral("teren::ExportBundleDialog"), QStringLiteral("export")},
        {QStringLiteral("teren::ImportBundlesDialog"), QStringLiteral("merging")},
        {QStringLiteral("teren::ConflictReviewDialog"), QStringLiteral("merging")},
        {QStringLiteral("teren::DuplicatesDialog"), QStringLiteral("merging")},
        {QStringLiteral("teren::RefusedChangesDialog"), QStringLiteral("merging")},
        {QStringLiteral("teren::JoinRegionDialog"), QStringLiteral("joining")},
        {QStringLiteral("teren::EnrolWorkerDialog"), QStringLiteral("joining")},
        {QStringLiteral("teren::InstallationsDialog"), QStringLiteral("lost-laptop")},
        {QStringLiteral("teren::PassphrasePrompt"), QStringLiteral("lost-laptop")},
        {QStringLiteral("teren::ChangePassphraseDialog"), QStringLiteral("lost-laptop")},
        {QStringLiteral("teren::LockScreen"), QStringLiteral("lost-laptop")},
        {QStringLiteral("teren::BackupsDialog"), QStringLiteral("backups")},
        {QStringLiteral("teren::UnopenableFileDialog"), QStringLiteral("backups")},
        {QStringLiteral("teren::ReportWindow"), QStringLiteral("report")},
        {QStringLiteral("teren::TargetsDialog"), QStringLiteral("report")},
        {QStringLiteral("teren::RetentionDialog"), QStringLiteral("data-protection")},
        {QStringLiteral("teren::WelcomeDialog"), QStringLiteral("first-start")},
        {QStringLiteral("teren::RegionSetupWizard"), QStringLiteral("first-start")},
        {QStringLiteral("teren::RegionListDialog"), QStringLiteral("first-start")},
        {QStringLiteral("teren::PartnersDialog"), QStringLiteral("first-start")},
    };
    return topics;
}

// The page `widget` itself names, by its property or its kind; empty when none.
QString ownTopic(const QWidget *widget)
{
    const QString named = widget->property(topicProperty).toString();
    if (!named.isEmpty())
        return named;
    for (const QMetaObject *kind = widget->metaObject(); kind; kind = kind->superClass()) {
        const QString topic = topicsByKind().value(QString::fromLatin1(kind->className()));
        if (!topic.isEmpty())
            return topic;
    }
    return {};
}

// F1 where no shortcut took it: in a window without Help → User guide, or in a dialog
// that blocks the main window's.
class F1Key : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier || !widget
            || qobject_cast<GuideWindow *>(widget->window()))
            return false;
        ContextHelp::open(widget);
        return true;
    }
};

} // namespace

QString ContextHelp::topicOf(const QWidget *widget)
{
    for (const QWidget *part = widget; part; part = part->parentWidget()) {
        QString topic = ownTopic(part);
        // From a tab's label: the tab shown.
        if (const auto *tabs = qobject_cast<const QTabWidget *>(part); topic.isEmpty() && tabs && tabs->currentWidget())
            topic = ownTopic(tabs->currentWidget());
        if (!topic.isEmpty())
            return topic;
    }
    return GuideFiles::contents();
}

QStringList ContextHelp::knownTopics()
{
    QStringList topics = topicsByKind().values();
    topics.removeDuplicates();
    topics.sort();
    return topics;
}

void ContextHelp::setTopic(QWidget *widget, const QString &page)
{
    widget->setProperty(topicProperty, page);
}

GuideWindow *ContextHelp::open(QWidget *context)
{
    const QString page = topicOf(context);
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *owner = modal ? modal : (context ? context->window() : nullptr);
    GuideWindow *guide = openGuide();
    if (!guide) {
        guide = new GuideWindow(owner);
        openGuide() = guide;
    } else if (modal && guide->parentWidget() != modal && !modal->isAncestorOf(guide)) {
        // A window outside the dialog would take no input while it waits.
        guide->setParent(modal, Qt::Window);
    }
    guide->showPage(page);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

GuideWindow *ContextHelp::guideWindow()
{
    return openGuide();
}

void ContextHelp::installF1Key()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    qApp->installEventFilter(new F1Key(qApp));
}

} // namespace teren
