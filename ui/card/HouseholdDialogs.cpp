#include "HouseholdDialogs.h"

#include "domain/TextSearch.h"
#include "store/Repositories.h"

#include <QLineEdit>
#include <QListWidget>

namespace teren {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

HouseholdMemberDialog::HouseholdMemberDialog(CaseSession &session, const Client &client, QWidget *parent)
    : EditDialog(parent)
    , m_session(session)
    , m_client(client)
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
{
    setWindowTitle(tr("Add to the household of %1").arg(client.displayName()));
    m_search->setPlaceholderText(tr("Name (diacritics optional)"));
    m_search->setClearButtonEnabled(true);
    m_candidates->setMinimumSize(360, 240);
    addField(QStringLiteral("search"), tr("&Find:"), m_search);
    addField(QStringLiteral("member"), tr("&Person:"), m_candidates);

    ClientRepository clients(session.store());
    for (const Client &other : clients.inLocality(client.localityId)) {
        if (other.id == client.id || (!client.householdId.isNull() && other.householdId == client.householdId))
            continue;
        m_all.append({other, TextSearch::fold(other.displayName() + u' ' + other.alias)});
    }
    connect(m_search, &QLineEdit::textChanged, this, &HouseholdMemberDialog::filter);
    connect(m_candidates, &QListWidget::itemActivated, this, &HouseholdMemberDialog::accept);
    setSubmit([this] { return submit(); });
    filter();
}

void HouseholdMemberDialog::filter()
{
    const QStringList words = TextSearch::words(m_search->text());
    m_candidates->clear();
    for (const Candidate &candidate : std::as_const(m_all)) {
        if (!TextSearch::matches(candidate.searchKey, words))
            continue;
        QString text = candidate.client.displayName();
        if (candidate.client.birthYear)
            text = tr("%1, born %2").arg(text).arg(*candidate.client.birthYear);
        if (!candidate.client.householdId.isNull())
            text = tr("%1 (now in another household)").arg(text);
        auto *item = new QListWidgetItem(text, m_candidates);
        item->setData(IdRole, candidate.client.id);
    }
    if (m_candidates->count() > 0)
        m_candidates->setCurrentRow(0);
}

CaseSession::EditResult HouseholdMemberDialog::submit()
{
    const QListWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return {false, tr("Choose the person to add."), QStringLiteral("member")};
    const QUuid memberId = item->data(IdRole).toUuid();
    return m_session.edit(tr("Add to household"), m_client.id, [&] {
        ClientRepository clients(m_session.store());
        const QUuid household = clients.startHousehold(m_client.id);
        std::optional<Client> member = clients.find(memberId);
        if (!member)
            return;
        member->householdId = household;
        clients.update(*member);
    });
}

} // namespace teren
