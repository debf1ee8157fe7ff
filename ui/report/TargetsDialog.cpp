#include "TargetsDialog.h"

#include "CaseSession.h"
#include "InlineError.h"
#include "domain/TargetIndicators.h"
#include "store/Repositories.h"
#include "store/TargetRepository.h"
#include "WindowGeometry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace teren {

TargetsDialog::TargetsDialog(CaseSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_indicator(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_formLabel(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_error(newErrorLabel(QStringLiteral("targetError"), this))
{
    m_table->setColumnCount(4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_year->setRange(2000, 2100);
    m_year->setValue(session.store().clock().today().year());
    m_value->setRange(0, 1'000'000);
    m_value->setDecimals(2);
    m_indicator->setObjectName(QStringLiteral("indicator"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_save->setObjectName(QStringLiteral("saveTarget"));
    m_remove->setObjectName(QStringLiteral("removeTarget"));

    auto *form = new QHBoxLayout;
    form->addWidget(m_indicator, 2);
    form->addWidget(m_year);
    form->addWidget(m_scope, 1);
    form->addWidget(m_value);
    form->addWidget(m_save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_formLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    WindowGeometry::manage(this, QSize(860, 480));

    connect(m_save, &QPushButton::clicked, this, &TargetsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &TargetsDialog::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TargetsDialog::showSelected);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        // Rates are fractions, like in the report: 0.6 for 60 %.
        const TargetIndicator *indicator = TargetIndicators::find(m_indicator->currentData().toString());
        m_value->setDecimals(indicator && indicator->rate ? 2 : 0);
        m_value->setMaximum(indicator && indicator->rate ? 1 : 1'000'000);
    });
    retranslate();
}

void TargetsDialog::fillCombos()
{
    const QVariant indicator = m_indicator->currentData();
    const QVariant scope = m_scope->currentData();
    m_indicator->clear();
    for (const TargetIndicator &item : TargetIndicators::all())
        m_indicator->addItem(TargetIndicators::label(item.code), item.code);
    m_scope->clear();
    m_scope->addItem(tr("Whole region"), QUuid());
    DirectoryRepository directory(m_session.store());
    for (const Locality &locality : directory.localities())
        m_scope->addItem(tr("Locality %1").arg(locality.name), locality.id);
    for (const Provider &provider : directory.providers())
        m_scope->addItem(tr("Provider %1").arg(provider.name), provider.id);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
}

void TargetsDialog::reload()
{
    m_targets = TargetRepository(m_session.store()).all();
    DirectoryRepository directory(m_session.store());
    QHash<QUuid, QString> names;
    for (const Locality &locality : directory.localities())
        names.insert(locality.id, locality.name);
    for (const Provider &provider : directory.providers())
        names.insert(provider.id, provider.name);
    m_table->setRowCount(static_cast<int>(m_targets.size()));
    for (int row = 0; row < m_targets.size(); ++row) {
        const Target &target = m_targets.at(row);
        const QUuid scope = !target.localityId.isNull() ? target.localityId : target.providerId;
        const TargetIndicator *indicator = TargetIndicators::find(target.indicator);
        const bool rate = indicator && indicator->rate;
        m_table->setItem(row, 0, new QTableWidgetItem(TargetIndicators::label(target.indicator)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(target.year)));
        m_table->setItem(row, 2, new QTableWidgetItem(scope.isNull() ? tr("Whole region") : names.value(scope)));
        m_table->setItem(row, 3, new QTableWidgetItem(rate ? QLocale().toString(target.value * 100, 'f', 0)
                                                                   + QStringLiteral(" %")
                                                             : QLocale().toString(target.value, 'f', 0)));
    }
    m_remove->setEnabled(!m_targets.isEmpty());
}

void TargetsDialog::setForm(const QString &indicator, int year, const QUuid &scope, double value)
{
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_year->setValue(year);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    m_value->setValue(value);
}

void TargetsDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_targets.size())
        return;
    const Target &target = m_targets.at(row);
    setForm(target.indicator, target.year, !target.localityId.isNull() ? target.localityId : target.providerId,
            target.value);
}

bool TargetsDialog::save()
{
    Target target;
    target.indicator = m_indicator->currentData().toString();
    target.year = m_year->value();
    target.value = m_value->value();
    const QUuid scope = m_scope->currentData().toUuid();
    bool isLocality = false;
    for (const Locality &locality : DirectoryRepository(m_session.store()).localities())
        isLocality = isLocality || locality.id == scope;
    (isLocality ? target.localityId : target.providerId) = scope;
    const CaseSession::EditResult result = m_session.edit(tr("Set target"), QUuid(), [&] {
        TargetRepository targets(m_session.store());
        if (const std::optional<Target> existing =
                targets.find(target.indicator, target.year, target.localityId, target.providerId)) {
            target.id = existing->id;
            targets.update(target);
        } else {
            targets.add(target);
        }
    });
    m_error->setVisible(!result);
    m_error->setText(result.message);
    reload();
    return bool(result);
}

bool TargetsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_targets.size())
        return false;
    const QUuid id = m_targets.at(row).id;
    const CaseSession::EditResult result =
        m_session.edit(tr("Remove target"), QUuid(), [&] { TargetRepository(m_session.store()).remove(id); });
    m_error->setVisible(!result);
    m_error->setText(result.message);
    reload();
    return bool(result);
}

void TargetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TargetsDialog::retranslate()
{
    setWindowTitle(tr("Targets"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Year"), tr("Scope"), tr("Target")});
    m_formLabel->setText(tr("Set a target (one per indicator, year and scope; saving again changes it):"));
    m_save->setText(tr("&Save target"));
    m_remove->setText(tr("&Remove the selected target"));
    m_close->setText(tr("Close"));
    fillCombos();
    reload();
}

} // namespace teren
