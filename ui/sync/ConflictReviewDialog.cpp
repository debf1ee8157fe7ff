#include "ConflictReviewDialog.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "store/Repositories.h"
#include "WindowGeometry.h"

#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace teren {

ConflictReviewDialog::ConflictReviewDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_keep(new QPushButton(this))
    , m_take(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_editorLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_write(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("decisionError"), this))
{
    m_intro->setWordWrap(true);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    // Names and fields as wide as they need; the two values share the rest.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_keep->setObjectName(QStringLiteral("keepCurrent"));
    m_take->setObjectName(QStringLiteral("takeOther"));
    m_editor->setObjectName(QStringLiteral("thirdValue"));
    m_write->setObjectName(QStringLiteral("writeEdited"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_editorLabel->setBuddy(m_editor);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_editor, 1);
    editRow->addWidget(m_write, 0, Qt::AlignTop);
    layout->addWidget(m_editorLabel);
    layout->addLayout(editRow);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    WindowGeometry::manage(this, QSize(960, 480));

    connect(m_keep, &QPushButton::clicked, this, &ConflictReviewDialog::keepCurrent);
    connect(m_take, &QPushButton::clicked, this, &ConflictReviewDialog::takeOther);
    connect(m_write, &QPushButton::clicked, this, &ConflictReviewDialog::writeEdited);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictReviewDialog::updateButtons);
    connect(&m_session, &CaseSession::clientChanged, this, &ConflictReviewDialog::reload);
    retranslate();
}

void ConflictReviewDialog::reload()
{
    m_entries = Conflicts(m_session.store()).list();
    const int current = m_list->currentIndex().row();
    m_list->clear();
    for (const ConflictEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, describeRow(entry));
        item->setText(1, describeField(entry.field));
        if (entry.field == u"*") {
            // The deletion is what holds; the edit made after it is the other side.
            item->setText(2, tr("deleted") + u'\n' + describeSide(entry, entry.first));
            item->setText(3, tr("edited afterwards") + u'\n' + describeSide(entry, entry.second));
        } else {
            item->setText(2, describeSide(entry, entry.second));
            item->setText(3, describeSide(entry, entry.first));
        }
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(current, 0, static_cast<int>(m_entries.size()) - 1)));
    m_intro->setText(m_entries.isEmpty()
                         ? tr("No conflicts to review: every merged edit was made after seeing the others.")
                         : tr("%n field(s) were changed on two laptops without either seeing the other's edit. "
                              "The newer value is the current one; the other is kept. Decide which stays.",
                              nullptr, static_cast<int>(m_entries.size())));
    updateButtons();
}

QString ConflictReviewDialog::describeRow(const ConflictEntry &entry)
{
    Store &store = m_session.store();
    const std::optional<Client> client = ClientRepository(store).find(entry.clientId);
    const QString name = client ? client->displayName() : QString();
    const QString area = entry.area.isEmpty() ? QString() : store.codelists().areaLabel(entry.area);
    if (entry.entity == u"client")
        return tr("Client %1").arg(name);
    if (entry.entity == u"need")
        return tr("Need %1 of %2").arg(area, name);
    if (entry.entity == u"goal")
        return tr("Goal (%1) of %2").arg(area, name);
    if (entry.entity == u"step")
        return tr("Step (%1) of %2").arg(area, name);
    if (entry.entity == u"contact")
        return tr("Contact with %1").arg(name);
    if (entry.entity == u"cooperation")
        return tr("Cooperation of %1").arg(name);
    return tr("%1 record").arg(entry.entity);
}

