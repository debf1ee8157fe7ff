#include "ClientChooser.h"

#include "WindowGeometry.h"
#include "domain/TextSearch.h"
#include "store/Repositories.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

namespace {

QString nameOf(const Client &client)
{
    const QString name = client.displayName().trimmed();
    return name.isEmpty() ? QCoreApplication::translate("ClientChooserDialog", "(no name)") : name;
}

} // namespace

ClientChooserDialog::ClientChooserDialog(Store &store, const QList<QUuid> &chosen, const QUuid &excluded,
                                         QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Choose clients"));
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_list->setObjectName(QStringLiteral("clientChoices"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    for (const Client &client : ClientRepository(store).all()) {
        if (client.id == excluded)
            continue;
        auto *item = new QListWidgetItem(nameOf(client), m_list);
        item->setData(Qt::UserRole, client.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(client.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the clients who took part:"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ClientChooserDialog::filter);
    m_search->setFocus(Qt::OtherFocusReason);
    WindowGeometry::manage(this, QSize(420, 480));
}

void ClientChooserDialog::filter(const QString &text)
{
    const QString needle = TextSearch::fold(text.trimmed());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!needle.isEmpty() && !TextSearch::fold(item->text()).contains(needle));
    }
}

QList<QUuid> ClientChooserDialog::chosen() const
{
    QList<QUuid> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toUuid());
    }
    return ids;
}

ClientsField::ClientsField(QWidget *parent)
    : QWidget(parent)
    , m_names(new QLabel(this))
    , m_choose(new QPushButton(this))
{
    m_names->setObjectName(QStringLiteral("chosenClients"));
    m_choose->setObjectName(QStringLiteral("chooseClients"));
    m_names->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_choose, 0, Qt::AlignTop);
    connect(m_choose, &QPushButton::clicked, this, &ClientsField::choose);
    retranslate();
}

void ClientsField::setClients(const QList<QUuid> &clients)
{
    m_clients = clients;
    retranslate();
}

void ClientsField::choose()
{
    if (!m_store)
        return;
    ClientChooserDialog dialog(*m_store, m_clients, m_excluded, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setClients(dialog.chosen());
    Q_EMIT changed();
}

void ClientsField::retranslate()
{
    m_choose->setText(tr("C&hoose…"));
    QStringList names;
    if (m_store) {
        ClientRepository clients(*m_store);
        for (const QUuid &id : std::as_const(m_clients)) {
            if (const std::optional<Client> client = clients.find(id))
                names.append(nameOf(*client));
        }
    }
    m_names->setText(names.isEmpty() ? tr("nobody else") : names.join(QStringLiteral(", ")));
}

} // namespace teren
