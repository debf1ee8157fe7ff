#include "CooperationPanel.h"

#include "CaseSession.h"
#include "Formats.h"
#include "InlineError.h"
#include "store/Repositories.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace teren {

CooperationPanel::CooperationPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_cooperations(new QTreeWidget(this))
    , m_startRow(new QWidget(this))
    , m_startLabel(new QLabel(this))
    , m_startOn(Formats::newDateEdit(this))
    , m_start(new QPushButton(this))
    , m_endRow(new QWidget(this))
    , m_endLabel(new QLabel(this))
    , m_endOn(Formats::newDateEdit(this))
    , m_endReasonLabel(new QLabel(this))
    , m_endReason(new QComboBox(this))
    , m_end(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("cooperationError"), this))
{
    m_cooperations->setObjectName(QStringLiteral("cooperations"));
    m_startOn->setObjectName(QStringLiteral("cooperationStart"));
    m_start->setObjectName(QStringLiteral("startCooperation"));
    m_endOn->setObjectName(QStringLiteral("cooperationEnd"));
    m_end->setObjectName(QStringLiteral("endCooperation"));
    m_endReason->setObjectName(QStringLiteral("endReason"));

    m_cooperations->setColumnCount(3);
    m_cooperations->setRootIsDecorated(false);
    m_cooperations->setUniformRowHeights(true);
    m_cooperations->setSelectionMode(QAbstractItemView::NoSelection);
    m_cooperations->setFocusPolicy(Qt::NoFocus);
    m_cooperations->header()->setStretchLastSection(true);
    m_cooperations->setMaximumHeight(m_cooperations->fontMetrics().lineSpacing() * 6);
    m_startLabel->setBuddy(m_startOn);
    m_endLabel->setBuddy(m_endOn);
    m_endReasonLabel->setBuddy(m_endReason);
    auto *startLayout = new QHBoxLayout(m_startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_startLabel);
    startLayout->addWidget(m_startOn);
    startLayout->addWidget(m_start);
    startLayout->addStretch(1);
    auto *endLayout = new QFormLayout(m_endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    endLayout->addRow(m_endLabel, m_endOn);
    endLayout->addRow(m_endReasonLabel, m_endReason);
    endLayout->addRow(QString(), m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cooperations);
    layout->addWidget(m_startRow);
    layout->addWidget(m_endRow);
    layout->addWidget(m_error);

    setTabOrder(m_startOn, m_start);
    setTabOrder(m_start, m_endOn);
    setTabOrder(m_endOn, m_endReason);
    setTabOrder(m_endReason, m_end);

    connect(m_start, &QPushButton::clicked, this, &CooperationPanel::startCooperation);
    connect(m_end, &QPushButton::clicked, this, &CooperationPanel::endCooperation);

    retranslate();
}

void CooperationPanel::retranslate()
{
    setTitle(tr("Cooperation"));
    m_cooperations->setHeaderLabels({tr("Start"), tr("End"), tr("End reason")});
    m_startLabel->setText(tr("Start on:"));
    m_start->setText(tr("Start cooperation"));
    m_endLabel->setText(tr("End on:"));
    m_endReasonLabel->setText(tr("Reason:"));
    m_end->setText(tr("End cooperation"));
    if (m_endReason->count() > 0)
        m_endReason->setItemText(0, tr("— choose a reason —"));
}

void CooperationPanel::showClient(CaseSession *session, const std::optional<Client> &client, bool newClient)
{
    m_session = session;
    m_clientId = client ? client->id : QUuid();
    if (newClient)
        m_error->hide();
    if (client) {
        if (newClient) {
            const QDate today = m_session->store().clock().today();
            m_startOn->setDate(today);
            m_endOn->setDate(today);
            m_endReason->setCurrentIndex(0);
        }
        fillEndReasons();
    }
    reloadCooperations();
}

void CooperationPanel::fillEndReasons()
{
    // End reasons come from the region's codelists, in the current language.
    const QString reason = m_endReason->currentData().toString();
    m_endReason->clear();
    m_endReason->addItem(tr("— choose a reason —"), QString());
    const QString language = Codelists::currentLanguage();
    for (const Codelists::Item &item : m_session->store().codelists().endReasons()) {
        // A retired reason is no longer offered (unless it is the one chosen).
        if (!item.retired || item.code == reason)
            m_endReason->addItem(item.label(language), item.code);
    }
    m_endReason->setCurrentIndex(std::max(0, m_endReason->findData(reason)));
}

void CooperationPanel::reloadCooperations()
{
    m_cooperations->clear();
    m_cooperationList = m_session && !m_clientId.isNull()
        ? CooperationRepository(m_session->store()).forClient(m_clientId)
        : QList<Cooperation>();
    const Codelists *codes = m_session ? &m_session->store().codelists() : nullptr;
    bool active = false;
    for (const Cooperation &cooperation : m_cooperationList) {
        auto *item = new QTreeWidgetItem(m_cooperations);
        item->setText(0, Formats::shortDate(cooperation.startOn));
        item->setText(1, cooperation.endOn.isValid() ? Formats::shortDate(cooperation.endOn) : tr("ongoing"));
        item->setText(2, cooperation.endReason.isEmpty() ? QString() : codes->endReasonLabel(cooperation.endReason));
        active = active || !cooperation.endOn.isValid();
    }
    for (int column = 0; column < 2; ++column)
        m_cooperations->resizeColumnToContents(column);
    m_cooperations->setVisible(!m_cooperationList.isEmpty());
    m_startRow->setVisible(!m_clientId.isNull() && !active);
    m_endRow->setVisible(!m_clientId.isNull() && active);
}

QWidget *CooperationPanel::fieldWidget(const QString &field) const
{
    if (field == u"start_on")
        return m_startOn;
    if (field == u"end_on")
        return m_endOn;
    if (field == u"end_reason")
        return m_endReason;
    return nullptr;
}

bool CooperationPanel::startCooperation()
{
    if (!m_session || m_clientId.isNull())
        return false;
    Cooperation cooperation;
    cooperation.clientId = m_clientId;
    cooperation.startOn = m_startOn->date();
    const CaseSession::EditResult result = m_session->edit(tr("Start cooperation"), m_clientId, [&] {
        CooperationRepository(m_session->store()).create(cooperation);
    });
    if (!result) {
        showInlineError(m_error, result.message, fieldWidget(result.field), this);
        return false;
    }
    m_error->hide();
    m_endOn->setFocus(Qt::OtherFocusReason);
    return true;
}

bool CooperationPanel::endCooperation()
{
    if (!m_session || m_clientId.isNull())
        return false;
    auto active = std::find_if(m_cooperationList.crbegin(), m_cooperationList.crend(),
                               [](const Cooperation &c) { return !c.endOn.isValid(); });
    if (active == m_cooperationList.crend())
        return false;
    Cooperation cooperation = *active;
    cooperation.endOn = m_endOn->date();
    cooperation.endReason = m_endReason->currentData().toString();
    const CaseSession::EditResult result = m_session->edit(tr("End cooperation"), m_clientId, [&] {
        CooperationRepository(m_session->store()).update(cooperation);
    });
    if (!result) {
        showInlineError(m_error, result.message, fieldWidget(result.field), this);
        return false;
    }
    m_error->hide();
    m_endReason->setCurrentIndex(0);
    return true;
}

} // namespace teren
