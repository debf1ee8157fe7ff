#include "DuplicatesDialog.h"

#include "CaseSession.h"
#include "InlineError.h"
#include "SessionCommand.h"
#include "WindowGeometry.h"

#include "domain/Error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

namespace {

QTreeWidget *newPairList(QWidget *parent, const QString &name)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(2);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->header()->setSectionResizeMode(QHeaderView::Stretch);
    return list;
}

// Marks a pair as two different people, or restores it to the candidates. Already
// done when pushed (so a refusal is reported before anything reaches the stack).
class DismissPairCommand : public SessionCommand
{
public:
    DismissPairCommand(CaseSession &session, const QString &text, const DuplicatePair &pair, bool dismissed)
        : SessionCommand(session, text, pair.first.id)
        , m_first(pair.first.id)
        , m_second(pair.second.id)
        , m_dismissed(dismissed)
    {
    }

protected:
    void revert() override { set(!m_dismissed); }
    void reapply() override { set(m_dismissed); }

private:
    void set(bool dismissed)
    {
        Duplicates duplicates(session().store());
        if (dismissed)
            duplicates.dismiss(m_first, m_second);
        else
            duplicates.restore(m_first, m_second);
    }

    QUuid m_first;
    QUuid m_second;
    bool m_dismissed;
};

} // namespace

DuplicatesDialog::DuplicatesDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_candidates(newPairList(this, QStringLiteral("candidates")))
    , m_keepFirst(new QPushButton(this))
    , m_keepSecond(new QPushButton(this))
    , m_notSame(new QPushButton(this))
    , m_decided(new QTabWidget(this))
    , m_merged(newPairList(this, QStringLiteral("merged")))
    , m_dismissed(newPairList(this, QStringLiteral("dismissed")))
    , m_unmerge(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("duplicateError"), this))
{
    m_intro->setWordWrap(true);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_notSame->setObjectName(QStringLiteral("notSamePerson"));
    m_unmerge->setObjectName(QStringLiteral("unmerge"));
    m_restore->setObjectName(QStringLiteral("restoreDismissed"));
    m_decided->addTab(m_merged, QString());
    m_decided->addTab(m_dismissed, QString());

    auto *pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_keepFirst);
    pairButtons->addWidget(m_keepSecond);
    pairButtons->addStretch(1);
    pairButtons->addWidget(m_notSame);
    auto *mergedButtons = new QHBoxLayout;
    mergedButtons->addWidget(m_unmerge);
    mergedButtons->addWidget(m_restore);
    mergedButtons->addStretch(1);
    mergedButtons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_candidates, 2);
    layout->addLayout(pairButtons);
    layout->addWidget(m_decided, 1);
    layout->addWidget(m_error);
    layout->addLayout(mergedButtons);
    WindowGeometry::manage(this, QSize(960, 560));

    connect(m_keepFirst, &QPushButton::clicked, this, &DuplicatesDialog::keepFirst);
    connect(m_keepSecond, &QPushButton::clicked, this, &DuplicatesDialog::keepSecond);
    connect(m_unmerge, &QPushButton::clicked, this, &DuplicatesDialog::unmerge);
    connect(m_notSame, &QPushButton::clicked, this, &DuplicatesDialog::notSamePerson);
    connect(m_restore, &QPushButton::clicked, this, &DuplicatesDialog::restoreDismissed);
    connect(m_decided, &QTabWidget::currentChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_dismissed, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_merged, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(&m_session, &CaseSession::clientChanged, this, &DuplicatesDialog::reload);
    retranslate();
}

QString DuplicatesDialog::describe(const PersonRecord &person) const
{
    QStringList facts;
    facts.append(person.birthYear ? tr("born %1").arg(*person.birthYear) : tr("year of birth unknown"));
    if (!person.locality.isEmpty())
        facts.append(person.locality);
    facts.append(person.worker.isEmpty() ? tr("no worker") : person.worker);
    facts.append(tr("%n need(s)", nullptr, person.needs));
    facts.append(tr("%n contact(s)", nullptr, person.contacts));
    return person.name + u'\n' + facts.join(QStringLiteral(", "));
}

void DuplicatesDialog::reload()
{
    Duplicates duplicates(m_session.store());
    m_pairs = duplicates.candidates();
    m_mergedPersons = duplicates.merged();
    m_candidates->clear();
    for (const DuplicatePair &pair : std::as_const(m_pairs)) {
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, describe(pair.first));
        item->setText(1, describe(pair.second));
    }
    m_merged->clear();
    for (const MergedPerson &merged : std::as_const(m_mergedPersons)) {
        auto *item = new QTreeWidgetItem(m_merged);
        item->setText(0, describe(merged.duplicate));
        item->setText(1, describe(merged.kept));
    }
    m_dismissedPairs = duplicates.dismissed();
    m_dismissed->clear();
    for (const DuplicatePair &pair : std::as_const(m_dismissedPairs)) {
        auto *item = new QTreeWidgetItem(m_dismissed);
        item->setText(0, describe(pair.first));
        item->setText(1, describe(pair.second));
    }
    for (QTreeWidget *list : {m_candidates, m_merged, m_dismissed}) {
        if (list->topLevelItemCount() > 0)
            list->setCurrentItem(list->topLevelItem(0));
    }
    m_decided->setTabText(0, tr("Merged records (%1)").arg(m_mergedPersons.size()));
    m_decided->setTabText(1, tr("Not the same person (%1)").arg(m_dismissedPairs.size()));
    m_intro->setText(m_pairs.isEmpty()
                         ? tr("No possible duplicates: no two records share a name, birth year and locality.")
                         : tr("%n pair(s) of records may be the same person: the same name (whatever the "
                              "diacritics and the order of names), birth year and locality. Merge the ones that "
                              "are; the record kept then shows everything recorded under either.",
                              nullptr, static_cast<int>(m_pairs.size())));
    updateButtons();
}

