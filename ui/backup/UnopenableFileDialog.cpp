#include "UnopenableFileDialog.h"

#include "WindowGeometry.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace teren {

UnopenableFileDialog::UnopenableFileDialog(const QString &path, const UnopenableFile &problem,
                                           const QString &latestBackup, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_problem(problem.message())
    , m_latestBackup(latestBackup)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_backupText(new QLabel(this))
{
    setObjectName(QStringLiteral("unopenableFileDialog"));
    QFont bigger = m_title->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_title->setFont(bigger);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("unopenableReason"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupText->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    texts->addWidget(m_backupText);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(texts, 1);
    auto *buttons = new QVBoxLayout;
    addWayOut(WayOut::RestoreLatestBackup, !latestBackup.isEmpty());
    addWayOut(WayOut::OpenReadOnly, problem.canOpenReadOnly());
    addWayOut(WayOut::OpenAsItIs, problem.reason() == UnopenableFile::Reason::MissingWal);
    addWayOut(WayOut::Salvage, problem.canSalvage());
    addWayOut(WayOut::Cancel, true);
    for (const auto &[wayOut, button] : m_buttons)
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    if (!m_buttons.isEmpty())
        m_buttons.first().second->setDefault(true);
    WindowGeometry::manage(this, QSize(620, 320));
    retranslate();
}

QPushButton *UnopenableFileDialog::addWayOut(WayOut wayOut, bool offered)
{
    if (!offered)
        return nullptr;
    auto *button = new QPushButton(this);
    button->setObjectName(QStringLiteral("wayOut%1").arg(static_cast<int>(wayOut)));
    connect(button, &QPushButton::clicked, this, [this, wayOut] {
        m_chosen = wayOut;
        wayOut == WayOut::Cancel ? reject() : accept();
    });
    m_buttons.append({wayOut, button});
    return button;
}

QPushButton *UnopenableFileDialog::button(WayOut wayOut) const
{
    for (const auto &[offered, button] : m_buttons) {
        if (offered == wayOut)
            return button;
    }
    return nullptr;
}

QString UnopenableFileDialog::message() const
{
    return m_text->text();
}

void UnopenableFileDialog::retranslate()
{
    setWindowTitle(tr("The file cannot be opened"));
    m_title->setText(tr("%1 cannot be opened for work.").arg(QFileInfo(m_path).fileName()));
    m_text->setText(m_problem);
    m_backupText->setVisible(!m_latestBackup.isEmpty());
    m_backupText->setText(tr("The latest good backup: %1. Restoring it keeps this file aside, as it is.")
                              .arg(m_latestBackup));
    for (const auto &[wayOut, button] : m_buttons) {
        switch (wayOut) {
        case WayOut::RestoreLatestBackup:
            button->setText(tr("Restore the latest &backup"));
            break;
        case WayOut::OpenReadOnly:
            button->setText(tr("Open &read-only"));
            break;
        case WayOut::OpenAsItIs:
            button->setText(tr("Open it &as it is"));
            break;
        case WayOut::Salvage:
            button->setText(tr("&Salvage what can be read into a new file"));
            break;
        case WayOut::Cancel:
            button->setText(tr("Cancel"));
            break;
        }
    }
}

void UnopenableFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
