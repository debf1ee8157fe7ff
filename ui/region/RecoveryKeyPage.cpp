#include "RecoveryKeyPage.h"

#include "Formats.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace teren {

RecoveryKeyPage::RecoveryKeyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_kept(new QCheckBox(this))
{
    m_intro->setWordWrap(true);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKey"));
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_keyLabel->setFont(font);
    m_keyLabel->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 12px; }"));
    m_print->setObjectName(QStringLiteral("printRecoveryKey"));
    m_kept->setObjectName(QStringLiteral("recoveryKeyKept"));
    auto *printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_keyLabel);
    layout->addLayout(printRow);
    layout->addSpacing(8);
    layout->addWidget(m_kept);
    layout->addStretch(1);
    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_kept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void RecoveryKeyPage::setKey(const QString &key, const QString &regionName, const QString &file)
{
    m_key = key;
    m_regionName = regionName;
    m_file = file;
    // Two lines of groups read and copy more easily than one long row.
    const QStringList groups = key.split(QLatin1Char('-'));
    const qsizetype half = (groups.size() + 1) / 2;
    m_keyLabel->setText(groups.mid(0, half).join(QLatin1Char('-')) + QLatin1Char('\n')
                        + groups.mid(half).join(QLatin1Char('-')));
    m_kept->setChecked(false);
}

bool RecoveryKeyPage::isComplete() const
{
    return m_kept->isChecked();
}

void RecoveryKeyPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void RecoveryKeyPage::printTo(QPrinter *printer) const
{
    printer->setDocName(tr("Recovery key of %1").arg(m_regionName));
    QTextDocument document;
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    document.setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p><p style=\"font-family: '%4'; font-size: 20pt; font-weight: "
                       "bold\">%5</p><p>%6</p><p>%7</p>")
            .arg(tr("Terén: the organisation's recovery key").toHtmlEscaped(),
                 tr("Region: %1").arg(m_regionName).toHtmlEscaped(),
                 tr("File: %1").arg(QDir::toNativeSeparators(m_file)).toHtmlEscaped(), fixed,
                 m_key.toHtmlEscaped(),
                 tr("Printed on %1.").arg(Formats::shortDate(QDate::currentDate())).toHtmlEscaped(),
                 tr("This key opens the region's file when its passphrase is lost, or when a new coordinator "
                    "takes over. Keep it offline, locked away from the computer: whoever has it can open the "
                    "file.")
                     .toHtmlEscaped()));
    document.print(printer);
}

void RecoveryKeyPage::retranslate()
{
    setTitle(tr("The organisation's recovery key"));
    setSubTitle(tr("Print it or write it down now: it is shown only this once."));
    m_intro->setText(tr("The region's file is encrypted under your passphrase. This key opens it too, for when the "
                        "passphrase is lost or a new coordinator takes over. Keep it offline, locked away from this "
                        "computer: whoever has it can open the file."));
    m_print->setText(tr("&Print…"));
    m_kept->setText(tr("I have printed or written it down and will &keep it offline"));
}

} // namespace teren