QString ConflictReviewDialog::describeField(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("*"), QT_TR_NOOP("the whole record")},
        {QStringLiteral("given_name"), QT_TR_NOOP("given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("family name")},
        {QStringLiteral("alias"), QT_TR_NOOP("alias")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("year of birth")},
        {QStringLiteral("gender"), QT_TR_NOOP("gender")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("consent_on"), QT_TR_NOOP("consent date")},
        {QStringLiteral("consent_scope"), QT_TR_NOOP("consent scope")},
        {QStringLiteral("locality_id"), QT_TR_NOOP("locality")},
        {QStringLiteral("household_id"), QT_TR_NOOP("household")},
        {QStringLiteral("intensity"), QT_TR_NOOP("intensity")},
        {QStringLiteral("priority"), QT_TR_NOOP("priority")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("closed on")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("horizon"), QT_TR_NOOP("horizon")},
        {QStringLiteral("target_on"), QT_TR_NOOP("target date")},
        {QStringLiteral("achieved_on"), QT_TR_NOOP("achieved on")},
        {QStringLiteral("responsible"), QT_TR_NOOP("responsible")},
        {QStringLiteral("due_on"), QT_TR_NOOP("due date")},
        {QStringLiteral("done_on"), QT_TR_NOOP("done on")},
        {QStringLiteral("end_on"), QT_TR_NOOP("end of cooperation")},
        {QStringLiteral("end_reason"), QT_TR_NOOP("end reason")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString ConflictReviewDialog::describeSide(const ConflictEntry &entry, const ConflictEntry::Side &side) const
{
    const QString value = entry.field == u"*" ? QString()
        : side.value.isNull()                 ? tr("(empty)")
                                              : tr("“%1”", "a quoted value").arg(side.value.toString());
    const QString where = side.replicaName.isEmpty() ? tr("another installation") : side.replicaName;
    const QString who = side.author.isEmpty() ? where : tr("%1 on %2").arg(side.author, where);
    const QString when = Formats::shortDateTime(side.when.toLocalTime());
    return value.isEmpty() ? tr("%1, %2").arg(who, when) : tr("%1\n%2, %3").arg(value, who, when);
}

bool ConflictReviewDialog::keepCurrent()
{
    return decide(false);
}

bool ConflictReviewDialog::takeOther()
{
    return decide(true);
}

bool ConflictReviewDialog::decide(bool takeOther)
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_entries.size())
        return false;
    const ConflictEntry entry = m_entries.at(row);
    // For a deleted row: "keep current" keeps it deleted, "take the other" restores
    // it with the edit typed after the deletion.
    return write(entry, entry.field == u"*" ? QVariant(takeOther) : (takeOther ? entry.first : entry.second).value);
}

bool ConflictReviewDialog::writeEdited()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_entries.size() || !isFreeText(m_entries.at(row).field))
        return false;
    const ConflictEntry entry = m_entries.at(row);
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty() && (entry.field == u"text" || entry.field == u"label")) {
        m_error->setText(tr("This text cannot be empty."));
        m_error->setVisible(true);
        return false;
    }
    return write(entry, text.isEmpty() ? QVariant() : QVariant(text));
}

bool ConflictReviewDialog::write(const ConflictEntry &entry, const QVariant &value)
{
    const CaseSession::EditResult result = m_session.edit(tr("Decide conflict"), QUuid(), [&] {
        Conflicts(m_session.store()).decide(entry, value);
    });
    m_error->setVisible(!result);
    m_error->setText(result.message);
    reload();
    return bool(result);
}

bool ConflictReviewDialog::isFreeText(const QString &field)
{
    static const QStringList fields = {QStringLiteral("given_name"), QStringLiteral("family_name"),
                                       QStringLiteral("alias"),      QStringLiteral("phone"),
                                       QStringLiteral("notes"),      QStringLiteral("consent_scope"),
                                       QStringLiteral("text"),       QStringLiteral("note"),
                                       QStringLiteral("label")};
    return fields.contains(field);
}

void ConflictReviewDialog::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool chosen = row >= 0 && row < m_entries.size();
    m_keep->setEnabled(chosen);
    m_take->setEnabled(chosen);
    const bool wholeRecord = chosen && m_entries.at(row).field == u"*";
    m_keep->setText(wholeRecord ? tr("&Keep it deleted") : tr("&Keep current"));
    m_take->setText(wholeRecord ? tr("&Restore with the edit") : tr("&Take the other"));
    // A text can be written anew from both versions; codes and dates are one or the other.
    const bool editable = chosen && isFreeText(m_entries.at(row).field);
    m_editorLabel->setVisible(editable);
    m_editor->setVisible(editable);
    m_write->setVisible(editable);
    if (editable)
        m_editor->setPlainText(m_entries.at(row).second.value.toString());
}

void ConflictReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictReviewDialog::retranslate()
{
    setWindowTitle(tr("Conflicts to review"));
    m_list->setHeaderLabels({tr("Record"), tr("Field"), tr("Current value"), tr("Other value")});
    m_close->setText(tr("Close"));
    m_editorLabel->setText(tr("Or write the text anew, from both versions:"));
    m_write->setText(tr("&Write this text"));
    reload();
}

} // namespace teren
