#include "AboutDialog.h"

#include "domain/Version.h"
#include "storage/LibraryVersions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_licence(new QLabel(this))
    , m_libraries(new QLabel(this))
    , m_guide(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_licence->setObjectName(QStringLiteral("licence"));
    m_libraries->setObjectName(QStringLiteral("libraries"));
    m_guide->setObjectName(QStringLiteral("guide"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_summary, m_licence, m_libraries}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_licence->setOpenExternalLinks(true);
    m_close->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_guide);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_licence);
    layout->addSpacing(6);
    layout->addWidget(m_libraries);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(480);

    connect(m_guide, &QPushButton::clicked, this, &AboutDialog::guideRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Terén"));
    m_title->setText(tr("Terén %1").arg(appVersion()));
    m_summary->setText(tr("The regional card, individual plans and contacts of social field work, offline."));
    m_licence->setText(
        tr("<p>Terén is free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later): you may share and change it under its terms.</p>"
           "<p>It comes with NO WARRANTY, to the extent permitted by law. The licence's full text is at "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0.html</a> and in the "
           "file LICENSE of Terén's source code.</p>"));
    m_libraries->setText(tr("Running on Qt %1, SQLite %2 and libsodium %3.")
                             .arg(QString::fromLatin1(qVersion()), sqliteVersion(), sodiumVersion()));
    m_guide->setText(tr("&User guide"));
    m_close->setText(tr("Close"));
}

} // namespace teren
