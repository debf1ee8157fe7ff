#include "WelcomeDialog.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace teren {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_setUp(new QPushButton(this))
    , m_join(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_demo(new QPushButton(this))
{
    m_text->setWordWrap(true);
    m_setUp->setObjectName(QStringLiteral("welcomeSetUp"));
    m_join->setObjectName(QStringLiteral("welcomeJoin"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    for (QPushButton *button : {m_setUp, m_join, m_open, m_demo}) {
        button->setMinimumHeight(44);
        layout->addWidget(button);
    }
    connect(m_setUp, &QPushButton::clicked, this, [this] { done(SetUpRegion); });
    connect(m_join, &QPushButton::clicked, this, [this] { done(JoinRegion); });
    connect(m_open, &QPushButton::clicked, this, [this] { done(OpenExisting); });
    connect(m_demo, &QPushButton::clicked, this, [this] { done(ExploreDemo); });
    m_setUp->setDefault(true);
    setMinimumWidth(460);
    retranslate();
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Terén"));
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to Terén").toHtmlEscaped()));
    m_text->setText(tr("Terén keeps the regional card of your clients' needs, their individual plans and "
                       "contacts on this computer. It works without any connection."));
    m_setUp->setText(tr("&Set up a new region (I coordinate it)…"));
    m_join->setText(tr("&Join a region with an enrolment file from my coordinator…"));
    m_open->setText(tr("&Open an existing database…"));
    m_demo->setText(tr("&Explore the demo region (invented people)"));
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace teren
