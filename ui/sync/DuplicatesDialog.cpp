#include "DuplicatesDialog.h"

#include "CaseSession.h"
#include "InlineError.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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

} // namespace

DuplicatesDialog::DuplicatesDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_candidates(newPairList(this, QStringLiteral("candidates")))
    , m_keepFirst(new QPushButton(this))
    , m_keepSecond(new QPushButton(this))
    , m_mergedTitle(new QLabel(this))
    , m_merged(newPairList(this, QStringLiteral("merged")))
    , m_unmerge(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("duplicateError"), this))
{
    m_intro->setWordWrap(true);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_unmerge->setObjectName(QStringLiteral("unmerge"));

    auto *pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_keepFirst);
    pairButtons->addWidget(m_keepSecond);
    pairButtons->addStretch(1);
    auto *mergedButtons = new QHBoxLayout;
    mergedButtons->addWidget(m_unmerge);
    mergedButtons->addStretch(1);
    mergedButtons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_candidates, 2);
    layout->addLayout(pairButtons);
    layout->addWidget(m_mergedTitle);
    layout->addWidget(m_merged, 1);
    layout->addWidget(m_error);
    layout->addLayout(mergedButtons);
    resize(960, 560);

    connect(m_keepFirst, &QPushButton::clicked, this, &DuplicatesDialog::keepFirst);
    connect(m_keepSecond, &QPushButton::clicked, this, &DuplicatesDialog::keepSecond);
    connect(m_unmerge, &QPushButton::clicked, this, &DuplicatesDialog::unmerge);
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
    if (!m_pairs.isEmpty())
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    if (!m_mergedPersons.isEmpty())
        m_merged->setCurrentItem(m_merged->topLevelItem(0));
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

bool DuplicatesDialog::apply(const QString &undoText, const QUuid &duplicate, const QUuid &kept,
                             const std::function<void()> &action)
{
    // The duplicate leaves or rejoins the client list; the kept record's card and
    // counts change with it.
    const CaseSession::EditResult result = m_session.edit(undoText, duplicate, action);
    if (result)
        Q_EMIT m_session.clientChanged(kept);
    m_error->setVisible(!result);
    m_error->setText(result.message);
    reload();
    return bool(result);
}

void DuplicatesDialog::updateButtons()
{
    const bool pair = m_candidates->currentIndex().row() >= 0 && !m_pairs.isEmpty();
    m_keepFirst->setEnabled(pair);
    m_keepSecond->setEnabled(pair);
    m_unmerge->setEnabled(m_merged->currentIndex().row() >= 0 && !m_mergedPersons.isEmpty());
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
    m_keepFirst->setText(tr("Keep the &first, merge the second into it"));
    m_keepSecond->setText(tr("Keep the &second, merge the first into it"));
    m_mergedTitle->setText(tr("Merged records:"));
    m_unmerge->setText(tr("&Un-merge"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace teren