bool DuplicatesDialog::keepFirst()
{
    return mergePair(true);
}

bool DuplicatesDialog::keepSecond()
{
    return mergePair(false);
}

bool DuplicatesDialog::mergePair(bool keepFirstRecord)
{
    const int row = m_candidates->currentIndex().row();
    if (row < 0 || row >= m_pairs.size())
        return false;
    const DuplicatePair pair = m_pairs.at(row);
    const QUuid kept = keepFirstRecord ? pair.first.id : pair.second.id;
    const QUuid duplicate = keepFirstRecord ? pair.second.id : pair.first.id;
    return apply(tr("Merge duplicate records"), duplicate, kept,
                 [&] { Duplicates(m_session.store()).merge(duplicate, kept); });
}

bool DuplicatesDialog::unmerge()
{
    const int row = m_merged->currentIndex().row();
    if (row < 0 || row >= m_mergedPersons.size())
        return false;
    const QUuid duplicate = m_mergedPersons.at(row).duplicate.id;
    return apply(tr("Un-merge records"), duplicate, m_mergedPersons.at(row).kept.id,
                 [&] { Duplicates(m_session.store()).unmerge(duplicate); });
}

bool DuplicatesDialog::apply(const QString &undoText, QUuid duplicate, QUuid kept, const std::function<void()> &action)
{
    // The duplicate leaves or rejoins the client list; the kept record's card and
    // counts change with it.
    const CaseSession::EditResult result = m_session.edit(undoText, duplicate, action);
    if (result)
        Q_EMIT m_session.clientChanged(kept);
    showError(result ? QString() : result.message);
    reload();
    return bool(result);
}

bool DuplicatesDialog::notSamePerson()
{
    const int row = m_candidates->currentIndex().row();
    if (row < 0 || row >= m_pairs.size())
        return false;
    return setDismissed(m_pairs.at(row), true);
}

bool DuplicatesDialog::restoreDismissed()
{
    const int row = m_dismissed->currentIndex().row();
    if (row < 0 || row >= m_dismissedPairs.size())
        return false;
    return setDismissed(m_dismissedPairs.at(row), false);
}

bool DuplicatesDialog::setDismissed(DuplicatePair pair, bool dismissed)
{
    try {
        Duplicates duplicates(m_session.store());
        if (dismissed)
            duplicates.dismiss(pair.first.id, pair.second.id);
        else
            duplicates.restore(pair.first.id, pair.second.id);
    } catch (const Error &error) {
        showError(error.message());
        reload();
        return false;
    }
    m_session.undoStack()->push(new DismissPairCommand(
        m_session, dismissed ? tr("Mark as different people") : tr("Restore a possible duplicate"), pair, dismissed));
    showError({});
    reload();
    return true;
}

void DuplicatesDialog::showError(const QString &message)
{
    m_error->setVisible(!message.isEmpty());
    m_error->setText(message);
}

void DuplicatesDialog::updateButtons()
{
    const bool pair = m_candidates->currentIndex().row() >= 0 && !m_pairs.isEmpty();
    m_keepFirst->setEnabled(pair);
    m_keepSecond->setEnabled(pair);
    m_notSame->setEnabled(pair);
    const bool mergedTab = m_decided->currentWidget() == m_merged;
    m_unmerge->setVisible(mergedTab);
    m_restore->setVisible(!mergedTab);
    m_unmerge->setEnabled(m_merged->currentIndex().row() >= 0 && !m_mergedPersons.isEmpty());
    m_restore->setEnabled(m_dismissed->currentIndex().row() >= 0 && !m_dismissedPairs.isEmpty());
}

void DuplicatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DuplicatesDialog::retranslate()
{
    setWindowTitle(tr("Possible duplicates"));
    m_candidates->setHeaderLabels({tr("First record"), tr("Second record")});
    m_merged->setHeaderLabels({tr("Merged record"), tr("Shown under")});
    m_dismissed->setHeaderLabels({tr("First record"), tr("Second record")});
    m_keepFirst->setText(tr("Keep the &first, merge the second into it"));
    m_keepSecond->setText(tr("Keep the &second, merge the first into it"));
    m_notSame->setText(tr("&Not the same person"));
    m_notSame->setToolTip(tr("Two different people: take the pair off this list (in this file only)."));
    m_unmerge->setText(tr("&Un-merge"));
    m_restore->setText(tr("&Restore to the list"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace teren
